#!/usr/bin/env node
/**
 * npm run coverage-report [-- --json] [-- --strict] [-- --merge-omissions <dir>]
 *
 * Which named places of the seeds (parks, stations, railways, roads, ports, towns, …) geodata/plan maps,
 * which are left out with a reason (geodata/coverage-exclusions.json) and which are missing. A report:
 * exits 0 unless --strict is given and a name is unmapped without a reason.
 *
 *   --json                 machine-readable report on stdout
 *   --strict               exit 1 when a name is unmapped and has no reason
 *   --markdown             the summary tables as Markdown (for geodata/README.md)
 *   --merge-omissions DIR  copy the "name<TAB>reason" lines of DIR/omissions-*.md into the exclusion
 *                          list (a line replaces the reason of the same key), then report
 *   SEEDS_DIR=…            seed folder (default: ../shared/seeds beside the checkout)
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  EXCLUSIONS_PATH,
  KINDS,
  KIND_LABELS,
  REPO_ROOT,
  buildReport,
  categoryCounts,
  extractNames,
  loadExclusions,
  loadPlanFeatures,
  loadSeeds,
  normaliseLine,
  parseOmissions,
  seedsDir,
} from './lib/coverage.mjs';
import { LIMITS, measure } from './lib/fidelity.mjs';
import { loadPlaces } from './lib/gazetteer.mjs';
import { readCsv } from './lib/tables.mjs';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  const header = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(new URL(import.meta.url), 'utf8'))?.[1] ?? '';
  console.log(header.replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}
const asJson = args.includes('--json');
const asMarkdown = args.includes('--markdown');
const strict = args.includes('--strict');
const mergeAt = args.indexOf('--merge-omissions');
const mergeDir = mergeAt >= 0 ? args[mergeAt + 1] : undefined;

/** Display width of a string: CJK characters take two columns. */
const width = (s) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
const padLeft = (s, n) => ' '.repeat(Math.max(0, n - width(s))) + s;

