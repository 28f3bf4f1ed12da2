/**
 * Export layout: output size, scale bar, text fitting, legend columns, frame placement, file name and the
 * PNG header reader the end-to-end test relies on.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chooseScaleBar,
  estimateTextWidth,
  exportFileName,
  exportSize,
  fitText,
  formatDistance,
  frameLayout,
  legendLayout,
  metresPerPixel,
  needsSchematicNote,
  northArrowRotation,
  readPngSize,
  wrapText,
  type LegendEntry,
} from '../../src/map/exportLayout';

describe('exportSize', () => {
  it('is at least twice the screen', () => {
    expect(exportSize({ width: 1280, height: 720 })).toEqual({
      width: 2560,
      height: 1440,
      pixelRatio: 2,
      capped: false,
    });
    expect(exportSize({ width: 1280, height: 720, devicePixelRatio: 1 }, { scale: 1 }).pixelRatio).toBe(2);
  });

  it('follows a higher device ratio or a requested scale', () => {
    expect(exportSize({ width: 1000, height: 600, devicePixelRatio: 3 })).toMatchObject({ width: 3000, height: 1800 });
    expect(exportSize({ width: 1000, height: 600 }, { scale: 4 })).toMatchObject({ width: 4000, height: 2400 });
  });

  it('stays within the GPU side limit and canvas area, and says so', () => {
    const side = exportSize({ width: 3000, height: 1000 }, { scale: 4, maxSide: 8192, maxArea: 1e9 });
    expect(side.width).toBeLessThanOrEqual(8192);
    expect(side.capped).toBe(true);
    expect(side.pixelRatio).toBeCloseTo(8192 / 3000, 6);

    const area = exportSize({ width: 2000, height: 2000 }, { scale: 4, maxSide: 16384, maxArea: 16_777_216 });
    expect(area.width * area.height).toBeLessThanOrEqual(16_777_216);
    expect(area.capped).toBe(true);
  });

  it('rounds odd CSS sizes to whole pixels', () => {
    const size = exportSize({ width: 1279.5, height: 719.4 }, { scale: 3 });
    expect(Number.isInteger(size.width) && Number.isInteger(size.height)).toBe(true);
    expect(size).toMatchObject({ width: 3840, height: 2157 });
  });
});

describe('scale bar', () => {
  it('knows metres per pixel for MapLibre zoom levels', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.52, 1);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.52 / 4, 1);
    // Zhuzhou city centre at zoom 10: about 67.7 m per pixel.
    expect(metresPerPixel(27.83, 10)).toBeCloseTo(67.7, 0);
  });

  it.each([
    [1, 120, 100, '100 m', 2],
    [10, 120, 1000, '1 km', 2],
    [67.7, 120, 5000, '5 km', 5],
    [150, 120, 10000, '10 km', 2],
    [300, 100, 20000, '20 km', 4],
    [0.5, 150, 50, '50 m', 5],
    [2000, 100, 200_000, '200 km', 4],
  ])('%f m/px in %i px → %i m (%s)', (mpp, maxPx, metres, label, segments) => {
    const bar = chooseScaleBar(mpp, maxPx);
    expect(bar).toMatchObject({ metres, label, segments });
    expect(bar!.widthPx).toBeLessThanOrEqual(maxPx);
    // Round numbers only: 1, 2 or 5 times a power of ten.
    expect(String(bar!.metres)).toMatch(/^[125]0*$/);
  });

  it('uses most of the allowed width (never less than 40%)', () => {
    for (let mpp = 0.3; mpp < 5000; mpp *= 1.37) {
      const bar = chooseScaleBar(mpp, 120)!;
      expect(bar.widthPx).toBeGreaterThanOrEqual(48);
      expect(bar.widthPx).toBeLessThanOrEqual(120);
    }
  });

  it('takes an exact fit', () => {
    expect(chooseScaleBar(10, 100)).toMatchObject({ metres: 1000, widthPx: 100 });
  });

  it('has no bar for an unknown scale', () => {
    expect(chooseScaleBar(0)).toBeNull();
    expect(chooseScaleBar(Number.NaN)).toBeNull();
    expect(chooseScaleBar(-3)).toBeNull();
    expect(chooseScaleBar(10, 0)).toBeNull();
  });

  it('formats distances', () => {
    expect(formatDistance(500)).toBe('500 m');
    expect(formatDistance(2000)).toBe('2 km');
    expect(formatDistance(1500)).toBe('1.5 km');
  });
});

describe('text', () => {
  it('estimates CJK as one em and Latin as a little over half', () => {
    expect(estimateTextWidth('株洲', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11.2);
  });

  it('fits text with an ellipsis', () => {
    expect(fitText('株洲规划', 100, 10)).toBe('株洲规划');
    const fitted = fitText('株洲市国土空间总体规划', 50, 10);
    expect(fitted.endsWith('…')).toBe(true);
    expect(estimateTextWidth(fitted, 10)).toBeLessThanOrEqual(50);
    expect(fitText('株洲', 2, 10)).toBe('');
  });

  it('wraps CJK anywhere and Latin at spaces, within a line budget', () => {
    expect(wrapText('一核一圈一廊发展格局', 50, 10)).toEqual(['一核一圈一', '廊发展格局']);
    const latin = wrapText('one core one circle one corridor', 70, 10);
    expect(latin.every((line) => estimateTextWidth(line, 10) <= 70)).toBe(true);
    expect(latin.join(' ')).not.toMatch(/cor$|^ridor/);
    const long = wrapText('一二三四五六七八九十一二三四五六七八九十', 50, 10, 2);
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith('…')).toBe(true);
  });
});

describe('legendLayout', () => {
  const entries = (n: number): LegendEntry[] =>
    Array.from({ length: n }, (_, i) => ({ label: `图例 ${i + 1}`, color: '#123456', shape: 'fill' as const }));

  it('is one column when it fits', () => {
    const layout = legendLayout(entries(4), 400, 400);
    expect(layout.columns).toBe(1);
    expect(layout.rows.map((r) => r.y)).toEqual([28, 46, 64, 82]);
    expect(layout.height).toBe(8 + 20 + 4 * 18 + 8);
    expect(layout.hidden).toBe(0);
  });

  it('wraps into columns when taller than allowed, never taller nor wider than the box', () => {
    const layout = legendLayout(entries(12), 600, 150);
    expect(layout.columns).toBe(2); // (150 − 16 − 20) / 18 → 6 rows per column
    expect(layout.height).toBeLessThanOrEqual(150);
    expect(layout.width).toBeLessThanOrEqual(600);
    const xs = [...new Set(layout.rows.map((r) => r.x))];
    expect(xs).toHaveLength(layout.columns);
    expect(layout.hidden).toBe(0);
  });

  it('leaves out what cannot fit and counts it', () => {
    const layout = legendLayout(entries(40), 120, 120);
    expect(layout.columns).toBe(1);
    expect(layout.rows).toHaveLength(4); // (120 − 16 − 20) / 18 → 4 rows
    expect(layout.hidden).toBe(36);
  });

  it('truncates very long labels', () => {
    const layout = legendLayout([{ label: '很长的图例标签'.repeat(10), color: '#000000', shape: 'line' }], 1000, 200);
    expect(layout.rows[0]!.entry.label.endsWith('…')).toBe(true);
    expect(estimateTextWidth(layout.rows[0]!.entry.label, 12)).toBeLessThanOrEqual(220);
  });

  it('is empty for no entries', () => {
    expect(legendLayout([], 300, 300)).toEqual({ width: 0, height: 0, columns: 0, rows: [], hidden: 0 });
  });
});

describe('frameLayout', () => {
  const inside = (r: { x: number; y: number; width: number; height: number }, w: number, h: number) =>
    r.x >= 0 && r.y >= 0 && r.x + r.width <= w && r.y + r.height <= h;
  const overlap = (
    a: { x: number; y: number; width: number; height: number },
    b: { x: number; y: number; width: number; height: number },
  ) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it.each([
    [1280, 720],
    [800, 600],
    [1920, 1080],
    [600, 900],
  ])('keeps every element inside a %i×%i map without overlaps', (width, height) => {
    const layout = frameLayout({
      width,
      height,
      title: '株洲“十四五”空间规划 · 一核一圈一廊',
      subtitle: '2025年3月 · 株洲规划一张图',
      legendTitle: '图例',
      legend: Array.from({ length: 9 }, (_, i) => ({ label: `图层 ${i}`, color: '#336699', shape: 'fill' as const })),
      attribution: '底图 © OpenStreetMap 贡献者 · 规划数据：株洲市“十四五”规划纲要',
      schematicNote: '示意图 — schematic',
      scaleBar: chooseScaleBar(metresPerPixel(27.8, 9), 120),
    });
    const boxes = {
      title: layout.title,
      northArrow: layout.northArrow,
      legend: layout.legend,
      scaleBar: layout.scaleBar!,
      attribution: layout.attribution,
      note: layout.note!,
    };
    for (const [name, box] of Object.entries(boxes)) expect(inside(box, width, height), name).toBe(true);
    const names = Object.keys(boxes) as (keyof typeof boxes)[];
    for (const a of names) {
      for (const b of names) if (a < b) expect(overlap(boxes[a], boxes[b]), `${a} × ${b}`).toBe(false);
    }
  });

  it('omits the note and scale bar when not needed', () => {
    const layout = frameLayout({
      width: 1000,
      height: 700,
      title: 'Zhuzhou',
      legendTitle: 'Legend',
      legend: [],
      attribution: 'OSM',
      schematicNote: null,
      scaleBar: null,
    });
    expect(layout.note).toBeNull();
    expect(layout.scaleBar).toBeNull();
    expect(layout.legend.width).toBe(0);
  });
});

it('rotates the north arrow against the map bearing', () => {
  expect(northArrowRotation(0)).toBe(-0);
  expect(northArrowRotation(90)).toBeCloseTo(-Math.PI / 2);
});

it('asks for the schematic note only when a schematic feature is visible', () => {
  expect(needsSchematicNote(['official', 'approximate'])).toBe(false);
  expect(needsSchematicNote(new Set(['approximate', 'schematic']))).toBe(true);
  expect(needsSchematicNote([])).toBe(false);
});

it('names the file after the title and time, safely', () => {
  const date = new Date(2025, 2, 14, 9, 5);
  expect(exportFileName('一核一圈一廊', date)).toBe('一核一圈一廊-20250314-0905.png');
  expect(exportFileName('a/b: c?\u0007', date)).toBe('a-b-c-20250314-0905.png');
  expect(exportFileName('   ', date, 'json')).toBe('map-20250314-0905.json');
});

describe('readPngSize', () => {
  /** A real, minimal PNG (greyscale, 8-bit) of the given size. */
  const png = (width: number, height: number): Uint8Array => {
    const crcTable = Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      return c >>> 0;
    });
    const crc = (bytes: Uint8Array) => {
      let c = 0xffffffff;
      for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
      return (c ^ 0xffffffff) >>> 0;
    };
    const chunk = (type: string, data: Uint8Array) => {
      const out = new Uint8Array(12 + data.length);
      const view = new DataView(out.buffer);
      view.setUint32(0, data.length);
      out.set(new TextEncoder().encode(type), 4);
      out.set(data, 8);
      view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
      return out;
    };
    const ihdr = new Uint8Array(13);
    const v = new DataView(ihdr.buffer);
    v.setUint32(0, width);
    v.setUint32(4, height);
    ihdr.set([8, 0, 0, 0, 0], 8);
    const raw = new Uint8Array((width + 1) * height);
    const parts = [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', new Uint8Array(deflateSync(raw))),
      chunk('IEND', new Uint8Array()),
    ];
    const total = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      total.set(p, offset);
      offset += p.length;
    }
    return total;
  };

  it('reads width and height from the IHDR chunk', () => {
    expect(readPngSize(png(2560, 1440))).toEqual({ width: 2560, height: 1440 });
    expect(readPngSize(png(3, 70000))).toEqual({ width: 3, height: 70000 });
  });

  it('works on a view into a larger buffer', () => {
    const bytes = png(17, 9);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 10);
    expect(readPngSize(padded.subarray(10))).toEqual({ width: 17, height: 9 });
  });

  it('rejects what is not a PNG', () => {
    expect(readPngSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)]))).toBeNull();
    expect(readPngSize(new Uint8Array(10))).toBeNull();
    const wrongChunk = png(5, 5);
    wrongChunk.set(new TextEncoder().encode('IDAT'), 12);
    expect(readPngSize(wrongChunk)).toBeNull();
  });
});
