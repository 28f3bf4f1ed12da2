/**
 * The table readers: CSV (papaparse) and XLSX (read-excel-file's universal build) to points, or to polygons
 * when a parcel column groups the rows; the coordinate and parcel columns are detected by name, and coordinate
 * text (decimal commas, degrees-minutes-seconds) is parsed here.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { clip } from '../../text';
import type { Feature, Geometry, Position } from 'geojson';
import { ImportError, type ImportOptions, type Rejected } from '../types';
import type { RawLayer } from './shared';

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
const isEmptyCell = (cell: unknown) => cell === null || cell === undefined || String(cell).trim() === '';
const cellText = (cell: unknown) => clip(String(cell ?? ''), 40);

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
        const empty = isEmptyCell(p.row[lonCol]) || isEmptyCell(p.row[latCol]);
        rejected.push(
          empty
            ? {
                index: p.line,
                reason_zh: `第 ${p.line} 行坐标单元格为空（若是公式，没有保存计算结果：请在 Excel 中打开并保存后再导入）`,
                reason_en: `Row ${p.line}: a coordinate cell is empty (if it holds a formula, its result was not saved: open and save the file in Excel, then import it)`,
              }
            : {
                index: p.line,
                reason_zh: `第 ${p.line} 行坐标不是数字（${cellText(p.row[lonCol])}, ${cellText(p.row[latCol])}）`,
                reason_en: `Row ${p.line}: coordinates are not numbers (${cellText(p.row[lonCol])}, ${cellText(p.row[latCol])})`,
              },
        );
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

export function csvLayer(text: string, name: string, options?: ImportOptions['csv']): RawLayer {
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

export async function xlsxLayer(bytes: ArrayBuffer, name: string, options?: ImportOptions['csv']): Promise<RawLayer> {
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
