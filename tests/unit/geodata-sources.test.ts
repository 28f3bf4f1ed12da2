/**
 * The gazetteer (geodata/sources) is the data; geodata/plan is built from it. These tests rebuild every plan
 * file in memory and fail when a committed file is out of date with its sources (fix: `npm run geodata`), and
 * show that the comparison and the table checks do catch a change or a broken row.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, buildPlan, loadPlaces } from '../../scripts/lib/gazetteer.mjs';

const planText = (root: string, file: string) => readFileSync(join(root, 'geodata/plan', file), 'utf8');

/** A scratch copy of geodata/ (sources, plan, basemap) to break on purpose. */
const scratch = mkdtempSync(join(tmpdir(), 'gazetteer-'));
cpSync(join(ROOT, 'geodata'), join(scratch, 'geodata'), { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('geodata/plan is up to date with geodata/sources', () => {
  const built = buildPlan(ROOT);

  it.each([...built.files.keys()])('%s is what the sources build (else run npm run geodata)', (file) => {
    expect(planText(ROOT, file) === built.files.get(file), `geodata/plan/${file} is stale: run npm run geodata`).toBe(
      true,
    );
  });

  it('builds every plan file except zones.geojson (written by build-zones.mjs)', () => {
    expect([...built.files.keys()].sort()).toEqual([
      'parks.geojson',
      'projects.geojson',
      'protection.geojson',
      'railways.geojson',
      'regional.geojson',
      'roads.geojson',
      'structure.geojson',
      'towns.geojson',
      'water-air-hubs.geojson',
    ]);
  });

  it('notices a moved place: the files that use it no longer match', () => {
    const csvPath = join(scratch, 'geodata/sources/places.csv');
    const csv = readFileSync(csvPath, 'utf8');
    const place = [...loadPlaces(scratch).values()].find((p) => p.kind === 'station');
    expect(place).toBeDefined();
    const row = csv.split('\n').find((l) => l.startsWith(`${place!.id},`))!;
    writeFileSync(csvPath, csv.replace(row, row.replace(`,${String(place!.lat)},`, `,${String(place!.lat + 0.01)},`)));
    const moved = buildPlan(scratch);
    const stale = [...moved.files].filter(([file, text]) => planText(scratch, file) !== text).map(([f]) => f);
    expect(stale.length).toBeGreaterThan(0);
    writeFileSync(csvPath, csv);
  });
});

describe('places.csv checks', () => {
  const withCsv = (csv: string) => {
    writeFileSync(join(scratch, 'geodata/sources/places.csv'), csv);
    return () => loadPlaces(scratch);
  };
  const header = 'id,name,aliases,kind,county,lon,lat,datum_given,reference,licence,confidence,note\n';

  it('rejects a repeated id, an unknown kind and a position outside China, naming the row', () => {
    const load = withCsv(
      `${header}a,甲,,town,攸县,113.3,27.0,wgs84,GeoNames 1,CC-BY-4.0,medium,\n` +
        `a,乙,,village,攸县,13.3,27.0,wgs84,GeoNames 2,CC-BY-4.0,medium,\n`,
    );
    expect(load).toThrow(/row 3 \(a\): id repeats/);
    expect(load).toThrow(/unknown kind "village"/);
    expect(load).toThrow(/not a position in China/);
  });

  it('reads quoted fields with commas and a | list of aliases', () => {
    const places = withCsv(
      `${header}b,丙,"丙镇|丙乡",town,攸县,113.30001,27.0,gcj02,"OpenStreetMap node 1, via x",ODbL-1.0,high,"a, b"\n`,
    )();
    expect(places.get('b')).toMatchObject({
      aliases: ['丙镇', '丙乡'],
      lon: 113.30001,
      reference: 'OpenStreetMap node 1, via x',
    });
  });
});

describe('geodata/sources/districts.json', () => {
  it('names the nine districts of the vocabulary, in order, each with a distinct ASCII slug', async () => {
    const { DISTRICTS, DISTRICT_SLUGS, DISTRICT_EN } = await import('../../src/geo/vocabulary');
    const table = (await import('../../geodata/sources/districts.json')).default.districts;
    expect(table.map((d) => d.name)).toEqual([...DISTRICTS]);
    const slugs = DISTRICTS.map((d) => DISTRICT_SLUGS[d]);
    expect(new Set(slugs).size).toBe(9);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+$/);
    for (const d of DISTRICTS) expect(DISTRICT_EN[d]).toMatch(/^[A-Z][a-z]+ (District|City|County)$/);
  });
});
