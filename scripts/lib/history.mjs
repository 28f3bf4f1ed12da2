// The plan-tracking history: the tables of geodata/sources/history/ (one dated entry per seed sentence about a
// feature) and the file the app loads on first use of the tracking view, geodata/history/history.json.
// Shared by scripts/build-history.mjs, scripts/draft-history.mjs and the unit tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './gazetteer.mjs';

/** The date each seed file speaks for. */
export const SEED_DATES = { '001': '2021', '003': '2024-12', '000': '2025', '002': '2025-12', '004': '2026-02' };

/** What a sentence says of a feature. `reported` = named in a dated report without a stated status. */
export const ENTRY_STATUS = ['existing', 'planned', 'proposed', 'under_construction', 'completed', 'reported'];

const STATIONS = /station/;
/** The history tables and which features of geodata/sources/features/ each tracks. */
export const HISTORY_TABLES = [
  {
    file: 'projects.json',
    comment: 'Dated status history of the key projects and tourism sites (features/projects.json).',
    features: ['projects.json'],
    include: () => true,
  },
  {
    file: 'transport.json',
    comment: 'Dated status history of the transport lines, ports and hubs of 专栏7 and 第五章第三节.',
    features: ['railways.json', 'roads.json', 'water-air-hubs.json'],
    include: (f) =>
      ['railway', 'expressway', 'waterway', 'port', 'hub', 'urban_transit'].includes(f.category) &&
      !(f.category === 'hub' && /^hub-station-/.test(f.id)) &&
      !STATIONS.test(f.id),
  },
  {
    file: 'parks.json',
    comment: 'Dated status history of the industrial parks (专栏11, 专栏12) and the new towns of 第五章.',
    features: ['parks.json', 'structure.json'],
    include: (f) => ['industrial_park', 'new_town'].includes(f.category),
  },
];

/** The seed files by id ("000" …), or null when the folder is absent. */
export function seedText(dir) {
  if (!existsSync(dir)) return null;
  const out = {};
  for (const name of readdirSync(dir).filter((n) => /^\d{3}_.*\.txt$/.test(n))) {
    out[name.slice(0, 3)] = readFileSync(join(dir, name), 'utf8');
  }
  return out;
}

const squash = (s) => s.replace(/\s+/g, '');
const DATE = /^(20\d\d)(-(0[1-9]|1[0-2]))?$/;

/** The ids of the features each history table may hold (from the feature tables). */
export function trackedIds(root = ROOT) {
  const ids = new Map();
  for (const table of HISTORY_TABLES) {
    for (const file of table.features) {
      const features = JSON.parse(readFileSync(join(root, 'geodata/sources/features', file), 'utf8')).features;
      for (const f of features.filter(table.include)) ids.set(f.id, table.file);
    }
  }
  return ids;
}

/**
 * Reads and checks the history tables: known ids in the right table, dates, statuses, sources, and (when the
 * seeds are given) every quote on its line. Returns the generated file's text and the problems found.
 */
export function buildHistory(root = ROOT, seeds = null) {
  const problems = [];
  const tracked = trackedIds(root);
  const lines = seeds ? Object.fromEntries(Object.entries(seeds).map(([k, t]) => [k, t.split('\n')])) : null;
  const features = {};
  for (const table of HISTORY_TABLES) {
    const path = join(root, 'geodata/sources/history', table.file);
    if (!existsSync(path)) continue;
    const data = JSON.parse(readFileSync(path, 'utf8'));
    for (const [id, entries] of Object.entries(data)) {
      if (id.startsWith('$')) continue;
      if (tracked.get(id) !== table.file) problems.push(`${table.file}: ${id} is not a feature this table tracks`);
      if (!Array.isArray(entries) || entries.length === 0) {
        problems.push(`${table.file}: ${id} has no entries`);
        continue;
      }
      const seen = new Set();
      for (const e of entries) {
        const where = `${table.file}: ${id} ${e?.source?.file}:${e?.source?.line}`;
        if (!DATE.test(e.date ?? '')) problems.push(`${where}: bad date "${e.date}"`);
        if (!ENTRY_STATUS.includes(e.status)) problems.push(`${where}: bad status "${e.status}"`);
        const s = e.source ?? {};
        if (!(s.file in SEED_DATES)) problems.push(`${where}: unknown seed file`);
        // dated by its seed, or earlier when the sentence itself names the year ("2018年,…落成")
        else if (e.date !== SEED_DATES[s.file] && !(e.date < SEED_DATES[s.file] && s.quote?.includes(`${e.date}年`)))
          problems.push(`${where}: date ${e.date} is neither the seed's date nor a year the quote names`);
        if (!Number.isInteger(s.line) || s.line < 1) problems.push(`${where}: bad line`);
        if (typeof s.quote !== 'string' || [...s.quote].length < 2 || [...s.quote].length > 120)
          problems.push(`${where}: quote must be 2–120 characters`);
        if (typeof s.section !== 'string' || !s.section) problems.push(`${where}: no section`);
        if (e.status === 'existing' && s.file !== '001') problems.push(`${where}: "existing" is the plan's word`);
        const key = `${s.file}:${s.line}`;
        if (seen.has(key)) problems.push(`${where}: two entries for one line`);
        seen.add(key);
        if (lines) {
          const text = lines[s.file]?.[s.line - 1];
          if (text === undefined) problems.push(`${where}: no such line`);
          else if (!squash(text).includes(squash(s.quote ?? '')))
            problems.push(`${where}: "${s.quote}" is not on the line`);
        }
      }
      features[id] = [...entries]
        .sort(
          (a, b) =>
            a.date.localeCompare(b.date) || a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line,
        )
        .map((e) => ({
          date: e.date,
          status: e.status,
          source: { file: e.source.file, section: e.source.section, line: e.source.line, quote: e.source.quote },
        }));
    }
  }
  const ids = Object.keys(features).sort();
  const body = ids
    .map((id) => `  ${JSON.stringify(id)}: [\n${features[id].map((e) => `   ${JSON.stringify(e)}`).join(',\n')}\n  ]`)
    .join(',\n');
  const text = `{\n "version": 1,\n "seedDates": ${JSON.stringify(SEED_DATES)},\n "features": {\n${body}\n }\n}\n`;
  return { text, problems, features, tracked };
}
