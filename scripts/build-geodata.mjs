#!/usr/bin/env node
/**
 * Builds geodata/plan/*.geojson (all but zones.geojson) from the gazetteer tables of geodata/sources/:
 * places.csv (one row per place), features/*.json (one table per plan file), areas/, lines/ and alignments/.
 * `npm run geodata` runs this and then scripts/build-zones.mjs (which reads the structure files).
 *
 *   node scripts/build-geodata.mjs          write the files
 *   node scripts/build-geodata.mjs --check  exit 1 when a plan file differs from what the tables give; write nothing
 *
 * Before writing it checks every source quote against its seed line and every single-district point against
 * its district (geodata/basemap/counties.geojson, 500 m tolerance); it refuses to write on any problem.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildPlan } from './lib/gazetteer.mjs';
import { checkDistricts, checkQuotes } from './lib/checks.mjs';
import { buildGazetteer } from './build-gazetteer.mjs';

const checkOnly = process.argv.includes('--check');
let result;
try {
  result = buildPlan(ROOT);
} catch (error) {
  console.error(`geodata/sources has problems; nothing written:\n${error.message}`);
  process.exit(1);
}
const problems = [...checkQuotes(result.features), ...checkDistricts(result.features)];
if (problems.length) {
  console.error(`geodata/sources has problems; nothing written:\n${problems.join('\n')}`);
  process.exit(1);
}
let stale = 0;
for (const [file, text] of result.files) {
  const path = join(ROOT, 'geodata/plan', file);
  const same = existsSync(path) && readFileSync(path, 'utf8') === text;
  if (same) continue;
  stale += 1;
  if (checkOnly) console.error(`geodata/plan/${file} is out of date with geodata/sources`);
  else writeFileSync(path, text);
}
// the search gazetteer (geodata/places/gazetteer.json: township seats and villages; loaded on first search)
const gazetteerPath = join(ROOT, 'geodata/places/gazetteer.json');
const gazetteer = buildGazetteer(ROOT);
if (!existsSync(gazetteerPath) || readFileSync(gazetteerPath, 'utf8') !== gazetteer) {
  stale += 1;
  if (checkOnly) console.error('geodata/places/gazetteer.json is out of date with geodata/sources');
  else writeFileSync(gazetteerPath, gazetteer);
}
const count = result.features.length;
if (checkOnly) {
  console.log(
    `${count} features; ${stale ? `${stale} file(s) out of date — run npm run geodata` : 'all files up to date'}`,
  );
  process.exit(stale ? 1 : 0);
}
console.log(`${count} features from ${result.places.size} places; ${stale} of ${result.files.size} files changed`);
