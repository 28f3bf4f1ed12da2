/**
 * Geometry checks and repairs for imported parcels (WGS84 lon/lat). Pure.
 *
 * A feature either comes out as a valid Point / LineString / MultiLineString / Polygon / MultiPolygon, with a
 * list of what was repaired, or is rejected with a reason (zh + en). Repairs:
 * - 3D positions lose their z; consecutive duplicate vertices are dropped (no change of shape, not reported);
 * - a ring that is not closed is closed;
 * - a hole with fewer than 3 vertices is dropped;
 * - a self-intersecting ring (a "bow tie", a loop) is split at its crossings with turf's unkinkPolygon
 *   (simplepolygon) and the pieces dissolved with turf's union (polyclip-ts), the usual GIS repair; when that
 *   fails the feature is rejected with the reason;
 * - a GeometryCollection (KML MultiGeometry) becomes a MultiPolygon of its polygons (else a MultiLineString of
 *   its lines, else its single point); members of other types are dropped and reported.
 * Rejected: no geometry, NaN/∞/out-of-range coordinates, polygons with fewer than 3 distinct vertices, zero
 * area, lines with fewer than 2 distinct vertices, MultiPoint (split earlier by the importer), unknown types.
 */
import { area as turfArea } from '@turf/area';
import { featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import { unkinkPolygon } from '@turf/unkink-polygon';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Parcel } from './types';

export type ParcelGeometry = Parcel['geometry'];

export interface Message {
  zh: string;
  en: string;
}

export type CheckResult = { ok: true; geometry: ParcelGeometry; repairs: Message[] } | { ok: false; reason: Message };

const fail = (zh: string, en: string): CheckResult => ({ ok: false, reason: { zh, en } });

/** Below this (m²) a polygon has no area (a line drawn as a polygon). Same threshold as the measure tool. */
const ZERO_AREA_M2 = 0.01;

const xy = (p: Position): Position => [p[0]!, p[1]!];

// ── self-intersection ────────────────────────────────────────────────────────────────────────────

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Do segments ab and cd cross properly or overlap along a stretch? (Touching at an end counts only if collinear overlap.) */
function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = orient(a[0]!, a[1]!, b[0]!, b[1]!, c[0]!, c[1]!);
  const d2 = orient(a[0]!, a[1]!, b[0]!, b[1]!, d[0]!, d[1]!);
  const d3 = orient(c[0]!, c[1]!, d[0]!, d[1]!, a[0]!, a[1]!);
  const d4 = orient(c[0]!, c[1]!, d[0]!, d[1]!, b[0]!, b[1]!);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && d2 === 0) {
    // Collinear: overlapping along a stretch (not just sharing an end point)?
    const useX = a[0] !== b[0];
    const k = useX ? 0 : 1;
    const lo1 = Math.min(a[k]!, b[k]!);
    const hi1 = Math.max(a[k]!, b[k]!);
    const lo2 = Math.min(c[k]!, d[k]!);
    const hi2 = Math.max(c[k]!, d[k]!);
    return Math.min(hi1, hi2) - Math.max(lo1, lo2) > 0;
  }
  return false;
}

/**
 * Whether one closed ring crosses itself. O(n²) for small rings, sorted sweep over x for large ones
 * (parcels from 一码管地 data have 4–50 vertices; some survey outlines thousands).
 */
