/**
 * The nearby mode's drawing on the map: the radius circle, the chosen point, a dot per result (at the point the
 * distance is measured to) and the open item (its whole geometry, plus a dashed line from the point to it).
 *
 * Colours come from the Okabe–Ito palette (distinguishable with every common colour-vision deficiency) and
 * every mark also differs in shape or size: the circle is a dashed ring, the point a large white-ringed dot,
 * the open item a thick black-cased ring.
 */
import { circle } from '@turf/circle';
import type { Feature, FeatureCollection } from 'geojson';
import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_BY_ID } from '../../catalog/layers';
import type { NearbyResult } from '../../geo/nearby/candidates';
import type { PlanFeature } from '../../geo/schema';

export const NEARBY_COLORS = { ring: '#0072B2', point: '#0072B2', item: '#E69F00', ink: '#1f1b17' } as const;

export const NEARBY_SOURCES = {
  circle: 'nearby-circle',
  point: 'nearby-point',
  results: 'nearby-results',
  item: 'nearby-item',
  link: 'nearby-link',
} as const;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

const isPolygon: FilterSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint: FilterSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const notPoint: FilterSpecification = ['!', isPoint];

export const NEARBY_LAYERS: LayerSpecification[] = [
  {
    id: 'nearby-circle-fill',
    type: 'fill',
    source: NEARBY_SOURCES.circle,
    paint: { 'fill-color': NEARBY_COLORS.ring, 'fill-opacity': 0.06 },
  },
  {
    id: 'nearby-circle-line',
    type: 'line',
    source: NEARBY_SOURCES.circle,
    paint: { 'line-color': NEARBY_COLORS.ring, 'line-width': 2.5, 'line-dasharray': [3, 2] },
  },
  {
    id: 'nearby-item-fill',
    type: 'fill',
    source: NEARBY_SOURCES.item,
    filter: isPolygon,
    paint: { 'fill-color': NEARBY_COLORS.item, 'fill-opacity': 0.3 },
  },
  {
    id: 'nearby-item-casing',
    type: 'line',
    source: NEARBY_SOURCES.item,
    filter: notPoint,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': NEARBY_COLORS.ink, 'line-width': 7 },
  },
  {
    id: 'nearby-item-line',
    type: 'line',
    source: NEARBY_SOURCES.item,
    filter: notPoint,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': NEARBY_COLORS.item, 'line-width': 4 },
  },
  {
    id: 'nearby-link-line',
    type: 'line',
    source: NEARBY_SOURCES.link,
    paint: { 'line-color': NEARBY_COLORS.ink, 'line-width': 1.5, 'line-dasharray': [2, 2] },
  },
  {
    id: 'nearby-results-circle',
    type: 'circle',
    source: NEARBY_SOURCES.results,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 4, 14, 7],
      'circle-color': ['get', 'color'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'nearby-item-circle',
    type: 'circle',
    source: NEARBY_SOURCES.item,
    filter: isPoint,
    paint: {
      'circle-radius': 11,
      'circle-color': NEARBY_COLORS.item,
      'circle-stroke-color': NEARBY_COLORS.ink,
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'nearby-point-halo',
    type: 'circle',
    source: NEARBY_SOURCES.point,
    paint: { 'circle-radius': 16, 'circle-color': NEARBY_COLORS.point, 'circle-opacity': 0.2 },
  },
  {
    id: 'nearby-point-dot',
    type: 'circle',
    source: NEARBY_SOURCES.point,
    paint: {
      'circle-radius': 8,
      'circle-color': NEARBY_COLORS.point,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
];

export const RESULTS_LAYER = 'nearby-results-circle';

/** Adds the nearby sources and layers on top of the map (idempotent). */
export function addNearbyLayers(map: MapLibreMap): void {
  for (const id of Object.values(NEARBY_SOURCES)) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: empty() });
  }
  for (const layer of NEARBY_LAYERS) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

/** Removes them again (when leaving the nearby mode). */
export function removeNearbyLayers(map: MapLibreMap): void {
  // The map may already be gone (page teardown): getStyle() then throws.
  try {
    for (const layer of [...NEARBY_LAYERS].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of Object.values(NEARBY_SOURCES)) if (map.getSource(id)) map.removeSource(id);
  } catch {
    // nothing left to clean up
  }
}

const setData = (map: MapLibreMap, id: string, data: FeatureCollection) =>
  map.getSource<GeoJSONSource>(id)?.setData(data);

/** The circle polygon of a radius around a point (128 segments: smooth at every zoom used here). */
export function radiusCircle(point: [number, number], radiusKm: number): Feature {
  return circle(point, radiusKm, { steps: 128, units: 'kilometers' });
}

export function drawNearby(
  map: MapLibreMap,
  point: [number, number] | null,
  radiusKm: number,
  results: readonly NearbyResult<PlanFeature['properties']>[],
  item: { feature: PlanFeature; nearest: [number, number] } | null,
): void {
  setData(map, NEARBY_SOURCES.circle, {
    type: 'FeatureCollection',
    features: point ? [radiusCircle(point, radiusKm)] : [],
  });
  setData(map, NEARBY_SOURCES.point, {
    type: 'FeatureCollection',
    features: point ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } }] : [],
  });
  setData(map, NEARBY_SOURCES.results, {
    type: 'FeatureCollection',
    features: results.map((r) => ({
      type: 'Feature',
      properties: { id: r.id, color: LAYER_BY_ID.get(r.feature.properties.category)?.color ?? NEARBY_COLORS.ink },
      geometry: { type: 'Point', coordinates: r.nearest },
    })),
  });
  setData(map, NEARBY_SOURCES.item, { type: 'FeatureCollection', features: item ? [item.feature] : [] });
  setData(map, NEARBY_SOURCES.link, {
    type: 'FeatureCollection',
    features:
      item && point
        ? [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [point, item.nearest] } }]
        : [],
  });
}
