/**
 * Plan tracking: the dated status history (geodata/sources/history → geodata/history/history.json) and the
 * statuses derived from it (src/geo/history.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/gazetteer.mjs';
import { buildHistory, seedText } from '../../scripts/lib/history.mjs';
import {
  classInYear,
  countClasses,
  decide,
  parseTrackYear,
  restrictSince,
  stageSince,
  yearCompleted,
  yearStarted,
  type HistoryEntry,
  type HistoryFile,
} from '../../src/geo/history';
import { trackingCodec } from '../../src/features/tracking/url';
import type { UrlReadResult } from '../../src/state/urlCodec';

const seeds = seedText(join(ROOT, '../shared/seeds'));
const built = buildHistory(ROOT, seeds);
const file = JSON.parse(readFileSync(join(ROOT, 'geodata/history/history.json'), 'utf8')) as HistoryFile;

describe('the history tables', () => {
  it('have no problems: known ids, dates, statuses and (with the seeds) every quote on its line', () => {
    expect(built.problems).toEqual([]);
  });

  it('are built: geodata/history/history.json is up to date (else: node scripts/build-history.mjs)', () => {
    expect(readFileSync(join(ROOT, 'geodata/history/history.json'), 'utf8')).toBe(built.text);
  });

  it('quote every entry verbatim at its seed line', () => {
    if (!seeds) return; // shared/ is beside the checkout in CI and development
    const lines = Object.fromEntries(Object.entries(seeds).map(([k, t]) => [k, t.split('\n')]));
    const squash = (s: string) => s.replace(/\s+/g, '');
    const off = Object.entries(file.features).flatMap(([id, entries]) =>
      entries
        .filter((e) => !squash(lines[e.source.file]?.[e.source.line - 1] ?? '').includes(squash(e.source.quote)))
        .map((e) => `${id} ${e.source.file}:${e.source.line}`),
    );
    expect(off).toEqual([]);
  });

  it('give at least 90 % of the key projects a dated entry', () => {
    const projects = JSON.parse(readFileSync(join(ROOT, 'geodata/sources/features/projects.json'), 'utf8'))
      .features as { id: string }[];
    const covered = projects.filter((p) => (file.features[p.id]?.length ?? 0) > 0).length;
    expect(covered / projects.length).toBeGreaterThanOrEqual(0.9);
  });

  it('state "completed" only where the sentence says so', () => {
    const words = /建成|竣工|投产|通车|落成|打通|重现清波|落地|建立|入驻|重组|开园|开业/;
    const unsaid = Object.entries(file.features).flatMap(([id, entries]) =>
      entries.filter((e) => e.status === 'completed' && !words.test(e.source.quote)).map(() => id),
    );
    expect(unsaid).toEqual([]);
  });

  it('use the plan (001) only for what was planned, proposed or already there, dated 2021', () => {
    const wrong = Object.values(file.features)
      .flat()
      .filter(
        (e) =>
          e.source.file === '001' && (!['planned', 'proposed', 'existing'].includes(e.status) || e.date !== '2021'),
      );
    expect(wrong).toEqual([]);
  });
});

const entry = (date: string, status: HistoryEntry['status'], file: HistoryEntry['source']['file']): HistoryEntry => ({
  date,
  status,
  source: { file, section: 's', line: 1, quote: 'q' },
});

describe('statuses derived from the history', () => {
  const promised = [entry('2021', 'planned', '001')];
  const built2025 = [...promised, entry('2024-12', 'under_construction', '003'), entry('2025-12', 'completed', '002')];

  it('a promise with no later sentence is planned in 2021 and "no news" after', () => {
    expect(classInYear(promised, 2021)).toBe('planned');
    expect(classInYear(promised, 2026)).toBe('no_news');
  });

  it('follows the dated sentences year by year', () => {
    expect([2021, 2023, 2024, 2025, 2026].map((y) => classInYear(built2025, y))).toEqual([
      'planned',
      'no_news',
      'under_construction',
      'completed',
      'completed',
    ]);
    expect(yearStarted(built2025)).toBe(2024);
    expect(yearCompleted(built2025)).toBe(2025);
    expect(decide(built2025, 2026)?.entry.source.file).toBe('002');
  });

  it('a restated plan is still planned (not no news); a mention never completes anything', () => {
    const restated = [...promised, entry('2026-02', 'reported', '004')];
    expect(classInYear(restated, 2025)).toBe('no_news');
    expect(classInYear(restated, 2026)).toBe('planned');
  });

  it('a project the plan does not list is "added" from its first report; one it found is "existing"', () => {
    const added = [entry('2024-12', 'completed', '003')];
    expect(classInYear(added, 2023)).toBeNull();
    expect(classInYear(added, 2024)).toBe('added');
    expect(classInYear([entry('2021', 'existing', '001')], 2026)).toBe('existing');
  });

  it('the counts change between 2021 and 2026 in the real data', () => {
    const c2021 = countClasses(Object.values(file.features), 2021);
    const c2026 = countClasses(Object.values(file.features), 2026);
    expect(c2021.completed).toBe(0);
    expect(c2026.completed).toBeGreaterThan(0);
    expect(c2026.no_news).toBeGreaterThan(0);
    expect(c2021).not.toEqual(c2026);
  });
});

describe('near me "since a year": restrictSince / stageSince (issue 20 item 6)', () => {
  const promised = [entry('2021', 'planned', '001')];
  const started2024 = [...promised, entry('2024-12', 'under_construction', '003')];
  const built2025 = [...started2024, entry('2025-12', 'completed', '002')];
  const built2018 = [entry('2018', 'completed', '004')];
  const restated = [...promised, entry('2026-02', 'reported', '004')];

  it('a completion in or after the year wins over a start; the stage names its year and sentence', () => {
    expect(stageSince(built2025, 2021)).toEqual({ stage: 'completed', year: 2025, entry: built2025[2] });
    expect(stageSince(built2025, 2025)?.stage).toBe('completed');
    expect(stageSince(built2025, 2026)).toBeNull();
    expect(stageSince(started2024, 2021)).toEqual({ stage: 'started', year: 2024, entry: started2024[1] });
    expect(stageSince(started2024, 2025)).toBeNull();
  });

  it('started before the year and completed after it is kept, as completed', () => {
    const long = [entry('2020', 'under_construction', '000'), entry('2025', 'completed', '000')];
    expect(stageSince(long, 2022)).toEqual({ stage: 'completed', year: 2025, entry: long[1] });
  });

  it('plans, restatements and mentions are never a start', () => {
    for (const entries of [promised, restated, [entry('2025', 'reported', '000')], []]) {
      expect(stageSince(entries, 2021)).toBeNull();
    }
  });

  it('keeps the order, and counts what it leaves out: no news vs. earlier than the year', () => {
    const items = [
      { id: 'a', h: started2024 },
      { id: 'b', h: promised },
      { id: 'c', h: built2018 },
      { id: 'd', h: undefined },
      { id: 'e', h: built2025 },
      { id: 'f', h: restated },
    ];
    const r = restrictSince(items, (i) => i.h, 2021);
    expect(r.kept.map((k) => [k.item.id, k.since.stage, k.since.year])).toEqual([
      ['a', 'started', 2024],
      ['e', 'completed', 2025],
    ]);
    expect(r).toMatchObject({ noNews: 3, earlier: 1 });
    // a later year keeps fewer; every item is either kept or counted
    const later = restrictSince(items, (i) => i.h, 2025);
    expect(later.kept.map((k) => k.item.id)).toEqual(['e']);
    expect(later).toMatchObject({ noNews: 3, earlier: 2 });
    for (const year of [2021, 2023, 2025, 2026]) {
      const x = restrictSince(items, (i) => i.h, year);
      expect(x.kept.length + x.noNews + x.earlier).toBe(items.length);
    }
  });

  it('in the real data: what is kept since 2021 has a dated start or completion at or after 2021', () => {
    const all = Object.entries(file.features);
    const r = restrictSince(all, ([, h]) => h, 2021);
    expect(r.kept.length).toBeGreaterThan(10);
    for (const { since } of r.kept) {
      expect(since.year).toBeGreaterThanOrEqual(2021);
      expect(['under_construction', 'completed']).toContain(since.entry.status);
      expect(since.entry.date.slice(0, 4)).toBe(String(since.year));
    }
    // 远东机械产业园 was completed in 2018 (the 2026 news says so): left out as earlier, not as "no news"
    const yuandong = restrictSince([file.features['proj-yuandong-machinery-park']], (h) => h, 2021);
    expect(yuandong).toMatchObject({ kept: [], noNews: 0, earlier: 1 });
    expect(restrictSince(all, ([, h]) => h, 2026).kept.length).toBeLessThan(r.kept.length);
  });
});

describe('the `year` link parameter', () => {
  const read = (search: string) => {
    const result: UrlReadResult = { patch: {}, rejected: [] };
    trackingCodec.read(new URLSearchParams(search), result);
    return result;
  };
  it('reads 2021–2026 and the comparison year', () => {
    expect(read('year=2024&cmp=2021').patch.tracking).toEqual({ year: 2024, compare: 2021 });
    expect(read('').patch.tracking).toEqual({ year: null, compare: null });
  });
  it('drops a malformed or out-of-range year with a notice', () => {
    for (const bad of ['2019', '20x1', '<b>', '2027']) {
      const result = read(`year=${encodeURIComponent(bad)}`);
      expect(result.patch.tracking?.year).toBeNull();
      expect(result.rejected).toEqual(['year']);
    }
    expect(parseTrackYear(' 2025 ')).toBe(2025);
  });
  it('writes year and cmp only when tracking is on', () => {
    const params = new URLSearchParams();
    trackingCodec.write({ tracking: { year: 2026, compare: 2021 } } as never, params);
    expect(params.toString()).toBe('year=2026&cmp=2021');
    const none = new URLSearchParams();
    trackingCodec.write({ tracking: { year: null, compare: null } } as never, none);
    expect(none.toString()).toBe('');
  });
});
