/**
 * The site-check report: each imported parcel held against the plan — its area, the planning zones and
 * protection elements inside it, its scopes and districts, the nearest railway station, expressway and hub,
 * and a verdict. Pure (runs in a Web Worker).
 *
 * Method:
 * - Areas are ellipsoidal: turf's spherical area (mean radius R = 6 371 008.8 m) times the ratio of the GRS80
 *   ellipsoid's area element to the sphere's at the parcel's latitude, M·N/R² = (a/R)²·(1−e²)/(1−e²sin²φ)².
 *   turf alone overstates areas in Zhuzhou by ~0.16 % (90 亩 read as 90.14 亩); with the factor it agrees with
 *   GeographicLib's geodesic polygon area to ~1e-5 for parcels up to tens of km (tests/unit/siteReport.test.ts).
 * - Zone and element areas inside a parcel: the boundary-integral clip of src/geo/stats.ts
 *   (fastIntersectionArea, exact as turf.intersect), after a bounding-box relation test (a parcel whose box
 *   lies inside a zone is wholly in it). Candidates come from Flatbush spatial indexes, so the work per parcel
 *   does not grow with the number of parcels.
 * - River corridors: the plan draws 四水 as centre lines; the corridor is the line buffered by
 *   RIVER_CORRIDOR_M = 500 m on each side (turf.buffer) — an assumption of this tool, not a plan figure.
 * - 十二地 (protected areas) are points in the data (their extents are not published with the plan): they
 *   are listed when within PROTECTED_POINT_KM = 5 km of the parcel, with the distance and m2 = 0.
 * - Points and lines as parcels: area 0; zones by the point's zone (share 1), or by each line segment's
 *   midpoint zone weighted by length.
 * - Verdict: conflict = more than CONFLICT_M2 = 1 m² (or a point/segment) in the ecology or farmland zone;
 *   urban = ≥ 99.9 % in the urban zone; else other. `schematic` = a zone or element it touches is drawn
 *   schematically in the plan data (all zones of 图2 are).
 * - Distances: to the nearest point of the parcel (0 when inside), local equirectangular metres (< 0.1 %
 *   error within 100 km).
 */
import { area as turfArea } from '@turf/area';
import { buffer as turfBuffer } from '@turf/buffer';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { DISTRICT_EN, DISTRICTS, SCOPES, ZONES } from '../schema';
import type { District, PlanFeature, Scope, Zone } from '../schema';
import { bboxOf, fastIntersectionArea, haversine, newScratch, PreparedArea, RectRelation } from '../stats';
import type { BBox } from '../stats';
import { SQM_PER_HA, SQM_PER_MU } from '../units';
import { ZONE_LABELS } from '../vocabulary';
import { CSV_BOM, csvRow } from '../csv';
import { SCOPE_EN, scopesOfDistrict } from '../scope';
import type { Parcel } from './types';

export const RIVER_CORRIDOR_M = 500;
export const PROTECTED_POINT_KM = 5;
export const CONFLICT_M2 = 1;
const URBAN_SHARE = 0.999;

// ── ellipsoidal area ─────────────────────────────────────────────────────────────────────────────

const E2 = 0.0066943800229; // GRS80 first eccentricity squared (CGCS2000 is the same to 1e-12)
const A = 6378137; // GRS80 semi-major axis
const TURF_R = 6371008.8; // the sphere @turf/area uses (@turf/helpers earthRadius)
const RAD = Math.PI / 180;

/** Ellipsoid/sphere area ratio at a latitude (see the file comment). */
export function ellipsoidAreaFactor(lat: number): number {
  const s = Math.sin(lat * RAD);
  const w = 1 - E2 * s * s;
  return ((A / TURF_R) ** 2 * (1 - E2)) / (w * w);
}

/** Area of a (multi)polygon on the GRS80 ellipsoid, m². */
export function ellipsoidalArea(geometry: Polygon | MultiPolygon): number {
  const b = bboxOf(geometry);
  return turfArea(geometry) * ellipsoidAreaFactor((b[1] + b[3]) / 2);
}

// ── the index ────────────────────────────────────────────────────────────────────────────────────

interface AreaEntry {
  id: string;
  name: string;
  name_en: string;
  category: string;
  schematic: boolean;
  zone?: Zone;
  geometry: Polygon | MultiPolygon;
  bbox: BBox;
  /** Spherical (turf) area. */
  sphereM2: number;
  prepared?: PreparedArea;
}

