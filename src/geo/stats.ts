/**
 * "What is in this area?" — statistics for a polygon (drawn, a district, a plan scope): the area of each
 * planning zone inside it, counts of features by category, and the length of railways, expressways and other
 * lines inside. And "what is here?" for a clicked point: planning zone, district, scopes. Pure (no DOM).
 *
 * Correct first: zone areas are exact polygon intersections (turf intersect, polyclip-ts) measured with
 * turf's spherical area; line lengths are the haversine lengths of the pieces of each segment that lie inside,
 * cut at every crossing with the area's edges. Then fast: everything is prefiltered by bounding box; a
 * "prepared" area sorts its edges into horizontal bands so point-in-polygon and segment crossing tests only
 * look at nearby edges; a zone whose bounding box lies wholly inside (or outside) the area skips the
 * intersection; a zone is clipped to the area's bounding box before the exact intersection.
 *
 * Coordinates are WGS84 lon/lat; edges are straight in lon/lat (as GeoJSON and the map draw them).
 */
import { area as turfArea } from '@turf/area';
import { bboxClip } from '@turf/bbox-clip';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { CATEGORIES, ZONES } from './schema';
import type { Category, District, PlanFeature, Scope, Status, Zone } from './schema';
import { representativePoint } from './validate';
import { SCOPE_DISTRICTS, scopesOfDistrict } from './scope';

export type BBox = [number, number, number, number];

/** turf's Earth radius (metres), so lengths here agree with turf.length. */
const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;
const AREA_FACTOR = (EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
/**
 * Edges closer than this to each other's line (degrees; ~0.1 mm) are one shared stretch of boundary: far below
 * the data's 5-decimal rounding (~1 m), far above floating-point noise on coordinates near 113° (~1e-14°).
 */
const COLLINEAR_DEG = 1e-9;

/** Haversine distance in metres (the formula turf.length uses). */
export function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function bboxOf(geometry: Geometry): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === 'number') {
      const [x, y] = coords as [number, number];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      return;
    }
    for (const child of coords as unknown[]) visit(child);
  };
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) {
      const [a, b, c, d] = bboxOf(g);
      visit([
        [a, b],
        [c, d],
      ]);
    }
  } else visit(geometry.coordinates);
  return [minX, minY, maxX, maxY];
}

