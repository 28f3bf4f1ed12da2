/**
 * Datums and "is this point in Zhuzhou?".
 *
 * Every file in geodata/ is WGS84 (EPSG:4326), and browsers' Geolocation API returns WGS84 too, so a device
 * position goes onto the map unchanged. Chinese map apps (高德 AMap, 腾讯 Tencent, Apple Maps in China) show and
 * share GCJ-02 ("Mars coordinates"), and 百度 Baidu shares BD-09; in Zhuzhou those differ from WGS84 by
 * several hundred metres, enough to put a point on the wrong street. Coordinates pasted from such an app, or
 * a URL carrying `datum=gcj02`, are converted to WGS84 with the gcoord package before any query.
 *
 * Pure (no DOM).
 */
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import { distanceToFeature, pointInPolygonRings } from './nearby';

export type Datum = 'wgs84' | 'gcj02' | 'bd09';

/** The datum of every file in geodata/ and of the browser's Geolocation API. */
export const GEODATA_DATUM: Datum = 'wgs84';

const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** Reads a datum name as people write it: gcj02, GCJ-02, amap, 高德 → gcj02; bd09, baidu, 百度 → bd09; wgs84, gps → wgs84. */
export function parseDatum(value: string | null | undefined): Datum | null {
  if (!value) return null;
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (['wgs84', 'wgs', 'gps', 'epsg4326', '4326', 'wgs1984'].includes(v)) return 'wgs84';
  if (['gcj02', 'gcj', 'amap', 'gaode', '高德', 'tencent', 'qq', '腾讯', 'mars', '火星'].includes(v)) return 'gcj02';
  if (['bd09', 'bd09ll', 'bd', 'baidu', '百度'].includes(v)) return 'bd09';
  return null;
}

/** Converts a [lon, lat] in `datum` to WGS84 (unchanged for WGS84; gcoord leaves points outside China as they are). */
export function toWgs84(point: Position, datum: Datum): [number, number] {
  const [lon, lat] = point as [number, number];
  if (datum === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], GCOORD_CRS[datum], gcoord.WGS84) as [number, number];
  return [x, y];
}

/** Converts a WGS84 [lon, lat] to `datum` (e.g. to hand a point to a Chinese map app). */
export function fromWgs84(point: Position, datum: Datum): [number, number] {
  const [lon, lat] = point as [number, number];
  if (datum === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, GCOORD_CRS[datum]) as [number, number];
  return [x, y];
}

/** Rounds a position to 5 decimals (≈ 1 m), the precision of geodata/ and of shared URLs. */
export const round5 = (point: Position): [number, number] => [
  Math.round((point[0] ?? 0) * 1e5) / 1e5,
  Math.round((point[1] ?? 0) * 1e5) / 1e5,
];

const isLon = (v: number) => v >= -180 && v <= 180;
const isLat = (v: number) => v >= -90 && v <= 90;
const inChinaLon = (v: number) => v >= 73 && v <= 136;
const inChinaLat = (v: number) => v >= 3 && v <= 54;

const DATUM_WORDS =
  /(wgs\s*-?\s*84|wgs|gps|epsg\s*:?\s*4326|gcj\s*-?\s*0?2|gcj|amap|gaode|高德|腾讯|tencent|bd\s*-?\s*09(?:ll)?|baidu|百度)/i;

/**
 * Reads a coordinate pair typed or pasted by a user: "113.13401,27.82764", "27.82764, 113.13401",
 * "113.134 27.828", "113.134，27.828 (高德)", "gcj02: 113.134,27.828". Longitude first unless the order is
 * evident from the values (in China longitudes are 73–136, latitudes 3–54). A datum word in the text is
 * returned (else null: the caller decides, e.g. asks or assumes WGS84). Null when it is not a coordinate pair.
 */
export function parseCoordinateText(text: string): { point: [number, number]; datum: Datum | null } | null {
  const datumMatch = DATUM_WORDS.exec(text);
  const datum = datumMatch ? parseDatum(datumMatch[0].replace(/[\s:]/g, '')) : null;
  const rest = datumMatch ? text.replace(datumMatch[0], ' ') : text;
  // Only digits, signs, separators, brackets and degree marks may remain: "东经113" is not a coordinate pair.
  if (!/^[\s\d.,，;；:()（）[\]°+-]*$/.test(rest)) return null;
  const numbers = rest.match(/[+-]?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (numbers.length !== 2) return null;
  const [a, b] = numbers as [number, number];
  let point: [number, number] | null = null;
  if (inChinaLat(a) && inChinaLon(b) && !(inChinaLon(a) && inChinaLat(b))) point = [b, a];
  else if (isLon(a) && isLat(b)) point = [a, b];
  else if (isLat(a) && isLon(b)) point = [b, a];
  return point ? { point, datum } : null;
}

// ── Zhuzhou ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The fallback point when the user's location is unknown or outside Zhuzhou: 神农城 / the municipal
 * government area in 天元区, the civic centre of the central city (WGS84).
 */
export const CITY_CENTRE: { point: [number, number]; name: string; name_en: string } = {
  point: [113.13401, 27.82764],
  name: '株洲市中心（神农城）',
  name_en: 'Zhuzhou city centre (Shennong City)',
};

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
