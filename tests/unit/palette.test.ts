/**
 * The map's palette and layer order (issue 16): no two line layers share a colour, water is drawn above every
 * area fill, and the line layers shown at start stay apart for readers with red–green colour blindness.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle, RIVER_COLOR } from '../../src/map/style';
import { LAYERS } from '../../src/catalog/layers';
import type { LayerMetadata } from '../../src/map/catalogLayers';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = buildStyle(
  { counties: EMPTY, city: EMPTY, neighbours: EMPTY, rivers: EMPTY, labels: EMPTY },
  {},
  'zh',
  undefined,
  Object.fromEntries(LAYERS.map((l) => [l.id, true])),
);

/** Who draws a layer: its catalog category, or the basemap layer's family (the two river layers are one). */
const owner = (layer: LayerSpecification) =>
  (layer.metadata as LayerMetadata | undefined)?.['zz:category'] ?? layer.id.replace(/-minor$/, '');

/** Every literal colour of a paint value (a colour string or a `match` expression's outputs). */
function colours(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('#') ? [value.toLowerCase()] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => (i > 0 && typeof v === 'string' ? colours(v) : []));
  return [];
}

// ── colour-blindness simulation (Machado et al. 2009, severity 1, in linear sRGB) and CIE76 ΔE ──────────────
const MATRICES = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
} as const;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
function lab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function simulate(hex: string, matrix: readonly (readonly number[])[] | null): number[] {
  const c = rgb(hex);
  if (!matrix) return lab(c);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return lab(matrix.map((row) => clamp(row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)));
}
function deltaE(a: string, b: string, vision: keyof typeof MATRICES | 'normal'): number {
  const matrix = vision === 'normal' ? null : MATRICES[vision];
  const [l1, a1, b1] = simulate(a, matrix);
  const [l2, a2, b2] = simulate(b, matrix);
  return Math.hypot(l1! - l2!, a1! - a2!, b1! - b2!);
}

describe('palette and layer order', () => {
  const lineLayers = style.layers.filter((l) => l.type === 'line');

  it('gives no two line layers the same colour', () => {
    const owners = new Map<string, Set<string>>();
    for (const layer of lineLayers) {
      for (const colour of colours((layer.paint as Record<string, unknown>)['line-color'])) {
        const set = owners.get(colour) ?? new Set();
        set.add(owner(layer));
        owners.set(colour, set);
      }
    }
    const shared = [...owners].filter(([, set]) => set.size > 1).map(([c, set]) => `${c}: ${[...set].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('draws the rivers above every area fill (the selection highlight apart)', () => {
    const ids = style.layers.map((l) => l.id);
    const river = Math.min(ids.indexOf('rivers-line'), ids.indexOf('rivers-line-minor'));
    const lastFill = Math.max(
      ...style.layers.flatMap((l, i) => (l.type === 'fill' && l.id !== 'selection-fill' ? [i] : [])),
    );
    expect(river).toBeGreaterThan(lastFill);
    expect(colours((style.layers[river]!.paint as Record<string, unknown>)['line-color'])).toEqual([RIVER_COLOR]);
  });

  it('draws schematic lines dotted and lighter', () => {
    for (const layer of LAYERS.filter((l) => l.fillOpacity === undefined || l.lineWidth !== undefined)) {
      const schematic = style.layers.find((l) => l.id === `${layer.id}-line-schematic`);
      expect(schematic, layer.id).toBeDefined();
      const paint = schematic!.paint as Record<string, unknown>;
      expect(paint['line-dasharray']).toBeDefined();
      expect(paint['line-opacity']).toBeLessThan(0.95);
    }
  });

  it('keeps the line layers shown at start apart in normal, deuteranope and protanope vision (ΔE ≥ 10)', () => {
    const shown = LAYERS.filter(
      (l) => l.visibleByDefault && (l.lineWidth !== undefined || l.fillOpacity !== undefined),
    );
    const palette = new Map<string, string>([['湘江 (basemap)', RIVER_COLOR]]);
    for (const layer of shown) palette.set(layer.id, layer.color.toLowerCase());
    const entries = [...palette];
    const close: string[] = [];
    for (const vision of ['normal', 'deuteranopia', 'protanopia'] as const) {
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const d = deltaE(entries[i]![1], entries[j]![1], vision);
          if (d < 10) close.push(`${vision}: ${entries[i]![0]} ~ ${entries[j]![0]} (ΔE ${d.toFixed(1)})`);
        }
      }
    }
    expect(close).toEqual([]);
  });
});