const bboxesOverlap = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Does the segment (x1,y1)–(x2,y2) touch the rectangle? (Liang–Barsky.) */
function segmentTouchesRect(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const p = [-dx, dx, -dy, dy];
  const q = [x1 - minX, maxX - x1, y1 - minY, maxY - y1];
  for (let i = 0; i < 4; i++) {
    const pi = p[i]!;
    const qi = q[i]!;
    if (pi === 0) {
      if (qi < 0) return false;
    } else {
      const r = qi / pi;
      if (pi < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return true;
}

export const RectRelation = { Outside: 0, Inside: 1, Partial: 2 } as const;
export type RectRelation = (typeof RectRelation)[keyof typeof RectRelation];

/**
 * A (multi)polygon prepared for many point and segment queries: edges in flat arrays, bucketed into
 * horizontal bands. Even–odd rule over all rings (holes and the parts of a valid multipolygon do not overlap).
 */
export class PreparedArea {
  readonly bbox: BBox;
  readonly edgeCount: number;
  private readonly x1: Float64Array;
  private readonly y1: Float64Array;
  private readonly x2: Float64Array;
  private readonly y2: Float64Array;
  private readonly bands: Int32Array[];
  private readonly bandHeight: number;
  private readonly bandCount: number;
  /** +1 / −1 per edge: makes outer rings count counter-clockwise and holes clockwise, whatever the data's order. */
  private readonly orient: Int8Array;
  private readonly stamp: Int32Array;
  private query = 0;

  constructor(readonly geometry: Polygon | MultiPolygon) {
    const polygons = polygonsOf(geometry);
    let count = 0;
    for (const polygon of polygons) for (const ring of polygon) count += Math.max(0, ring.length - 1);
    this.edgeCount = count;
    this.x1 = new Float64Array(count);
    this.y1 = new Float64Array(count);
    this.x2 = new Float64Array(count);
    this.y2 = new Float64Array(count);
    this.orient = new Int8Array(count);
    let e = 0;
    for (const polygon of polygons) {
      for (const [r, ring] of polygon.entries()) {
        let signed = 0;
        for (let i = 1; i < ring.length; i++)
          signed += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
        const orient = (r === 0 ? 1 : -1) * (signed < 0 ? -1 : 1);
        for (let i = 1; i < ring.length; i++) {
          this.orient[e] = orient;
          const a = ring[i - 1]!;
          const b = ring[i]!;
          this.x1[e] = a[0]!;
          this.y1[e] = a[1]!;
          this.x2[e] = b[0]!;
          this.y2[e] = b[1]!;
          e++;
        }
      }
    }
    this.bbox = bboxOf(geometry);
    const bandCount = Math.max(1, Math.min(1024, Math.ceil(count / 8)));
    this.bandCount = bandCount;
    this.bandHeight = (this.bbox[3] - this.bbox[1]) / bandCount || 1;
    const lists: number[][] = Array.from({ length: bandCount }, () => []);
    for (let i = 0; i < count; i++) {
      const lo = this.band(Math.min(this.y1[i]!, this.y2[i]!));
      const hi = this.band(Math.max(this.y1[i]!, this.y2[i]!));
      for (let b = lo; b <= hi; b++) lists[b]!.push(i);
    }
    this.bands = lists.map((list) => Int32Array.from(list));
    this.stamp = new Int32Array(count);
  }

  private band(y: number): number {
    const b = Math.floor((y - this.bbox[1]) / this.bandHeight);
    return b < 0 ? 0 : b >= this.bandCount ? this.bandCount - 1 : b;
  }

  /** Point in polygon (even–odd); points exactly on an edge may go either way. */
  contains(x: number, y: number): boolean {
    const [minX, minY, maxX, maxY] = this.bbox;
    if (x < minX || x > maxX || y < minY || y > maxY) return false;
    const edges = this.bands[this.band(y)]!;
    let inside = false;
    for (let k = 0; k < edges.length; k++) {
      const i = edges[k]!;
      const ya = this.y1[i]!;
      const yb = this.y2[i]!;
      if (ya > y !== yb > y) {
        const xa = this.x1[i]!;
        const xb = this.x2[i]!;
        if (x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) inside = !inside;
      }
    }
    return inside;
  }

  /** Calls `visit` once for every edge whose band overlaps [yMin, yMax]. */
  private forEdgesInRange(yMin: number, yMax: number, visit: (i: number) => boolean | void): void {
    const q = ++this.query;
    const lo = this.band(yMin);
    const hi = this.band(yMax);
    for (let b = lo; b <= hi; b++) {
      const edges = this.bands[b]!;
      for (let k = 0; k < edges.length; k++) {
        const i = edges[k]!;
        if (this.stamp[i] === q) continue;
        this.stamp[i] = q;
        if (visit(i) === true) return;
      }
    }
  }

  /**
   * Parameters t ∈ (0, 1) along the segment where it crosses an edge of the area (unsorted). When `overlaps`
   * is given, stretches where the segment runs along an edge (a shared boundary) are reported there as
   * [tStart, tEnd, direction] triples — direction +1 when the edge, in its normalised orientation, runs the
   * same way as the segment, −1 when against — and their ends are added to the crossings.
   */
  crossings(ax: number, ay: number, bx: number, by: number, out: number[], overlaps?: number[]): void {
    out.length = 0;
    if (overlaps) overlaps.length = 0;
    const rx = bx - ax;
    const ry = by - ay;
    const sMinX = Math.min(ax, bx);
    const sMaxX = Math.max(ax, bx);
    const rLength = Math.hypot(rx, ry);
    if (rLength === 0) return;
    this.forEdgesInRange(Math.min(ay, by), Math.max(ay, by), (i) => {
      const qx = this.x1[i]!;
      const qy = this.y1[i]!;
      const sx = this.x2[i]! - qx;
      const sy = this.y2[i]! - qy;
      if (Math.max(qx, qx + sx) < sMinX || Math.min(qx, qx + sx) > sMaxX) return;
      const denom = rx * sy - ry * sx;
      const wx = qx - ax;
      const wy = qy - ay;
      // Distances of the edge's ends from the segment's line: both within COLLINEAR_DEG = a shared stretch.
      const d1 = (wx * ry - wy * rx) / rLength;
      const d2 = ((wx + sx) * ry - (wy + sy) * rx) / rLength;
      if (Math.abs(d1) <= COLLINEAR_DEG && Math.abs(d2) <= COLLINEAR_DEG) {
        if (overlaps) {
          const r2 = rLength * rLength;
          const t0 = (wx * rx + wy * ry) / r2;
          const t1 = t0 + (sx * rx + sy * ry) / r2;
          const lo = Math.max(0, Math.min(t0, t1));
          const hi = Math.min(1, Math.max(t0, t1));
          if (hi - lo > 1e-12) {
            overlaps.push(lo, hi, (t1 > t0 ? 1 : -1) * this.orient[i]!);
            if (lo > 0) out.push(lo);
            if (hi < 1) out.push(hi);
          }
        }
        return;
      }
      if (denom === 0) return;
      const t = (wx * sy - wy * sx) / denom;
      const u = (wx * ry - wy * rx) / denom;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) out.push(t);
    });
  }

  /**
   * Green's theorem half of an intersection area: Σ over the pieces of this area's boundary that lie inside
   * `other` of x0·y1 − x1·y0, in the equal-area coordinates turf.area uses (x = λ in radians, y = sin φ),
   * relative to an origin. The boundary of A ∩ B is (∂A inside B) + (∂B inside A), so
   * area(A ∩ B) = R²/2 · (A.boundaryInside(B, 'same') + B.boundaryInside(A, 'none')) — exactly turf.area of
   * the intersection polygon.
   *
   * Pieces lying on the other's boundary (areas cut from the same county lines share edges) belong to the
   * intersection's boundary once if both areas lie on the same side, i.e. the edges run the same way after
   * normalising orientation: `shared` says whether this pass counts them ('same') or leaves them to the
   * other pass ('none'). Edges that cancel out (a tiling's internal border, present twice in opposite
   * directions) are not boundary: the point test decides.
   */
  boundaryInside(other: PreparedArea, ox: number, oy: number, shared: 'same' | 'none', scratch: Scratch): number {
    const [minX, minY, maxX, maxY] = other.bbox;
    const { cuts, overlaps } = scratch;
    let sum = 0;
    for (let i = 0; i < this.edgeCount; i++) {
      const ax = this.x1[i]!;
      const ay = this.y1[i]!;
      const bx = this.x2[i]!;
      const by = this.y2[i]!;
      if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX || Math.max(ay, by) < minY || Math.min(ay, by) > maxY)
        continue;
      other.crossings(ax, ay, bx, by, cuts, overlaps);
      cuts.push(0, 1);
      if (cuts.length > 2) cuts.sort((p, q) => p - q);
      let part = 0;
      let px = ax * RAD - ox;
      let py = Math.sin(ay * RAD) - oy;
      let previous = 0;
      for (let k = 1; k < cuts.length; k++) {
        const t = cuts[k]!;
        const qx = (ax + (bx - ax) * t) * RAD - ox;
        const qy = Math.sin((ay + (by - ay) * t) * RAD) - oy;
        if (t - previous > 1e-12) {
          const tm = (previous + t) / 2;
          let net = 0;
          for (let o = 0; o < overlaps.length; o += 3) {
            if (tm > overlaps[o]! && tm < overlaps[o + 1]!) net += overlaps[o + 2]!;
          }
          const inside =
            net !== 0
              ? shared === 'same' && net * this.orient[i]! > 0
              : other.contains(ax + (bx - ax) * tm, ay + (by - ay) * tm);
          if (inside) part += px * qy - qx * py;
        }
        px = qx;
        py = qy;
        previous = t;
      }
      sum += this.orient[i]! * part;
    }
    return sum;
  }

  /** Whether a rectangle lies wholly outside, wholly inside, or across the area's boundary. */
  rectRelation(minX: number, minY: number, maxX: number, maxY: number): RectRelation {
    const b = this.bbox;
    if (maxX < b[0] || minX > b[2] || maxY < b[1] || minY > b[3]) return RectRelation.Outside;
    let crossed = false;
    this.forEdgesInRange(minY, maxY, (i) => {
      if (segmentTouchesRect(this.x1[i]!, this.y1[i]!, this.x2[i]!, this.y2[i]!, minX, minY, maxX, maxY)) {
        crossed = true;
        return true;
      }
    });
    if (crossed) return RectRelation.Partial;
    return this.contains(minX, minY) ? RectRelation.Inside : RectRelation.Outside;
  }
}

// ── The index ───────────────────────────────────────────────────────────────────────────────────────

/** The line categories whose length inside an area is always reported. */
export const REPORTED_LINE_CATEGORIES: readonly Category[] = ['railway', 'expressway'];
/**
 * Line categories whose length inside an area is measured: networks and rivers. Schematic axes (growth poles,
 * the corridor's axis, regional links) are drawn as lines but have no meaningful length.
 */
export const MEASURED_LINE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'railway',
  'expressway',
  'national_road',
  'provincial_road',
  'urban_transit',
  'waterway',
  'river',
]);

