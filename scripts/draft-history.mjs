#!/usr/bin/env node
/**
 * Drafts the dated status history of the tracked features (geodata/sources/history/*.json) from the seeds: every
 * line of a seed that names a feature (its name or an alias of at least three characters, OCR errors corrected for
 * the match) becomes one entry, dated by its seed file, with the clause that names it as the quote and a status read
 * from that clause's own words. The draft is a starting point: it is reviewed by hand, and the reviewed table is
 * what the app is built from (scripts/build-history.mjs). It never overwrites a reviewed entry.
 *
 *   node scripts/draft-history.mjs              print what it would add
 *   node scripts/draft-history.mjs --write      add the new entries to geodata/sources/history/*.json
 *
 * Dates: 001 (the plan, adopted January 2021) = 2021; 000 (the bureau's review of 2021–2025) = 2025; 003 (the
 * district interviews of December 2024) = 2024-12; 002 (December 2025) = 2025-12; 004 (news of February 2026) =
 * 2026-02. Lines 110–246 of 001 are the review of the 13th plan: what they name already existed in 2021.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/gazetteer.mjs';
import { HISTORY_TABLES, SEED_DATES, seedText } from './lib/history.mjs';

const write = process.argv.includes('--write');
const seeds = seedText(process.env.SEEDS_DIR ?? join(ROOT, '../shared/seeds'));
if (!seeds) {
  console.error('seeds not found (set SEEDS_DIR)');
  process.exit(1);
}
const OCR = [
  [/涑口|涪口|涠口/g, '渌口'],
  [/涑水/g, '渌水'],
  [/董家墩|董家垅/g, '董家塅'],
  [/洙水/g, '洣水'],
  [/南州/g, '南洲'],
];
const corrected = (s) => OCR.reduce((t, [re, to]) => t.replace(re, to), s);

/** The heading a line of a seed sits under (chapter and section of the plan; the article of a news file). */
function sectionOf(file, lines, lineNo) {
  let chapter = '';
  let part = '';
  let box = '';
  for (let i = lineNo - 1; i >= 0; i--) {
    const l = lines[i].trim();
    if (file === '001') {
      if (!box && /^专栏\s*\d+/.test(l) && lineNo - 1 - i <= 30 && !part) box = l.replace(/\s+/g, ' ').slice(0, 40);
      if (!part && /^第.{1,3}节/.test(l)) part = l.replace(/\s+/g, ' ');
      if (/^第.{1,3}章/.test(l)) {
        chapter = l.replace(/\s+/g, ' ');
        break;
      }
    } else if (/^——访/.test(l) || /^#{2,3} /.test(l)) {
      if (/^——访/.test(l)) {
        const title = lines
          .slice(Math.max(0, i - 3), i)
          .reverse()
          .find((t) => /^#{2,3} /.test(t.trim()));
        return `${title ? title.replace(/^#+\s*/, '').trim() : ''}${l}`.slice(0, 80);
      }
      return l.replace(/^#+\s*/, '').slice(0, 80);
    }
  }
  if (file === '001') return [chapter, part, box].filter(Boolean).join(' ');
  if (file === '000') return '经纬锦绣绘新城——株洲市自然资源和规划工作引领“十四五”高质量发展纪实';
  return (
    lines
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 60) ?? ''
  );
}

const COMPLETED =
  /(建成|竣工|投产|通车|开园|开业|投运|投入使用|落成|完工|揭牌|挂牌成立|获批|正式运营|建设完成|已完成|开通)/;
const FUTURE = /(力争|确保|将|计划|预计|推动|争取|加快|启动|目标|打造|规划|谋划|推进|储备|要)/;
const PLANNED = /(启动|谋划|储备|争取|力争|规划|签约|计划|拟|筹建|前期)/;
const STARTED = /(开工|在建|加快建设|建设中|动工|落地|加快推进|续建|推进|二期|施工)/;

/** The status a news clause states; null when it names the feature without one. */
function classifyNews(quote) {
  const m = quote.match(COMPLETED);
  if (m && !FUTURE.test(quote.slice(0, m.index))) return 'completed';
  if (PLANNED.test(quote)) return 'planned';
  if (STARTED.test(quote)) return 'under_construction';
  return null;
}

/** The clause of `text` around [start, end): split at 。；！ and, when long, narrowed to its comma-parts. */
function clauseAround(text, start, end) {
  let a = start;
  let b = end;
  while (a > 0 && !/[。；！？\n]/.test(text[a - 1])) a--;
  while (b < text.length && !/[。；！？\n]/.test(text[b])) b++;
  if (b - a <= 70) return [a, b];
  // narrow to comma-parts around the name, keeping a status word when there is one
  let a2 = start;
  let b2 = end;
  while (a2 > a && !/[，,：]/.test(text[a2 - 1])) a2--;
  while (b2 < b && !/[，,：]/.test(text[b2])) b2++;
  if (b2 - a2 > 70) {
    a2 = Math.max(a2, start - 30);
    b2 = Math.min(b2, end + 30);
  }
  return [a2, b2];
}

const tables = Object.fromEntries(
  HISTORY_TABLES.map((t) => {
    const path = join(ROOT, 'geodata/sources/history', t.file);
    return [t.file, existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { $comment: t.comment }];
  }),
);

let added = 0;
for (const table of HISTORY_TABLES) {
  const out = tables[table.file];
  for (const sourceFile of table.features) {
    const features = JSON.parse(readFileSync(join(ROOT, 'geodata/sources/features', sourceFile), 'utf8')).features;
    for (const f of features.filter(table.include)) {
      const names = [f.name, ...(f.aliases ?? [])]
        .map((n) => corrected(n))
        .filter((n) => [...n].length >= 3 || /[A-Za-z]/.test(n));
      const known = [f.source, ...(f.more_sources ?? [])];
      const hits = new Map();
      for (const [file, text] of Object.entries(seeds)) {
        const lines = text.split('\n');
        lines.forEach((raw, i) => {
          const line = corrected(raw);
          for (const n of names) {
            const at = line.indexOf(n);
            if (at < 0) continue;
            const key = `${file}:${i + 1}`;
            if (hits.has(key)) continue;
            const [a, b] = clauseAround(line, at, at + n.length);
            hits.set(key, { file, line: i + 1, quote: raw.slice(a, b).trim(), lines });
          }
        });
      }
      // the table's own sources, also where no name matches (e.g. an enumeration that abbreviates)
      for (const s of known) {
        const key = `${s.file}:${s.line}`;
        if (!hits.has(key))
          hits.set(key, { file: s.file, line: s.line, quote: s.quote, lines: seeds[s.file].split('\n') });
      }
      const entries = out[f.id] ?? [];
      const have = new Set(entries.map((e) => `${e.source.file}:${e.source.line}`));
      for (const [key, h] of [...hits].sort(
        ([, x], [, y]) => SEED_DATES[x.file].localeCompare(SEED_DATES[y.file]) || x.line - y.line,
      )) {
        if (have.has(key)) continue;
        let status;
        if (h.file === '001') {
          if (h.line >= 110 && h.line <= 246) status = 'existing';
          else if (f.status === 'existing') status = 'existing';
          else if (/(争取|谋划|研究|探索|前期)/.test(h.quote)) status = 'proposed';
          else status = 'planned';
        } else status = classifyNews(h.quote) ?? 'reported';
        entries.push({
          date: SEED_DATES[h.file],
          status,
          source: { file: h.file, section: sectionOf(h.file, h.lines, h.line), line: h.line, quote: h.quote },
        });
        added += 1;
        if (!write) console.log(f.id, SEED_DATES[h.file], status, `${h.file}:${h.line}`, h.quote);
      }
      if (entries.length) out[f.id] = entries;
    }
  }
}
if (write) {
  for (const [file, data] of Object.entries(tables)) {
    writeFileSync(join(ROOT, 'geodata/sources/history', file), `${JSON.stringify(data, null, 1)}\n`);
  }
}
console.log(`${added} entries ${write ? 'added' : 'to add'}`);
void readdirSync;
