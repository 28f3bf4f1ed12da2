/**
 * Drawing imported parcel layers: one GeoJSON source per layer (a 100,000-parcel file is one source, drawn by
 * MapLibre's workers, no per-feature React), with fill, outline, line and point layers coloured by the report's
 * verdict. Pure MapLibre calls; SiteCheckOverlay decides when.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { VERDICT_COLORS, type SiteLayer } from './types';

export const sourceOf = (layerId: string) => `sitecheck-${layerId}`;
const styleIds = (layerId: string) => ({
  fill: `sitecheck-${layerId}-fill`,
  outline: `sitecheck-${layerId}-outline`,
  point: `sitecheck-${layerId}-point`,
});

const colorByVerdict: ExpressionSpecification = [
  'match',
  ['get', 'verdict'],
  'conflict',
  VERDICT_COLORS.conflict,
  'urban',
  VERDICT_COLORS.urban,
  'pending',
  VERDICT_COLORS.pending,
  VERDICT_COLORS.other,
];

/** Adds the layer's source and style layers if missing (under the planner's own overlays). */
export function ensureParcelLayer(map: MapLibreMap, layerId: string): void {
  const source = sourceOf(layerId);
  if (!map.getSource(source))
    map.addSource(source, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const ids = styleIds(layerId);
  const before = map.getLayer('planner-subject-fill') ? 'planner-subject-fill' : undefined;
  if (!map.getLayer(ids.fill))
    map.addLayer(
      {
        id: ids.fill,
        type: 'fill',
        source,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': colorByVerdict, 'fill-opacity': 0.4 },
      },
      before,
    );
  if (!map.getLayer(ids.outline))
    map.addLayer(
      {
        id: ids.outline,
        type: 'line',
        source,
        filter: ['!=', ['geometry-type'], 'Point'],
        paint: { 'line-color': colorByVerdict, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 14, 2] },
      },
      before,
    );
  if (!map.getLayer(ids.point))
    map.addLayer(
      {
        id: ids.point,
        type: 'circle',
        source,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': colorByVerdict,
          'circle-radius': 5,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      before,
    );
}

/** The layer's data: a collection, or a URL (a blob: URL the site-check worker prepared). */
export function setParcelData(map: MapLibreMap, layerId: string, data: FeatureCollection | string): void {
  map.getSource<GeoJSONSource>(sourceOf(layerId))?.setData(data);
}

/** Visibility and the layer's opacity (0..1) on its fill, outline and points. */
export function styleParcelLayer(map: MapLibreMap, layer: SiteLayer): void {
  const ids = styleIds(layer.id);
  const visibility = layer.visible ? 'visible' : 'none';
  for (const id of Object.values(ids)) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
  map.setPaintProperty(ids.fill, 'fill-opacity', 0.45 * layer.opacity);
  map.setPaintProperty(ids.outline, 'line-opacity', Math.min(1, 0.3 + layer.opacity));
  map.setPaintProperty(ids.point, 'circle-opacity', layer.opacity);
  map.setPaintProperty(ids.point, 'circle-stroke-opacity', layer.opacity);
}

export function removeParcelLayer(map: MapLibreMap, layerId: string): void {
  for (const id of Object.values(styleIds(layerId))) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(sourceOf(layerId))) map.removeSource(sourceOf(layerId));
}