interface ZoneEntry {
  feature: PlanFeature;
  zone: Zone;
  bbox: BBox;
  areaM2: number;
  geometry: Polygon | MultiPolygon;
  prepared?: PreparedArea;
}

interface PointEntry {
  feature: PlanFeature;
  category: Category;
  /** Flat lon/lat pairs (a MultiPoint has several; a polygon its representative point). */
  coords: Float64Array;
  bbox: BBox;
}

interface LineEntry {
  feature: PlanFeature;
  category: Category;
  status: Status | 'unknown';
  /** Flat lon/lat per part: [x0, y0, x1, y1, …]. */
  parts: Float64Array[];
  bbox: BBox;
  lengthM: number;
}

interface CountyEntry {
  district: District;
  geometry: Polygon | MultiPolygon;
  prepared: PreparedArea;
  publishedKm2?: number;
}

interface ScopeAreaEntry {
  scope: Scope;
  feature: PlanFeature;
  prepared: PreparedArea;
}

export interface StatsIndex {
  zones: ZoneEntry[];
  points: PointEntry[];
  lines: LineEntry[];
  counties: CountyEntry[];
  /** Polygons of the structure layers (一核 core_area, 一圈 metro_circle, 一廊 corridor). */
  scopeAreas: ScopeAreaEntry[];
  /** Unions of counties per scope, computed on first use. */
  scopeUnions: Map<string, Polygon | MultiPolygon | null>;
}

