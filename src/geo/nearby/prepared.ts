/**
 * Prepared feature geometry for nearby queries (bounding box and flat coordinate arrays, cached per feature and
 * per array), point-in-polygon, and the nearest point of a feature to a query point.
 */
import type { Position } from 'geojson';
import type { NearbyFeature, NearbyProperties } from './candidates';
import { haversineM } from './direction';

export interface Prepared<P extends NearbyProperties> {
  feature: NearbyFeature<P>;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Isolated positions (Point, MultiPoint): flat [lon, lat, lon, lat, …]. */
  points: Float64Array | null;
  /** Polylines (lines and polygon rings), each flat [lon, lat, …]. */
  paths: Float64Array[];
  /** Polygons for the inside test: each an outer ring followed by its holes, flat arrays. */
  polygons: Float64Array[][];
}

const flat = (positions: Position[]): Float64Array => {
  const out = new Float64Array(positions.length * 2);
  positions.forEach((p, i) => {
    out[i * 2] = p[0] ?? NaN;
    out[i * 2 + 1] = p[1] ?? NaN;
  });
  return out;
};

function prepare<P extends NearbyProperties>(feature: NearbyFeature<P>): Prepared<P> | null {
  const { geometry } = feature;
  if (!geometry) return null;
  const prepared: Prepared<P> = {
    feature,
    minX: Infinity,
    minY: Infinity,
    maxX: -Infinity,
    maxY: -Infinity,
    points: null,
    paths: [],
    polygons: [],
  };
  const addPolygon = (rings: Position[][]) => {
    const flatRings = rings.map(flat);
    prepared.polygons.push(flatRings);
    prepared.paths.push(...flatRings);
  };
  switch (geometry.type) {
    case 'Point':
      prepared.points = flat([geometry.coordinates]);
      break;
    case 'MultiPoint':
      prepared.points = flat(geometry.coordinates);
      break;
    case 'LineString':
      prepared.paths.push(flat(geometry.coordinates));
      break;
    case 'MultiLineString':
      prepared.paths.push(...geometry.coordinates.map(flat));
      break;
    case 'Polygon':
      addPolygon(geometry.coordinates);
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach(addPolygon);
      break;
    default:
      return null; // GeometryCollection: not used by the schema
  }
  const extend = (array: Float64Array) => {
    for (let i = 0; i < array.length; i += 2) {
      const x = array[i]!;
      const y = array[i + 1]!;
      if (x < prepared.minX) prepared.minX = x;
      if (x > prepared.maxX) prepared.maxX = x;
      if (y < prepared.minY) prepared.minY = y;
      if (y > prepared.maxY) prepared.maxY = y;
    }
  };
  if (prepared.points) extend(prepared.points);
  prepared.paths.forEach(extend);
  if (!Number.isFinite(prepared.minX) || !Number.isFinite(prepared.minY)) return null;
  return prepared;
}

/** Prepared geometry per feature object (a re-filtered array of the same features reuses it) … */
const featureCache = new WeakMap<NearbyFeature, Prepared<NearbyProperties> | null>();
/** … and per array (a repeated query over the same array skips even the lookups). */
const arrayCache = new WeakMap<readonly NearbyFeature[], Prepared<NearbyProperties>[]>();

export function prepareCached<P extends NearbyProperties>(feature: NearbyFeature<P>): Prepared<P> | null {
  let prepared = featureCache.get(feature);
  if (prepared === undefined) {
    prepared = prepare(feature);
    featureCache.set(feature, prepared);
  }
  return prepared as Prepared<P> | null;
}

export function prepareAll<P extends NearbyProperties>(features: readonly NearbyFeature<P>[]): Prepared<P>[] {
  const cached = arrayCache.get(features);
  if (cached) return cached as Prepared<P>[];
  const prepared: Prepared<P>[] = [];
  for (const feature of features) {
    const p = prepareCached(feature);
    if (p) prepared.push(p);
  }
  arrayCache.set(features, prepared as Prepared<NearbyProperties>[]);
  return prepared;
}

/** Ray casting in lon/lat: is (x, y) inside this flat ring? */
function inRing(x: number, y: number, ring: Float64Array): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inPolygon(x: number, y: number, rings: Float64Array[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !inRing(x, y, outer)) return false;
  return !holes.some((hole) => inRing(x, y, hole));
}