export function ringSelfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1; // edges
  if (n < 4) return false;
  const adjacent = (i: number, j: number) =>
    Math.abs(i - j) === 1 || (i === 0 && j === n - 1) || (j === 0 && i === n - 1);
  if (n <= 64) {
    for (let i = 0; i < n; i++)
      for (let j = i + 2; j < n; j++) {
        if (adjacent(i, j)) continue;
        if (segmentsCross(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return true;
      }
    return false;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  const minX = (i: number) => Math.min(ring[i]![0]!, ring[i + 1]![0]!);
  const maxX = (i: number) => Math.max(ring[i]![0]!, ring[i + 1]![0]!);
  order.sort((p, q) => minX(p) - minX(q));
  const active: number[] = [];
  for (const i of order) {
    const x = minX(i);
    for (let k = active.length - 1; k >= 0; k--) if (maxX(active[k]!) < x) active.splice(k, 1);
    for (const j of active) {
      if (adjacent(i, j)) continue;
      const yi0 = Math.min(ring[i]![1]!, ring[i + 1]![1]!);
      const yi1 = Math.max(ring[i]![1]!, ring[i + 1]![1]!);
      const yj0 = Math.min(ring[j]![1]!, ring[j + 1]![1]!);
      const yj1 = Math.max(ring[j]![1]!, ring[j + 1]![1]!);
      if (yi1 < yj0 || yj1 < yi0) continue;
      if (segmentsCross(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return true;
    }
    active.push(i);
  }
  return false;
}

/** Splits a self-intersecting polygon at its crossings and dissolves the pieces; null when that fails. */
function repairKinks(polygon: Polygon): Polygon | MultiPolygon | null {
  try {
    const pieces = unkinkPolygon(polygon).features.filter((f) => turfArea(f) > ZERO_AREA_M2);
    if (pieces.length === 0) return null;
    if (pieces.length === 1) return pieces[0]!.geometry;
    const merged = union(featureCollection(pieces));
    return merged?.geometry ?? null;
  } catch {
    return null;
  }
}

// ── polygons ─────────────────────────────────────────────────────────────────────────────────────

interface RingFix {
  ring: Position[] | null;
  closed: boolean;
}

/** `ring` is already converted and deduplicated (cleanPath); closed here if needed. */
function fixRing(ring: Position[]): RingFix {
  const vertices = ring;
  const first = vertices[0];
  const last = vertices[vertices.length - 1];
  let closed = false;
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    vertices.push(xy(first));
    closed = true;
  }
  // A closed ring needs 3 distinct vertices + the closing one.
  return { ring: vertices.length >= 4 ? vertices : null, closed };
}

function checkPolygonal(rings: Position[][][]): CheckResult {
  const repairs: Message[] = [];
  let closedCount = 0;
  let droppedHoles = 0;
  let kinked = 0;
  const parts: Position[][][] = [];
  let droppedParts = 0;
  for (const polygon of rings) {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      droppedParts++;
      continue;
    }
    const outer = fixRing(polygon[0]!);
    if (outer.closed) closedCount++;
    if (!outer.ring) {
      droppedParts++;
      continue;
    }
    const fixed: Position[][] = [outer.ring];
    for (const hole of polygon.slice(1)) {
      const h = fixRing(hole);
      if (h.closed) closedCount++;
      if (h.ring) fixed.push(h.ring);
      else droppedHoles++;
    }
    parts.push(fixed);
  }
  if (parts.length === 0) {
    return fail(
      '多边形少于 3 个不同顶点，无法构成地块',
      'The polygon has fewer than 3 distinct vertices: not a parcel',
    );
  }
  if (closedCount > 0)
    repairs.push({
      zh: `环未闭合，已闭合（${closedCount} 个环）`,
      en: `Ring not closed: closed it (${closedCount} ring(s))`,
    });
  if (droppedHoles > 0)
    repairs.push({
      zh: `删除了 ${droppedHoles} 个不足 3 点的内环`,
      en: `Dropped ${droppedHoles} hole(s) with fewer than 3 vertices`,
    });
  if (droppedParts > 0)
    repairs.push({
      zh: `删除了 ${droppedParts} 个不足 3 点的部分`,
      en: `Dropped ${droppedParts} part(s) with fewer than 3 vertices`,
    });

  const out: Position[][][] = [];
  for (const polygon of parts) {
    if (!polygon.some(ringSelfIntersects)) {
      out.push(polygon);
      continue;
    }
    const repaired = repairKinks({ type: 'Polygon', coordinates: polygon });
    if (!repaired) {
      return fail(
        '边界自相交，无法自动修复（请在 GIS 中修正）',
        'Self-intersecting boundary that could not be repaired automatically (fix it in a GIS)',
      );
    }
    kinked++;
    if (repaired.type === 'Polygon') out.push(repaired.coordinates);
    else out.push(...repaired.coordinates);
  }
  if (kinked > 0)
    repairs.push({
      zh: `边界自相交：已在交点处拆分并合并（${kinked} 处）`,
      en: `Self-intersecting boundary: split at its crossings and dissolved (${kinked} polygon(s))`,
    });
  const geometry: Polygon | MultiPolygon =
    out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
  if (roughArea(out) < 1 && turfArea(geometry) < ZERO_AREA_M2) {
    if (out.some(holeLeavesShell))
      return fail(
        '内环（洞）超出外环：洞有部分在地块边界之外，扣除后面积不为正（请在 GIS 中修正）',
        'A hole reaches outside its outer ring: part of the hole lies outside the parcel, so no area is left (fix it in a GIS)',
      );
    return fail('面积为零（顶点共线）', 'Zero area (the vertices lie on one line)');
  }
  return { ok: true, geometry, repairs };
}

/** Whether a point lies inside a ring (ray casting, planar; the boundary counts either way). */
function inRing(point: Position, ring: Position[]): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a hole of the polygon has a vertex outside its outer ring. */
function holeLeavesShell(polygon: Position[][]): boolean {
  const outer = polygon[0]!;
  return polygon.slice(1).some((hole) => hole.some((p) => !inRing(p, outer)));
}

/** A cheap planar area estimate (m², outer rings minus holes) that only decides whether turf's exact test is needed. */
function roughArea(polygons: Position[][][]): number {
  let sum = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, r) => {
      let twice = 0;
      for (let i = 1; i < ring.length; i++) twice += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
      const lat = ring[0]![1]! * (Math.PI / 180);
      sum += (r === 0 ? 1 : -1) * Math.abs(twice / 2) * 111_320 * 111_320 * Math.cos(lat);
    });
  }
  return sum;
}

