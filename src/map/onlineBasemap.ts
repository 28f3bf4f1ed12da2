/**
 * The opt-in online basemaps (issue 16, item 6): 天地图 (Tianditu) map or imagery tiles with the user's own key,
 * or the OpenStreetMap raster tiles. Off by default: until the user picks one, no source below is added and
 * nothing is requested. The tiles sit below every plan layer: the base tiles under the offline basemap's
 * (then translucent) fills and outlines, the 天地图 注记 (labels) above the outlines but under the plan's fills.
 *
 * Datum: 天地图 is in CGCS2000, which agrees with WGS84 (the app's datum) to a few centimetres, so no datum shift is
 * applied; OpenStreetMap is WGS84. Both are Web Mercator tile sets (天地图's `_w` matrix sets).
 */
import type { LayerSpecification, Map as MapLibreMap, RasterSourceSpecification } from 'maplibre-gl';

export type OnlineBasemapId = 'osm' | 'tianditu-vec' | 'tianditu-img';
export const ONLINE_BASEMAPS: readonly OnlineBasemapId[] = ['osm', 'tianditu-vec', 'tianditu-img'];

/** A 天地图 key (tk) as the console issues them: 32 hexadecimal characters; accepted a little wider, never more. */
export const TIANDITU_KEY = /^[A-Za-z0-9]{16,64}$/;

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
export const TIANDITU_ATTRIBUTION = '© 天地图 · 国家地理信息公共服务平台';

/** The tile servers a request goes to (what the README and the e2e tests name). */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TIANDITU_HOSTS = 8; // t0 … t7

/** The Web Mercator (`_w`) WMTS tile URLs of one 天地图 layer, one per server t0…t7, with the key. */
export function tiandituTiles(layer: 'vec' | 'cva' | 'img' | 'cia', key: string): string[] {
  const tk = encodeURIComponent(key);
  return Array.from(
    { length: TIANDITU_HOSTS },
    (_, i) =>
      `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${tk}`,
  );
}

/** The source and layer ids this module adds (all start with this prefix). */
export const ONLINE_PREFIX = 'user-basemap';
const isOnline = (id: string) => id.startsWith(ONLINE_PREFIX);

interface TileLayer {
  id: string;
  source: RasterSourceSpecification;
  /** Labels (注记) go above the basemap outlines; base tiles under the basemap fills. */
  labels: boolean;
}

/** The raster sources of a basemap; empty for a 天地图 basemap without a valid key. */
export function onlineTileLayers(id: OnlineBasemapId, key: string): TileLayer[] {
  const raster = (tiles: string[], attribution: string, maxzoom: number): RasterSourceSpecification => ({
    type: 'raster',
    tiles,
    tileSize: 256,
    maxzoom,
    attribution,
  });
  if (id === 'osm')
    return [{ id: `${ONLINE_PREFIX}-osm`, source: raster([OSM_TILES], OSM_ATTRIBUTION, 19), labels: false }];
  if (!TIANDITU_KEY.test(key)) return [];
  const [base, labels] = id === 'tianditu-vec' ? (['vec', 'cva'] as const) : (['img', 'cia'] as const);
  return [
    {
      id: `${ONLINE_PREFIX}-${base}`,
      source: raster(tiandituTiles(base, key), TIANDITU_ATTRIBUTION, 18),
      labels: false,
    },
    {
      id: `${ONLINE_PREFIX}-${labels}`,
      source: raster(tiandituTiles(labels, key), TIANDITU_ATTRIBUTION, 18),
      labels: true,
    },
  ];
}

export const onlineAttribution = (id: OnlineBasemapId) => (id === 'osm' ? OSM_ATTRIBUTION : TIANDITU_ATTRIBUTION);

/** The offline basemap's area fills, made see-through while online tiles show (opacity while online). */
const FILLS_WHILE_ONLINE: Record<string, number> = { 'neighbours-fill': 0, 'city-fill': 0.3 };

/**
 * Puts the chosen online basemap on a live map (null = the offline basemap only: every online source removed,
 * so no tile is requested any more). Idempotent: calling it again with the same choice changes nothing.
 */
export function setOnlineBasemap(map: MapLibreMap, choice: { id: OnlineBasemapId; key: string } | null): void {
  const wanted = choice ? onlineTileLayers(choice.id, choice.key) : [];
  const style = map.getStyle();
  const current = style.layers.filter((l) => isOnline(l.id)).map((l) => l.id);
  const same =
    current.length === wanted.length &&
    wanted.every((w) => {
      const source = map.getSource(w.id) as { tiles?: string[] } | undefined;
      return current.includes(w.id) && JSON.stringify(source?.tiles) === JSON.stringify(w.source.tiles);
    });
  if (same) return;
  for (const id of current) map.removeLayer(id);
  for (const id of Object.keys(style.sources)) if (isOnline(id)) map.removeSource(id);
  // Base tiles right above the background; labels right below the first plan layer (catalog metadata).
  const firstPlanLayer = style.layers.find(
    (l) => (l.metadata as Record<string, unknown> | undefined)?.['zz:category'],
  )?.id;
  const afterBackground = style.layers.find((l) => l.type !== 'background' && !isOnline(l.id))?.id;
  for (const layer of wanted) {
    map.addSource(layer.id, layer.source);
    const spec: LayerSpecification = { id: layer.id, type: 'raster', source: layer.id };
    map.addLayer(spec, layer.labels ? firstPlanLayer : afterBackground);
  }
  for (const [id, opacity] of Object.entries(FILLS_WHILE_ONLINE)) {
    if (map.getLayer(id)) map.setPaintProperty(id, 'fill-opacity', wanted.length > 0 ? opacity : 1);
  }
}
