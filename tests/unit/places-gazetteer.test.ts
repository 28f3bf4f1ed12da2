/**
 * geodata/places/gazetteer.json: the township seats and villages the app loads on first search (not a map layer,
 * not on the first screen). It must parse, be up to date with geodata/sources, keep names unique within a
 * township, lie inside the city and hold at least 600 villages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ROOT } from '../../scripts/lib/gazetteer.mjs';
import { buildGazetteer } from '../../scripts/build-gazetteer.mjs';

interface Township {
  name: string;
  code: string;
  county: string;
  lon: number;
  lat: number;
}
interface Village extends Township {
  township: string;
}
const text = readFileSync(join(ROOT, 'geodata/places/gazetteer.json'), 'utf8');
const gazetteer = JSON.parse(text) as { version: number; townships: Township[]; villages: Village[] };
const city = (
  JSON.parse(readFileSync(join(ROOT, 'geodata/basemap/city.geojson'), 'utf8')) as {
    features: Feature<Polygon | MultiPolygon>[];
  }
).features[0]!;

describe('geodata/places/gazetteer.json', () => {
  it('is what geodata/sources builds (else run npm run geodata)', () => {
    expect(text === buildGazetteer(ROOT)).toBe(true);
  });

  it('holds at least 600 villages with 12-digit codes and township seats with 9-digit codes', () => {
    expect(gazetteer.version).toBe(1);
    expect(gazetteer.villages.length).toBeGreaterThanOrEqual(600);
    expect(gazetteer.townships.length).toBeGreaterThanOrEqual(80);
    expect(gazetteer.villages.every((v) => /^\d{12}$/.test(v.code) && v.township && v.name)).toBe(true);
    expect(gazetteer.townships.every((t) => /^\d{9}$/.test(t.code) && t.name)).toBe(true);
  });

  it('keeps names unique within a township', () => {
    const seen = new Set<string>();
    const repeated = gazetteer.villages.filter((v) => {
      const key = `${v.county}/${v.township}/${v.name}`;
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    expect(repeated.map((v) => `${v.township} ${v.name}`)).toEqual([]);
  });

  it('puts every point inside the city boundary, rounded to 5 decimals', () => {
    const all = [...gazetteer.townships, ...gazetteer.villages];
    expect(all.filter((p) => !booleanPointInPolygon([p.lon, p.lat], city)).map((p) => p.name)).toEqual([]);
    expect(all.every((p) => Math.round(p.lon * 1e5) / 1e5 === p.lon && Math.round(p.lat * 1e5) / 1e5 === p.lat)).toBe(
      true,
    );
  });

  it('stays small (under 25 KB gzip) and out of the plan files', () => {
    expect(gzipSync(text).length).toBeLessThan(25 * 1024);
    const plan = ['towns', 'projects'].map((f) => readFileSync(join(ROOT, `geodata/plan/${f}.geojson`), 'utf8'));
    expect(plan.some((t) => t.includes(gazetteer.villages[0]!.code))).toBe(false);
  });
});
