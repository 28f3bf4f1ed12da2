#!/usr/bin/env node
/**
 * Writes geodata/places/gazetteer.json, the place-name gazetteer the app loads on first search (never on the first
 * screen, never a map layer): the township seats of geodata/sources/places.csv that carry a 9-digit division code
 * and the villages of geodata/sources/villages.csv (12-digit codes). `npm run geodata` runs it; --check exits 1
 * when the file is out of date. Format: geodata/README.md, "places/gazetteer.json".
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, loadPlaces } from './lib/gazetteer.mjs';
import { readCsv } from './lib/tables.mjs';
import { round5 } from './lib/geometry.mjs';

export function buildGazetteer(root = ROOT) {
  const places = [...loadPlaces(root).values()];
  const townships = places
    .filter((p) => /^\d{9}$/.test(p.code ?? '') && ['high', 'medium'].includes(p.confidence))
    .map((p) => {
      const name = p.kind === 'county_seat' ? p.aliases.find((a) => /(镇|乡|街道)$/.test(a)) : p.name;
      return { name, code: p.code, county: p.county, lon: p.lon, lat: p.lat };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const villages = readCsv(readFileSync(join(root, 'geodata/sources/villages.csv'), 'utf8'), 'villages.csv')
    .map((v) => ({
      name: v.name,
      code: v.code,
      township: v.township,
      county: v.county,
      lon: round5(+v.lon),
      lat: round5(+v.lat),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const credit =
    'Vonng/adcode (CC-BY-4.0), AMap centre points converted from GCJ-02; OpenStreetMap contributors (ODbL) and GeoNames (CC-BY-4.0) where a row says so';
  const rows = (list) => `[\n${list.map((x) => JSON.stringify(x)).join(',\n')}\n]`;
  return `{"version":1,"datum":"WGS84","credit":${JSON.stringify(credit)},\n"townships":${rows(townships)},\n"villages":${rows(villages)}}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(ROOT, 'geodata/places/gazetteer.json');
  const text = buildGazetteer();
  const same = existsSync(path) && readFileSync(path, 'utf8') === text;
  if (process.argv.includes('--check')) {
    console.log(same ? 'geodata/places/gazetteer.json up to date' : 'geodata/places/gazetteer.json out of date');
    process.exit(same ? 0 : 1);
  }
  mkdirSync(join(ROOT, 'geodata/places'), { recursive: true });
  if (!same) writeFileSync(path, text);
  const json = JSON.parse(text);
  console.log(
    `geodata/places/gazetteer.json: ${json.townships.length} townships, ${json.villages.length} villages, ` +
      `${(text.length / 1024).toFixed(0)} KB, ${(gzipSync(text).length / 1024).toFixed(1)} KB gzip`,
  );
}
