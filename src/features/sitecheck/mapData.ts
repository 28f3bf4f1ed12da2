/**
 * The map's view of a parcel layer: the parcels with the few properties the map draws by, cut into vector
 * tiles in the site-check worker (geojson-vt + vt-pbf, the libraries MapLibre itself uses for GeoJSON). The map
 * gets each tile it shows as a small transferred ArrayBuffer through a `sitecheck://` protocol, so a
 * 100,000-parcel layer is never cloned to, or parsed on, the main thread: a GeoJSON source given a URL sends
 * the whole parsed collection back to the main thread (measured: multi-second long tasks). Pure; worker only.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { SiteReport } from '../../geo/parcels/report/types';
import type { Parcel } from '../../geo/parcels/types';
import { TILE_LAYER, TILE_MAX_ZOOM, type Verdict } from './types';

/**
 * The parcels with id = their index in the layer (for feature state: the highlighted parcel) and the
 * properties parcel_id and verdict ('pending' until the report is there; the report's rows are in parcel order).
 */
export function parcelCollection(parcels: readonly Parcel[], verdicts: ArrayLike<number> | null): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: parcels.map((p, i) => ({
      type: 'Feature',
      id: i,
      geometry: p.geometry,
      properties: { parcel_id: p.properties.parcel_id, verdict: verdictAt(verdicts, i) },
    })),
  };
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