interface PointEntry {
  id: string;
  name: string;
  name_en: string;
  category: string;
  schematic: boolean;
  x: number;
  y: number;
}

interface SegmentSet {
  /** Per segment: feature index. */
  owner: Int32Array;
  coords: Float64Array; // x0 y0 x1 y1 per segment
  tree: Flatbush | null;
  features: PointEntry[]; // id/name of each owner feature (x, y unused)
}

/** Expressway segments are indexed with x = lon·cos 27° so box distances are close to true distances in Zhuzhou. */
const SEGMENT_X_SCALE = Math.cos(27 * (Math.PI / 180));

interface CountyEntry {
  district: District;
  bbox: BBox;
  prepared: PreparedArea;
}

interface ScopeEntry {
  scope: Scope;
  bbox: BBox;
  prepared: PreparedArea;
}

/** Opaque: spatial indexes over zones, protection elements, districts, scopes, stations, expressways, hubs. */
export interface PlanIndex {
  readonly kind: 'plan-index';
}

interface PlanIndexData extends PlanIndex {
  zones: AreaEntry[];
  zoneTree: Flatbush | null;
  protection: AreaEntry[];
  protectionTree: Flatbush | null;
  protectedPoints: PointEntry[];
  counties: CountyEntry[];
  countyTree: Flatbush | null;
  scopeAreas: ScopeEntry[];
  stations: PointEntry[];
  hubs: PointEntry[];
  expressways: SegmentSet;
}

