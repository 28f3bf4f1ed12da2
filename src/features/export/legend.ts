/**
 * The exported legend's swatches, painted exactly as the map paints them: the catalog colour at the layer's
 * current fill / line / circle opacity, and the briefing's highlight colour (first) when a chapter highlights
 * features. Pure; tests/unit/exportLegend.test.ts compares it with the style layers.
 */
import { LAYER_BY_ID } from '../../catalog/layers';
import { HIGHLIGHT, PAINT_OPACITY } from '../../catalog/layerDefinition';
import type { Category } from '../../geo/schema';
import { loc, type Language } from '../../i18n';
import type { LegendRow } from '../../data/briefing';
import type { LegendEntry } from '../../map/exportLayout';

export function legendEntries(
  rows: LegendRow[],
  opacity: Partial<Record<Category, number>>,
  language: Language,
): LegendEntry[] {
  return rows.map((row) => {
    const base = { label: loc(row.label, language), color: row.color, shape: row.shape };
    if (row.highlight) return { ...base, fillOpacity: HIGHLIGHT.fillOpacity, strokeOpacity: 1 };
    const layer = row.layer ? LAYER_BY_ID.get(row.layer) : undefined;
    if (!layer) return base;
    const scale = opacity[layer.id] ?? 1;
    if (row.shape === 'fill') {
      return {
        ...base,
        fillOpacity: (layer.fillOpacity ?? PAINT_OPACITY.fillDefault) * scale,
        strokeOpacity: PAINT_OPACITY.outline * scale,
      };
    }
    return { ...base, strokeOpacity: (row.shape === 'line' ? PAINT_OPACITY.line : PAINT_OPACITY.circle) * scale };
  });
}
