/**
 * Issue 17: nothing stored, imported or linked can lose a planner's data, hang the tab or blank the app.
 * Property-based (fast-check) tests feed arbitrary JSON to every persisted-state parser and arbitrary text to the
 * link codecs; then one test per failure that was found (measurements, briefings, stored layers, zip bombs,
 * import errors). See README "What it does with bad input".
 */
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/app/store';
import { readUrl, URL_CODECS } from '../../src/app/urlCodecs';
import { unknownIndustries } from '../../src/catalog/industries';
import { parseBriefing } from '../../src/data/briefingSchema';
import {
  MAX_VERTICES,
  parseMeasurements,
  parseUnits,
  type Measurement,
} from '../../src/features/planner/measureStorage';
import { parseBasemapSetting } from '../../src/features/basemap/storage';
import { parseLayerMeta, parseLegacyIndex, parseStoredParcels } from '../../src/features/sitecheck/storedLayer';
import type { SiteLayerMeta } from '../../src/features/sitecheck/types';
import { fromWgs84 } from '../../src/geo/crs';
import { checkGeometry } from '../../src/geo/parcels/geometry';
import { importFile, ImportError } from '../../src/geo/parcels/importFile';
import { unzipEntries } from '../../src/geo/parcels/formats/shared';
import { isSafeEntryName, MAX_UNZIPPED_BYTES } from '../../src/geo/parcels/formats/zipBudget';
import { tableLayer } from '../../src/geo/parcels/formats/tables';
import { clip, MAX_TITLE_LENGTH } from '../../src/geo/text';
import { buildZip, zipBomb } from '../helpers/zipBomb';

const RUNS = { numRuns: 300 };
const anyJson = fc.jsonValue({ maxDepth: 6 });
/** Arbitrary JSON, sometimes with valid entries mixed in. */
const jsonText = fc.oneof(fc.json({ maxDepth: 6 }), fc.string(), fc.constant('[null]'), fc.constant('null'));

const square: Measurement = {
  id: 'm1',
  kind: 'area',
  n: 1,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [113, 27],
        [113.01, 27],
        [113.01, 27.01],
        [113, 27],
      ],
    ],
  },
};
const line: Measurement = {
  id: 'm2',
  kind: 'distance',
  n: 1,
  geometry: {
    type: 'LineString',
    coordinates: [
      [113, 27],
      [113.1, 27],
    ],
  },
};

const meta = (id: string, name = id): SiteLayerMeta => ({
  id,
  name,
  fileName: `${name}.geojson`,
  format: 'geojson',
  crs: { id: 'wgs84', how: 'detected', note_zh: '', note_en: '' },
  shape: { count: 2, bbox: [113, 27, 113.1, 27.1], kind: 'fill' },
  repaired: [],
  rejected: [],
  warnings: [],
  importedAt: '2026-01-01T00:00:00.000Z',
  visible: true,
  opacity: 0.8,
  hasSource: true,
});

describe('persisted-state parsers never throw and keep the valid entries (fuzz)', () => {
  it('measurements: arbitrary JSON', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const out = parseMeasurements(text);
        expect(Array.isArray(out)).toBe(true);
      }),
      RUNS,
    );
  });

  it('measurements: valid entries survive any junk around them', () => {
    fc.assert(
      fc.property(fc.array(anyJson, { maxLength: 8 }), fc.array(anyJson, { maxLength: 8 }), (before, after) => {
        const out = parseMeasurements(JSON.stringify([...before, square, ...after, line]));
        expect(out.map((m) => m.id)).toEqual(expect.arrayContaining(['m1', 'm2']));
      }),
      RUNS,
    );
  });

  it('units: arbitrary JSON', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const units = parseUnits(text);
        expect(typeof units.area).toBe('string');
      }),
      RUNS,
    );
  });

  it('basemap choice: arbitrary JSON falls back to a known basemap, never an online one without a key', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const setting = parseBasemapSetting(text);
        expect(['offline', 'osm', 'tianditu-vec', 'tianditu-img']).toContain(setting.id);
        if (setting.id.startsWith('tianditu')) expect(setting.key).toMatch(/^[A-Za-z0-9]{16,64}$/);
      }),
      RUNS,
    );
  });

  it('stored layer records: arbitrary values never throw; valid entries of a legacy list are kept', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        parseLayerMeta(value);
        parseStoredParcels(value);
        parseStoredParcels(JSON.stringify(value));
        const legacy = parseLegacyIndex(value);
        expect(Array.isArray(legacy.metas)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.array(anyJson, { maxLength: 6 }), (junk) => {
        const { metas } = parseLegacyIndex([meta('A'), ...junk, meta('B')]);
        expect(metas.map((m) => m.id)).toEqual(expect.arrayContaining(['A', 'B']));
      }),
      RUNS,
    );
  });

  it('briefings: arbitrary JSON and text never throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.string()), (value) => {
        const result = parseBriefing(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('links: arbitrary query strings never throw and notices name only known parameters', () => {
    const known = new Set(['v', ...URL_CODECS.flatMap((c) => c.keys)]);
    const key = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 }));
    const query = fc
      .array(fc.tuple(key, fc.string({ maxLength: 60 })), { maxLength: 10 })
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (search) => {
        const result = readUrl(search);
        for (const name of result.rejected) expect(known.has(name) || name === '(too long)').toBe(true);
        expect(result.rejected.length).toBeLessThanOrEqual(8);
      }),
      RUNS,
    );
  });
});

