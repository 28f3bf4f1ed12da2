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
