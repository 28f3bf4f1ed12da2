/**
 * The briefing format's meaning (its schema and parser are in ./briefingSchema.ts): the layer state and legend a
 * chapter asks for, and its filter. Briefings are geodata (geodata/briefings/*.json); the presenter's logic (keys,
 * navigation, flights, capture) is the story feature's (src/features/story/model.ts). No DOM, MapLibre or React.
 */
import { LAYER_BY_ID, LAYERS } from '../catalog/layers';
import { HIGHLIGHT, swatchKind, type Localized } from '../catalog/layerDefinition';
import { CATEGORIES, type Category } from '../geo/vocabulary';
import type { Chapter, ChapterFilters } from './briefingSchema';
import { emptyFilter, type FilterState } from '../catalog/filter';

export type { Briefing, Camera, Chapter, ChapterFilters, ChapterInput, ParseResult } from './briefingSchema';
export { BRIEFING_FORMAT_VERSION, DEFAULT_DURATION_MS, MAX_DURATION_MS } from './briefingFormat';

// ── layers, legend, camera ─────────────────────────────────────────────────────────────────────────────

const catalogOrder = new Map(LAYERS.map((layer) => [layer.id, layer.order]));

/** Opacity of a layer in a chapter (0 when not listed). */
export function layerOpacity(chapter: Pick<Chapter, 'layers'>, id: Category): number {
  return chapter.layers[id] ?? 0;
}

/** Layers drawn in a chapter (opacity > 0), bottom to top in catalog order. */
export function visibleLayers(chapter: Pick<Chapter, 'layers'>): Category[] {
  return (Object.keys(chapter.layers) as Category[])
    .filter((id) => layerOpacity(chapter, id) > 0)
    .sort((a, b) => (catalogOrder.get(a) ?? 0) - (catalogOrder.get(b) ?? 0));
}
/** The store's per-layer visibility and opacity (every category present). */
export interface LayerState {
  visible: Record<Category, boolean>;
  opacity: Record<Category, number>;
}

/** The layer state a chapter asks for: listed layers on at their opacity, all others off (at full opacity). */
export function chapterLayerState(chapter: Pick<Chapter, 'layers'>): LayerState {
  const visible = {} as Record<Category, boolean>;
  const opacity = {} as Record<Category, number>;
  for (const id of CATEGORIES) {
    const value = layerOpacity(chapter, id);
    visible[id] = value > 0;
    opacity[id] = value > 0 ? value : 1;
  }
  return { visible, opacity };
}

/** What is drawn, as a chapter's `layers`: opacity of each visible layer. */
export function shownLayers(state: LayerState): Partial<Record<Category, number>> {
  const layers: Partial<Record<Category, number>> = {};
  for (const id of CATEGORIES) if (state.visible[id] && state.opacity[id] > 0) layers[id] = state.opacity[id];
  return layers;
}

/** True when two layer states draw the same thing (the opacity of hidden layers does not matter). */
export function sameLayers(a: LayerState, b: LayerState): boolean {
  const x = shownLayers(a);
  const y = shownLayers(b);
  return CATEGORIES.every((id) => Math.abs((x[id] ?? 0) - (y[id] ?? 0)) < 1e-6);
}

export interface LegendRow {
  label: Localized;
  color: string;
  shape: 'fill' | 'line' | 'point';
  layer?: Category;
  /** The row of the chapter's highlight colour. */
  highlight?: boolean;
}

function layerLegendRows(id: Category): LegendRow[] {
  const layer = LAYER_BY_ID.get(id);
  if (!layer) return [];
  return layer.legend.map((item) => ({ label: item.label, color: item.color, shape: swatchKind(layer), layer: id }));
}

/** The legend row of the chapter's highlight colour, first, when the chapter highlights features. */
export function withHighlightRow(rows: LegendRow[], highlighted: boolean): LegendRow[] {
  if (!highlighted) return rows;
  return [{ label: { ...HIGHLIGHT.label }, color: HIGHLIGHT.color, shape: 'fill', highlight: true }, ...rows];
}

/** The legend shown with a chapter: its explicit legend, or else the legends of its visible layers. */
export function chapterLegend(chapter: Pick<Chapter, 'layers' | 'legend'>): LegendRow[] {
  if (!chapter.legend) return visibleLayers(chapter).flatMap(layerLegendRows);
  return chapter.legend.flatMap((entry) =>
    typeof entry === 'string'
      ? layerLegendRows(entry)
      : [{ label: entry.label, color: entry.color, shape: entry.shape }],
  );
}

/** Only the active fields of a filter (copied), or undefined when nothing is filtered. */
export function compactFilters(filters: Partial<FilterState>): ChapterFilters | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = Array.isArray(value) ? [...value] : value;
  }
  return Object.keys(out).length > 0 ? (out as ChapterFilters) : undefined;
}

/** True when two filters select the same (only active fields compared, in any order). */
export function sameFilters(a: Partial<FilterState>, b: Partial<FilterState>): boolean {
  const canonical = (f: Partial<FilterState>) => {
    const compact = compactFilters(f) ?? {};
    return JSON.stringify(
      Object.keys(compact)
        .sort()
        .map((k) => [k, compact[k as keyof ChapterFilters]]),
    );
  };
  return canonical(a) === canonical(b);
}

/** The full filter state a chapter asks for (an empty filter when it sets none). */
export function chapterFilter(chapter: Pick<Chapter, 'filters'>): FilterState {
  const filter = emptyFilter();
  return chapter.filters ? ({ ...filter, ...structuredClone(chapter.filters) } as FilterState) : filter;
}
