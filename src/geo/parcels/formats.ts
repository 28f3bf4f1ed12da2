/**
 * Readers for each parcel file format, to GeoJSON features in the file's own coordinates (not yet WGS84),
 * grouped in layers with what the file says about its CRS. Pure; runs in a Web Worker (no DOM: KML/GPX are
 * parsed with @xmldom/xmldom, XLSX with read-excel-file's universal build, zips with but-unzip, which
 * shpjs uses too).
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { iter } from 'but-unzip';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { parseDbf, parseShp } from 'shpjs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { crsFromGeoJsonMember, crsFromPrj, wktName, type CrsId } from '../crs';
import { ImportError, type ImportOptions, type ParcelFormat, type Rejected } from './types';

/** What a layer's file says about its CRS. `text` = the .prj or crs member as written (for messages). */
export interface DeclaredCrs {
  id: CrsId | null;
  how: 'prj' | 'crs-member';
  text: string;
}

export interface RawLayer {
  name: string;
  features: Feature<Geometry | null>[];
  /** undefined = the file says nothing (e.g. a .zip without .prj, a CSV). */
  declared?: DeclaredCrs;
  /** Format-level notes (encodings, assumptions). */
  warnings: { zh: string; en: string }[];
  /** Rows/records that could not become a feature (CSV rows with bad numbers, …). */
  rejected: Rejected[];
}

export interface RawFile {
  format: ParcelFormat;
  layers: RawLayer[];
}

// ── text decoding ────────────────────────────────────────────────────────────────────────────────

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Decodes text as UTF-8, falling back to GBK (GB18030) when the bytes are not valid UTF-8. BOM stripped. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    return { text: utf8Fatal.decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
}

/** The TextDecoder label a .cpg names ("UTF-8", "GBK", "936", "ANSI 936", "CP936", "GB2312"); null = unknown. */
export function encodingOfCpg(cpg: string | undefined): string | null {
  if (!cpg) return null;
  const text = cpg
    .trim()
    .toUpperCase()
    .replace(/^ANSI\s*/, '');
  if (/^(UTF-?8|65001)$/.test(text)) return 'utf-8';
  if (/^(GBK|CP936|936|GB2312|GB_2312|EUC-CN|X-GBK|WINDOWS-936)$/.test(text)) return 'gbk';
  if (/^(GB18030|54936)$/.test(text)) return 'gb18030';
  if (/^(BIG5|950|CP950)$/.test(text)) return 'big5';
  if (/^\d+$/.test(text)) return `windows-${text}`;
  try {
    new TextDecoder(text.toLowerCase());
    return text.toLowerCase();
  } catch {
    return null;
  }
}

/** dBASE language driver ids that mean Chinese GBK (ArcGIS writes 0x4D or 0x7A for code page 936). */
const GBK_LDIDS = new Set([0x4d, 0x7a]);

/**
 * The encoding of a .dbf's text: the .cpg if it names one, else the header's language driver id, else UTF-8 if
 * the record bytes are valid UTF-8, else GBK (the usual encoding of Chinese Shapefiles written without .cpg).
 */
export function dbfEncoding(
  dbf: DataView,
  cpg: string | undefined,
): { encoding: string; how: 'cpg' | 'ldid' | 'guess' } {
  const fromCpg = encodingOfCpg(cpg);
  if (fromCpg) return { encoding: fromCpg, how: 'cpg' };
  if (dbf.byteLength > 29 && GBK_LDIDS.has(dbf.getUint8(29))) return { encoding: 'gbk', how: 'ldid' };
  try {
    utf8Fatal.decode(new Uint8Array(dbf.buffer, dbf.byteOffset, dbf.byteLength));
    return { encoding: 'utf-8', how: 'guess' };
  } catch {
    return { encoding: 'gbk', how: 'guess' };
  }
}

// ── GeoJSON ──────────────────────────────────────────────────────────────────────────────────────

