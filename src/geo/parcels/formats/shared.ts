/**
 * What every format reader returns — a RawLayer: GeoJSON features in the file's own coordinates (not yet
 * WGS84) with what the file says about its CRS — and the helpers the readers share: text decoding (UTF-8, else
 * GBK) and unzipping (but-unzip, which shpjs uses too). Pure.
 */
import { iter } from 'but-unzip';
import type { Feature, Geometry } from 'geojson';
import type { CrsId } from '../../crs';
import { clip } from '../../text';
import { ImportError, type ParcelFormat, type Rejected } from '../types';
import {
  checkDeclared,
  inflateWithin,
  InflateLimit,
  isSafeEntryName,
  MAX_UNZIPPED_BYTES,
  tooLarge,
  zipDirectory,
} from './zipBudget';

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

export const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Decodes text as UTF-8, falling back to GBK (GB18030) when the bytes are not valid UTF-8. BOM stripped. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    return { text: utf8Fatal.decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
}

/** Whether the bytes end with a zip "end of central directory" record (but-unzip loops forever without one). */
function hasZipDirectory(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/**
 * The zip's entries by name, inflated within the budget of ./zipBudget.ts (declared sizes and ratio checked
 * before anything is inflated; each entry stopped at its declared size). Entries with unsafe names are ignored,
 * with a note in `notes` when one is given.
 */
export async function unzipEntries(
  bytes: Uint8Array,
  notes?: { zh: string; en: string }[],
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (!hasZipDirectory(bytes)) {
    throw new ImportError(
      '不是有效的 .zip 文件（文件不完整或已损坏）',
      'Not a valid .zip file (incomplete or damaged)',
    );
  }
  const directory = zipDirectory(bytes) ?? [];
  checkDeclared(directory);
  let budget = MAX_UNZIPPED_BYTES;
  let index = 0;
  const ignored: string[] = [];
  try {
    // Each entry's allowance: its declared size (a little slack), never more than what is left of the budget.
    let allowance = budget;
    const inflate = (raw: Uint8Array) => inflateWithin(raw, allowance);
    for (const entry of iter(bytes, inflate)) {
      const info = directory[index++];
      if (entry.filename.includes('__MACOSX') || entry.filename.endsWith('/')) continue;
      if (!isSafeEntryName(entry.filename)) {
        ignored.push(entry.filename);
        continue;
      }
      allowance = Math.min(budget, (info?.uncompressed ?? budget) + 65536);
      const data = await entry.read();
      if (data.byteLength > allowance) throw new InflateLimit(data.byteLength, allowance);
      budget -= data.byteLength;
      out.set(entry.filename, data);
    }
  } catch (error) {
    if (error instanceof InflateLimit) {
      if (error.limit < budget)
        throw new ImportError(
          '压缩包中的条目解压后比它声明的大小大得多（文件已损坏或是恶意的），已停止解压。',
          'An entry of the archive inflates to far more than its declared size (damaged or malicious); unzipping stopped.',
        );
      throw tooLarge(MAX_UNZIPPED_BYTES - budget + error.bytes);
    }
    if (error instanceof ImportError) throw error;
    const message = clip((error as Error).message, 120);
    throw new ImportError(`无法解压 .zip 文件：${message}`, `Cannot unzip the .zip file: ${message}`);
  }
  if (ignored.length > 0) {
    const names = ignored
      .slice(0, 3)
      .map((n) => clip(n, 60))
      .join('、');
    notes?.push({
      zh: `压缩包中 ${ignored.length} 个路径不安全的条目已忽略（${names}）。`,
      en: `${ignored.length} entr${ignored.length === 1 ? 'y' : 'ies'} with unsafe paths in the archive ignored (${names}).`,
    });
  }
  return out;
}
