/**
 * Zip and KMZ bombs for the tests, generated on the fly (never committed): N entries of `size` zeros each,
 * deflated once with Node's zlib (streamed, so memory stays small) and stored N times. `declare` lets an entry
 * claim another uncompressed size than it really has (a zip that lies about its sizes).
 */
import { constants, createDeflateRaw } from 'node:zlib';

/** `size` zero bytes, raw-deflated (streamed in 1 MB chunks). */
export async function deflatedZeros(size: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const block = Buffer.alloc(Math.min(size, 1 << 20));
  let left = size;
  while (left > 0) {
    const n = Math.min(left, block.length);
    if (!deflate.write(n === block.length ? block : block.subarray(0, n)))
      await new Promise<void>((resolve) => deflate.once('drain', resolve));
    left -= n;
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

interface Entry {
  name: string;
  data: Uint8Array;
  /** 8 = deflate, 0 = stored. */
  method: number;
  size: number;
  crc?: number;
}

/** A zip of the given entries (no data descriptors, 32-bit sizes). */
export function buildZip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc ?? 0, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, Math.min(entry.size, 0xfffffffe), true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, entry.data);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, entry.method, true);
    cd.setUint32(16, entry.crc ?? 0, true);
    cd.setUint32(20, entry.data.length, true);
    cd.setUint32(24, Math.min(entry.size, 0xfffffffe), true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `count` entries of `size` zeros each (names from `names`), each declaring `declare(size)` as its size. */
export async function zipBomb(
  names: string[],
  size: number,
  declare: (size: number) => number = (n) => n,
): Promise<Uint8Array> {
  const data = await deflatedZeros(size);
  return buildZip(names.map((name) => ({ name, data, method: 8, size: declare(size) })));
}
