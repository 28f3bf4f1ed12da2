/**
 * Geodesic measurement of drawn lines and polygons (turf: haversine length, spherical area) and the
 * validation that turns a bad drawing into a typed error instead of NaN. Pure (no DOM, no React).
 *
 * Works anywhere on Earth (not only in Zhuzhou): longitudes outside ±180 (MapLibre's world copies) are
 * accepted as they are, since turf's formulas only use longitude differences.
 */
import { area as turfArea } from '@turf/area';
import { distance } from '@turf/distance';
import { lineString } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { length as turfLength } from '@turf/length';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export { DRAWING_ERROR_MESSAGES, type DrawingErrorCode } from './measureMessages';
import type { DrawingErrorCode } from './measureMessages';

export interface DrawingError {
  ok: false;
  error: DrawingErrorCode;
  /** Where the problem is, when there is one place (the first self-intersection). */
  at?: Position;
}

export interface LineMeasurement {
  ok: true;
  kind: 'distance';
  metres: number;
  /** Length of each segment, in order (for per-segment labels while drawing). */
  segments: number[];
}

export interface AreaMeasurement {
  ok: true;
  kind: 'area';
  squareMetres: number;
  perimeterMetres: number;
}

/** Below this a polygon is treated as degenerate (0.01 m²: floating-point noise of collinear points). */
export const ZERO_AREA_M2 = 0.01;
/** …and below this share of its perimeter squared (a 1 km strip 2 mm wide): a line drawn as a polygon. */
export const ZERO_AREA_RATIO = 1e-6;

/**
 * Planar area (m²) and perimeter (m) of the outer ring in a local equirectangular projection. The zero-area
 * test uses this, not turf's spherical area: points on one straight line of the map enclose a few thousand m²
 * on the sphere's formula (it does not treat lon/lat-straight edges as straight), yet enclose nothing.
 */
function planarAreaAndPerimeter(ring: Position[]): { area: number; perimeter: number } {
  const lat0 = ((ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length) * Math.PI) / 180;
  const k = (6371008.8 * Math.PI) / 180;
  const xy = ring.map(([lon, lat]) => [lon! * k * Math.cos(lat0), lat! * k] as const);
  let twice = 0;
  let perimeter = 0;
  for (let i = 0; i < xy.length; i++) {
    const [x1, y1] = xy[i]!;
    const [x2, y2] = xy[(i + 1) % xy.length]!;
    twice += x1 * y2 - x2 * y1;
    perimeter += Math.hypot(x2 - x1, y2 - y1);
  }
  return { area: Math.abs(twice) / 2, perimeter };
}

function isValidPosition(position: Position | undefined): position is Position {
  if (!position || position.length < 2) return false;
  const [lon, lat] = position as [number, number];
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90;
}

/** Drops consecutive duplicates (double clicks, the closing vertex drawing tools repeat). */
export function dedupe(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of positions) {
    const last = out[out.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  return out;
}

/** The open vertex list of a ring: no repeated closing vertex, no consecutive duplicates. */
export function openRing(ring: Position[]): Position[] {
  const vertices = dedupe(ring);
  const first = vertices[0];
  const last = vertices[vertices.length - 1];
  if (vertices.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) vertices.pop();
  return vertices;
}

/** The closed GeoJSON polygon for a vertex list (open or closed). */
export function closedPolygon(ring: Position[]): Polygon {
  const vertices = openRing(ring);
  const first = vertices[0];
  return { type: 'Polygon', coordinates: [first ? [...vertices, first] : []] };
}

/** Checks a line's vertices; null when measurable. */
export function validateLine(coordinates: Position[]): DrawingError | null {
  if (!coordinates.every(isValidPosition)) return { ok: false, error: 'invalid_coordinates' };
  if (dedupe(coordinates).length < 2) return { ok: false, error: 'too_few_points' };
  return null;
}

/**
 * Checks a polygon (outer ring first, then holes; rings open or closed); null when measurable.
 * Order of checks: coordinates, point count, self-intersection, zero area.
 */
export function validatePolygon(rings: Position[][]): DrawingError | null {
  if (rings.length === 0) return { ok: false, error: 'too_few_points' };
  if (!rings.every((ring) => ring.every(isValidPosition))) return { ok: false, error: 'invalid_coordinates' };
  const opened = rings.map(openRing);
  if (opened.some((ring) => ring.length < 3)) return { ok: false, error: 'too_few_points' };
  const polygon: Polygon = { type: 'Polygon', coordinates: opened.map((ring) => [...ring, ring[0]!]) };
  const crossings = kinks({ type: 'Feature', properties: {}, geometry: polygon });
  const first = crossings.features[0];
  if (first) return { ok: false, error: 'self_intersection', at: first.geometry.coordinates };
  const planar = planarAreaAndPerimeter(opened[0]!);
  if (planar.area < Math.max(ZERO_AREA_M2, ZERO_AREA_RATIO * planar.perimeter ** 2)) {
    return { ok: false, error: 'zero_area' };
  }
  return null;
}

/** Geodesic (haversine) length of a polyline in metres, with per-segment lengths. */
export function measureLine(coordinates: Position[]): LineMeasurement | DrawingError {
  const problem = validateLine(coordinates);
  if (problem) return problem;
  const vertices = dedupe(coordinates);
  const segments: number[] = [];
  for (let i = 1; i < vertices.length; i++) {
    segments.push(distance(vertices[i - 1]!, vertices[i]!, { units: 'meters' }));
  }
  return { ok: true, kind: 'distance', metres: segments.reduce((sum, s) => sum + s, 0), segments };
}

/** Geodesic (spherical) area in m² and perimeter in m of a polygon given as rings (outer, then holes). */
export function measurePolygon(rings: Position[][]): AreaMeasurement | DrawingError {
  const problem = validatePolygon(rings);
  if (problem) return problem;
  const opened = rings.map(openRing);
  const polygon: Polygon = { type: 'Polygon', coordinates: opened.map((ring) => [...ring, ring[0]!]) };
  const perimeterMetres = polygon.coordinates.reduce(
    (sum, ring) => sum + turfLength(lineString(ring), { units: 'meters' }),
    0,
  );
  return { ok: true, kind: 'area', squareMetres: turfArea(polygon), perimeterMetres };
}

/** Measures a GeoJSON geometry from a drawing tool (LineString or Polygon; MultiPolygon sums its parts). */
export function measureGeometry(
  geometry: LineString | Polygon | MultiPolygon | Feature<LineString | Polygon | MultiPolygon>['geometry'],
): LineMeasurement | AreaMeasurement | DrawingError {
  if (geometry.type === 'LineString') return measureLine(geometry.coordinates);
  if (geometry.type === 'Polygon') return measurePolygon(geometry.coordinates);
  let squareMetres = 0;
  let perimeterMetres = 0;
  for (const polygon of geometry.coordinates) {
    const result = measurePolygon(polygon);
    if (!result.ok) return result;
    squareMetres += result.squareMetres;
    perimeterMetres += result.perimeterMetres;
  }
  return { ok: true, kind: 'area', squareMetres, perimeterMetres };
}