describe('case 4–5: stored measurements cannot blank or hang the app', () => {
  it('[null] and other non-objects are skipped (was: TypeError reading id)', () => {
    expect(parseMeasurements('[null]')).toEqual([]);
    expect(parseMeasurements(JSON.stringify([null, 3, 'x', [], square]))).toEqual([square]);
  });

  it('a measurement with 60,000 vertices is dropped at once; out-of-range longitudes are refused', () => {
    const huge = {
      ...line,
      id: 'huge',
      geometry: { type: 'LineString', coordinates: Array.from({ length: 60_000 }, (_, i) => [113 + i * 1e-6, 27]) },
    };
    const far = {
      ...line,
      id: 'far',
      geometry: {
        type: 'LineString',
        coordinates: [
          [1e300, 27],
          [113, 27],
        ],
      },
    };
    const start = performance.now();
    const out = parseMeasurements(JSON.stringify([huge, far, line]));
    expect(performance.now() - start).toBeLessThan(500);
    expect(out.map((m) => m.id)).toEqual(['m2']);
    expect(MAX_VERTICES).toBeLessThan(60_000);
  });
});

describe('case 7: texts are cut, not frozen on', () => {
  it('a briefing title of 3 million characters is cut with an ellipsis, quickly', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../geodata/briefings/default.json'), 'utf8'),
    ) as { title: { zh: string } };
    file.title.zh = '长'.repeat(1_000_000);
    const start = performance.now();
    const result = parseBriefing(file);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.briefing.title.zh.length).toBe(MAX_TITLE_LENGTH);
      expect(result.briefing.title.zh.endsWith('…')).toBe(true);
    }
    expect(parseBriefing('x'.repeat(3_000_001)).ok).toBe(false);
  });

  it('clip keeps short texts and never splits a surrogate pair', () => {
    expect(clip('短', 5)).toBe('短');
    expect(clip('😀😀😀', 2)).toBe('😀…');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 50 }), (s, n) => {
        expect([...clip(s, n)].length).toBeLessThanOrEqual(n);
      }),
    );
  });
});