function checkLines(lines: Position[][]): CheckResult {
  const kept = lines.filter((line) => line.length >= 2);
  if (kept.length === 0) return fail('线少于 2 个不同顶点', 'The line has fewer than 2 distinct vertices');
  const repairs: Message[] =
    kept.length < lines.length
      ? [
          {
            zh: `删除了 ${lines.length - kept.length} 段不足 2 点的线`,
            en: `Dropped ${lines.length - kept.length} line part(s) with fewer than 2 vertices`,
          },
        ]
      : [];
  const geometry: LineString | MultiLineString =
    kept.length === 1 ? { type: 'LineString', coordinates: kept[0]! } : { type: 'MultiLineString', coordinates: kept };
  return { ok: true, geometry, repairs };
}

/** Flattens a GeometryCollection to one supported geometry (see the file comment); null when nothing usable. */
function flattenCollection(geometries: Geometry[]): { geometry: Geometry; dropped: number } | null {
  const flat: Geometry[] = [];
  const visit = (g: Geometry) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
    else flat.push(g);
  };
  geometries.forEach(visit);
  const polygons = flat.flatMap((g) =>
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [],
  );
  if (polygons.length > 0)
    return {
      geometry: { type: 'MultiPolygon', coordinates: polygons },
      dropped: flat.filter((g) => g.type !== 'Polygon' && g.type !== 'MultiPolygon').length,
    };
  const lines = flat.flatMap((g) =>
    g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [],
  );
  if (lines.length > 0)
    return {
      geometry: { type: 'MultiLineString', coordinates: lines },
      dropped: flat.length - flat.filter((g) => g.type.endsWith('LineString')).length,
    };
  const points = flat.flatMap((g) =>
    g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [],
  );
  if (points.length === 1) return { geometry: { type: 'Point', coordinates: points[0]! }, dropped: flat.length - 1 };
  return null;
}

type Convert = (xy: [number, number]) => [number, number];
const IDENTITY: Convert = (p) => p;

/** One position converted to WGS84 and checked (finite, in range); null when invalid. Drops z. */
/** Why the last position was refused: not numbers in the file, or numbers the conversion put off the globe. */
let refused: 'value' | 'range' = 'value';

function cleanPosition(p: unknown, convert: Convert): Position | null {
  refused = 'value';
  if (!Array.isArray(p) || p.length < 2) return null;
  const x = p[0] as unknown;
  const y = p[1] as unknown;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  const q = convert([x, y]);
  const qx = q[0];
  const qy = q[1];
  if (!Number.isFinite(qx) || !Number.isFinite(qy) || Math.abs(qx) > 180 || Math.abs(qy) > 90) {
    refused = 'range';
    return null;
  }
  return [qx, qy];
}

/** A path converted in one pass, consecutive duplicates dropped; null when any position is invalid. */
function cleanPath(path: unknown, convert: Convert): Position[] | null {
  if (!Array.isArray(path)) return null;
  const out: Position[] = [];
  let lx = NaN;
  let ly = NaN;
  for (const p of path) {
    const q = cleanPosition(p, convert);
    if (!q) return null;
    if (q[0] === lx && q[1] === ly) continue;
    out.push(q);
    lx = q[0]!;
    ly = q[1]!;
  }
  return out;
}

