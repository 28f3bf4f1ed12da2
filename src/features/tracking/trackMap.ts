/**
 * The tracking view on the map: one source with the tracked features of the year, each with its class; points as
 * dots, lines and area outlines as lines, coloured by class (Okabe–Ito colours, distinguishable with the common
 * colour-vision deficiencies; "no news" is hollow, so it also differs in shape).
 */
import { bboxClip } from '@turf/bbox-clip';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { TrackClass } from '../../geo/history';
import type { TrackRow } from './model';

export const TRACK_COLORS: Record<TrackClass, string> = {
  completed: '#009E73',
  under_construction: '#E69F00',
  planned: '#0072B2',
  no_news: '#7f7f7f',
  existing: '#CC79A7',
  added: '#D55E00',
};

export const TRACK_SOURCE = 'tracking';
export const TRACK_LAYER_IDS = ['tracking-lines', 'tracking-points'] as const;

const isPoint: FilterSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const colour = ['match', ['get', 'cls'], ...Object.entries(TRACK_COLORS).flat(), '#000000'] as unknown as string;

const LAYERS: LayerSpecification[] = [
  {
    id: 'tracking-lines',
    type: 'line',
    source: TRACK_SOURCE,
    filter: ['!', isPoint],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': colour, 'line-width': 4, 'line-opacity': 0.9 },
  },
  {
    id: 'tracking-points',
    type: 'circle',
    source: TRACK_SOURCE,
    filter: isPoint,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 8],
      'circle-color': ['case', ['==', ['get', 'cls'], 'no_news'], '#ffffff', colour],
      'circle-stroke-color': colour,
      'circle-stroke-width': 2,
    },
  },
];

export function addTrackLayers(map: MapLibreMap): void {
  if (!map.getSource(TRACK_SOURCE)) map.addSource(TRACK_SOURCE, { type: 'geojson', data: empty() });
  for (const layer of LAYERS) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

export function removeTrackLayers(map: MapLibreMap): void {
  for (const id of TRACK_LAYER_IDS) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(TRACK_SOURCE)) map.removeSource(TRACK_SOURCE);
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

const toFeatures = (rows: readonly TrackRow[], year: number): Feature[] =>
  rows
    .filter((r) => r.cls !== null)
    .map((r) => ({
      type: 'Feature',
      geometry: r.feature.geometry,
      properties: { id: r.feature.properties.id, cls: r.cls, year },
    }));

export function drawTrack(map: MapLibreMap, rows: readonly TrackRow[], year: number): void {
  const features = toFeatures(rows, year);
  (map.getSource(TRACK_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
}

/** The part of a geometry west (side -1) or east (side 1) of a meridian; null when none is. */
export function clipToSide(geometry: Geometry, lon: number, side: -1 | 1): Geometry | null {
  const inside = (x: number) => (side < 0 ? x < lon : x >= lon);
  switch (geometry.type) {
    case 'Point':
      return inside(geometry.coordinates[0]!) ? geometry : null;
    case 'MultiPoint': {
      const kept = geometry.coordinates.filter((c) => inside(c[0]!));
      return kept.length ? { type: 'MultiPoint', coordinates: kept } : null;
    }
    case 'LineString':
    case 'MultiLineString':
    case 'Polygon':
    case 'MultiPolygon': {
      const box: [number, number, number, number] = side < 0 ? [-180, -90, lon, 90] : [lon, -90, 180, 90];
      const clipped = bboxClip(geometry, box).geometry;
      return clipped.coordinates.length ? clipped : null;
    }
    default:
      return null;
  }
}

/**
 * The swipe comparison: one year's features west of the meridian `lon`, the other's east of it — the tracking
 * layer is the only one that differs between the years, so clipping it at the swipe line is the whole swipe.
 */
export function drawSwipe(
  map: MapLibreMap,
  left: { rows: readonly TrackRow[]; year: number },
  right: { rows: readonly TrackRow[]; year: number },
  lon: number,
): void {
  const side = (list: Feature[], s: -1 | 1) =>
    list.flatMap((f) => {
      const geometry = clipToSide(f.geometry, lon, s);
      return geometry ? [{ ...f, geometry }] : [];
    });
  const features = [...side(toFeatures(left.rows, left.year), -1), ...side(toFeatures(right.rows, right.year), 1)];
  (map.getSource(TRACK_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
}