function geojsonLayer(text: string, name: string): RawLayer {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message.slice(0, 120);
    throw new ImportError(`GeoJSON 格式错误，无法解析：${detail}`, `Malformed GeoJSON, cannot parse it: ${detail}`);
  }
  const object = data as { type?: string; features?: unknown; crs?: unknown; geometry?: unknown };
  let features: Feature<Geometry | null>[];
  if (Array.isArray(data)) features = data as Feature<Geometry | null>[];
  else if (object?.type === 'FeatureCollection' && Array.isArray(object.features))
    features = object.features as Feature<Geometry | null>[];
  else if (object?.type === 'Feature') features = [data as Feature<Geometry | null>];
  else if (
    typeof object?.type === 'string' &&
    ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'].includes(
      object.type,
    )
  )
    features = [{ type: 'Feature', properties: {}, geometry: data as Geometry }];
  else
    throw new ImportError(
      '不是 GeoJSON：缺少 FeatureCollection、Feature 或几何对象',
      'Not GeoJSON: no FeatureCollection, Feature or geometry object',
    );
  const rejected: Rejected[] = [];
  features = features.map((feature, index) => {
    if (!feature || typeof feature !== 'object' || (feature as { type?: string }).type !== 'Feature') {
      rejected.push({ index, reason_zh: '不是 GeoJSON 要素（Feature）', reason_en: 'Not a GeoJSON Feature' });
      return { type: 'Feature', properties: {}, geometry: null };
    }
    return feature;
  });
  const layer: RawLayer = { name, features, warnings: [], rejected };
  if (object && typeof object === 'object' && 'crs' in object && object.crs) {
    layer.declared = { id: crsFromGeoJsonMember(object.crs), how: 'crs-member', text: JSON.stringify(object.crs) };
  }
  return layer;
}

// ── Shapefile (.zip) ─────────────────────────────────────────────────────────────────────────────

/** Whether the bytes end with a zip "end of central directory" record (but-unzip loops forever without one). */
function hasZipDirectory(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

async function unzipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (!hasZipDirectory(bytes)) {
    throw new ImportError(
      '不是有效的 .zip 文件（文件不完整或已损坏）',
      'Not a valid .zip file (incomplete or damaged)',
    );
  }
  try {
    for (const entry of iter(bytes)) {
      if (entry.filename.includes('__MACOSX') || entry.filename.endsWith('/')) continue;
      out.set(entry.filename, await entry.read());
    }
  } catch (error) {
    throw new ImportError(
      `无法解压 .zip 文件：${(error as Error).message}`,
      `Cannot unzip the .zip file: ${(error as Error).message}`,
    );
  }
  return out;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const baseName = (path: string) => path.replace(/\.[^./]+$/, '');

async function shapefileLayers(bytes: Uint8Array): Promise<RawLayer[]> {
  const entries = await unzipEntries(bytes);
  const byLower = new Map<string, Uint8Array>();
  for (const [name, data] of entries) byLower.set(name.toLowerCase(), data);
  const shps = [...entries.keys()].filter((name) => name.toLowerCase().endsWith('.shp'));
  if (shps.length === 0) {
    throw new ImportError(
      '.zip 中没有 .shp 文件（Shapefile 需要 .shp、.dbf 和 .prj）',
      'The .zip holds no .shp file (a Shapefile needs .shp, .dbf and .prj)',
    );
  }
  const layers: RawLayer[] = [];
  for (const shpName of shps) {
    const base = baseName(shpName).toLowerCase();
    const name = baseName(shpName).split('/').pop() ?? shpName;
    const shp = byLower.get(`${base}.shp`)!;
    const dbf = byLower.get(`${base}.dbf`);
    const prjBytes = byLower.get(`${base}.prj`);
    const cpgBytes = byLower.get(`${base}.cpg`);
    const warnings: RawLayer['warnings'] = [];
    let geometries: (Geometry | null)[];
    try {
      geometries = parseShp(view(shp)) as (Geometry | null)[];
    } catch (error) {
      throw new ImportError(
        `${name}.shp 无法读取（文件损坏？）：${(error as Error).message}`,
        `${name}.shp cannot be read (damaged?): ${(error as Error).message}`,
      );
    }
    let records: Record<string, unknown>[] = [];
    if (dbf) {
      const cpg = cpgBytes ? new TextDecoder().decode(cpgBytes) : undefined;
      const { encoding, how } = dbfEncoding(view(dbf), cpg);
      try {
        records = parseDbf(view(dbf), encoding) as Record<string, unknown>[];
      } catch (error) {
        warnings.push({
          zh: `${name}.dbf 无法读取，属性丢失：${(error as Error).message}`,
          en: `${name}.dbf cannot be read; attributes lost: ${(error as Error).message}`,
        });
      }
      if (how !== 'cpg' && encoding !== 'utf-8')
        warnings.push({
          zh: `${name}.dbf 没有 .cpg 编码说明，属性按 GBK 解码${how === 'ldid' ? '（dbf 头的语言标记）' : '（不是有效的 UTF-8）'}。`,
          en: `${name}.dbf has no .cpg; attribute text decoded as GBK${how === 'ldid' ? ' (the dbf header’s language id)' : ' (it is not valid UTF-8)'}.`,
        });
    } else {
      warnings.push({
        zh: `${name} 没有 .dbf，地块没有属性。`,
        en: `${name} has no .dbf: the parcels have no attributes.`,
      });
    }
    const features: Feature<Geometry | null>[] = geometries.map((geometry, i) => ({
      type: 'Feature',
      properties: (records[i] ?? {}) as Record<string, unknown>,
      geometry: geometry ?? null,
    }));
    const layer: RawLayer = { name, features, warnings, rejected: [] };
    if (prjBytes) {
      const text = new TextDecoder().decode(prjBytes);
      layer.declared = { id: crsFromPrj(text), how: 'prj', text: wktName(text) };
    }
    layers.push(layer);
  }
  return layers;
}

// ── KML, KMZ, GPX ────────────────────────────────────────────────────────────────────────────────

function parseXml(text: string, what: string): Document {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(String(message));
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(text, 'text/xml') as unknown as Document;
  } catch (error) {
    errors.push((error as Error).message);
  }
  if (!doc || !doc.documentElement || errors.length > 0) {
    const detail = (errors[0] ?? '').slice(0, 120);
    throw new ImportError(`${what} 格式错误，无法解析：${detail}`, `Malformed ${what}, cannot parse it: ${detail}`);
  }
  return doc;
}

