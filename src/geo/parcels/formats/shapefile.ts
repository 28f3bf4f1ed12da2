/**
 * The Shapefile reader: a .zip of .shp/.dbf/.prj/.cpg layers (parsed with shpjs), with the .dbf's text encoding
 * worked out from the .cpg, the dBASE language driver id or the bytes (Chinese Shapefiles are often GBK).
 */
import { parseDbf, parseShp } from 'shpjs';
import type { Feature, Geometry } from 'geojson';
import { crsFromPrj, wktName } from '../../crs';
import { clip } from '../../text';
import { ImportError } from '../types';
import { unzipEntries, utf8Fatal, type RawLayer } from './shared';

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

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const baseName = (path: string) => path.replace(/\.[^./]+$/, '');

export async function shapefileLayers(bytes: Uint8Array): Promise<RawLayer[]> {
  const notes: RawLayer['warnings'] = [];
  const entries = await unzipEntries(bytes, notes);
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
  /** .shp entries that cannot be read: a failure of the whole file only when none can. */
  const unreadable: { name: string; message: string }[] = [];
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
      unreadable.push({ name: clip(name, 60), message: clip((error as Error).message, 120) });
      continue;
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
      const id = crsFromPrj(text);
      if (!id && !/^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|COMPD_CS|COMPOUNDCRS)\s*\[/i.test(text)) {
        // Not WKT at all: say so, and read the coordinates as if there were no .prj.
        warnings.push({
          zh: `${name}.prj 无法识别（不是 WKT 坐标系说明），已忽略，按坐标范围推断。`,
          en: `${name}.prj cannot be read (it is not a WKT coordinate system); ignored, inferred from the coordinate ranges.`,
        });
      } else layer.declared = { id, how: 'prj', text: clip(wktName(text), 200) };
    }
    layers.push(layer);
  }
  if (layers.length === 0) {
    const first = unreadable[0]!;
    throw new ImportError(
      `${first.name}.shp 无法读取（文件损坏？）：${first.message}`,
      `${first.name}.shp cannot be read (damaged?): ${first.message}`,
    );
  }
  for (const bad of unreadable)
    notes.push({
      zh: `${bad.name}.shp 无法读取（文件损坏？），已跳过：${bad.message}`,
      en: `${bad.name}.shp cannot be read (damaged?); skipped: ${bad.message}`,
    });
  layers[0]!.warnings.unshift(...notes);
  return layers;
}