function treeOf(boxes: readonly BBox[]): Flatbush | null {
  if (boxes.length === 0) return null;
  const tree = new Flatbush(boxes.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return tree;
}

const pointOf = (f: PlanFeature): PointEntry | null => {
  if (f.geometry.type !== 'Point') return null;
  const [x, y] = f.geometry.coordinates as [number, number];
  const p = f.properties;
  return {
    id: p.id,
    name: p.name,
    name_en: p.name_en,
    category: p.category,
    schematic: p.accuracy === 'schematic',
    x,
    y,
  };
};

/** Railway stations: hubs that are stations (高铁站, 火车站, a 客运枢纽 named for a station) and intercity stations. */
function isStation(f: PlanFeature): boolean {
  const { category, kind, name } = f.properties;
  if (category === 'urban_transit') return kind === '城际站';
  if (category !== 'hub') return false;
  return kind === '高铁站' || kind === '火车站' || (kind === '客运枢纽' && /站/.test(name));
}

function areaEntry(
  f: PlanFeature,
  geometry: Polygon | MultiPolygon,
  category = f.properties.category as string,
): AreaEntry {
  const p = f.properties;
  return {
    id: p.id,
    name: p.name,
    name_en: p.name_en,
    category,
    schematic: p.accuracy === 'schematic',
    zone: p.zone,
    geometry,
    bbox: bboxOf(geometry),
    sphereM2: turfArea(geometry),
  };
}

/** Builds the indexes once per plan data set (≈ 0.1–0.3 s, mostly the river buffers). */
export function buildPlanIndex(plan: PlanFeature[], counties: GeoJSON.FeatureCollection): PlanIndex {
  const zones: AreaEntry[] = [];
  const protection: AreaEntry[] = [];
  const protectedPoints: PointEntry[] = [];
  const stations: PointEntry[] = [];
  const hubs: PointEntry[] = [];
  const scopeAreas: ScopeEntry[] = [];
  const segments: number[] = [];
  const owners: number[] = [];
  const expresswayFeatures: PointEntry[] = [];
  const SCOPE_OF: Record<string, Scope> = { core_area: '一核', metro_circle: '一圈', corridor: '一廊' };
  for (const f of plan) {
    const { category } = f.properties;
    const g = f.geometry;
    const polygonal = g.type === 'Polygon' || g.type === 'MultiPolygon';
    if (category === 'planning_zone' && polygonal && f.properties.zone) zones.push(areaEntry(f, g));
    else if (category === 'mountain' && polygonal) protection.push(areaEntry(f, g));
    else if (category === 'river' && (g.type === 'LineString' || g.type === 'MultiLineString')) {
      const corridor = turfBuffer(g, RIVER_CORRIDOR_M / 1000, { units: 'kilometers' });
      const cg = corridor?.geometry;
      if (cg && (cg.type === 'Polygon' || cg.type === 'MultiPolygon')) protection.push(areaEntry(f, cg, 'river'));
    } else if (category === 'protected_area') {
      const p = pointOf(f);
      if (p) protectedPoints.push(p);
      else if (polygonal) protection.push(areaEntry(f, g));
    }
    if (SCOPE_OF[category] && polygonal) {
      scopeAreas.push({ scope: SCOPE_OF[category]!, bbox: bboxOf(g), prepared: new PreparedArea(g) });
    }
    if (isStation(f)) {
      const p = pointOf(f);
      if (p) stations.push(p);
    }
    if (category === 'hub') {
      const p = pointOf(f);
      if (p) hubs.push(p);
    }
    if (category === 'expressway' && (g.type === 'LineString' || g.type === 'MultiLineString')) {
      const owner = expresswayFeatures.length;
      const p = f.properties;
      expresswayFeatures.push({
        id: p.id,
        name: p.name,
        name_en: p.name_en,
        category,
        schematic: p.accuracy === 'schematic',
        x: 0,
        y: 0,
      });
      for (const line of g.type === 'LineString' ? [g.coordinates] : g.coordinates) {
        for (let i = 1; i < line.length; i++) {
          segments.push(line[i - 1]![0]!, line[i - 1]![1]!, line[i]![0]!, line[i]![1]!);
          owners.push(owner);
        }
      }
    }
  }
  const coords = Float64Array.from(segments);
  let segmentTree: Flatbush | null = null;
  if (owners.length > 0) {
    segmentTree = new Flatbush(owners.length);
    for (let i = 0; i < owners.length; i++) {
      const x0 = coords[i * 4]! * SEGMENT_X_SCALE;
      const y0 = coords[i * 4 + 1]!;
      const x1 = coords[i * 4 + 2]! * SEGMENT_X_SCALE;
      const y1 = coords[i * 4 + 3]!;
      segmentTree.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }
    segmentTree.finish();
  }
  const countyEntries: CountyEntry[] = [];
  for (const c of counties.features) {
    const name = (c.properties as { name?: string } | null)?.name;
    const g = c.geometry;
    if (!name || !(DISTRICTS as readonly string[]).includes(name)) continue;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    countyEntries.push({ district: name as District, bbox: bboxOf(g), prepared: new PreparedArea(g) });
  }
  for (const entry of [...zones, ...protection]) entry.prepared = new PreparedArea(entry.geometry);
  const index: PlanIndexData = {
    kind: 'plan-index',
    zones,
    zoneTree: treeOf(zones.map((z) => z.bbox)),
    protection,
    protectionTree: treeOf(protection.map((z) => z.bbox)),
    protectedPoints,
    counties: countyEntries,
    countyTree: treeOf(countyEntries.map((c) => c.bbox)),
    scopeAreas,
    stations,
    hubs,
    expressways: { owner: Int32Array.from(owners), coords, tree: segmentTree, features: expresswayFeatures },
  };
  return index;
}

// ── the report ───────────────────────────────────────────────────────────────────────────────────

export interface Near {
  id: string;
  name: string;
  name_en: string;
  km: number;
}

export interface ProtectionHit {
  id: string;
  name: string;
  name_en: string;
  /** protected_area (十二地), mountain (四山), river (四水 corridor). */
  category: string;
  /** Area of the element inside the parcel (0 for point elements and for point/line parcels). */
  m2: number;
  /** Distance from the parcel to the element, km (0 when they overlap). */
  km: number;
  /** area = polygon overlap; corridor = river centre line + RIVER_CORRIDOR_M; point = element known only as a point. */
  basis: 'area' | 'corridor' | 'point';
}

export interface ParcelReport {
  parcel_id: string;
  name: string;
  /** Ellipsoidal area, m²; 0 for points and lines. */
  area_m2: number;
  /** share = of the parcel, 0..1 (by length for lines, 1 for the zone a point lies in). Zones with nothing inside are left out. */
  zones: { zone: Zone; m2: number; share: number }[];
  /** 十二地, 四山, river corridors. */
  protection: ProtectionHit[];
  scopes: Scope[];
  districts: District[];
  nearest: { station?: Near; expressway?: Near; hub?: Near };
  /** conflict = touches the ecology or farmland zone; urban = fully in the urban zone. */
  verdict: 'conflict' | 'urban' | 'other';
  /** true when a zone/element it touches is schematic (caveat). */
  schematic: boolean;
}

export interface SiteReport {
  rows: ParcelReport[];
  total: { area_m2: number; zones: { zone: Zone; m2: number; share: number }[]; conflicts: number; urban: number };
}

/** Local planar metres per degree at a latitude. */
const M_PER_DEG = (6371008.8 * Math.PI) / 180;

class Shape {
  /** Rings (polygons) or paths (lines) or a single point. */
  readonly paths: Position[][];
  readonly polygonal: boolean;
  readonly bbox: BBox;
  private preparedArea: PreparedArea | null = null;

  constructor(private readonly geometry: Parcel['geometry']) {
    const g = geometry;
    this.bbox = bboxOf(g);
    this.polygonal = g.type === 'Polygon' || g.type === 'MultiPolygon';
    this.paths =
      g.type === 'Polygon' || g.type === 'MultiLineString'
        ? g.coordinates
        : g.type === 'MultiPolygon'
          ? g.coordinates.flat()
          : g.type === 'LineString'
            ? [g.coordinates]
            : [[g.coordinates]];
  }

  /** The parcel prepared for clipping and point tests (built on first use: most parcels never need it). */
  get prepared(): PreparedArea | null {
    if (!this.polygonal) return null;
    this.preparedArea ??= new PreparedArea(this.geometry as Polygon | MultiPolygon);
    return this.preparedArea;
  }

  /** Point in the parcel (false for points and lines), with a bbox test first. */
  contains(x: number, y: number): boolean {
    const b = this.bbox;
    if (!this.polygonal || x < b[0] || x > b[2] || y < b[1] || y > b[3]) return false;
    return this.prepared!.contains(x, y);
  }
}

/** Squared planar distance (m²) from (px,py) to segment a–b, all in local metres. */
function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Distance (km) from a parcel to a point: 0 inside a polygon parcel, else to its nearest edge / vertex. */
function distanceToPointKm(shape: Shape, x: number, y: number): number {
  if (shape.contains(x, y)) return 0;
  const kx = M_PER_DEG * Math.cos(y * RAD);
  const ky = M_PER_DEG;
  let best = Infinity;
  for (const path of shape.paths) {
    if (path.length === 1) {
      const dx = (path[0]![0]! - x) * kx;
      const dy = (path[0]![1]! - y) * ky;
      best = Math.min(best, dx * dx + dy * dy);
      continue;
    }
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1]!;
      const b = path[i]!;
      best = Math.min(best, segDist2(0, 0, (a[0]! - x) * kx, (a[1]! - y) * ky, (b[0]! - x) * kx, (b[1]! - y) * ky));
    }
  }
  return Math.sqrt(best) / 1000;
}

function segmentsIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = o(ax, ay, bx, by, cx, cy);
  const d2 = o(ax, ay, bx, by, dx, dy);
  const d3 = o(cx, cy, dx, dy, ax, ay);
  const d4 = o(cx, cy, dx, dy, bx, by);
  return d1 * d2 <= 0 && d3 * d4 <= 0 && !(d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0);
}

/** Distance (km) from a parcel to a segment (0 when it crosses or lies inside). */
function distanceToSegmentKm(shape: Shape, ax: number, ay: number, bx: number, by: number, lat: number): number {
  if (shape.contains(ax, ay) || shape.contains(bx, by)) return 0;
  const kx = M_PER_DEG * Math.cos(lat * RAD);
  const ky = M_PER_DEG;
  let best = Infinity;
  const sax = ax * kx;
  const say = ay * ky;
  const sbx = bx * kx;
  const sby = by * ky;
  for (const path of shape.paths) {
    for (let i = 0; i < path.length; i++) {
      const px = path[i]![0]! * kx;
      const py = path[i]![1]! * ky;
      best = Math.min(best, segDist2(px, py, sax, say, sbx, sby));
      if (i === 0) continue;
      const qx = path[i - 1]![0]! * kx;
      const qy = path[i - 1]![1]! * ky;
      if (segmentsIntersect(qx, qy, px, py, sax, say, sbx, sby)) return 0;
      best = Math.min(best, segDist2(sax, say, qx, qy, px, py), segDist2(sbx, sby, qx, qy, px, py));
    }
  }
  return Math.sqrt(best) / 1000;
}