describe('case 8–9 and 12: links', () => {
  it('a 4,000-character value is not echoed; unknown parameters are counted, never named', () => {
    const result = readUrl(`?v=1&${'a'.repeat(30)}=${'<b>x</b>'.repeat(600)}&layers=${'z'.repeat(4001)}`);
    expect(result.rejected).toEqual(['layers']);
    expect(result.unknown).toBe(1);
    expect(JSON.stringify(result.rejected)).not.toContain('aaa');
  });

  it('filter problems name the parameter, not its value', () => {
    const result = readUrl('?v=1&f.year=<script>alert(1)</script>');
    expect(result.rejected).toEqual(['f.year']);
  });

  it('near me `since`: the fuzzed keys include it; a bad year is named, never echoed, and shows all', () => {
    expect(URL_CODECS.flatMap((c) => c.keys)).toContain('since');
    for (const bad of ['<script>alert(1)</script>', '1999', '2021x', 'x'.repeat(4000)]) {
      const result = readUrl(`?v=1&mode=nearby&near=113.15173,27.83814&since=${encodeURIComponent(bad)}`);
      expect(result.rejected).toEqual(['since']);
      expect(result.patch.nearby?.since).toBeNull();
      expect(result.patch.nearby?.point).toEqual([113.15173, 27.83814]);
    }
    expect(readUrl('?v=1&mode=nearby&since=2024').patch.nearby?.since).toBe(2024);
  });

  it('repeated layers / mode / sel take the first value and say so', () => {
    const result = readUrl('?v=1&mode=measure&mode=story&sel=a&sel=b');
    expect(result.patch.mode).toBe('measure');
    expect(result.patch.selectedId).toBe('a');
    expect(result.repeated).toEqual(['mode', 'sel']);
  });

  it('f.ind names no industry the data has: found once the data is in', () => {
    const features = [{ properties: { industries: ['绿色食品'] } }];
    expect(unknownIndustries(['不存在的产业', '绿色食品', 'rail', 'group:power'], features)).toEqual(['不存在的产业']);
  });

  it('the README example sel= id exists in the plan data', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const id = /`sel=([a-z0-9_-]+)`/.exec(readme)?.[1];
    expect(id).toBeTruthy();
    const hubs = readFileSync(join(import.meta.dirname, '../../geodata/plan/water-air-hubs.geojson'), 'utf8');
    expect(hubs).toContain(`"id":"${id}"`);
  });
});

const asBuffer = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

describe('case 6: zip and kmz bombs are refused before they inflate', () => {
  it('a .zip declaring 6 × 1 GB is refused at once with the size named', async () => {
    const bomb = await zipBomb(['a.shp', 'a.dbf', 'b.shp', 'b.dbf', 'c.shp', 'c.dbf'], 16 << 20, () => 1 << 30);
    const start = performance.now();
    const error = await importFile({ name: 'bomb.zip', bytes: asBuffer(bomb) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).zh).toMatch(/解压后约 6\.0 GB，超过上限/);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('a .kmz whose entries compress more than 200× is refused', async () => {
    const bomb = await zipBomb(['doc.kml'], 64 << 20);
    const error = await importFile({ name: 'bomb.kmz', bytes: asBuffer(bomb) }).catch((e: unknown) => e);
    expect((error as ImportError).zh).toMatch(/超过上限/);
  });

  it('a zip lying about its sizes is stopped while inflating', async () => {
    const liar = await zipBomb(['doc.kml'], 64 << 20, () => 1000);
    const start = performance.now();
    const error = await unzipEntries(liar).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).en).toMatch(/far more than its declared size/);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(MAX_UNZIPPED_BYTES).toBe(1024 ** 3);
  });

  it('a junk ..\\..\\evil.shp beside a valid Shapefile is ignored with a note', async () => {
    const fixture = readFileSync(join(import.meta.dirname, '../fixtures/sitecheck/parcels-gk38-prefixed-gbk.zip'));
    const entries = await unzipEntries(new Uint8Array(fixture));
    const files = Object.fromEntries([...entries].map(([name, data]) => [name, data]));
    files['..\\..\\evil.shp'] = strToU8('junk');
    const result = await importFile({ name: 'with-junk.zip', bytes: asBuffer(zipSync(files)) });
    expect(result.parcels.length).toBeGreaterThan(0);
    expect(result.warnings.map((w) => w.zh).join()).toMatch(/路径不安全的条目已忽略/);
    expect(isSafeEntryName('../a.shp')).toBe(false);
    expect(isSafeEntryName('/etc/a.shp')).toBe(false);
    expect(isSafeEntryName('dir/a.shp')).toBe(true);
  });

  it('a garbage .prj is noted and the coordinates are read as if there were none', async () => {
    const fixture = readFileSync(join(import.meta.dirname, '../fixtures/sitecheck/parcels-gk38-prefixed-gbk.zip'));
    const entries = await unzipEntries(new Uint8Array(fixture));
    const files = Object.fromEntries([...entries].map(([name, data]) => [name, data]));
    const prj = Object.keys(files).find((n) => n.endsWith('.prj'))!;
    files[prj] = strToU8('this is not a projection');
    const result = await importFile({ name: 'garbage-prj.zip', bytes: asBuffer(zipSync(files)) });
    expect(result.parcels.length).toBeGreaterThan(0);
    expect(result.warnings.map((w) => w.zh).join()).toMatch(/\.prj 无法识别/);
    expect(result.crs.how).toBe('detected');
  });

  it('stored entries (no compression) are bounded by the file itself', async () => {
    const zip = buildZip([{ name: 'a.kml', data: strToU8('<kml/>'), method: 0, size: 6 }]);
    expect((await unzipEntries(zip)).get('a.kml')?.length).toBe(6);
  });
});

