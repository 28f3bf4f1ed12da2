/**
 * Coordinate systems Chinese planning data comes in, and their conversion to WGS84 (the datum of geodata/ and
 * of the map). Pure: no DOM, runs in a Web Worker.
 *
 * - WGS84 and CGCS2000 geographic are taken as the same (they differ by a few centimetres: CGCS2000 is tied
 *   to ITRF97, WGS84 (G1762) to ITRF2008; far below the plan data's precision).
 * - CGCS2000 Gauss–Krüger: transverse Mercator on the GRS80 ellipsoid (CGCS2000's ellipsoid differs from
 *   GRS80 only in the 10th digit of the flattening), lat_0 = 0, k = 1, false easting 500 km, optionally with
 *   the zone number in front (zone × 10⁶ + 500 km, e.g. 38 500 000). The definitions are EPSG's (checked with
 *   PROJ's `projinfo`): 3° CM 111°E = EPSG:4546, prefixed zone 37 = EPSG:4525; 3° CM 114°E = EPSG:4547,
 *   zone 38 = EPSG:4526; 6° zone 19 (CM 111°E) = EPSG:4508 / prefixed 4497; 6° zone 20 (CM 117°E) =
 *   EPSG:4509 / prefixed 4498. Eastings first (x = easting, y = northing), as Shapefiles and GeoJSON store them.
 * - GCJ-02 (高德/腾讯) and BD-09 (百度) via the gcoord package.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { CrsId } from './crsIds';

export type { CrsId } from './crsIds';
export { isCrsId } from './crsIds';

export interface CrsInfo {
  id: CrsId;
  label_zh: string;
  label_en: string;
}

export interface CrsGuess {
  id: CrsId;
  how: 'prj' | 'crs-member' | 'detected' | 'user';
  note_zh: string;
  note_en: string;
  /** The file's x and y were swapped back (the file has northing/latitude first). */
  swapped?: boolean;
}

interface GkDef {
  lon0: number;
  falseEasting: number;
  epsg: number;
}

const GK: Partial<Record<CrsId, GkDef>> = {
  'cgcs2000-gk3-111': { lon0: 111, falseEasting: 500_000, epsg: 4546 },
  'cgcs2000-gk3-114': { lon0: 114, falseEasting: 500_000, epsg: 4547 },
  'cgcs2000-gk3-111-prefixed': { lon0: 111, falseEasting: 37_500_000, epsg: 4525 },
  'cgcs2000-gk3-114-prefixed': { lon0: 114, falseEasting: 38_500_000, epsg: 4526 },
  'cgcs2000-gk6-19': { lon0: 111, falseEasting: 500_000, epsg: 4508 },
  'cgcs2000-gk6-20': { lon0: 117, falseEasting: 500_000, epsg: 4509 },
  'cgcs2000-gk6-19-prefixed': { lon0: 111, falseEasting: 19_500_000, epsg: 4497 },
  'cgcs2000-gk6-20-prefixed': { lon0: 117, falseEasting: 20_500_000, epsg: 4498 },
};