function nearestPoint(shape: Shape, points: readonly PointEntry[]): Near | undefined {
  let best: Near | undefined;
  const b = shape.bbox;
  const kx = (M_PER_DEG * Math.cos(b[1] * RAD)) / 1000;
  const ky = M_PER_DEG / 1000;
  for (const p of points) {
    if (best) {
      // Lower bound: distance to the parcel's box (km); skip the exact test when it cannot win.
      const dx = Math.max(b[0] - p.x, 0, p.x - b[2]) * kx;
      const dy = Math.max(b[1] - p.y, 0, p.y - b[3]) * ky;
      if (dx * dx + dy * dy >= best.km * best.km * 1.0001) continue;
    }
    const km = distanceToPointKm(shape, p.x, p.y);
    if (!best || km < best.km) best = { id: p.id, name: p.name, name_en: p.name_en, km };
  }
  return best;
}

function nearestExpressway(shape: Shape, set: SegmentSet): Near | undefined {
  if (!set.tree) return undefined;
  const cx = (shape.bbox[0] + shape.bbox[2]) / 2;
  const cy = (shape.bbox[1] + shape.bbox[3]) / 2;
  // Candidates by box distance in the tree's near-isotropic coordinates; the exact test picks among them.
  const candidates = set.tree.neighbors(cx * SEGMENT_X_SCALE, cy, 8);
  let best: Near | undefined;
  for (const i of candidates) {
    const km = distanceToSegmentKm(
      shape,
      set.coords[i * 4]!,
      set.coords[i * 4 + 1]!,
      set.coords[i * 4 + 2]!,
      set.coords[i * 4 + 3]!,
      cy,
    );
    if (!best || km < best.km) {
      const f = set.features[set.owner[i]!]!;
      best = { id: f.id, name: f.name, name_en: f.name_en, km };
    }
  }
  return best;
}

/** Area (spherical m²) of an entry inside a polygonal parcel. */
function overlapSphere(
  entry: { prepared?: PreparedArea; geometry: Polygon | MultiPolygon; sphereM2: number },
  shape: Shape,
  sphereM2: number,
  work: ReturnType<typeof newScratch>,
): number {
  entry.prepared ??= new PreparedArea(entry.geometry);
  const [minX, minY, maxX, maxY] = shape.bbox;
  const relation = entry.prepared.rectRelation(minX, minY, maxX, maxY);
  if (relation === RectRelation.Outside) return 0;
  if (relation === RectRelation.Inside) return sphereM2;
  return Math.min(sphereM2, fastIntersectionArea(entry.prepared, shape.prepared!, work));
}

/** The test positions of a non-polygonal parcel with their weights (length for lines, 1 for a point). */
function samplesOf(shape: Shape): { x: number; y: number; w: number }[] {
  const out: { x: number; y: number; w: number }[] = [];
  for (const path of shape.paths) {
    if (path.length === 1) out.push({ x: path[0]![0]!, y: path[0]![1]!, w: 1 });
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1]!;
      const b = path[i]!;
      out.push({ x: (a[0]! + b[0]!) / 2, y: (a[1]! + b[1]!) / 2, w: haversine(a[0]!, a[1]!, b[0]!, b[1]!) });
    }
  }
  return out;
}

function search(tree: Flatbush | null, b: BBox): number[] {
  return tree ? tree.search(b[0], b[1], b[2], b[3]) : [];
}

