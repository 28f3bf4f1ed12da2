/**
 * "What is planned near me": the features within a radius of a point, nearest first, each with a geodesic
 * distance, a compass direction and a ready-to-show label ("东北 2.4 km" / "NE 2.4 km").
 *
 * Pure (no DOM, no MapLibre, no React). Distances are great-circle (haversine, the same Earth radius as turf)
 * from the query point to the *nearest point of the feature*: the point itself, the nearest point on a line,
 * the nearest point on a polygon's boundary — or 0 when the query point lies inside the polygon.
 *
 * Speed: each feature collection is prepared once (bounding boxes and flat coordinate arrays, cached in a
 * WeakMap keyed by the array), and a query only measures the features whose bounding box meets the
 * radius's bounding box. The nearest point on a segment is found in a local equirectangular plane centred on
 * the query point (error < 0.1 % within 10 km at Zhuzhou's latitude), then measured exactly with haversine.
 *
 * Which features count as "planned things near me" (see {@link isNearbyCandidate}):
 * - always: key projects, industrial parks, new towns and districts, transport hubs and stations, ports,
 *   airports, tourism sites, agricultural industry parks and protected areas — the sites a resident can visit
 *   or will see built, whatever their status (an existing park is still "what the plan does here");
 * - only when planned, under construction or proposed: railways, expressways, urban rail / BRT, national and
 *   provincial roads, waterways and towns — a new railway 800 m away matters; the existing G106 or an
 *   existing county seat is background, not news;
 * - never: the structure areas (一核 / 一圈 / 一廊 / growth poles), planning zones, mountain ranges, rivers,
 *   agricultural areas and regional context — they cover whole districts, so they are reported as the context
 *   the point lies in ({@link areasContaining}), not as items in the list.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { Category, Status } from './schema';

/** turf's mean Earth radius, so our figures agree with turf.distance to the millimetre. */
export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;
const M_PER_DEG = EARTH_RADIUS_M * RAD;

/** Categories that are always "planned things near me". */
export const NEARBY_SITE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'project',
  'industrial_park',
  'new_town',
  'hub',
  'port',
  'airport',
  'tourism',
  'agri_park',
  'protected_area',
]);

/** Categories that count only when the feature is planned, under construction or proposed. */
export const NEARBY_IF_PLANNED_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'railway',
  'expressway',
  'urban_transit',
  'national_road',
  'provincial_road',
  'waterway',
  'town',
]);

/** Statuses that make a conditional category count. */
export const PLANNED_STATUSES: ReadonlySet<Status> = new Set<Status>(['planned', 'under_construction', 'proposed']);

/** Area categories that describe where a point lies (一核 / 一圈 / 一廊 …), reported as context. */
export const CONTEXT_AREA_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'core_area',
  'growth_pole',
  'metro_circle',
  'corridor',
  'planning_zone',
]);

/** The properties nearby needs; PlanProperties satisfies it. */
export interface NearbyProperties {
  id: string;
  category: Category;
  status?: Status;
}

export type NearbyFeature<P extends NearbyProperties = NearbyProperties> = Feature<Geometry, P>;

/** Whether a feature belongs in the "planned near me" list (see the module comment for the rule). */
export function isNearbyCandidate(properties: NearbyProperties): boolean {
  if (NEARBY_SITE_CATEGORIES.has(properties.category)) return true;
  if (NEARBY_IF_PLANNED_CATEGORIES.has(properties.category)) {
    return properties.status !== undefined && PLANNED_STATUSES.has(properties.status);
  }
  return false;
}

/** 8-point compass, clockwise from north. */
export const COMPASS_KEYS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassKey = (typeof COMPASS_KEYS)[number];
export const COMPASS_ZH: Record<CompassKey, string> = {
  N: '北',
  NE: '东北',
  E: '东',
  SE: '东南',
  S: '南',
  SW: '西南',
  W: '西',
  NW: '西北',
};
export const COMPASS_EN_LONG: Record<CompassKey, string> = {
  N: 'north',
  NE: 'north-east',
  E: 'east',
  SE: 'south-east',
  S: 'south',
  SW: 'south-west',
  W: 'west',
  NW: 'north-west',
};

export type Lang = 'zh' | 'en';

export interface NearbyResult<P extends NearbyProperties = NearbyProperties> {
  feature: NearbyFeature<P>;
  id: string;
  /** Geodesic metres from the query point to the nearest point of the feature; 0 inside a polygon. */
  distanceM: number;
  /** True when the query point lies inside the feature's polygon. */
  inside: boolean;
  /** The nearest point of the feature ([lon, lat]); the query point itself when inside. */
  nearest: [number, number];
  /** Initial great-circle bearing to `nearest`, degrees clockwise from north in [0, 360); null when inside/on it. */
  bearingDeg: number | null;
  /** 8-point compass of the bearing; null when inside or closer than 1 m. */
  compass: CompassKey | null;
}

