/**
 * Whether a point lies in Zhuzhou: the city boundary (geodata/basemap/city.geojson) and the padded extent used
 * before it is loaded. Apart from ./datum.ts (coordinate conversions, used by the URL codec on the first screen)
 * because it needs the distance code of ./nearby/.
 */
import type { Position } from 'geojson';
import { pointInPolygonRings } from './nearby/prepared';
import { distanceToFeature } from './nearby/query';

/**
 * Zhuzhou's extent (26°03′–28°01′ N, 112°57′–114°07′ E), padded by ~5 km: the fast "certainly outside" test and
 * the fallback while city.geojson is not loaded.
 */
export const ZHUZHOU_APPROX_BBOX: [number, number, number, number] = [112.9, 26.0, 114.18, 28.07];

export interface CityBoundary {
  bbox: [number, number, number, number];
  /** Polygons, each an outer ring and its holes, [lon, lat] WGS84. */
  polygons: Position[][][];
}

/**
 * Reads the city boundary from geodata/basemap/city.geojson (a FeatureCollection, Feature or bare geometry of
 * Polygon / MultiPolygon parts; all parts are merged). Throws when it holds no polygon.
 */
export function cityBoundaryFrom(geojson: unknown): CityBoundary {
  const polygons: Position[][][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const obj = node as { type?: unknown; features?: unknown; geometry?: unknown; coordinates?: unknown };
    if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) obj.features.forEach(visit);
    else if (obj.type === 'Feature') visit(obj.geometry);
    else if (obj.type === 'Polygon') polygons.push(obj.coordinates as Position[][]);
    else if (obj.type === 'MultiPolygon') polygons.push(...(obj.coordinates as Position[][][]));
  };
  visit(geojson);
  if (polygons.length === 0) throw new Error('city boundary: no Polygon or MultiPolygon found');
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x === undefined || y === undefined) continue;
      bbox[0] = Math.min(bbox[0], x);
      bbox[1] = Math.min(bbox[1], y);
      bbox[2] = Math.max(bbox[2], x);
      bbox[3] = Math.max(bbox[3], y);
    }
  }
  return { bbox, polygons };
}

const inBbox = (x: number, y: number, [minX, minY, maxX, maxY]: readonly number[], padDeg = 0) =>
  x >= minX! - padDeg && x <= maxX! + padDeg && y >= minY! - padDeg && y <= maxY! + padDeg;

/**
 * Whether a WGS84 [lon, lat] lies in Zhuzhou. With the boundary: a bounding-box fast path, then
 * point-in-polygon, accepting points up to `toleranceM` outside (open boundary data are good to a few hundred
 * metres). Without it (not loaded yet): the padded extent {@link ZHUZHOU_APPROX_BBOX}.
 */
export function isInsideZhuzhou(point: Position, city?: CityBoundary | null, toleranceM = 0): boolean {
  const [x, y] = point;
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return false;
  if (!city) return inBbox(x, y, ZHUZHOU_APPROX_BBOX);
  const padDeg = toleranceM > 0 ? toleranceM / 90_000 : 0; // ≥ toleranceM in both axes at Zhuzhou's latitude
  if (!inBbox(x, y, city.bbox, padDeg)) return false;
  if (pointInPolygonRings([x, y], city.polygons)) return true;
  if (toleranceM <= 0) return false;
  const off = distanceToFeature(
    {
      type: 'Feature',
      properties: { id: 'city', category: 'regional' },
      geometry: { type: 'MultiPolygon', coordinates: city.polygons },
    },
    [x, y],
  );
  return off !== null && off.distanceM <= toleranceM;
}