function reportOne(parcel: Parcel, index: PlanIndexData, work: ReturnType<typeof newScratch>): ParcelReport {
  const shape = new Shape(parcel.geometry);
  const midLat = (shape.bbox[1] + shape.bbox[3]) / 2;
  const factor = ellipsoidAreaFactor(midLat);
  const sphereM2 = shape.polygonal ? turfArea(parcel.geometry) : 0;
  const areaM2 = sphereM2 * factor;
  let schematic = false;

  // Zones.
  const zoneM2 = new Map<Zone, number>();
  const samples = shape.polygonal ? [] : samplesOf(shape);
  const sampleWeight = samples.reduce((s, p) => s + p.w, 0);
  for (const i of search(index.zoneTree, shape.bbox)) {
    const zone = index.zones[i]!;
    let value = 0;
    if (shape.polygonal) value = overlapSphere(zone, shape, sphereM2, work) * factor;
    else {
      zone.prepared ??= new PreparedArea(zone.geometry);
      for (const s of samples) if (zone.prepared.contains(s.x, s.y)) value += s.w;
    }
    if (value <= 0) continue;
    if (zone.schematic) schematic = true;
    zoneM2.set(zone.zone!, (zoneM2.get(zone.zone!) ?? 0) + value);
  }
  const zones = ZONES.filter((z) => (zoneM2.get(z) ?? 0) > 0).map((zone) => {
    const v = zoneM2.get(zone)!;
    if (shape.polygonal) return { zone, m2: Math.min(v, areaM2), share: areaM2 > 0 ? Math.min(1, v / areaM2) : 0 };
    return { zone, m2: 0, share: sampleWeight > 0 ? Math.min(1, v / sampleWeight) : 0 };
  });

  // Protection elements.
  const protection: ProtectionHit[] = [];
  for (const i of search(index.protectionTree, shape.bbox)) {
    const entry = index.protection[i]!;
    let m2 = 0;
    let touches = false;
    if (shape.polygonal) {
      m2 = overlapSphere(entry, shape, sphereM2, work) * factor;
      touches = m2 > CONFLICT_M2;
    } else {
      entry.prepared ??= new PreparedArea(entry.geometry);
      touches = samples.some((s) => entry.prepared!.contains(s.x, s.y));
    }
    if (!touches) continue;
    if (entry.schematic) schematic = true;
    protection.push({
      id: entry.id,
      name: entry.name,
      name_en: entry.name_en,
      category: entry.category,
      m2,
      km: 0,
      basis: entry.category === 'river' ? 'corridor' : 'area',
    });
  }
  for (const p of index.protectedPoints) {
    // Quick reject by degrees (5 km ≈ 0.045° lat, 0.051° lon here).
    const pad = PROTECTED_POINT_KM / 100;
    if (
      p.x < shape.bbox[0] - pad ||
      p.x > shape.bbox[2] + pad ||
      p.y < shape.bbox[1] - pad ||
      p.y > shape.bbox[3] + pad
    )
      continue;
    const km = distanceToPointKm(shape, p.x, p.y);
    if (km > PROTECTED_POINT_KM) continue;
    protection.push({ id: p.id, name: p.name, name_en: p.name_en, category: p.category, m2: 0, km, basis: 'point' });
  }

  // Districts (by overlap, largest first) and scopes.
  const districtShare: { d: District; v: number }[] = [];
  for (const i of search(index.countyTree, shape.bbox)) {
    const county = index.counties[i]!;
    let v = 0;
    if (shape.polygonal) {
      const [minX, minY, maxX, maxY] = shape.bbox;
      const relation = county.prepared.rectRelation(minX, minY, maxX, maxY);
      if (relation === RectRelation.Inside) v = sphereM2;
      else if (relation === RectRelation.Partial) v = fastIntersectionArea(county.prepared, shape.prepared!, work);
      if (v <= CONFLICT_M2) v = 0;
    } else {
      for (const s of samples) if (county.prepared.contains(s.x, s.y)) v += s.w;
    }
    if (v > 0) districtShare.push({ d: county.district, v });
  }
  districtShare.sort((a, b) => b.v - a.v);
  const districts = districtShare.map((x) => x.d);
  const scopeSet = new Set<Scope>(districts.flatMap((d) => scopesOfDistrict(d)));
  for (const entry of index.scopeAreas) {
    if (scopeSet.has(entry.scope)) continue;
    const b = entry.bbox;
    if (shape.bbox[2] < b[0] || shape.bbox[0] > b[2] || shape.bbox[3] < b[1] || shape.bbox[1] > b[3]) continue;
    const [minX, minY, maxX, maxY] = shape.bbox;
    const relation = entry.prepared.rectRelation(minX, minY, maxX, maxY);
    if (relation === RectRelation.Inside) scopeSet.add(entry.scope);
    else if (relation === RectRelation.Partial) {
      const hit = shape.polygonal
        ? fastIntersectionArea(entry.prepared, shape.prepared!, work) > CONFLICT_M2
        : samples.some((s) => entry.prepared.contains(s.x, s.y));
      if (hit) scopeSet.add(entry.scope);
    }
  }
  const scopes = SCOPES.filter((s) => scopeSet.has(s));

  const nearest: ParcelReport['nearest'] = {};
  const station = nearestPoint(shape, index.stations);
  if (station) nearest.station = station;
  const expressway = nearestExpressway(shape, index.expressways);
  if (expressway) nearest.expressway = expressway;
  const hub = nearestPoint(shape, index.hubs);
  if (hub) nearest.hub = hub;

  const inZone = (z: Zone) => zones.find((x) => x.zone === z);
  const touchesZone = (z: Zone) => {
    const hit = inZone(z);
    return hit !== undefined && (shape.polygonal ? hit.m2 > CONFLICT_M2 : hit.share > 0);
  };
  const verdict: ParcelReport['verdict'] =
    touchesZone('ecology') || touchesZone('farmland')
      ? 'conflict'
      : (inZone('urban')?.share ?? 0) >= URBAN_SHARE
        ? 'urban'
        : 'other';
  return {
    parcel_id: parcel.properties.parcel_id,
    name: parcel.properties.name,
    area_m2: areaM2,
    zones,
    protection,
    scopes,
    districts,
    nearest,
    verdict,
    schematic,
  };
}