export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, { name: string; area_km2_published?: number }>;

const SCOPE_OF_CATEGORY: Partial<Record<Category, Scope>> = {
  core_area: '一核',
  metro_circle: '一圈',
  corridor: '一廊',
};

function flatten(positions: Position[]): Float64Array {
  const out = new Float64Array(positions.length * 2);
  positions.forEach((p, i) => {
    out[i * 2] = p[0]!;
    out[i * 2 + 1] = p[1]!;
  });
  return out;
}

function flatLength(flat: Float64Array): number {
  let sum = 0;
  for (let i = 2; i < flat.length; i += 2) sum += haversine(flat[i - 2]!, flat[i - 1]!, flat[i]!, flat[i + 1]!);
  return sum;
}

/**
 * Builds the index once per data set (or per filter change). Planning zones = `planning_zone` polygons with a
 * `zone`; lines = every LineString / MultiLineString; points = everything else, by representative point.
 */
export function buildStatsIndex(features: readonly PlanFeature[], counties?: CountyCollection): StatsIndex {
  const index: StatsIndex = { zones: [], points: [], lines: [], counties: [], scopeAreas: [], scopeUnions: new Map() };
  for (const feature of features) {
    const { geometry, properties } = feature;
    const category = properties.category;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      if (category === 'planning_zone' && properties.zone) {
        index.zones.push({
          feature,
          zone: properties.zone,
          bbox: bboxOf(geometry),
          areaM2: turfArea(geometry),
          geometry,
        });
        continue;
      }
      const scope = SCOPE_OF_CATEGORY[category];
      if (scope) index.scopeAreas.push({ scope, feature, prepared: new PreparedArea(geometry) });
    }
    if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
      if (!MEASURED_LINE_CATEGORIES.has(category)) continue;
      const parts = (geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates).map(flatten);
      index.lines.push({
        feature,
        category,
        status: properties.status ?? 'unknown',
        parts,
        bbox: bboxOf(geometry),
        lengthM: parts.reduce((sum, part) => sum + flatLength(part), 0),
      });
      continue;
    }
    const positions =
      geometry.type === 'Point'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPoint'
          ? geometry.coordinates
          : [representativePoint(feature)];
    index.points.push({
      feature,
      category,
      coords: flatten(positions),
      bbox: bboxOf({ type: 'MultiPoint', coordinates: positions }),
    });
  }
  for (const county of counties?.features ?? []) {
    index.counties.push({
      district: county.properties.name as District,
      geometry: county.geometry,
      prepared: new PreparedArea(county.geometry),
      publishedKm2: county.properties.area_km2_published,
    });
  }
  return index;
}

