import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS } from '../../src/catalog/layers';
import { HIGHLIGHT } from '../../src/catalog/layerDefinition';
import { legendEntries } from '../../src/features/export/legend';
import { chapterLegend, withHighlightRow } from '../../src/data/briefing';
import { styleLayersFor } from '../../src/map/catalogLayers';
import { highlightLayers } from '../../src/features/story/storyMap';

type Paint = Record<string, unknown>;
const paintOf = (layer: LayerSpecification) => ((layer as { paint?: Paint }).paint ?? {}) as Paint;

/** Every colour a paint value can produce: a plain colour, or each output of a ['match', …] expression. */
function colours(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value[0] === 'match') {
    const outputs = value.slice(2);
    return outputs.filter((_, i) => i % 2 === 1 || i === outputs.length - 1).map(String);
  }
  return [];
}

describe('the exported legend paints what the map paints', () => {
  for (const layer of LAYERS) {
    for (const opacity of [1, 0.5]) {
      it(`${layer.id} at ${opacity * 100} %`, () => {
        const entries = legendEntries(
          chapterLegend({ layers: { [layer.id]: opacity } }),
          { [layer.id]: opacity },
          'zh',
        );
        expect(entries.length).toBe(layer.legend.length);
        const style = styleLayersFor(layer);
        const fill = style.find((l) => l.id === `${layer.id}-fill`)!;
        const outline = style.find((l) => l.id === `${layer.id}-outline`)!;
        const line = style.find((l) => l.id === `${layer.id}-line`)!;
        const circle = style.find((l) => l.id === `${layer.id}-circle`)!;
        entries.forEach((entry, i) => {
          const item = layer.legend[i]!;
          expect(entry.color).toBe(item.color);
          const painted =
            entry.shape === 'fill'
              ? colours(paintOf(fill)['fill-color'])
              : entry.shape === 'line'
                ? colours(paintOf(line)['line-color'])
                : colours(paintOf(circle)['circle-color']);
          expect(painted).toContain(entry.color);
          if (entry.shape === 'fill') {
            expect(entry.fillOpacity).toBeCloseTo((paintOf(fill)['fill-opacity'] as number) * opacity, 9);
            expect(entry.strokeOpacity).toBeCloseTo((paintOf(outline)['line-opacity'] as number) * opacity, 9);
          } else if (entry.shape === 'line') {
            expect(entry.strokeOpacity).toBeCloseTo((paintOf(line)['line-opacity'] as number) * opacity, 9);
          } else {
            expect(entry.strokeOpacity).toBeCloseTo((paintOf(circle)['circle-opacity'] as number) * opacity, 9);
          }
        });
      });
    }
  }

  it('puts the highlight colour first when a chapter highlights features, as the highlight layers paint it', () => {
    const rows = withHighlightRow(chapterLegend({ layers: { metro_circle: 1 } }), true);
    const [first, second] = legendEntries(rows, { metro_circle: 1 }, 'zh');
    const fill = paintOf(highlightLayers.find((l) => l.id === 'story-highlight-fill')!);
    const line = paintOf(highlightLayers.find((l) => l.id === 'story-highlight-line')!);
    const circle = paintOf(highlightLayers.find((l) => l.id === 'story-highlight-circle')!);
    expect(first!.color).toBe(fill['fill-color']);
    expect(first!.color).toBe(line['line-color']);
    expect(first!.color).toBe(circle['circle-stroke-color']);
    expect(first!.fillOpacity).toBe(fill['fill-opacity']);
    expect(first!.label).toBe(HIGHLIGHT.label.zh);
    expect(second!.color).toBe('#f4a6a0');
    expect(withHighlightRow(rows.slice(1), false)).toHaveLength(1);
  });
});
