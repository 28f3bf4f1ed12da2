/**
 * Bounded decompression for .zip and .kmz: the zip's central directory is read first and a file whose declared
 * sizes add up to more than MAX_UNZIPPED_BYTES, or whose entries inflate more than MAX_RATIO times, is refused
 * before anything is inflated ("解压后约 N GB，超过上限"); then each entry is inflated as a stream against its
 * declared size and what is left of the budget, so a zip that lies about its sizes is stopped too. A 6 MB zip
 * bomb once took the tab to 10 GB. Entries with unsafe names (`..`, absolute paths) are ignored with a note.
 * Pure (DecompressionStream is in browsers, workers and Node).
 */
import { ImportError } from '../types';

/** What all entries of one file may inflate to, together. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
/** The largest inflation ratio of an entry (real Shapefiles stay far below; bombs reach 1000 and more). */
export const MAX_RATIO = 200;
/** Entries smaller than this are not held to the ratio (a few kB of zeros compress very well and harm nobody). */
const RATIO_FLOOR = 1024 * 1024;
/** A directory with more entries than this is not a parcel file. */
const MAX_ENTRIES = 10_000;

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
}

const decoder = new TextDecoder();

/** The central directory's entries (in order), or null when there is none to read. */
export function zipDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // ZIP64: the real count and offset are in the zip64 end record.
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const at = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (at + 56 <= bytes.length && view.getUint32(at, true) === 0x06064b50) {
      count = Number(view.getBigUint64(at + 32, true));
      offset = Number(view.getBigUint64(at + 48, true));
    }
  }
  if (count > MAX_ENTRIES) return [{ name: '(too many entries)', method: 8, compressed: 1, uncompressed: Infinity }];
  const entries: ZipEntryInfo[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return entries;
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (uncompressed === 0xffffffff || compressed === 0xffffffff) {
      // The zip64 extra field: the 64-bit sizes (uncompressed first, each only when its short field is full).
      let e = p + 46 + nameLength;
      const end = e + extraLength;
      let found = false;
      while (e + 4 <= end) {
        const id = view.getUint16(e, true);
        const size = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed === 0xffffffff && q + 8 <= end) {
            uncompressed = Number(view.getBigUint64(q, true));
            q += 8;
          }
          if (compressed === 0xffffffff && q + 8 <= end) compressed = Number(view.getBigUint64(q, true));
          found = true;
          break;
        }
        e += 4 + size;
      }
      if (!found) uncompressed = Infinity;
    }
    entries.push({ name, method, compressed, uncompressed });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const gb = (bytes: number) =>
  Number.isFinite(bytes) ? (bytes / 1024 / 1024 / 1024).toFixed(bytes < 10 * 1024 ** 3 ? 1 : 0) : '∞';

export function tooLarge(bytes: number): ImportError {
  const limit = gb(MAX_UNZIPPED_BYTES);
  return new ImportError(
    `解压后约 ${gb(bytes)} GB，超过上限（${limit} GB，压缩比不超过 ${MAX_RATIO}）；这可能是损坏或恶意的压缩文件。`,
    `It would unzip to about ${gb(bytes)} GB, over the limit (${limit} GB, at most ${MAX_RATIO}× compression); the archive may be damaged or malicious.`,
  );
}

/** Refuses, before inflating anything, a directory that declares too much or compresses too well. */
export function checkDeclared(entries: readonly ZipEntryInfo[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressed;
    const ratio = entry.uncompressed / Math.max(1, entry.compressed);
    if (entry.uncompressed > RATIO_FLOOR && ratio > MAX_RATIO) {
      const sum = entries.reduce((n, e) => n + e.uncompressed, 0);
      throw tooLarge(sum);
    }
  }
  if (total > MAX_UNZIPPED_BYTES) throw tooLarge(total);
}

/** Whether an entry's name is safe to read: no `..` segment, not absolute, no drive letter. */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 1024) return false;
  if (/^[\\/]/.test(name) || /^[a-zA-Z]:/.test(name)) return false;
  return !name.split(/[\\/]/).some((segment) => segment === '..');
}

/** Thrown when an entry inflates past its allowance. */
export class InflateLimit extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super('inflate limit');
  }
}

/** Inflates raw deflate data, stopping as soon as the output passes `limit` bytes. */
export async function inflateWithin(raw: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new InflateLimit(total, limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