// ── Area statistics ─────────────────────────────────────────────────────────────────────────────────

export interface ZoneShare {
  zone: Zone;
  areaM2: number;
  /** Share of the whole area, 0…1. */
  share: number;
}

export interface LineLength {
  category: Category;
  lengthM: number;
  byStatus: Partial<Record<Status | 'unknown', number>>;
  /** Features with any length inside. */
  count: number;
}

export interface AreaStatistics {
  areaM2: number;
  /** Every zone in ZONES order (0 when absent). */
  zones: ZoneShare[];
  /** Area covered by no planning-zone polygon (outside the data, or gaps). */
  unzonedM2: number;
  /** Point-like features inside (by representative point), per category. */
  counts: Partial<Record<Category, number>>;
  /** Railway and expressway always; other line categories when they have length inside. */
  lines: LineLength[];
  /** Ids of every feature that is inside or crosses the area (zones excluded), for highlighting. */
  featureIds: string[];
}

const toFeature = (geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry,
});

/** Drops rings that clipping reduced to fewer than 4 positions; null when nothing remains. */
function cleanPolygonal(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = polygonsOf(geometry)
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Area (m²) of zone ∩ area by polygon clipping (turf intersect / polyclip-ts); the zone is first clipped to
 * the area's bbox. The reference the boundary-integral method below is tested against.
 */
export function intersectionArea(zone: Polygon | MultiPolygon, area: Polygon | MultiPolygon, areaBbox: BBox): number {
  const clipped = cleanPolygonal(bboxClip(toFeature(zone), areaBbox).geometry as Polygon | MultiPolygon);
  if (!clipped) return 0;
  let result: Feature<Polygon | MultiPolygon> | null;
  try {
    result = intersect(featureCollection([toFeature(clipped), toFeature(area)]));
  } catch {
    // polyclip can reject the degenerate slivers bbox clipping leaves along the box; retry unclipped.
    result = intersect(featureCollection([toFeature(zone), toFeature(area)]));
  }
  return result ? turfArea(result) : 0;
}

/** Reusable work arrays for the boundary integral. */
export interface Scratch {
  cuts: number[];
  overlaps: number[];
}
export const newScratch = (): Scratch => ({ cuts: [], overlaps: [] });

/**
 * Area (m²) of zone ∩ area by the boundary integral (PreparedArea.boundaryInside): equal to turf.area of the
 * polygon turf.intersect would build, 5–100× faster, and exact also where the two share boundary stretches
 * (zones cut from county lines against a district or scope).
 */
export function fastIntersectionArea(zone: PreparedArea, area: PreparedArea, scratch: Scratch = newScratch()): number {
  const ox = area.bbox[0] * RAD;
  const oy = Math.sin(area.bbox[1] * RAD);
  const a = zone.boundaryInside(area, ox, oy, 'same', scratch);
  const b = area.boundaryInside(zone, ox, oy, 'none', scratch);
  return Math.max(0, (a + b) * AREA_FACTOR);
}

/** Length (m) of a polyline part inside the area, cutting each segment at the area's edges. */
function lengthInside(flat: Float64Array, area: PreparedArea, scratch: number[]): number {
  const [minX, minY, maxX, maxY] = area.bbox;
  let sum = 0;
  for (let i = 2; i < flat.length; i += 2) {
    const ax = flat[i - 2]!;
    const ay = flat[i - 1]!;
    const bx = flat[i]!;
    const by = flat[i + 1]!;
    if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX || Math.max(ay, by) < minY || Math.min(ay, by) > maxY)
      continue;
    area.crossings(ax, ay, bx, by, scratch);
    if (scratch.length === 0) {
      if (area.contains((ax + bx) / 2, (ay + by) / 2)) sum += haversine(ax, ay, bx, by);
      continue;
    }
    scratch.push(0, 1);
    scratch.sort((p, q) => p - q);
    for (let k = 1; k < scratch.length; k++) {
      const t0 = scratch[k - 1]!;
      const t1 = scratch[k]!;
      if (t1 - t0 < 1e-12) continue;
      const tm = (t0 + t1) / 2;
      if (!area.contains(ax + (bx - ax) * tm, ay + (by - ay) * tm)) continue;
      sum += haversine(ax + (bx - ax) * t0, ay + (by - ay) * t0, ax + (bx - ax) * t1, ay + (by - ay) * t1);
    }
  }
  return sum;
}

