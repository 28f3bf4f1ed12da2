/**
 * The map's view of a parcel layer: the parcels with the few properties the map draws by, cut into vector
 * tiles in the site-check worker (geojson-vt + vt-pbf, the libraries MapLibre itself uses for GeoJSON). The map
 * gets each tile it shows as a small transferred ArrayBuffer through a `sitecheck://` protocol, so a
 * 100,000-parcel layer is never cloned to, or parsed on, the main thread: a GeoJSON source given a URL sends
 * the whole parsed collection back to the main thread (measured: multi-second long tasks). Pure; worker only.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { SiteReport } from '../../geo/parcels/report/types';
import type { Parcel } from '../../geo/parcels/types';
import { TILE_LAYER, TILE_MAX_ZOOM, type Verdict } from './types';

/**
 * The parcels with id = their index in the layer (for feature state: the highlighted parcel) and the
 * properties parcel_id and verdict ('pending' until the report is there; the report's rows are in parcel order).
 */
export function parcelCollection(parcels: readonly Parcel[], verdicts: ArrayLike<number> | null): FeatureCollection {
  const features: Feature[] = parcels.map((p, i) => ({
    type: 'Feature',
    id: i,
    geometry: p.geometry,
    properties: { parcel_id: p.properties.parcel_id, verdict: verdictAt(verdicts, i) },
  }));
  // A marker for each polygon or line, drawn below the zoom at which the shape itself becomes visible (a
  // 500 m parcel is under a pixel at the zoom that frames a district): same id, so selection marks both.
  parcels.forEach((p, i) => {
    const marker = parcelMarker(p.geometry);
    if (!marker) return;
    features.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: marker.at },
      properties: { parcel_id: p.properties.parcel_id, verdict: verdictAt(verdicts, i), marker_below: marker.below },
    });
  });
  return { type: 'FeatureCollection', features };
}

/** The smallest on-screen size (px) at which a parcel's own shape counts as visible. */
export const VISIBLE_PX = 8;

/**
 * Where a polygon's or line's marker goes (the centre of its bounding box) and the zoom from which its shape
 * spans VISIBLE_PX pixels (web mercator, 512 px tiles; the marker is drawn below it). Null for points.
 */
export function parcelMarker(geometry: Geometry): { at: [number, number]; below: number } | null {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (geometry.type === 'GeometryCollection')
    geometry.geometries.forEach((g) => visit('coordinates' in g ? g.coordinates : []));
  else visit(geometry.coordinates);
  if (!Number.isFinite(w)) return null;
  const lat = (s + n) / 2;
  // Metres per pixel at zoom z: 40075016.7 · cos(lat) / (512 · 2^z).
  const sizeM = Math.max((e - w) * 111320 * Math.cos((lat * Math.PI) / 180), (n - s) * 110574, 0.01);
  const below = Math.log2((VISIBLE_PX * 40075016.7 * Math.cos((lat * Math.PI) / 180)) / (512 * sizeM));
  return { at: [(w + e) / 2, lat], below: Math.max(0, Math.min(TILE_MAX_ZOOM + 6, Math.ceil(below * 10) / 10)) };
}

/** Verdicts as bytes (kept in IndexedDB beside the parcels: a reload draws the colours before the report). */
export const VERDICT_CODES: readonly Verdict[] = ['pending', 'conflict', 'urban', 'other', 'caution'];
export const verdictCodes = (report: SiteReport): Uint8Array =>
  Uint8Array.from(report.rows, (row) => VERDICT_CODES.indexOf(row.verdict));
const verdictAt = (verdicts: ArrayLike<number> | null, i: number): Verdict =>
  verdicts ? (VERDICT_CODES[verdicts[i] ?? 3] ?? 'other') : 'pending';

/** A tile index over a layer's parcels (built once per parcels + verdicts). */
export function parcelTiles(parcels: readonly Parcel[], verdicts: ArrayLike<number> | null): GeoJSONVT {
  return new GeoJSONVT(parcelCollection(parcels, verdicts), {
    maxZoom: TILE_MAX_ZOOM,
    indexMaxZoom: 5,
    tolerance: 3,
    buffer: 64,
    extent: 4096,
  });
}

/** One tile as a Mapbox Vector Tile (null when empty). */
export function tilePbf(index: GeoJSONVT, z: number, x: number, y: number): ArrayBuffer | null {
  const tile = index.getTile(z, x, y);
  if (!tile || tile.features.length === 0) return null;
  const bytes = fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: 4096 });
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
