/**
 * The tracking view on the map: one source with the tracked features of the year, each with its class; points as
 * dots, lines and area outlines as lines, coloured by class (Okabe–Ito colours, distinguishable with the common
 * colour-vision deficiencies; "no news" is hollow, so it also differs in shape).
 */
import type { Feature, FeatureCollection } from 'geojson';
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

export function drawTrack(map: MapLibreMap, rows: readonly TrackRow[]): void {
  const features: Feature[] = rows
    .filter((r) => r.cls !== null)
    .map((r) => ({
      type: 'Feature',
      geometry: r.feature.geometry,
      properties: { id: r.feature.properties.id, cls: r.cls },
    }));
  (map.getSource(TRACK_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
}