/** Statistics for one polygon or multipolygon (assumed valid: see measure.ts validatePolygon). */
export function areaStatistics(index: StatsIndex, area: Polygon | MultiPolygon): AreaStatistics {
  const prepared = new PreparedArea(area);
  const bbox = prepared.bbox;
  const areaM2 = turfArea(area);
  const featureIds: string[] = [];

  const scratch: number[] = [];
  const work = newScratch();

  // Planning zones.
  const zoneTotals = new Map<Zone, number>(ZONES.map((zone) => [zone, 0]));
  for (const entry of index.zones) {
    if (!bboxesOverlap(entry.bbox, bbox)) continue;
    const [minX, minY, maxX, maxY] = entry.bbox;
    const relation = prepared.rectRelation(minX, minY, maxX, maxY);
    if (relation === RectRelation.Outside) continue;
    let inside = entry.areaM2;
    if (relation === RectRelation.Partial) {
      entry.prepared ??= new PreparedArea(entry.geometry);
      inside = fastIntersectionArea(entry.prepared, prepared, work);
    }
    zoneTotals.set(entry.zone, (zoneTotals.get(entry.zone) ?? 0) + inside);
  }
  const zones = ZONES.map((zone) => {
    const zoneArea = Math.min(zoneTotals.get(zone) ?? 0, areaM2);
    return { zone, areaM2: zoneArea, share: areaM2 > 0 ? zoneArea / areaM2 : 0 };
  });
  const zoned = zones.reduce((sum, z) => sum + z.areaM2, 0);

  // Point-like features.
  const counts: Partial<Record<Category, number>> = {};
  for (const entry of index.points) {
    if (!bboxesOverlap(entry.bbox, bbox)) continue;
    const c = entry.coords;
    for (let i = 0; i < c.length; i += 2) {
      if (prepared.contains(c[i]!, c[i + 1]!)) {
        counts[entry.category] = (counts[entry.category] ?? 0) + 1;
        featureIds.push(entry.feature.properties.id);
        break;
      }
    }
  }

  // Lines.
  const lineTotals = new Map<Category, LineLength>(
    REPORTED_LINE_CATEGORIES.map((category) => [category, { category, lengthM: 0, byStatus: {}, count: 0 }]),
  );
  for (const entry of index.lines) {
    if (!bboxesOverlap(entry.bbox, bbox)) continue;
    const [minX, minY, maxX, maxY] = entry.bbox;
    const relation = prepared.rectRelation(minX, minY, maxX, maxY);
    if (relation === RectRelation.Outside) continue;
    const inside =
      relation === RectRelation.Inside
        ? entry.lengthM
        : entry.parts.reduce((sum, part) => sum + lengthInside(part, prepared, scratch), 0);
    if (inside <= 0) continue;
    let total = lineTotals.get(entry.category);
    if (!total) {
      total = { category: entry.category, lengthM: 0, byStatus: {}, count: 0 };
      lineTotals.set(entry.category, total);
    }
    total.lengthM += inside;
    total.count += 1;
    total.byStatus[entry.status] = (total.byStatus[entry.status] ?? 0) + inside;
    featureIds.push(entry.feature.properties.id);
  }
  const lines = [...lineTotals.values()].sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );

  return { areaM2, zones, unzonedM2: Math.max(0, areaM2 - zoned), counts, lines, featureIds };
}