if (mergeDir) {
  const exclusions = loadExclusions();
  const files = existsSync(mergeDir) ? readdirSync(mergeDir).filter((n) => /^omissions-.*\.md$/.test(n)) : [];
  let added = 0;
  let updated = 0;
  for (const file of files.sort()) {
    for (const [name, reason] of Object.entries(parseOmissions(readFileSync(join(mergeDir, file), 'utf8')))) {
      if (exclusions[name] === reason) continue;
      if (exclusions[name]) updated += 1;
      else added += 1;
      exclusions[name] = reason;
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(exclusions).sort(([a], [b]) =>
      a.startsWith('$') === b.startsWith('$') ? a.localeCompare(b, 'zh') : a.startsWith('$') ? -1 : 1,
    ),
  );
  writeFileSync(EXCLUSIONS_PATH, `${JSON.stringify(sorted, null, 2)}\n`);
  console.error(
    `merged ${added} new and ${updated} changed omission line(s) from ${files.length} file(s) in ${mergeDir} into ${relative(REPO_ROOT, EXCLUSIONS_PATH)}`,
  );
}

const dir = seedsDir();
const seeds = loadSeeds(dir);
if (!seeds) {
  const message = `coverage-report: no seed folder at ${dir} (set SEEDS_DIR); nothing to check.`;
  if (asJson) console.log(JSON.stringify({ seedsDir: dir, skipped: message }, null, 2));
  else console.log(message);
  process.exit(0);
}

const features = loadPlanFeatures();
const exclusions = loadExclusions();
const names = extractNames(seeds);
const report = buildReport(names, features, exclusions);
const counts = categoryCounts(features);
const seedLines = new Map(seeds.map((s) => [s.id, s.text.split('\n')]));
const fidelity = measure();

/** The fidelity figures (issue 9) as lines of text: accuracy shares, stacking, line–place gaps. */
function fidelityLines(m) {
  const pct = (n) => `${((100 * n) / m.total).toFixed(1)} %`;
  const worst = m.lineGaps[0];
  const worstGap = m.vertexGaps[0];
  return [
    `features ${m.total}: schematic ${m.byAccuracy.schematic} (${pct(m.byAccuracy.schematic)}) · approximate ${m.byAccuracy.approximate} (${pct(m.byAccuracy.approximate)}) · anchored ${m.byAccuracy.anchored} (${pct(m.byAccuracy.anchored)}) · official ${m.byAccuracy.official} (${pct(m.byAccuracy.official)})`,
    `gazetteer: ${m.places} places in geodata/sources/places.csv · duplicate rows ${m.duplicates.length}`,
    `points ${m.points}: sharing a coordinate ${m.stackedPoints} (all features of one place: ${m.coLocated.length}) · non-schematic stacked on another place ${m.stackedViolations.length} · approximate without a referenced position ${m.unreferenced.length} · on a county-seat point ${m.onSeat}`,
    `lines vs the places they name: ${m.lineGaps.length} line–place pairs · over ${LIMITS.lineToPlaceKm} km ${m.lineGaps.filter((g) => g.km > LIMITS.lineToPlaceKm).length} · worst ${worst ? `${worst.km.toFixed(2)} km (${worst.id} – ${worst.name})` : '–'} · note names not in the gazetteer ${m.unresolved.length}`,
    `approximate lines: ${m.vertexGaps.length} · worst vertex gap ${worstGap ? `${worstGap.km.toFixed(2)} km (${worstGap.id})` : '–'} · over ${LIMITS.approximateVertexGapKm} km ${m.vertexGaps.filter((g) => g.km > LIMITS.approximateVertexGapKm).length}`,
    `single-district features outside their district (> ${LIMITS.districtToleranceM} m): ${m.districtMisses.length}`,
    `stations: ${m.stations.length} station features · over ${LIMITS.stationToReferenceKm} km from the OSM point of their name ${m.stations.filter((x) => x.km === null || x.km > LIMITS.stationToReferenceKm).length}`,
    `anchored lines: ${new Set(m.anchored.map((a) => a.id)).size} · line–point pairs ${m.anchored.length} · over ${LIMITS.anchoredToPointKm} km ${m.anchored.filter((a) => a.km > LIMITS.anchoredToPointKm).length}`,
    ...['locatable', 'diagram'].flatMap((side) => {
      const cats = Object.entries(m.split[side]).sort((a, b) => b[1].total - a[1].total);
      const t = cats.reduce(
        (n, [, c]) => ({
          total: n.total + c.total,
          approximate: n.approximate + c.approximate,
          anchored: n.anchored + c.anchored,
          schematic: n.schematic + c.schematic,
        }),
        { total: 0, approximate: 0, anchored: 0, schematic: 0 },
      );
      const share = (c, k) => `${((100 * c[k]) / c.total).toFixed(0)} %`;
      return [
        `${side === 'locatable' ? 'locatable features (towns, stations, ports, airfields, parks, projects, roads, railways, rivers)' : 'plan-diagram features (structure, corridors, zones, protection patterns: drawn as 示意)'} ${t.total}: approximate ${t.approximate} (${share(t, 'approximate')}) · anchored ${t.anchored} (${share(t, 'anchored')}) · schematic ${t.schematic} (${share(t, 'schematic')})`,
        ...cats.map(
          ([k, c]) =>
            `    ${k.padEnd(16)} ${String(c.total).padStart(4)}: approximate ${share(c, 'approximate').padStart(5)} · anchored ${share(c, 'anchored').padStart(5)} · schematic ${share(c, 'schematic').padStart(5)}`,
        ),
      ];
    }),
    ...townshipLines(),
  ];
}

/** The 103 街道/镇/乡: how many have a referenced seat/centre in places.csv, and the rest with what was searched. */
function townshipLines() {
  const path = join(REPO_ROOT, 'geodata/sources/research/townships.csv');
  if (!existsSync(path)) return [];
  const units = readCsv(readFileSync(path, 'utf8'), 'townships.csv');
  const places = loadPlaces();
  const referenced = (u) =>
    [...places.values()].some(
      (p) =>
        ['high', 'medium'].includes(p.confidence) &&
        p.county === u.county &&
        ((u.code && p.code === u.code) || [p.name, ...p.aliases].includes(u.name)),
    );
  const missing = units.filter((u) => !referenced(u));
  return [
    `township seats (街道/镇/乡): ${units.length - missing.length} of ${units.length} with a referenced position in places.csv; without (${missing.length}):`,
    ...missing.map((u) => `    ${u.county} ${u.name} — ${u.searched}`),
  ];
}

/** ±14 characters of the seed line around the first spelling of the name. */
function context(row) {
  const line = normaliseLine(seedLines.get(row.first.file)?.[row.first.line - 1] ?? '');
  const spelling = [row.name, ...row.variants].find((v) => line.includes(normaliseLine(v))) ?? row.name;
  const at = line.indexOf(normaliseLine(spelling));
  if (at < 0) return line.slice(0, 30);
  const from = Math.max(0, at - 14);
  return `${from > 0 ? '…' : ''}${line.slice(from, at + spelling.length + 14)}${at + spelling.length + 14 < line.length ? '…' : ''}`;
}

if (asMarkdown) {
  const md = [];
  md.push('| kind | names | mapped | excluded (reason given) | missing |', '| --- | ---: | ---: | ---: | ---: |');
  for (const kind of KINDS) {
    const k = report.byKind[kind];
    if (k && k.total > 0)
      md.push(`| ${KIND_LABELS[kind] ?? kind} | ${k.total} | ${k.mapped} | ${k.excluded} | ${k.missing} |`);
  }
  const t = report.totals;
  md.push(`| **total** | **${t.total}** | **${t.mapped}** | **${t.excluded}** | **${t.missing}** |`, '');
  const cats = Object.entries(counts.byCategory).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  md.push('| category | features |', '| --- | ---: |');
  for (const [category, n] of cats) md.push(`| \`${category}\` | ${n} |`);
  md.push(`| **total** | **${counts.total}** |`, '');
  md.push('| file | features |', '| --- | ---: |');
  for (const [file, n] of Object.entries(counts.byFile)) md.push(`| plan/${file} | ${n} |`);
  md.push('');
  md.push(
    `Accuracy: ${Object.entries(counts.byAccuracy)
      .map(([a, n]) => `${a} ${n}`)
      .join(' · ')}.`,
  );
  md.push('', ...fidelityLines(fidelity).map((l) => `- ${l}`));
  console.log(md.join('\n'));
} else if (asJson) {
  console.log(
    JSON.stringify(
      {
        seedsDir: dir,
        seeds: seeds.map((s) => s.id),
        totals: report.totals,
        byKind: report.byKind,
        names: report.rows.map((r) => ({ ...r, context: context(r) })),
        unusedExclusions: report.unusedExclusions,
        geodata: counts,
        fidelity,
      },
      null,
      2,
    ),
  );
} else {
  const at = (o) => `${o.file}:${o.line}`;
  const out = [];
  out.push('株洲规划一张图 · coverage of the seeds by geodata/plan');
  out.push(
    `seeds ${dir} (${seeds.map((s) => s.id).join(' ')}) · ${counts.total} features in ${Object.keys(counts.byFile).length} plan files · ${Object.keys(exclusions).filter((k) => !k.startsWith('$')).length} exclusions`,
  );
  out.push('');
  out.push(
    `${pad('kind', 28)}${padLeft('names', 7)}${padLeft('mapped', 8)}${padLeft('excluded', 10)}${padLeft('missing', 9)}`,
  );
  for (const kind of KINDS) {
    const k = report.byKind[kind];
    if (!k || k.total === 0) continue;
    out.push(
      `${pad(KIND_LABELS[kind] ?? kind, 28)}${padLeft(String(k.total), 7)}${padLeft(String(k.mapped), 8)}${padLeft(String(k.excluded), 10)}${padLeft(String(k.missing), 9)}`,
    );
  }
  const t = report.totals;
  out.push(
    `${pad('total', 28)}${padLeft(String(t.total), 7)}${padLeft(String(t.mapped), 8)}${padLeft(String(t.excluded), 10)}${padLeft(String(t.missing), 9)}`,
  );

  const missing = report.rows.filter((r) => r.status === 'missing');
  out.push('');
  out.push(`── Unmapped, no reason (${missing.length}) — map it, or give a reason in geodata/coverage-exclusions.json`);
  for (const r of missing) out.push(`  ${pad(r.kind, 14)}${pad(r.name, 34)}${pad(at(r.first), 10)}${context(r)}`);

  const excluded = report.rows.filter((r) => r.status === 'excluded');
  out.push('');
  out.push(`── Unmapped, with reason (${excluded.length})`);
  for (const r of excluded) out.push(`  ${pad(r.kind, 14)}${pad(r.name, 34)}${pad(at(r.first), 10)}${r.reason}`);

  const mapped = report.rows.filter((r) => r.status === 'mapped');
  out.push('');
  out.push(
    `── Mapped (${mapped.length})  [match: exact name · alias · normalised (brackets/qualifiers dropped) · contains]`,
  );
  for (const r of mapped) {
    const m = r.match;
    out.push(
      `  ${pad(r.kind, 14)}${pad(r.name, 34)}${pad(at(r.first), 10)}→ ${m.id} (${m.category}, ${m.file}) [${m.type}]`,
    );
  }

  const multiple = mapped.filter((r) => r.match.others.length > 0);
  if (multiple.length > 0) {
    out.push('');
    out.push(
      `── Names that more than one feature carries (${multiple.length}) — the same place drawn twice, or a shared alias`,
    );
    for (const r of multiple) out.push(`  ${pad(r.name, 34)}${[r.match.id, ...r.match.others].join(' · ')}`);
  }

  const redundant = [...new Set(report.rows.filter((r) => r.redundantExclusion).map((r) => r.redundantExclusion))];
  if (redundant.length > 0) {
    out.push('');
    out.push(
      `── Exclusion entries that also name mapped places (${redundant.length}) — usually a helper's note that another layer maps them`,
    );
    out.push(`  ${redundant.join(' · ')}`);
  }
  const unused = report.unusedExclusions.filter((n) => !redundant.includes(n));
  if (unused.length > 0) {
    out.push('');
    out.push(`── Exclusion entries for names the extractor does not look for (${unused.length}) — kept for the record`);
    out.push(`  ${unused.join(' · ')}`);
  }

  out.push('');
  out.push(`── geodata/plan features by category (${counts.total})`);
  for (const [category, n] of Object.entries(counts.byCategory).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )) {
    out.push(`  ${pad(category, 18)}${padLeft(String(n), 5)}`);
  }
  out.push(
    `── by file: ${Object.entries(counts.byFile)
      .map(([f, n]) => `${f} ${n}`)
      .join(' · ')}`,
  );
  out.push(
    `── by accuracy: ${Object.entries(counts.byAccuracy)
      .map(([a, n]) => `${a} ${n}`)
      .join(' · ')}`,
  );
  out.push('');
  out.push('── fidelity (npm test: tests/unit/fidelity.test.ts)');
  for (const line of fidelityLines(fidelity)) out.push(`  ${line}`);
  console.log(out.join('\n'));
}

if (strict && report.totals.missing > 0) {
  console.error(`coverage-report --strict: ${report.totals.missing} name(s) unmapped without a reason`);
  process.exit(1);
}