export const CRS_LIST: CrsInfo[] = [
  { id: 'wgs84', label_zh: 'WGS84 经纬度（GPS）', label_en: 'WGS84 lon/lat (GPS)' },
  { id: 'cgcs2000', label_zh: 'CGCS2000 经纬度', label_en: 'CGCS2000 lon/lat' },
  { id: 'gcj02', label_zh: 'GCJ-02 经纬度（高德、腾讯）', label_en: 'GCJ-02 lon/lat (AMap, Tencent)' },
  { id: 'bd09', label_zh: 'BD-09 经纬度（百度）', label_en: 'BD-09 lon/lat (Baidu)' },
  {
    id: 'cgcs2000-gk3-111',
    label_zh: 'CGCS2000 3度带 中央经线111°E（EPSG:4546）',
    label_en: 'CGCS2000 3° Gauss–Krüger CM 111°E (EPSG:4546)',
  },
  {
    id: 'cgcs2000-gk3-114',
    label_zh: 'CGCS2000 3度带 中央经线114°E（EPSG:4547）',
    label_en: 'CGCS2000 3° Gauss–Krüger CM 114°E (EPSG:4547)',
  },
  {
    id: 'cgcs2000-gk3-111-prefixed',
    label_zh: 'CGCS2000 3度带 第37带，带号前缀（EPSG:4525）',
    label_en: 'CGCS2000 3° Gauss–Krüger zone 37, zone-prefixed easting (EPSG:4525)',
  },
  {
    id: 'cgcs2000-gk3-114-prefixed',
    label_zh: 'CGCS2000 3度带 第38带，带号前缀（EPSG:4526）',
    label_en: 'CGCS2000 3° Gauss–Krüger zone 38, zone-prefixed easting (EPSG:4526)',
  },
  {
    id: 'cgcs2000-gk6-19',
    label_zh: 'CGCS2000 6度带 中央经线111°E（EPSG:4508）',
    label_en: 'CGCS2000 6° Gauss–Krüger CM 111°E (EPSG:4508)',
  },
  {
    id: 'cgcs2000-gk6-20',
    label_zh: 'CGCS2000 6度带 中央经线117°E（EPSG:4509）',
    label_en: 'CGCS2000 6° Gauss–Krüger CM 117°E (EPSG:4509)',
  },
  {
    id: 'cgcs2000-gk6-19-prefixed',
    label_zh: 'CGCS2000 6度带 第19带，带号前缀（EPSG:4497）',
    label_en: 'CGCS2000 6° Gauss–Krüger zone 19, zone-prefixed easting (EPSG:4497)',
  },
  {
    id: 'cgcs2000-gk6-20-prefixed',
    label_zh: 'CGCS2000 6度带 第20带，带号前缀（EPSG:4498）',
    label_en: 'CGCS2000 6° Gauss–Krüger zone 20, zone-prefixed easting (EPSG:4498)',
  },
  {
    id: 'web-mercator',
    label_zh: 'Web 墨卡托（EPSG:3857，网络地图、ArcGIS Online 导出）',
    label_en: 'Web Mercator (EPSG:3857, web maps, ArcGIS Online exports)',
  },
];

export const crsInfo = (id: CrsId): CrsInfo => CRS_LIST.find((c) => c.id === id)!;
export const isProjected = (id: CrsId): boolean => GK[id] !== undefined || id === 'web-mercator';

/**
 * Web Mercator (EPSG:3857, "Pseudo-Mercator"): WGS84 lon/lat projected as if the Earth were a sphere of the WGS84
 * semi-major axis. Exact formulas (EPSG guidance note 7-2, §1.3.3.2); no proj4 needed.
 */
const MERCATOR_RADIUS = 6_378_137;
const DEG = 180 / Math.PI;
/** The latitude where Web Mercator's square world ends (±85.0511°). */
const MERCATOR_MAX_LAT = 85.0511287798066;
const mercatorToWgs84 = ([x, y]: [number, number]): [number, number] => [
  (x / MERCATOR_RADIUS) * DEG,
  (2 * Math.atan(Math.exp(y / MERCATOR_RADIUS)) - Math.PI / 2) * DEG,
];
const wgs84ToMercator = ([lon, lat]: [number, number]): [number, number] => {
  const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
  return [(lon / DEG) * MERCATOR_RADIUS, Math.log(Math.tan(Math.PI / 4 + clamped / DEG / 2)) * MERCATOR_RADIUS];
};