/** True when [lon, lat] lies inside any polygon of the (multi)polygon rings given as positions. */
export function pointInPolygonRings(point: Position, polygons: Position[][][]): boolean {
  const [x, y] = point;
  if (x === undefined || y === undefined) return false;
  return polygons.some((rings) => inPolygon(x, y, rings.map(flat)));
}

interface Nearest {
  d2: number; // squared planar distance (local metres²) — only for comparison
  x: number; // lon
  y: number; // lat
}

/**
 * Nearest point of a prepared feature to (qx, qy), searched in a local plane (metres east / north of the
 * query point, with the east scale fixed at the query latitude).
 */
const scratch: Nearest = { d2: Infinity, x: NaN, y: NaN };

/** Writes the result into a shared scratch object (synchronous and non-reentrant: no allocation per feature). */
function nearestOn(prepared: Prepared<NearbyProperties>, qx: number, qy: number, kx: number, ky: number): Nearest {
  const best = scratch;
  best.d2 = Infinity;
  best.x = NaN;
  best.y = NaN;
  const { points } = prepared;
  if (points) {
    for (let i = 0; i < points.length; i += 2) {
      const dx = (points[i]! - qx) * kx;
      const dy = (points[i + 1]! - qy) * ky;
      const d2 = dx * dx + dy * dy;
      if (d2 < best.d2) {
        best.d2 = d2;
        best.x = points[i]!;
        best.y = points[i + 1]!;
      }
    }
  }
  for (const path of prepared.paths) {
    if (path.length === 2) {
      const dx = (path[0]! - qx) * kx;
      const dy = (path[1]! - qy) * ky;
      const d2 = dx * dx + dy * dy;
      if (d2 < best.d2) {
        best.d2 = d2;
        best.x = path[0]!;
        best.y = path[1]!;
      }
      continue;
    }
    for (let i = 0; i + 3 < path.length; i += 2) {
      // segment A→B in local metres, query at the origin
      const ax = (path[i]! - qx) * kx;
      const ay = (path[i + 1]! - qy) * ky;
      const bx = (path[i + 2]! - qx) * kx;
      const by = (path[i + 3]! - qy) * ky;
      const vx = bx - ax;
      const vy = by - ay;
      const len2 = vx * vx + vy * vy;
      let t = len2 > 0 ? -(ax * vx + ay * vy) / len2 : 0;
      if (t < 0) t = 0;
      else if (t > 1) t = 1;
      const px = ax + t * vx;
      const py = ay + t * vy;
      const d2 = px * px + py * py;
      if (d2 < best.d2) {
        best.d2 = d2;
        best.x = path[i]! + t * (path[i + 2]! - path[i]!);
        best.y = path[i + 1]! + t * (path[i + 3]! - path[i + 1]!);
      }
    }
  }
  return best;
}

interface Measured {
  distanceM: number;
  x: number;
  y: number;
  inside: boolean;
}
const measuredScratch: Measured = { distanceM: NaN, x: NaN, y: NaN, inside: false };

/**
 * Measures one prepared feature into a shared scratch object (no allocation per feature); null when its
 * nearest point is farther than `maxPlanarM` in the local plane (a cheap exit before the exact haversine).
 */
export function measure(
  prepared: Prepared<NearbyProperties>,
  qx: number,
  qy: number,
  kx: number,
  ky: number,
  maxPlanarM: number,
): Measured | null {
  const out = measuredScratch;
  if (
    prepared.polygons.length > 0 &&
    qx >= prepared.minX &&
    qx <= prepared.maxX &&
    qy >= prepared.minY &&
    qy <= prepared.maxY &&
    prepared.polygons.some((rings) => inPolygon(qx, qy, rings))
  ) {
    out.distanceM = 0;
    out.x = qx;
    out.y = qy;
    out.inside = true;
    return out;
  }
  const best = nearestOn(prepared, qx, qy, kx, ky);
  if (!(best.d2 <= maxPlanarM * maxPlanarM)) return null;
  out.distanceM = haversineM(qx, qy, best.x, best.y);
  out.x = best.x;
  out.y = best.y;
  out.inside = false;
  return out;
}