export function siteReport(parcels: Parcel[], index: PlanIndex, onProgress?: (fraction: number) => void): SiteReport {
  const data = index as PlanIndexData;
  const work = newScratch();
  const rows: ParcelReport[] = [];
  const step = Math.max(1, Math.floor(parcels.length / 100));
  for (let i = 0; i < parcels.length; i++) {
    rows.push(reportOne(parcels[i]!, data, work));
    if (onProgress && i % step === 0) onProgress(i / parcels.length);
  }
  onProgress?.(1);
  return withTotals(rows);
}

/**
 * The same report, computed in chunks of `chunk` parcels with `pause()` awaited between them, so that a worker
 * can answer other messages meanwhile (the map's tiles of the parcels being reported). Same result.
 */
export async function siteReportInChunks(
  parcels: Parcel[],
  index: PlanIndex,
  pause: () => Promise<void>,
  onProgress?: (fraction: number) => void,
  chunk = 2000,
): Promise<SiteReport> {
  const data = index as PlanIndexData;
  const work = newScratch();
  const rows: ParcelReport[] = [];
  for (let start = 0; start < parcels.length; start += chunk) {
    const end = Math.min(parcels.length, start + chunk);
    for (let i = start; i < end; i++) rows.push(reportOne(parcels[i]!, data, work));
    onProgress?.(end / parcels.length);
    if (end < parcels.length) await pause();
  }
  onProgress?.(1);
  return withTotals(rows);
}

function withTotals(rows: ParcelReport[]): SiteReport {
  let area = 0;
  const zoneTotals = new Map<Zone, number>();
  let conflicts = 0;
  let urban = 0;
  for (const row of rows) {
    area += row.area_m2;
    for (const z of row.zones) zoneTotals.set(z.zone, (zoneTotals.get(z.zone) ?? 0) + z.m2);
    if (row.verdict === 'conflict') conflicts++;
    if (row.verdict === 'urban') urban++;
  }
  const zones = ZONES.filter((z) => (zoneTotals.get(z) ?? 0) > 0).map((zone) => ({
    zone,
    m2: zoneTotals.get(zone)!,
    share: area > 0 ? zoneTotals.get(zone)! / area : 0,
  }));
  return { rows, total: { area_m2: area, zones, conflicts, urban } };
}

// ── exports ──────────────────────────────────────────────────────────────────────────────────────

export const VERDICT_LABELS: Record<ParcelReport['verdict'], { zh: string; en: string }> = {
  conflict: {
    zh: '冲突（涉及生态保护区或耕地保护区）',
    en: 'Conflict (touches the ecological or farmland protection zone)',
  },
  urban: { zh: '全部位于城镇发展区', en: 'Wholly in the urban development zone' },
  other: { zh: '其他', en: 'Other' },
};

const r2 = (v: number) => Math.round(v * 100) / 100;
const r4 = (v: number) => Math.round(v * 10000) / 10000;