const WGS84_BY_SPEC = (what: string): DeclaredCrs => ({ id: 'wgs84', how: 'crs-member', text: `${what} (WGS84)` });

function kmlLayer(text: string, name: string): RawLayer {
  const fc = kml(parseXml(text, 'KML')) as FeatureCollection<Geometry | null>;
  return { name, features: fc.features, declared: WGS84_BY_SPEC('KML'), warnings: [], rejected: [] };
}

async function kmzLayer(bytes: Uint8Array, name: string): Promise<RawLayer> {
  const entries = await unzipEntries(bytes);
  const kmls = [...entries.keys()].filter((n) => n.toLowerCase().endsWith('.kml'));
  const main = kmls.find((n) => n.toLowerCase() === 'doc.kml') ?? kmls[0];
  if (!main) throw new ImportError('.kmz 中没有 .kml 文件', 'The .kmz holds no .kml file');
  return kmlLayer(decodeText(entries.get(main)!).text, name);
}

function gpxLayer(text: string, name: string): RawLayer {
  const fc = gpx(parseXml(text, 'GPX')) as FeatureCollection<Geometry | null>;
  return { name, features: fc.features, declared: WGS84_BY_SPEC('GPX'), warnings: [], rejected: [] };
}

// ── CSV and XLSX tables ──────────────────────────────────────────────────────────────────────────

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_\-()（）]/g, '');
const LON_NAMES = [
  'lon',
  'lng',
  'long',
  'longitude',
  '经度',
  'x',
  'x坐标',
  '东坐标',
  'easting',
  'east',
  '横坐标',
  'pointx',
  'xcoord',
];
const LAT_NAMES = [
  'lat',
  'latitude',
  '纬度',
  'y',
  'y坐标',
  '北坐标',
  'northing',
  'north',
  '纵坐标',
  'pointy',
  'ycoord',
];
const PARCEL_NAMES = [
  '地块编号',
  '地块号',
  '宗地编号',
  '宗地号',
  '宗地代码',
  'parcel',
  'parcelid',
  'dkbh',
  'zddm',
  '地块',
  '编号',
  '地块名称',
  'id',
  'name',
  '名称',
];
const ORDER_NAMES = ['点号', '序号', '顺序', '界址点号', 'order', 'seq', 'vertex', 'pointno', 'no'];

function findColumn(headers: string[], wanted: readonly string[], override?: string): number {
  if (override) {
    const i = headers.findIndex((h) => h === override || norm(h) === norm(override));
    if (i < 0) throw new ImportError(`表中没有列“${override}”`, `The table has no column "${override}"`);
    return i;
  }
  for (const name of wanted) {
    const i = headers.findIndex((h) => norm(h) === name);
    if (i >= 0) return i;
  }
  return -1;
}

