#!/usr/bin/env node
/**
 * Builds geodata/history/history.json — the dated status history the plan-tracking view loads on first use —
 * from the reviewed tables of geodata/sources/history/ (one entry per dated seed sentence about a feature).
 * Run by `npm run geodata`.
 *
 *   node scripts/build-history.mjs          write the file (refuses on any problem)
 *   node scripts/build-history.mjs --check  exit 1 when the file is out of date or a table has a problem
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/gazetteer.mjs';
import { seedsDir } from './lib/coverage.mjs';
import { buildHistory, seedText } from './lib/history.mjs';

const checkOnly = process.argv.includes('--check');
const seeds = seedText(seedsDir());
if (!seeds) console.warn('seeds not found: history quotes not checked');
const { text, problems, features, tracked } = buildHistory(ROOT, seeds);
if (problems.length) {
  console.error(`geodata/sources/history has problems; nothing written:\n${problems.join('\n')}`);
  process.exit(1);
}
const path = join(ROOT, 'geodata/history/history.json');
const stale = !existsSync(path) || readFileSync(path, 'utf8') !== text;
const summary = `${Object.keys(features).length} of ${tracked.size} tracked features have a history`;
if (checkOnly) {
  console.log(
    `${summary}; ${stale ? 'geodata/history/history.json is out of date — run npm run geodata' : 'up to date'}`,
  );
  process.exit(stale ? 1 : 0);
}
if (stale) writeFileSync(path, text);
console.log(`${summary}; ${stale ? 'written' : 'unchanged'}`);