function protectionText(hits: readonly ProtectionHit[], lang: 'zh' | 'en'): string {
  return hits
    .map((h) => {
      const name = lang === 'zh' ? h.name : h.name_en;
      if (h.basis === 'point')
        return lang === 'zh' ? `${name}（${r2(h.km)} 千米内）` : `${name} (within ${r2(h.km)} km)`;
      return lang === 'zh' ? `${name} ${r2(h.m2 / SQM_PER_MU)} 亩` : `${name} ${r2(h.m2 / SQM_PER_MU)} mu`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/** The report as CSV (BOM, CRLF, formula-safe; see src/logic/exportData.ts), one row per parcel and a total row. */
export function reportToCsv(report: SiteReport, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const header = [
    zh ? '地块编号' : 'Parcel id',
    zh ? '名称' : 'Name',
    zh ? '面积（平方米）' : 'Area (m²)',
    zh ? '面积（公顷）' : 'Area (ha)',
    zh ? '面积（亩）' : 'Area (mu)',
    ...ZONES.flatMap((z) => [
      zh ? `${ZONE_LABELS[z].zh}（亩）` : `${ZONE_LABELS[z].en} (mu)`,
      zh ? `${ZONE_LABELS[z].zh}（%）` : `${ZONE_LABELS[z].en} (%)`,
    ]),
    zh ? '保护要素' : 'Protection elements',
    zh ? '规划结构' : 'Plan scope',
    zh ? '行政区' : 'District',
    zh ? '最近火车站' : 'Nearest railway station',
    zh ? '距火车站（千米）' : 'Station distance (km)',
    zh ? '最近高速公路' : 'Nearest expressway',
    zh ? '距高速公路（千米）' : 'Expressway distance (km)',
    zh ? '最近交通枢纽' : 'Nearest hub',
    zh ? '距枢纽（千米）' : 'Hub distance (km)',
    zh ? '结论' : 'Verdict',
    zh ? '分区为示意' : 'Zones schematic',
  ];
  const zoneCells = (zones: SiteReport['total']['zones']) =>
    ZONES.flatMap((z) => {
      const hit = zones.find((x) => x.zone === z);
      return [hit ? r2(hit.m2 / SQM_PER_MU) : 0, hit ? r2(hit.share * 100) : 0];
    });
  const near = (n: Near | undefined) => [n ? (zh ? n.name : n.name_en) : '', n ? r2(n.km) : ''];
  const rows: (string | number)[][] = [header];
  for (const row of report.rows) {
    rows.push([
      row.parcel_id,
      row.name,
      r2(row.area_m2),
      r4(row.area_m2 / SQM_PER_HA),
      r4(row.area_m2 / SQM_PER_MU),
      ...zoneCells(row.zones),
      protectionText(row.protection, lang),
      row.scopes.map((s) => (zh ? s : SCOPE_EN[s])).join(zh ? '、' : '; '),
      row.districts.map((d) => (zh ? d : DISTRICT_EN[d])).join(zh ? '、' : '; '),
      ...near(row.nearest.station),
      ...near(row.nearest.expressway),
      ...near(row.nearest.hub),
      zh ? VERDICT_LABELS[row.verdict].zh : VERDICT_LABELS[row.verdict].en,
      row.schematic ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
    ]);
  }
  const t = report.total;
  rows.push([
    zh ? '合计' : 'Total',
    zh
      ? `${report.rows.length} 个地块；冲突 ${t.conflicts}；全部城镇 ${t.urban}`
      : `${report.rows.length} parcels; ${t.conflicts} conflicts; ${t.urban} wholly urban`,
    r2(t.area_m2),
    r4(t.area_m2 / SQM_PER_HA),
    r4(t.area_m2 / SQM_PER_MU),
    ...zoneCells(t.zones),
  ]);
  return CSV_BOM + rows.map(csvRow).join('\r\n') + '\r\n';
}

/** The parcels with their report rows as flat properties (areas in m², 公顷 and 亩), plus their own attributes. */
export function reportToGeoJSON(report: SiteReport, parcels: Parcel[]): GeoJSON.FeatureCollection {
  const byId = new Map(report.rows.map((r) => [r.parcel_id, r]));
  return {
    type: 'FeatureCollection',
    features: parcels.map((parcel) => {
      const row = byId.get(parcel.properties.parcel_id);
      const properties: Record<string, unknown> = {
        parcel_id: parcel.properties.parcel_id,
        name: parcel.properties.name,
      };
      if (row) {
        properties.area_m2 = r2(row.area_m2);
        properties.area_ha = r4(row.area_m2 / SQM_PER_HA);
        properties.area_mu = r4(row.area_m2 / SQM_PER_MU);
        for (const z of ZONES) {
          const hit = row.zones.find((x) => x.zone === z);
          properties[`${z}_mu`] = hit ? r4(hit.m2 / SQM_PER_MU) : 0;
          properties[`${z}_share`] = hit ? r4(hit.share) : 0;
        }
        properties.protection = row.protection.map((h) => ({ ...h, m2: r2(h.m2), km: r2(h.km) }));
        properties.scopes = row.scopes;
        properties.districts = row.districts;
        for (const key of ['station', 'expressway', 'hub'] as const) {
          const n = row.nearest[key];
          properties[`nearest_${key}`] = n?.name ?? null;
          properties[`nearest_${key}_km`] = n ? r2(n.km) : null;
        }
        properties.verdict = row.verdict;
        properties.schematic = row.schematic;
      }
      properties.attrs = parcel.properties.attrs;
      return { type: 'Feature', properties, geometry: parcel.geometry };
    }),
  };
}