/** "113.123", "113,123" (decimal comma), "113°07′30.5″E", "27d49m12s". NaN when not a number. */
export function parseCoordinate(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return NaN;
  const text = String(value).trim();
  if (text === '') return NaN;
  const plain = text.replace(/^\+/, '');
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(plain)) return Number(plain);
  if (/^-?\d+,\d+$/.test(plain)) return Number(plain.replace(',', '.'));
  const dms =
    /^(-?\d+(?:\.\d+)?)\s*[°度d:]\s*(?:(\d+(?:\.\d+)?)\s*['′分m:]?\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″秒s]|'')?)?\s*([NSEW东西南北])?$/i.exec(
      plain,
    );
  if (dms) {
    const sign = dms[1]!.startsWith('-') || /[SW西南]/i.test(dms[4] ?? '') ? -1 : 1;
    return sign * (Math.abs(Number(dms[1])) + Number(dms[2] ?? 0) / 60 + Number(dms[3] ?? 0) / 3600);
  }
  return NaN;
}

type Cell = string | number | boolean | Date | null | undefined;

/**
 * A table (first row = headers) to features: a point per row, or — when a parcel column has repeated values —
 * one polygon per parcel from its rows in order (sorted by a 点号/序号 column when there is one; the ring is
 * closed automatically). Column names are detected (lon/lng/x/经度/X坐标…, lat/y/纬度/Y坐标…, 地块编号/parcel…)
 * unless `options.csv` names them. Multi-ring parcels (圈号) are not assembled: one ring per parcel.
 */
export function tableLayer(rows: Cell[][], name: string, options: ImportOptions['csv'] = {}): RawLayer {
  const nonEmpty = rows.filter((row) => row.some((c) => c !== null && c !== undefined && String(c).trim() !== ''));
  if (nonEmpty.length === 0) throw new ImportError('表格是空的', 'The table is empty');
  const headers = nonEmpty[0]!.map((c) => String(c ?? '').trim());
  const body = nonEmpty.slice(1);
  const lonCol = findColumn(headers, LON_NAMES, options.lon);
  const latCol = findColumn(headers, LAT_NAMES, options.lat);
  if (lonCol < 0 || latCol < 0) {
    throw new ImportError(
      `找不到坐标列（表头：${headers.join('、').slice(0, 100)}）。需要经度/纬度、lon/lat 或 X/Y 列，或在选项中指定。`,
      `No coordinate columns found (headers: ${headers.join(', ').slice(0, 100)}). Needs lon/lat, 经度/纬度 or X/Y columns, or name them in the options.`,
    );
  }
  if (body.length === 0)
    throw new ImportError('表格只有表头，没有数据行', 'The table has a header row and no data rows');
  const parcelCol = findColumn(headers, PARCEL_NAMES, options.parcel);
  const orderCol = findColumn(headers, ORDER_NAMES);
  const rejected: Rejected[] = [];
  const warnings: RawLayer['warnings'] = [];
  const attrsOf = (row: Cell[]) => {
    const attrs: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      if (h && i !== lonCol && i !== latCol)
        attrs[h] = row[i] instanceof Date ? (row[i] as Date).toISOString() : (row[i] ?? null);
    });
    return attrs;
  };
  const points = body.map((row, i) => {
    const x = parseCoordinate(row[lonCol]);
    const y = parseCoordinate(row[latCol]);
    return { row, line: i + 2, x, y, ok: Number.isFinite(x) && Number.isFinite(y) };
  });
  // Grouping only makes sense when parcel values repeat (else the column is a per-row id).
  const counts = new Map<string, number>();
  if (parcelCol >= 0)
    for (const p of points) {
      const key = String(p.row[parcelCol] ?? '').trim();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const grouped = parcelCol >= 0 && [...counts.values()].some((n) => n >= 3);
  const features: Feature<Geometry | null>[] = [];
  if (!grouped) {
    for (const p of points) {
      if (!p.ok) {
        rejected.push({
          index: p.line,
          reason_zh: `第 ${p.line} 行坐标不是数字（${String(p.row[lonCol] ?? '')}, ${String(p.row[latCol] ?? '')}）`,
          reason_en: `Row ${p.line}: coordinates are not numbers (${String(p.row[lonCol] ?? '')}, ${String(p.row[latCol] ?? '')})`,
        });
        continue;
      }
      features.push({
        type: 'Feature',
        properties: attrsOf(p.row),
        geometry: { type: 'Point', coordinates: [p.x, p.y] },
      });
    }
    return { name, features, warnings, rejected };
  }
  const groups = new Map<string, typeof points>();
  for (const p of points) {
    const key = String(p.row[parcelCol] ?? '').trim();
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(p);
  }
  for (const [key, list] of groups) {
    const bad = list.filter((p) => !p.ok);
    const label = key || '（空）';
    if (bad.length > 0) {
      rejected.push({
        index: bad[0]!.line,
        name: label,
        reason_zh: `地块 ${label}：第 ${bad.map((p) => p.line).join('、')} 行坐标不是数字`,
        reason_en: `Parcel ${label}: row(s) ${bad.map((p) => p.line).join(', ')} have coordinates that are not numbers`,
      });
      continue;
    }
    if (orderCol >= 0) list.sort((a, b) => parseCoordinate(a.row[orderCol]) - parseCoordinate(b.row[orderCol]));
    const ring: Position[] = list.map((p) => [p.x, p.y]);
    if (ring.length < 3) {
      rejected.push({
        index: list[0]!.line,
        name: label,
        reason_zh: `地块 ${label} 只有 ${ring.length} 个顶点，构不成多边形`,
        reason_en: `Parcel ${label} has only ${ring.length} vertices: not a polygon`,
      });
      continue;
    }
    const properties = attrsOf(list[0]!.row);
    properties[headers[parcelCol]!] = key;
    if (orderCol >= 0) delete properties[headers[orderCol]!];
    features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { name, features, warnings, rejected };
}

function csvLayer(text: string, name: string, options?: ImportOptions['csv']): RawLayer {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (parsed.data.length === 0) throw new ImportError('CSV 文件是空的', 'The CSV file is empty');
  const layer = tableLayer(parsed.data, name, options);
  const serious = parsed.errors.filter((e) => e.type !== 'Delimiter');
  if (serious.length > 0)
    layer.warnings.push({
      zh: `CSV 有 ${serious.length} 处格式问题（如第 ${(serious[0]!.row ?? 0) + 1} 行：${serious[0]!.message}）`,
      en: `The CSV has ${serious.length} format problem(s) (e.g. row ${(serious[0]!.row ?? 0) + 1}: ${serious[0]!.message})`,
    });
  return layer;
}

async function xlsxLayer(bytes: ArrayBuffer, name: string, options?: ImportOptions['csv']): Promise<RawLayer> {
  let rows: Cell[][];
  try {
    rows = (await readSheet(bytes)) as Cell[][];
  } catch (error) {
    throw new ImportError(
      `无法读取 Excel 文件（仅支持 .xlsx）：${(error as Error).message}`,
      `Cannot read the Excel file (only .xlsx is supported): ${(error as Error).message}`,
    );
  }
  return tableLayer(rows, name, options);
}

// ── dispatch ─────────────────────────────────────────────────────────────────────────────────────

const EXTENSIONS: Record<string, ParcelFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  zip: 'shapefile',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  csv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
};

