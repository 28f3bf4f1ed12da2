/**
 * What story mode does to the MapLibre map directly: layer fades (paint opacity animated frame by frame, so a
 * layer fades out before it is hidden and fades in from nothing) and the chapter's highlighted features.
 * The store still holds the chapter's layers; MapView applies them at once and the fade takes over from there.
 */
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Category, PlanFeature } from '../../geo/schema';
import { fadeAt, type LayerFade } from './model';
import type { LayerMetadata } from '../../map/catalogLayers';
import { SELECTION_SOURCE } from '../../map/style';
import { HIGHLIGHT } from '../../catalog/layerDefinition';

export interface StyleLayerRef {
  id: string;
  /** paint property → value at 100 % layer opacity */
  paint: [string, number][];
}

/** The MapLibre layers of every catalog category, from the style layers' metadata. */
export function categoryLayers(map: MapLibreMap): Map<Category, StyleLayerRef[]> {
  const byCategory = new Map<Category, StyleLayerRef[]>();
  for (const layer of map.getStyle().layers) {
    const metadata = layer.metadata as LayerMetadata | undefined;
    const category = metadata?.['zz:category'];
    if (!category) continue;
    const list = byCategory.get(category) ?? [];
    list.push({ id: layer.id, paint: Object.entries(metadata['zz:opacity']) });
    byCategory.set(category, list);
  }
  return byCategory;
}

/** The opacity a category is drawn at right now (0 when hidden), read from its first layer's paint. */
export function displayedOpacity(map: MapLibreMap, refs: StyleLayerRef[]): number {
  const first = refs[0];
  const paint = first?.paint[0];
  if (!first || !paint || !map.getLayer(first.id)) return 0;
  if (map.getLayoutProperty(first.id, 'visibility') === 'none') return 0;
  const value = map.getPaintProperty(first.id, paint[0]);
  return typeof value === 'number' && paint[1] > 0 ? value / paint[1] : 1;
}

/** Draws a category at an opacity; 0 with `hide` switches it off. */
export function paintCategory(map: MapLibreMap, refs: StyleLayerRef[], opacity: number, hide: boolean): void {
  for (const ref of refs) {
    if (!map.getLayer(ref.id)) continue;
    const visibility = hide && opacity <= 0 ? 'none' : 'visible';
    if (map.getLayoutProperty(ref.id, 'visibility') !== visibility) {
      map.setLayoutProperty(ref.id, 'visibility', visibility);
    }
    for (const [property, base] of ref.paint) map.setPaintProperty(ref.id, property, base * opacity);
  }
}

/** Paint transitions of the opacity properties: 0 while story mode animates them itself, MapLibre's 300 ms after. */
export function setOpacityTransitions(map: MapLibreMap, durationMs: number): void {
  for (const refs of categoryLayers(map).values()) {
    for (const ref of refs) {
      if (!map.getLayer(ref.id)) continue;
      for (const [property] of ref.paint) {
        map.setPaintProperty(ref.id, `${property}-transition`, { duration: durationMs, delay: 0 });
      }
    }
  }
}

/**
 * Runs fades frame by frame; returns a function that stops them (leaving the current frame drawn). When the
 * fades end, layers faded to 0 are hidden and `onDone` is called.
 */
export function runFades(map: MapLibreMap, fades: LayerFade[], durationMs: number, onDone?: () => void): () => void {
  const layers = categoryLayers(map);
  const start = performance.now();
  let frame = 0;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    const elapsed = performance.now() - start;
    const done = elapsed >= durationMs;
    for (const fade of fades) {
      const refs = layers.get(fade.id);
      if (refs) paintCategory(map, refs, done ? fade.to : fadeAt(fade, elapsed, durationMs), done);
    }
    if (done) onDone?.();
    else frame = requestAnimationFrame(step);
  };
  step();
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
  };
}

// ── highlight ──────────────────────────────────────────────────────────────────────────────────────────

export const HIGHLIGHT_SOURCE = 'story-highlight';
const HIGHLIGHT_COLOR = HIGHLIGHT.color;

export const highlightLayers: LayerSpecification[] = [
  {
    id: 'story-highlight-fill',
    type: 'fill',
    source: HIGHLIGHT_SOURCE,
    filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
    paint: { 'fill-color': HIGHLIGHT_COLOR, 'fill-opacity': HIGHLIGHT.fillOpacity },
  },
  {
    id: 'story-highlight-line',
    type: 'line',
    source: HIGHLIGHT_SOURCE,
    filter: ['!', ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': HIGHLIGHT_COLOR,
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 8],
      'line-opacity': 0.55,
      'line-blur': 1.5,
    },
  },
  {
    id: 'story-highlight-circle',
    type: 'circle',
    source: HIGHLIGHT_SOURCE,
    filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 9, 12, 15],
      'circle-color': HIGHLIGHT_COLOR,
      'circle-opacity': HIGHLIGHT.fillOpacity,
      'circle-stroke-color': HIGHLIGHT_COLOR,
      'circle-stroke-width': 3,
    },
  },
];

/** Adds the highlight source and layers (under the selection, above the plan layers). */
export function addHighlight(map: MapLibreMap): void {
  if (!map.getSource(HIGHLIGHT_SOURCE)) {
    map.addSource(HIGHLIGHT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  }
  const before = map.getStyle().layers.find((l) => 'source' in l && l.source === SELECTION_SOURCE)?.id;
  for (const layer of highlightLayers) if (!map.getLayer(layer.id)) map.addLayer(layer, before);
}

export function setHighlight(map: MapLibreMap, features: PlanFeature[]): void {
  map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData({ type: 'FeatureCollection', features });
}

export function removeHighlight(map: MapLibreMap): void {
  for (const layer of highlightLayers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(HIGHLIGHT_SOURCE)) map.removeSource(HIGHLIGHT_SOURCE);
}