/** The proj4 definition of a Gauss–Krüger CRS (null for geographic ones). */
export function proj4Definition(id: CrsId): string | null {
  const def = GK[id];
  if (!def) return null;
  return `+proj=tmerc +lat_0=0 +lon_0=${def.lon0} +k=1 +x_0=${def.falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** EPSG code of each CRS (geographic CGCS2000 = 4490). */
export const EPSG_OF: Record<CrsId, number | null> = {
  wgs84: 4326,
  cgcs2000: 4490,
  gcj02: null,
  bd09: null,
  'web-mercator': 3857,
  ...(Object.fromEntries(Object.entries(GK).map(([id, def]) => [id, def.epsg])) as Record<string, number>),
} as Record<CrsId, number | null>;

const CRS_BY_EPSG = new Map<number, CrsId>(
  (Object.entries(EPSG_OF) as [CrsId, number | null][])
    .filter((entry): entry is [CrsId, number] => entry[1] !== null)
    .map(([id, code]) => [code, id]),
);
CRS_BY_EPSG.set(4479, 'cgcs2000'); // CGCS2000 geocentric/3D variants
CRS_BY_EPSG.set(4480, 'cgcs2000');
CRS_BY_EPSG.set(4326, 'wgs84');
// Web Mercator's other codes: the withdrawn EPSG:3785 ("Popular Visualisation CRS / Mercator"), ESRI's 102100 and
// 102113, and the unofficial 900913 ("google" in digits).
for (const code of [3785, 102100, 102113, 900913]) CRS_BY_EPSG.set(code, 'web-mercator');

const converters = new Map<CrsId, (xy: [number, number]) => [number, number]>();

/** A function converting one [x, y] in `id` to WGS84 [lon, lat]. */
export function toWgs84(id: CrsId): (xy: [number, number]) => [number, number] {
  const cached = converters.get(id);
  if (cached) return cached;
  let convert: (xy: [number, number]) => [number, number];
  const definition = proj4Definition(id);
  if (definition) {
    // The projection alone (no datum step): CGCS2000 ≈ WGS84, and proj4's GRS80→WGS84 geocentric round trip
    // only adds sub-millimetre noise and 30 % run time.
    const projection = proj4(definition);
    convert = (xy) => projection.inverse(xy) as [number, number];
  } else if (id === 'web-mercator') {
    convert = mercatorToWgs84;
  } else if (id === 'gcj02') {
    convert = (xy) => gcoord.transform(xy, gcoord.GCJ02, gcoord.WGS84) as [number, number];
  } else if (id === 'bd09') {
    convert = (xy) => gcoord.transform(xy, gcoord.BD09, gcoord.WGS84) as [number, number];
  } else {
    convert = (xy) => [xy[0], xy[1]];
  }
  converters.set(id, convert);
  return convert;
}

/** The inverse: WGS84 [lon, lat] → [x, y] in `id` (for tests, fixtures and "what would this be in zone 38"). */
export function fromWgs84(id: CrsId): (lonLat: [number, number]) => [number, number] {
  const definition = proj4Definition(id);
  if (definition) {
    const projection = proj4(definition);
    return (xy) => projection.forward(xy) as [number, number];
  }
  if (id === 'web-mercator') return wgs84ToMercator;
  if (id === 'gcj02') return (xy) => gcoord.transform(xy, gcoord.WGS84, gcoord.GCJ02) as [number, number];
  if (id === 'bd09') return (xy) => gcoord.transform(xy, gcoord.WGS84, gcoord.BD09) as [number, number];
  return (xy) => [xy[0], xy[1]];
}

// ── .prj (WKT) and GeoJSON crs members ──────────────────────────────────────────────────────────────

const num = (wkt: string, names: string[]): number | null => {
  for (const name of names) {
    const match = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
    if (match) return Number(match[1]);
  }
  return null;
};

/** Web Mercator's names in ESRI and OGC WKT (and the withdrawn "Popular Visualisation" EPSG:3785). */
const WEB_MERCATOR_WORDS =
  /Web[_ ]?Mercator|Pseudo[-_ ]?Mercator|Mercator[_ ]?Auxiliary[_ ]?Sphere|Popular[_ ]?Visuali[sz]ation/i;

const CGCS2000_WORDS = /China[_ ]?(Geodetic[_ ]?Coordinate[_ ]?System[_ ]?)?2000|CGCS[_ ]?2000|D_China_2000/i;
const WGS84_WORDS = /WGS[_ ]?(19)?84|D_WGS_1984/i;

/** The first EPSG code a WKT declares at its top level (WKT1 AUTHORITY at the end, WKT2 ID). */
function epsgOfWkt(wkt: string): number | null {
  const codes = [...wkt.matchAll(/(?:AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)].map((m) => Number(m[1]));
  if (codes.length === 0) return null;
  // WKT1 puts the CRS's own AUTHORITY last; WKT2 puts its ID last as well.
  return codes[codes.length - 1]!;
}

/** A short human name of a WKT ("CGCS2000_3_Degree_GK_Zone_38", "Xian_1980_…"), for messages. */
export function wktName(wkt: string): string {
  const match = /^\s*(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS)\[\s*"([^"]*)"/i.exec(wkt);
  return match?.[1] ?? wkt.trim().slice(0, 60);
}

/**
 * The CRS a Shapefile's .prj (ESRI or OGC WKT1, or WKT2) describes, or null when it is not one of CRS_LIST
 * (another datum such as Xian 1980 or Beijing 1954, another projection, another zone: the caller reports it).
 */
export function crsFromPrj(wkt: string): CrsId | null {
  const text = wkt.trim();
  if (!text) return null;
  const projected = /^\s*(PROJCS|PROJCRS)\[/i.test(text);
  const epsg = epsgOfWkt(text);
  if (epsg !== null && CRS_BY_EPSG.has(epsg)) {
    const id = CRS_BY_EPSG.get(epsg)!;
    if (isProjected(id) === projected) return id;
  }
  const cgcs = CGCS2000_WORDS.test(text);
  const wgs = WGS84_WORDS.test(text);
  if (!projected) {
    if (!/^\s*(GEOGCS|GEOGCRS|GEODCRS)\[/i.test(text)) return null;
    if (cgcs) return 'cgcs2000';
    if (wgs) return 'wgs84';
    return null;
  }
  // Web Mercator: only the standard one (central meridian 0, no false origin, metres).
  if (WEB_MERCATOR_WORDS.test(text)) {
    const origin = [
      num(text, ['Central_Meridian', 'Longitude of natural origin', 'longitude_of_center']),
      num(text, ['False_Easting', 'False easting']),
      num(text, ['False_Northing', 'False northing']),
    ];
    const feet = /UNIT\[\s*"(foot|ft|US survey foot)/i.test(text.slice(text.lastIndexOf('UNIT[')));
    return origin.every((v) => v === null || v === 0) && !feet ? 'web-mercator' : null;
  }
  // Only CGCS2000 (or, rarely, WGS84 on a GK grid: the same within centimetres) transverse Mercator.
  if (!cgcs && !wgs) return null;
  if (!/(Gauss[_ ]?Kruger|Transverse[_ ]?Mercator|tmerc)/i.test(text)) return null;
  const lon0 = num(text, ['Central_Meridian', 'Longitude of natural origin', 'longitude_of_center']);
  const falseEasting = num(text, ['False_Easting', 'False easting']) ?? 0;
  const scale = num(text, ['Scale_Factor', 'Scale factor at natural origin']) ?? 1;
  const lat0 = num(text, ['Latitude_Of_Origin', 'Latitude of natural origin']) ?? 0;
  const falseNorthing = num(text, ['False_Northing', 'False northing']) ?? 0;
  const unit = /UNIT\[\s*"(metre|meter|m)"\s*,\s*1(\.0*)?\s*[\],]/i.test(text) || !/UNIT\[\s*"(foot|ft|km)/i.test(text);
  if (lon0 === null || Math.abs(scale - 1) > 1e-9 || lat0 !== 0 || falseNorthing !== 0 || !unit) return null;
  const sixDegree = /6[_ ]?Degree|6度/i.test(text);
  for (const [id, def] of Object.entries(GK) as [CrsId, GkDef][]) {
    if (def.lon0 !== lon0 || def.falseEasting !== falseEasting) continue;
    // CM 111°E with 500 km is both the 3° (4546) and the 6° (4508) grid: the same numbers; say which the file says.
    const isSix = id.startsWith('cgcs2000-gk6');
    if (lon0 === 111 && falseEasting === 500_000 && isSix !== sixDegree) continue;
    return id;
  }
  return null;
}

/**
 * The CRS of a GeoJSON `crs` member (GeoJSON 2008: {"type":"name","properties":{"name":"EPSG:4547"}},
 * "urn:ogc:def:crs:EPSG::4526", "urn:ogc:def:crs:OGC:1.3:CRS84"; also {"type":"EPSG","properties":{"code":…}}).
 * null when absent or unknown.
 */
export function crsFromGeoJsonMember(crs: unknown): CrsId | null {
  if (!crs || typeof crs !== 'object') return null;
  const properties = (crs as { properties?: Record<string, unknown> }).properties ?? {};
  const raw = properties.name ?? properties.code ?? properties.href;
  if (raw === undefined || raw === null) return null;
  const text = String(raw).trim();
  if (/CRS:?84$/i.test(text)) return 'wgs84';
  const match = /(?:EPSG|ESRI)?[:/]*(\d{4,6})$/i.exec(text);
  if (match) return CRS_BY_EPSG.get(Number(match[1])) ?? null;
  return null;
}

// ── detection from coordinate ranges ─────────────────────────────────────────────────────────────────

/** Zhuzhou's extent, a little wider than the city boundary (WGS84). */
export const ZHUZHOU_BBOX: [number, number, number, number] = [112.9, 26.0, 114.2, 28.2];
const inZhuzhou = ([lon, lat]: [number, number]) =>
  lon >= ZHUZHOU_BBOX[0] && lon <= ZHUZHOU_BBOX[2] && lat >= ZHUZHOU_BBOX[1] && lat <= ZHUZHOU_BBOX[3];

/** The share of a sample that lands in Zhuzhou's extent when read as `id`. */
export function shareInZhuzhou(sample: readonly [number, number][], id: CrsId): number {
  if (sample.length === 0) return 0;
  const convert = toWgs84(id);
  let inside = 0;
  for (const xy of sample) if (inZhuzhou(convert(xy))) inside++;
  return inside / sample.length;
}

interface Range {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}
function rangeOf(sample: readonly [number, number][]): Range {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of sample) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, maxX, minY, maxY };
}
const within = (r: Range, x0: number, x1: number, y0: number, y1: number) =>
  r.minX >= x0 && r.maxX <= x1 && r.minY >= y0 && r.maxY <= y1;

const PREFIXED_ZONES: [number, CrsId][] = [
  [37, 'cgcs2000-gk3-111-prefixed'],
  [38, 'cgcs2000-gk3-114-prefixed'],
  [19, 'cgcs2000-gk6-19-prefixed'],
  [20, 'cgcs2000-gk6-20-prefixed'],
];
const UNPREFIXED: CrsId[] = ['cgcs2000-gk3-114', 'cgcs2000-gk3-111', 'cgcs2000-gk6-20'];

const GEOGRAPHIC_NOTE = {
  zh: '按经纬度范围判断为 WGS84（GPS）经纬度。CGCS2000 与之相差仅厘米级；若文件来自高德、腾讯（GCJ-02）或百度（BD-09），地块会偏移约 500 米——请在坐标系中改选。',
  en: 'Read as WGS84 (GPS) lon/lat from the coordinate ranges. CGCS2000 differs only by centimetres; if the file comes from AMap/Tencent (GCJ-02) or Baidu (BD-09) the parcels sit ~500 m off — choose that coordinate system instead.',
};

function detectUnswapped(sample: readonly [number, number][]): CrsGuess | null {
  const r = rangeOf(sample);
  if (!Number.isFinite(r.minX)) return null;
  // Geographic, around Zhuzhou (brief: ~[108,116]×[24,30]).
  if (within(r, 108, 116, 24, 30)) {
    return { id: 'wgs84', how: 'detected', note_zh: GEOGRAPHIC_NOTE.zh, note_en: GEOGRAPHIC_NOTE.en };
  }
  // Zone-prefixed Gauss–Krüger: 8-digit eastings starting with the zone number, northings of central China.
  if (r.minY >= 2.5e6 && r.maxY <= 3.3e6) {
    for (const [zone, id] of PREFIXED_ZONES) {
      if (r.minX >= zone * 1e6 && r.maxX < (zone + 1) * 1e6) {
        const info = crsInfo(id);
        return {
          id,
          how: 'detected',
          note_zh: `东坐标为带号 ${zone} 开头的 8 位数，判断为 ${info.label_zh}。`,
          note_en: `Eastings are 8 digits starting with zone number ${zone}: read as ${info.label_en}.`,
        };
      }
    }
    // Unprefixed: 6-digit eastings; the central meridian is the one that puts the data in Zhuzhou.
    if (r.minX >= 0 && r.maxX <= 1e6) {
      let best: { id: CrsId; share: number } | null = null;
      for (const id of UNPREFIXED) {
        const share = shareInZhuzhou(sample, id);
        if (share > 0 && (!best || share > best.share)) best = { id, share };
      }
      if (best) {
        const info = crsInfo(best.id);
        const same =
          best.id === 'cgcs2000-gk3-111'
            ? { zh: '（与 6 度带第 19 带不加带号的坐标相同）', en: ' (identical to 6° zone 19 without prefix)' }
            : { zh: '', en: '' };
        return {
          id: best.id,
          how: 'detected',
          note_zh: `东坐标为不带带号的 6 位数；按落在株洲范围内判断中央经线，读作 ${info.label_zh}${same.zh}。`,
          note_en: `Eastings have 6 digits and no zone prefix; the central meridian that puts the data in Zhuzhou was chosen: ${info.label_en}${same.en}.`,
        };
      }
    }
  }
  // Web Mercator metres (web maps' exports): eastings of 11–14 million are no Gauss–Krüger grid in China.
  if (within(r, 1.1e7, 1.4e7, 1.5e6, 5e6) && shareInZhuzhou(sample, 'web-mercator') > 0) {
    return {
      id: 'web-mercator',
      how: 'detected',
      note_zh: '东坐标约为 1200 万米、北坐标约为 300 万米，判断为 Web 墨卡托（EPSG:3857，网络地图常用）。',
      note_en:
        'Eastings near 12 million metres and northings near 3 million: read as Web Mercator (EPSG:3857, used by web maps).',
    };
  }
  // Geographic elsewhere in China: WGS84 (the outside-Zhuzhou warning follows from the import).
  if (within(r, 73, 136, 3, 54)) {
    return { id: 'wgs84', how: 'detected', note_zh: GEOGRAPHIC_NOTE.zh, note_en: GEOGRAPHIC_NOTE.en };
  }
  return null;
}

/**
 * Guesses the CRS of raw coordinates from their ranges; null when it cannot tell. Tries the coordinates as
 * they are, then with x and y swapped (surveyors' tables put X = northing first; some files have lat, lon):
 * a swapped guess has `swapped: true`, and the caller swaps x and y before converting.
 * Geographic data shifted ~500 m (GCJ-02, BD-09) cannot be told from WGS84 by ranges: the note says so.
 */
export function detectCrs(sample: [number, number][]): CrsGuess | null {
  const clean = sample.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (clean.length === 0) return null;
  const direct = detectUnswapped(clean);
  if (direct && (direct.id !== 'wgs84' || shareInZhuzhou(clean, 'wgs84') > 0)) return direct;
  const swapped = detectUnswapped(clean.map(([x, y]) => [y, x]));
  if (
    swapped &&
    (swapped.id !== 'wgs84' ||
      shareInZhuzhou(
        clean.map(([x, y]) => [y, x] as [number, number]),
        'wgs84',
      ) > 0)
  ) {
    return {
      ...swapped,
      swapped: true,
      note_zh: `文件中 x、y 次序相反（先北坐标/纬度），已交换。${swapped.note_zh}`,
      note_en: `The file has x and y the other way round (northing/latitude first); swapped. ${swapped.note_en}`,
    };
  }
  return direct;
}

/** A reason (zh+en) why coordinates could not be read as any CRS, from their magnitudes. */
export function undetectableReason(sample: readonly [number, number][]): { zh: string; en: string } {
  const r = rangeOf(sample.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));
  const text = Number.isFinite(r.minX) ? `x ${fmt(r.minX)}…${fmt(r.maxX)}, y ${fmt(r.minY)}…${fmt(r.maxY)}` : '—';
  const km = r.maxX < 5e4 && r.maxY < 5e4 && r.maxY > 2000;
  return {
    zh: `无法从坐标范围（${text}）判断坐标系${km ? '：数值像是以千米而非米为单位' : ''}。请选择坐标系。`,
    en: `Cannot tell the coordinate system from the coordinate ranges (${text})${km ? ': the values look like kilometres, not metres' : ''}. Choose the coordinate system.`,
  };
}

const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toFixed(0) : v.toPrecision(6));

/**
 * Why data read as `id` lands outside Zhuzhou: names the likely cause (swapped x/y, wrong zone, GCJ-02/BD-09
 * read as WGS84, wrong units) when another reading puts it inside. null when most of the sample is inside.
 */
export function outsideZhuzhouCause(
  sample: readonly [number, number][],
  id: CrsId,
): { zh: string; en: string; better?: CrsId; swap?: boolean } | null {
  if (sample.length === 0 || shareInZhuzhou(sample, id) >= 0.5) return null;
  const label = crsInfo(id);
  const swappedSample = sample.map(([x, y]) => [y, x] as [number, number]);
  if (shareInZhuzhou(swappedSample, id) >= 0.5) {
    return {
      zh: `按 ${label.label_zh} 读取，地块落在株洲之外；x、y 次序交换后落在株洲内——可能是 x、y 互换（测量表中 X 为北坐标）。`,
      en: `Read as ${label.label_en}, the parcels land outside Zhuzhou; with x and y swapped they land inside — probably swapped x/y (surveyors' X is the northing).`,
      swap: true,
    };
  }
  for (const other of CRS_LIST) {
    if (other.id === id || shareInZhuzhou(sample, other.id) < 0.5) continue;
    const geographic = !isProjected(id) && !isProjected(other.id);
    return {
      zh: geographic
        ? `按 ${label.label_zh} 读取，地块落在株洲之外；按 ${other.label_zh} 读取则在株洲内——可能选错了坐标系（例如把 GCJ-02 当作 WGS84）。`
        : `按 ${label.label_zh} 读取，地块落在株洲之外；按 ${other.label_zh} 读取则在株洲内——可能是投影带选错了。`,
      en: geographic
        ? `Read as ${label.label_en}, the parcels land outside Zhuzhou; read as ${other.label_en} they land inside — probably the wrong coordinate system (e.g. GCJ-02 read as WGS84).`
        : `Read as ${label.label_en}, the parcels land outside Zhuzhou; read as ${other.label_en} they land inside — probably the wrong zone.`,
      better: other.id,
    };
  }
  const r = rangeOf(sample);
  const small = Math.max(Math.abs(r.maxX), Math.abs(r.maxY)) < 5e4;
  return {
    zh: `按 ${label.label_zh} 读取，地块落在株洲之外${small && isProjected(id) ? '：坐标数值过小，可能单位是千米而不是米' : '：可能坐标系、投影带或单位不对'}。`,
    en: `Read as ${label.label_en}, the parcels land outside Zhuzhou${small && isProjected(id) ? ': the values are too small, perhaps kilometres instead of metres' : ': perhaps the wrong coordinate system, zone or units'}.`,
  };
}