/** The format from the extension, else from the first bytes; null when unknown. */
export function sniffFormat(fileName: string, bytes: Uint8Array): ParcelFormat | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (EXTENSIONS[ext]) return EXTENSIONS[ext]!;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'shapefile';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (/<kml[\s>]/i.test(head)) return 'kml';
  if (/<gpx[\s>]/i.test(head)) return 'gpx';
  return null;
}

export async function readRaw(
  file: { name: string; bytes: ArrayBuffer },
  format: ParcelFormat,
  options: ImportOptions,
): Promise<RawFile> {
  const bytes = new Uint8Array(file.bytes);
  const name = file.name.replace(/\.[^.]+$/, '');
  switch (format) {
    case 'geojson':
      return { format, layers: [geojsonLayer(decodeText(bytes).text, name)] };
    case 'shapefile': {
      // A zip might be a KMZ or a zipped GeoJSON under another name: look inside.
      return { format, layers: await shapefileLayers(bytes) };
    }
    case 'kml':
      return { format, layers: [kmlLayer(decodeText(bytes).text, name)] };
    case 'kmz':
      return { format, layers: [await kmzLayer(bytes, name)] };
    case 'gpx':
      return { format, layers: [gpxLayer(decodeText(bytes).text, name)] };
    case 'csv': {
      const decoded = decodeText(bytes);
      const layer = csvLayer(decoded.text, name, options.csv);
      if (decoded.encoding === 'gbk')
        layer.warnings.push({ zh: 'CSV 不是 UTF-8 编码，已按 GBK 读取。', en: 'The CSV is not UTF-8; read as GBK.' });
      return { format, layers: [layer] };
    }
    case 'xlsx':
      return { format, layers: [await xlsxLayer(file.bytes, name, options.csv)] };
  }
}