const geojson = (features: unknown[], extra: Record<string, unknown> = {}) => ({
  name: 'f.geojson',
  bytes: asBuffer(strToU8(JSON.stringify({ type: 'FeatureCollection', ...extra, features }))),
});
const squareAt = (x: number, y: number, d = 0.01) => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + d, y],
        [x + d, y + d],
        [x, y + d],
        [x, y],
      ],
    ],
  },
});

describe('case 10–12: import errors let the user continue', () => {
  it('one absurd feature (±1e300) is rejected alone; the rest is detected and kept', async () => {
    const result = await importFile(geojson([squareAt(113.1, 27.8), squareAt(113.2, 27.9), squareAt(1e300, -1e300)]));
    expect(result.parcels).toHaveLength(2);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.reason_zh).toMatch(/超出任何坐标系/);
  });

  it('a feature of another order of magnitude is rejected when the rest can be detected', async () => {
    const features = Array.from({ length: 9 }, (_, i) => squareAt(113 + i * 0.01, 27.8));
    const result = await importFile(geojson([...features, squareAt(500_000, 3_000_000, 100)]));
    expect(result.parcels).toHaveLength(9);
    expect(result.rejected[0]!.reason_en).toMatch(/another order of magnitude/);
  });

  it('CRS84 declared over Gauss–Krüger numbers: the mismatch is named and the numbers read as GK', async () => {
    const gk = fromWgs84('cgcs2000-gk3-114-prefixed');
    const [x, y] = gk([113.2, 27.8]);
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
    const result = await importFile(geojson([squareAt(x, y, 200)], { crs }));
    expect(result.parcels).toHaveLength(1);
    expect(result.warnings.map((w) => w.zh).join()).toMatch(/文件声明为 .*但坐标数值/);
  });

  it('undetectable coordinates throw an error that offers the coordinate-system select', async () => {
    const error = await importFile(geojson([squareAt(5, 5, 1)])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('crs');
  });

  it('a hole reaching outside its shell is named as such, not as collinear', () => {
    const shell = [
      [113, 27],
      [113.001, 27],
      [113.001, 27.001],
      [113, 27.001],
      [113, 27],
    ];
    const hole = [
      [112.999, 26.999],
      [113.002, 26.999],
      [113.002, 27.002],
      [112.999, 27.002],
      [112.999, 26.999],
    ];
    const checked = checkGeometry({ type: 'Polygon', coordinates: [shell, hole] }, (xy) => xy);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason.zh).toMatch(/内环（洞）超出外环/);
  });

  it('binary bytes named .geojson and 200k-deep nesting are "not GeoJSON", without echoing the bytes', async () => {
    const binary = new Uint8Array(2000).map((_, i) => (i * 37) % 256);
    binary[0] = 0x7b; // "{"
    const a = await importFile({ name: 'x.geojson', bytes: asBuffer(binary) }).catch((e: unknown) => e);
    expect((a as ImportError).zh).toMatch(/不是 GeoJSON：这是一个二进制文件/);
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const b = await importFile({ name: 'deep.geojson', bytes: asBuffer(strToU8(deep)) }).catch((e: unknown) => e);
    expect((b as ImportError).zh).toMatch(/不是 GeoJSON/);
  });

  it('formula cells without cached values are called empty, with advice', () => {
    const layer = tableLayer(
      [
        ['lon', 'lat', 'name'],
        [null, null, 'a'],
        [113.1, 27.8, 'b'],
      ],
      't',
    );
    expect(layer.rejected[0]!.reason_zh).toMatch(/坐标单元格为空/);
  });
});