// ── Districts and scopes as areas ──────────────────────────────────────────────────────────────────

/** The county polygon of a district, or null when the boundary data lacks it. */
export function districtGeometry(index: StatsIndex, district: District): Polygon | MultiPolygon | null {
  return index.counties.find((c) => c.district === district)?.geometry ?? null;
}

/**
 * A scope's area: its districts' polygons (SCOPE_DISTRICTS) as one MultiPolygon. The county polygons come
 * from one dataset with shared internal borders, so they tile without overlap: the MultiPolygon's area is the
 * union's, and even–odd point tests count each shared border twice (no effect). Dissolving them with
 * turf.union gives the same figures but costs ~0.5 s; `dissolve: true` does it (for an outline without the
 * internal borders).
 */
export function scopeGeometry(
  index: StatsIndex,
  scope: Scope,
  options: { dissolve?: boolean } = {},
): Polygon | MultiPolygon | null {
  const key = options.dissolve ? `${scope}:dissolved` : scope;
  if (index.scopeUnions.has(key)) return index.scopeUnions.get(key) ?? null;
  const parts = index.counties.filter((c) => SCOPE_DISTRICTS[scope].includes(c.district)).map((c) => c.geometry);
  let geometry: Polygon | MultiPolygon | null = null;
  if (parts.length === 1) geometry = parts[0]!;
  else if (parts.length > 1 && options.dissolve) {
    geometry = union(featureCollection(parts.map(toFeature)))?.geometry ?? null;
  } else if (parts.length > 1) {
    geometry = { type: 'MultiPolygon', coordinates: parts.flatMap(polygonsOf) };
  }
  index.scopeUnions.set(key, geometry);
  return geometry;
}

// ── What is here? ───────────────────────────────────────────────────────────────────────────────────

export interface WhatIsHere {
  /** The planning zone at the point, or null outside the zone data. */
  zone: Zone | null;
  /** The zone polygon's feature id and name (a parcel, when the data has parcels). */
  zoneFeature: { id: string; name: string; name_en: string } | null;
  district: District | null;
  /** Scopes by district (SCOPE_DISTRICTS) and by the structure polygons that contain the point. */
  scopes: Scope[];
}

export function whatIsHere(index: StatsIndex, point: Position): WhatIsHere {
  const [x, y] = point as [number, number];
  let zoneEntry: ZoneEntry | null = null;
  for (const entry of index.zones) {
    const b = entry.bbox;
    if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
    entry.prepared ??= new PreparedArea(entry.geometry);
    if (entry.prepared.contains(x, y)) {
      zoneEntry = entry;
      break;
    }
  }
  const county = index.counties.find((c) => c.prepared.contains(x, y)) ?? null;
  const scopes = new Set<Scope>(county ? scopesOfDistrict(county.district) : []);
  for (const entry of index.scopeAreas) if (entry.prepared.contains(x, y)) scopes.add(entry.scope);
  const p = zoneEntry?.feature.properties;
  return {
    zone: zoneEntry?.zone ?? null,
    zoneFeature: p ? { id: p.id, name: p.name, name_en: p.name_en } : null,
    district: county?.district ?? null,
    scopes: (['一核', '一圈', '一廊'] as const).filter((s) => scopes.has(s)),
  };
}
