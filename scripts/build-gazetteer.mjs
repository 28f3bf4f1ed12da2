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
import { pinyin } from 'pinyin-pro';

/** The name people use (the app's shortVillageName, src/features/nearby/placeSearch.ts): 存联村村民委员会 → 存联村. */
const shortName = (name) => name.replace(/(村民委员会|村委会|居民委员会|居委会|委员会)$/, '') || name;

/**
 * `py`: the pinyin of the name people use, one syllable per character, space-separated ("shuang jiang cun"), so the
 * app's search need not run pinyin-pro over 700 names when near me opens (it costs about a second on a phone).
 */
function withPinyin(rows) {
  const names = rows.map((row) => shortName(row.name));
  const all = pinyin(names.join('\u0001'), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  // pinyin-pro keeps a non-Chinese run as one item: the separators split the list back into names.
  const perName = [[]];
  for (const item of all) {
    const pieces = item.split('\u0001');
    pieces.forEach((piece, i) => {
      if (i > 0) perName.push([]);
      if (piece) perName.at(-1).push(piece.toLowerCase());
    });
  }
  return rows.map((row, i) => ({ ...row, py: perName[i].join(' ') }));
}

export function buildGazetteer(root = ROOT) {
  const places = [...loadPlaces(root).values()];
  const townships = withPinyin(
    places
      .filter((p) => /^\d{9}$/.test(p.code ?? '') && ['high', 'medium'].includes(p.confidence))
      .map((p) => {
        const name = p.kind === 'county_seat' ? p.aliases.find((a) => /(镇|乡|街道)$/.test(a)) : p.name;
        return { name, code: p.code, county: p.county, lon: p.lon, lat: p.lat };
      })
      .sort((a, b) => a.code.localeCompare(b.code)),
  );
  const villages = withPinyin(
    readCsv(readFileSync(join(root, 'geodata/sources/villages.csv'), 'utf8'), 'villages.csv')
      .map((v) => ({
        name: v.name,
        code: v.code,
        township: v.township,
        county: v.county,
        lon: round5(+v.lon),
        lat: round5(+v.lat),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  );
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
