// Writes the installed app's PNG icons into public/ from the same drawing as public/favicon.svg (a white
// mountain on a red rounded square): icon-192.png, icon-512.png and a full-bleed maskable-512.png.
//   node scripts/build-icons.mjs
// Plain Node (zlib for the PNG encoding), so it runs anywhere without an image library.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const RED = [0xb2, 0x18, 0x2b];
const WHITE = [0xff, 0xff, 0xff];
// favicon.svg, in its 32×32 units.
const MOUNTAIN = [
  [6, 22],
  [13, 10],
  [19, 18],
  [23, 13],
  [27, 22],
];

function inside([x, y], polygon) {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function insideRoundedSquare([x, y], radius) {
  const cx = Math.min(Math.max(x, radius), 32 - radius);
  const cy = Math.min(Math.max(y, radius), 32 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels; `maskable` fills the whole square and shrinks the drawing into the 80 % safe zone. */
function draw(size, maskable) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4; // 4×4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          let x = ((px + (sx + 0.5) / samples) / size) * 32;
          let y = ((py + (sy + 0.5) / samples) / size) * 32;
          const background = maskable || insideRoundedSquare([x, y], 6);
          if (maskable) {
            x = (x - 16) / 0.8 + 16;
            y = (y - 16) / 0.8 + 16;
          }
          if (!background) continue;
          const colour = inside([x, y], MOUNTAIN) ? WHITE : RED;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 255;
        }
      }
      const n = samples * samples;
      const coverage = a / n / 255;
      const offset = (py * size + px) * 4;
      pixels[offset] = coverage ? Math.round(r / n / coverage) : 0;
      pixels[offset + 1] = coverage ? Math.round(g / n / coverage) : 0;
      pixels[offset + 2] = coverage ? Math.round(b / n / coverage) : 0;
      pixels[offset + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(import.meta.dirname, '../public');
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
]) {
  writeFileSync(join(out, name), png(size, draw(size, maskable)));
  console.log(`public/${name}`);
}
