import type { SwatchKind } from '../catalog/layerDefinition';

/** A legend swatch drawn like the map draws the layer (filled area, line or point). */
export function Swatch({ color, kind, dashed = false }: { color: string; kind: SwatchKind; dashed?: boolean }) {
  return (
    <span
      className={`swatch swatch-${kind}${dashed ? ' swatch-dashed' : ''}`}
      style={{ ['--swatch' as string]: color }}
      aria-hidden="true"
    />
  );
}
