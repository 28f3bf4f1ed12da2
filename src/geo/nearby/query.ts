/** The candidate search: the features within a radius of a point, nearest first, and one feature's distance. */
/**
 * Pure (no DOM, no MapLibre, no React). Distances are great-circle (haversine, the same Earth radius as turf)
 * from the query point to the *nearest point of the feature*: the point itself, the nearest point on a line,
 * the nearest point on a polygon's boundary — or 0 when the query point lies inside the polygon.
 *
 * Speed: each feature collection is prepared once (bounding boxes and flat coordinate arrays, cached in a
 * WeakMap keyed by the array), and a query only measures the features whose bounding box meets the
 * radius's bounding box. The nearest point on a segment is found in a local equirectangular plane centred on
 * the query point (error < 0.1 % within 10 km at Zhuzhou's latitude), then measured exactly with haversine.
 */
import type { Position } from 'geojson';
import {
  isNearbyCandidate,
  type NearbyFeature,
  type NearbyOptions,
  type NearbyResult,
  type NearbyProperties,
} from './candidates';
import { bearingDeg, compassOf, M_PER_DEG, RAD, scales } from './direction';
import { measure, prepareAll, prepareCached, type Prepared } from './prepared';

/**
 * Distance, direction, nearest point and inside flag from a point to one feature, whatever the radius — for
 * the detail view of an item (which may lie outside the current radius) and for tests.
 */
export function distanceToFeature(
  feature: NearbyFeature,
  point: Position,
): Omit<NearbyResult, 'feature' | 'id'> | null {
  const prepared = prepareCached(feature);
  const [qx, qy] = point;
  if (!prepared || qx === undefined || qy === undefined) return null;
  const { kx, ky } = scales(qy);
  const m = measure(prepared, qx, qy, kx, ky, Infinity);
  if (!m) return null;
  const bearing = m.inside || m.distanceM < 1 ? null : bearingDeg(qx, qy, m.x, m.y);
  return {
    distanceM: m.distanceM,
    nearest: [m.x, m.y],
    inside: m.inside,
    bearingDeg: bearing,
    compass: bearing === null ? null : compassOf(bearing),
  };
}

/**
 * The candidate features within `radiusKm` of `point` ([lon, lat], WGS84), nearest first (to the metre; ties
 * by id). Features are treated as immutable: their prepared geometry is cached per feature object.
 * Features whose bounding box is farther than the radius are skipped without measuring.
 */
export function nearbyQuery<P extends NearbyProperties>(
  features: readonly NearbyFeature<P>[],
  point: Position,
  radiusKm: number,
  options: NearbyOptions<P> = {},
): NearbyResult<P>[] {
  const [qx, qy] = point;
  if (qx === undefined || qy === undefined || !Number.isFinite(qx) || !Number.isFinite(qy)) return [];
  if (!(radiusKm > 0)) return [];
  const radiusM = radiusKm * 1000;
  const filter = options.filter ?? isNearbyCandidate;
  // Query bounding box, padded by 1 % so the planar prefilter never drops a feature right at the radius.
  const dLat = (radiusM / M_PER_DEG) * 1.01;
  const cosLat = Math.max(Math.cos((Math.abs(qy) + dLat) * RAD), 1e-6);
  const dLon = (radiusM / (M_PER_DEG * cosLat)) * 1.01;
  const minX = qx - dLon;
  const maxX = qx + dLon;
  const minY = qy - dLat;
  const maxY = qy + dLat;

  const { kx, ky } = scales(qy);
  // The local plane is within 0.1 % of the geodesic here; 1 % + 1 m of slack keeps every true hit.
  const maxPlanarM = radiusM * 1.01 + 1;

  const results: NearbyResult<P>[] = [];
  for (const prepared of prepareAll(features)) {
    if (prepared.maxX < minX || prepared.minX > maxX || prepared.maxY < minY || prepared.minY > maxY) continue;
    if (!filter(prepared.feature.properties)) continue;
    const measured = measure(prepared as Prepared<NearbyProperties>, qx, qy, kx, ky, maxPlanarM);
    if (!measured || !(measured.distanceM <= radiusM)) continue;
    const { distanceM, inside, x, y } = measured;
    const bearing = inside || distanceM < 1 ? null : bearingDeg(qx, qy, x, y);
    results.push({
      feature: prepared.feature,
      id: prepared.feature.properties.id,
      distanceM,
      inside,
      nearest: [x, y],
      bearingDeg: bearing,
      compass: bearing === null ? null : compassOf(bearing),
    });
  }
  // Whole metres first (so features equally far on the map tie here), then id: a stable, shareable order.
  const keys = new Float64Array(results.length);
  for (let i = 0; i < results.length; i++) keys[i] = Math.round(results[i]!.distanceM);
  const order = Array.from({ length: results.length }, (_, i) => i);
  order.sort((a, b) => {
    const d = keys[a]! - keys[b]!;
    if (d !== 0) return d;
    const ia = results[a]!.id;
    const ib = results[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const count = options.limit !== undefined ? Math.max(0, Math.min(options.limit, order.length)) : order.length;
  const sorted: NearbyResult<P>[] = new Array(count);
  for (let i = 0; i < count; i++) sorted[i] = results[order[i]!]!;
  return sorted;
}
