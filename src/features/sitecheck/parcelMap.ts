/**
 * Drawing imported parcel layers: one vector-tile source per layer whose tiles the site-check worker cuts and
 * sends through the `sitecheck://` protocol (see mapData.ts: a 100,000-parcel file never crosses the main
 * thread whole), with fill, outline and point layers coloured by the report's verdict and the selected parcel
 * highlighted by feature state. MapLibre calls; SiteCheckOverlay decides when.
 */
import { CLAIMS_CLICK } from '../../map/clickClaims';
import { addProtocol, type ExpressionSpecification, type Map as MapLibreMap, type VectorTileSource } from 'maplibre-gl';
import { siteCheckClient } from './client';
import { TILE_LAYER, TILE_MAX_ZOOM, VERDICT_COLORS, type SiteLayer } from './types';

let version = 0;
/** A new tiles URL for a layer (a new one whenever its parcels or verdicts change: MapLibre fetches again). */
export const tileUrl = (layerId: string) => `sitecheck://${layerId}/${++version}/{z}/{x}/{y}`;

const TILE_PATTERN = /^sitecheck:\/\/([^/]+)\/\d+\/(\d+)\/(\d+)\/(\d+)/;
let protocol = false;

/** The `sitecheck://` protocol: a tile from the worker (asked again should a cancel restart the worker). */
function ensureProtocol(): void {
  if (protocol) return;
  protocol = true;
  addProtocol('sitecheck', async (params) => {
    const match = TILE_PATTERN.exec(params.url);
    if (!match) return { data: new ArrayBuffer(0) };
    const [, layerId, z, x, y] = match;
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await siteCheckClient().ask({
        type: 'tile',
        layerId: layerId!,
        z: Number(z),
        x: Number(x),
        y: Number(y),
      });
      if (response.type === 'tile') return { data: response.data ?? new ArrayBuffer(0) };
      if (response.type === 'error' && response.code !== 'failed') break;
    }
    return { data: new ArrayBuffer(0) };
  });
}

export const sourceOf = (layerId: string) => `sitecheck-${layerId}`;
const styleIds = (layerId: string) => ({
  fill: `sitecheck-${layerId}-fill`,
  outline: `sitecheck-${layerId}-outline`,
  point: `sitecheck-${layerId}-point`,
  marker: `sitecheck-${layerId}-marker`,
});

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
/** The highlight of the selected parcel (feature state: no re-tiling of a 100,000-parcel source). */
export const SELECTED_COLOR = '#1f5fbf';

/** The style layer ids of a parcel layer (fill, outline, points), for queries. */
export const parcelLayerIds = (layerId: string) => Object.values(styleIds(layerId));

const colorByVerdict: ExpressionSpecification = [
  'match',
  ['get', 'verdict'],
  'conflict',
  VERDICT_COLORS.conflict,
  'caution',
  VERDICT_COLORS.caution,
  'urban',
  VERDICT_COLORS.urban,
  'pending',
  VERDICT_COLORS.pending,
  VERDICT_COLORS.other,
];

/** Adds the layer's source (with its first tiles URL) and style layers if missing (under the planner's overlays). */
export function ensureParcelLayer(map: MapLibreMap, layerId: string, url: string): void {
  ensureProtocol();
  const source = sourceOf(layerId);
  if (!map.getSource(source)) map.addSource(source, { type: 'vector', tiles: [url], maxzoom: TILE_MAX_ZOOM });
  const ids = styleIds(layerId);
  const before = map.getLayer('planner-subject-fill') ? 'planner-subject-fill' : undefined;
  if (!map.getLayer(ids.fill))
    map.addLayer(
      {
        id: ids.fill,
        type: 'fill',
        source,
        'source-layer': TILE_LAYER,
        metadata: CLAIMS_CLICK,
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
        'source-layer': TILE_LAYER,
        metadata: CLAIMS_CLICK,
        filter: ['!=', ['geometry-type'], 'Point'],
        paint: {
          'line-color': ['case', selected, SELECTED_COLOR, colorByVerdict],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            8,
            ['case', selected, 3, 0.6],
            14,
            ['case', selected, 4, 2],
          ],
        },
      },
      before,
    );
  if (!map.getLayer(ids.point))
    map.addLayer(
      {
        id: ids.point,
        type: 'circle',
        source,
        'source-layer': TILE_LAYER,
        metadata: CLAIMS_CLICK,
        filter: ['all', ['==', ['geometry-type'], 'Point'], ['!', ['has', 'marker_below']]],
        paint: {
          'circle-color': colorByVerdict,
          'circle-radius': 5,
          'circle-stroke-color': ['case', selected, SELECTED_COLOR, '#ffffff'],
          'circle-stroke-width': ['case', selected, 3, 1.5],
        },
      },
      before,
    );
  // Polygons and lines as markers where their shape is too small to see (mapData.ts: marker_below).
  if (!map.getLayer(ids.marker))
    map.addLayer(
      {
        id: ids.marker,
        type: 'circle',
        source,
        'source-layer': TILE_LAYER,
        metadata: CLAIMS_CLICK,
        filter: ['all', ['has', 'marker_below'], ['<', ['zoom'], ['get', 'marker_below']]],
        paint: {
          'circle-color': colorByVerdict,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 4, 12, 6],
          'circle-stroke-color': ['case', selected, SELECTED_COLOR, '#ffffff'],
          'circle-stroke-width': ['case', selected, 3, 1.5],
        },
      },
      before,
    );
}

/** The layer's new tiles URL (after an import or a report). */
export function setParcelData(map: MapLibreMap, layerId: string, url: string): void {
  const source = map.getSource<VectorTileSource>(sourceOf(layerId));
  if (source && source.tiles?.[0] !== url) source.setTiles([url]);
}

/** Visibility and the layer's opacity (0..1) on its fill, outline and points. */
export function styleParcelLayer(map: MapLibreMap, layer: SiteLayer): void {
  const ids = styleIds(layer.id);
  if (!map.getLayer(ids.fill)) return;
  const visibility = layer.visible ? 'visible' : 'none';
  for (const id of Object.values(ids)) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
  map.setPaintProperty(ids.fill, 'fill-opacity', 0.45 * layer.opacity);
  map.setPaintProperty(ids.outline, 'line-opacity', Math.min(1, 0.3 + layer.opacity));
  map.setPaintProperty(ids.point, 'circle-opacity', layer.opacity);
  map.setPaintProperty(ids.point, 'circle-stroke-opacity', layer.opacity);
  if (map.getLayer(ids.marker)) {
    map.setPaintProperty(ids.marker, 'circle-opacity', Math.min(1, 0.3 + layer.opacity));
    map.setPaintProperty(ids.marker, 'circle-stroke-opacity', Math.min(1, 0.3 + layer.opacity));
  }
}

/** Marks one parcel (by its feature id = index in the layer) as selected or not. */
export function setParcelSelected(map: MapLibreMap, layerId: string, index: number, on: boolean): void {
  const source = sourceOf(layerId);
  if (map.getSource(source)) map.setFeatureState({ source, sourceLayer: TILE_LAYER, id: index }, { selected: on });
}

export function removeParcelLayer(map: MapLibreMap, layerId: string): void {
  for (const id of Object.values(styleIds(layerId))) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(sourceOf(layerId))) map.removeSource(sourceOf(layerId));
}