function cleanPaths(paths: unknown, convert: Convert): Position[][] | null {
  if (!Array.isArray(paths)) return null;
  const out: Position[][] = [];
  for (const path of paths) {
    const clean = cleanPath(path, convert);
    if (!clean) return null;
    out.push(clean);
  }
  return out;
}

const INVALID = (): CheckResult =>
  refused === 'range'
    ? fail(
        '坐标换算后不在地球经纬度范围内：多半是坐标系选错了',
        'The coordinates fall outside the lon/lat range once converted: the coordinate system is probably wrong',
      )
    : fail('坐标无效（不是数字或缺失）', 'Invalid coordinates (not numbers, or missing)');

/**
 * Converts (with `convert`, the file's CRS → WGS84; identity by default), checks and repairs one geometry.
 * Input is whatever the file had (any GeoJSON geometry or null); the output is new arrays (the input is not
 * changed), converted once.
 */
export function checkGeometry(geometry: Geometry | null | undefined, convert: Convert = IDENTITY): CheckResult {
  if (!geometry || typeof geometry !== 'object' || !('type' in geometry)) {
    return fail('没有几何图形', 'No geometry');
  }
  const extra: Message[] = [];
  let g: Geometry = geometry;
  if (g.type === 'GeometryCollection') {
    const flat = flattenCollection(g.geometries ?? []);
    if (!flat)
      return fail('几何集合中没有可用的面、线或单点', 'The geometry collection holds no polygon, line or single point');
    if (flat.dropped > 0)
      extra.push({
        zh: `几何集合：保留主要类型，舍弃 ${flat.dropped} 个其他类型成员`,
        en: `Geometry collection: kept the main type, dropped ${flat.dropped} member(s) of other types`,
      });
    g = flat.geometry;
  }
  if (!('coordinates' in g) || !Array.isArray(g.coordinates) || g.coordinates.length === 0) {
    refused = 'value';
    return INVALID();
  }
  let result: CheckResult;
  switch (g.type) {
    case 'Point': {
      const p = cleanPosition(g.coordinates, convert);
      if (!p) return INVALID();
      result = { ok: true, geometry: { type: 'Point', coordinates: p } as Point, repairs: [] };
      break;
    }
    case 'LineString': {
      const path = cleanPath(g.coordinates, convert);
      if (!path) return INVALID();
      result = checkLines([path]);
      break;
    }
    case 'MultiLineString': {
      const paths = cleanPaths(g.coordinates, convert);
      if (!paths) return INVALID();
      result = checkLines(paths);
      break;
    }
    case 'Polygon': {
      const rings = cleanPaths(g.coordinates, convert);
      if (!rings) return INVALID();
      result = checkPolygonal([rings]);
      break;
    }
    case 'MultiPolygon': {
      const polygons: Position[][][] = [];
      for (const polygon of g.coordinates as unknown[]) {
        const rings = cleanPaths(polygon, convert);
        if (!rings) return INVALID();
        polygons.push(rings);
      }
      result = checkPolygonal(polygons);
      break;
    }
    default:
      return fail(`不支持的几何类型 ${g.type}`, `Unsupported geometry type ${g.type}`);
  }
  if (result.ok && extra.length > 0) result.repairs.unshift(...extra);
  return result;
}

/** Up to `max` raw positions spread over the features, for CRS detection and the outside-Zhuzhou check. */
export function samplePositions(features: readonly Feature<Geometry | null>[], max = 2000): [number, number][] {
  const out: [number, number][] = [];
  if (features.length === 0) return out;
  const step = Math.max(1, Math.floor(features.length / max));
  const take = (coords: unknown, limit: { n: number }) => {
    if (!Array.isArray(coords) || limit.n <= 0) return;
    if (coords.length > 0 && typeof coords[0] === 'number') {
      const x = coords[0] as number;
      const y = coords[1] as number;
      if (Number.isFinite(x) && Number.isFinite(y)) {
        out.push([x, y]);
        limit.n--;
      }
      return;
    }
    for (const child of coords) take(child, limit);
  };
  const geometriesOf = (g: Geometry | null): Geometry[] =>
    !g ? [] : g.type === 'GeometryCollection' ? g.geometries.flatMap(geometriesOf) : [g];
  for (let i = 0; i < features.length && out.length < max; i += step) {
    for (const g of geometriesOf(features[i]!.geometry))
      take((g as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates, { n: 4 });
  }
  return out;
}
