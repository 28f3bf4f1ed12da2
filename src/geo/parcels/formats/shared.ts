/**
 * What every format reader returns — a RawLayer: GeoJSON features in the file's own coordinates (not yet
 * WGS84) with what the file says about its CRS — and the helpers the readers share: text decoding (UTF-8, else
 * GBK) and unzipping (but-unzip, which shpjs uses too). Pure.
 */
import { iter } from 'but-unzip';
import type { Feature, Geometry } from 'geojson';
import type { CrsId } from '../../crs';
import { ImportError, type ParcelFormat, type Rejected } from '../types';

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

export async function unzipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
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