export interface NearbyOptions<P extends NearbyProperties = NearbyProperties> {
  /** Which features to consider; defaults to {@link isNearbyCandidate}. */
  filter?: (properties: P) => boolean;
  /** At most this many results (nearest first). */
  limit?: number;
}

// ── geometry preparation ─────────────────────────────────────────────────────────────────────────

interface Prepared<P extends NearbyProperties> {
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

function prepareCached<P extends NearbyProperties>(feature: NearbyFeature<P>): Prepared<P> | null {
  let prepared = featureCache.get(feature);
  if (prepared === undefined) {
    prepared = prepare(feature);
    featureCache.set(feature, prepared);
  }
  return prepared as Prepared<P> | null;
}

function prepareAll<P extends NearbyProperties>(features: readonly NearbyFeature<P>[]): Prepared<P>[] {
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

// ── distance primitives ──────────────────────────────────────────────────────────────────────────

/** Great-circle distance in metres between two [lon, lat] positions. */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const a = s * s + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * t * t;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/** Initial great-circle bearing from the first to the second position, degrees clockwise from north, [0, 360). */
export function bearingDeg(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const φ1 = lat1 * RAD;
  const φ2 = lat2 * RAD;
  const dλ = (lon2 - lon1) * RAD;
  const y = Math.sin(dλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(dλ);
  const deg = Math.atan2(y, x) / RAD;
  return (deg + 360) % 360;
}

/** The 8-point compass sector of a bearing (each sector 45° wide, centred on N, NE, …). */
export function compassOf(bearing: number): CompassKey {
  const index = ((Math.round((((bearing % 360) + 360) % 360) / 45) % 8) + 8) % 8;
  return COMPASS_KEYS[index]!;
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

function inPolygon(x: number, y: number, rings: Float64Array[]): boolean {
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

/** The local-plane scale factors (metres per degree east / north) at a latitude. */
const scales = (lat: number) => ({ kx: M_PER_DEG * Math.cos(lat * RAD), ky: M_PER_DEG });

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
function measure(
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

// ── the query ────────────────────────────────────────────────────────────────────────────────────

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

/**
 * The context areas (一核 / 一圈 / 一廊 / growth poles / planning zones, or any categories given) whose polygons
 * contain the point — "you are in 一核 · 中心城区".
 */
export function areasContaining<P extends NearbyProperties>(
  features: readonly NearbyFeature<P>[],
  point: Position,
  categories: ReadonlySet<Category> = CONTEXT_AREA_CATEGORIES,
): NearbyFeature<P>[] {
  const [qx, qy] = point;
  if (qx === undefined || qy === undefined) return [];
  return prepareAll(features)
    .filter(
      (p) =>
        categories.has(p.feature.properties.category) &&
        p.polygons.length > 0 &&
        qx >= p.minX &&
        qx <= p.maxX &&
        qy >= p.minY &&
        qy <= p.maxY &&
        p.polygons.some((rings) => inPolygon(qx, qy, rings)),
    )
    .map((p) => p.feature);
}

// ── formatting ───────────────────────────────────────────────────────────────────────────────────

/** "850 m", "2.4 km", "12.3 km", "120 km": metres (to 10 m) below 1 km, one decimal below 100 km. */
export function formatDistance(distanceM: number): string {
  const m = Math.max(0, distanceM);
  if (m < 995) return `${Math.max(10, Math.round(m / 10) * 10)} m`;
  const km = m / 1000;
  return km < 99.95 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** The compass word in a language: 东北 / NE. */
export function compassLabel(key: CompassKey, lang: Lang): string {
  return lang === 'zh' ? COMPASS_ZH[key] : key;
}

/**
 * The list label: "东北 2.4 km" / "NE 2.4 km"; "东北 850 m"; inside a polygon "位于其范围内" / "You are inside";
 * closer than 1 m "就在此处" / "Right here".
 */
export function formatDistanceDirection(
  result: Pick<NearbyResult, 'distanceM' | 'inside' | 'compass'>,
  lang: Lang,
): string {
  if (result.inside) return lang === 'zh' ? '位于其范围内' : 'You are inside';
  if (result.compass === null) return lang === 'zh' ? '就在此处' : 'Right here';
  return `${compassLabel(result.compass, lang)} ${formatDistance(result.distanceM)}`;
}

/** A sentence for screen readers: "东北方向 2.4 km" / "2.4 km north-east". */
export function accessibleDistanceDirection(
  result: Pick<NearbyResult, 'distanceM' | 'inside' | 'compass'>,
  lang: Lang,
): string {
  if (result.inside || result.compass === null) return formatDistanceDirection(result, lang);
  const distance = formatDistance(result.distanceM).replace(' km', lang === 'zh' ? ' 公里' : ' kilometres');
  const spoken = distance.replace(/ m$/, lang === 'zh' ? ' 米' : ' metres');
  return lang === 'zh' ? `${COMPASS_ZH[result.compass]}方向 ${spoken}` : `${spoken} ${COMPASS_EN_LONG[result.compass]}`;
}
