/**
 * Plane and sphere basics of the area statistics: bounding boxes, haversine length, the equal-area constants and
 * small GeoJSON helpers. Coordinates are WGS84 lon/lat; edges are straight in lon/lat (as GeoJSON and the map draw them).
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type BBox = [number, number, number, number];

/** turf's Earth radius (metres), so lengths here agree with turf.length. */
const EARTH_RADIUS_M = 6371008.8;
export const RAD = Math.PI / 180;
export const AREA_FACTOR = (EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
/**
 * Edges closer than this to each other's line (degrees; ~0.1 mm) are one shared stretch of boundary: far below
 * the data's 5-decimal rounding (~1 m), far above floating-point noise on coordinates near 113° (~1e-14°).
 */
export const COLLINEAR_DEG = 1e-9;

/** Haversine distance in metres (the formula turf.length uses). */
export function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
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

export const bboxesOverlap = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Does the segment (x1,y1)–(x2,y2) touch the rectangle? (Liang–Barsky.) */
export function segmentTouchesRect(
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

export const toFeature = (geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry,
});
