/**
 * Plan tracking: what the plan promised in 2021 and what the dated reports say since, year by year. Pure: the
 * dated entries (geodata/history/history.json, built from geodata/sources/history/) go in; a feature's class in a
 * year, the sentence that decides it, the year it started and the year it was completed come out. Nothing here is
 * stored twice: every derived value is computed from the entries.
 */

/** The seed files, and what a sentence of one says of a feature. */
export type SeedFile = '000' | '001' | '002' | '003' | '004';
export type EntryStatus = 'existing' | 'planned' | 'proposed' | 'under_construction' | 'completed' | 'reported';

export interface HistorySource {
  file: SeedFile;
  section: string;
  line: number;
  quote: string;
}

export interface HistoryEntry {
  /** `YYYY` or `YYYY-MM`: the seed's date, or an earlier year the sentence itself names. */
  date: string;
  status: EntryStatus;
  source: HistorySource;
}

export interface HistoryFile {
  version: 1;
  seedDates: Record<SeedFile, string>;
  features: Record<string, HistoryEntry[]>;
}

/**
 * How the map draws a feature in a year. `planned` / `under_construction` / `completed` / `no_news` are for the
 * plan's listed projects (promised in 2021); `existing` = already there when the plan was written; `added` = not
 * in the plan, reported later.
 */
export type TrackClass = 'completed' | 'under_construction' | 'planned' | 'no_news' | 'existing' | 'added';
export const TRACK_CLASSES: readonly TrackClass[] = [
  'completed',
  'under_construction',
  'planned',
  'no_news',
  'existing',
  'added',
];

export const PLAN_YEAR = 2021;
export const LATEST_YEAR = 2026;
export const TRACK_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025, 2026];

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Promised by the plan: a sentence of the plan (001) that plans or proposes it. */
export const isListed = (entries: readonly HistoryEntry[]): boolean =>
  entries.some((e) => e.source.file === '001' && (e.status === 'planned' || e.status === 'proposed'));

const upTo = (entries: readonly HistoryEntry[], year: number) => entries.filter((e) => yearOf(e.date) <= year);
const isNews = (e: HistoryEntry) => e.source.file !== '001';

const isStart = (e: HistoryEntry) => e.status === 'under_construction' || e.status === 'completed';

/** The earliest-dated of `entries` (the first in the list among equal years); undefined for none. */
function earliest(entries: readonly HistoryEntry[]): HistoryEntry | undefined {
  let first: HistoryEntry | undefined;
  for (const e of entries) if (!first || yearOf(e.date) < yearOf(first.date)) first = e;
  return first;
}

/** The first sentence that says it was started (under construction) or completed. */
export const startedEntry = (entries: readonly HistoryEntry[]): HistoryEntry | undefined =>
  earliest(entries.filter(isStart));

/** The first sentence that says it was completed. */
export const completedEntry = (entries: readonly HistoryEntry[]): HistoryEntry | undefined =>
  earliest(entries.filter((e) => e.status === 'completed'));

/** The first year a report says it was started (under construction) or completed; null if none does. */
export function yearStarted(entries: readonly HistoryEntry[]): number | null {
  const e = startedEntry(entries);
  return e ? yearOf(e.date) : null;
}

/** The first year a report says it was completed; null if none does. */
export function yearCompleted(entries: readonly HistoryEntry[]): number | null {
  const e = completedEntry(entries);
  return e ? yearOf(e.date) : null;
}

/**
 * "Started or completed since `since`" (near me, issue 20 item 6): the latest stage a report dates in or after
 * that year — completed (from the first sentence saying so) before started — with its year and sentence. Null
 * when no sentence dates a start or completion in or after the year.
 */
export interface SinceStage {
  stage: 'completed' | 'started';
  year: number;
  entry: HistoryEntry;
}

export function stageSince(entries: readonly HistoryEntry[], since: number): SinceStage | null {
  const done = completedEntry(entries);
  if (done && yearOf(done.date) >= since) return { stage: 'completed', year: yearOf(done.date), entry: done };
  const start = startedEntry(entries);
  if (start && yearOf(start.date) >= since) {
    return { stage: start.status === 'completed' ? 'completed' : 'started', year: yearOf(start.date), entry: start };
  }
  return null;
}

/** The items kept by a "since" restriction, each with its stage, and how many were left out and why. */
export interface SinceRestriction<T> {
  kept: { item: T; since: SinceStage }[];
  /** No dated sentence says it was started or completed at all (no history, or none of that kind). */
  noNews: number;
  /** Started or completed, but before the year. */
  earlier: number;
}

/**
 * Restricts `items` (in their order) to those started or completed in or after `since`; `entriesOf` gives an
 * item's history (undefined when it has none). Items without a dated start or completion are counted as
 * `noNews`, those dated before the year as `earlier`.
 */
export function restrictSince<T>(
  items: readonly T[],
  entriesOf: (item: T) => readonly HistoryEntry[] | undefined,
  since: number,
): SinceRestriction<T> {
  const out: SinceRestriction<T> = { kept: [], noNews: 0, earlier: 0 };
  for (const item of items) {
    const entries = entriesOf(item) ?? [];
    const stage = stageSince(entries, since);
    if (stage) out.kept.push({ item, since: stage });
    else if (startedEntry(entries)) out.earlier += 1;
    else out.noNews += 1;
  }
  return out;
}

/** The feature's class in `year`; null when nothing dated speaks of it yet. */
export function classInYear(entries: readonly HistoryEntry[], year: number): TrackClass | null {
  return decide(entries, year)?.cls ?? null;
}

/** The class in `year` and the sentence that decides it (the one the table quotes). */
export function decide(
  entries: readonly HistoryEntry[],
  year: number,
): { cls: TrackClass; entry: HistoryEntry } | null {
  const known = upTo(entries, year);
  if (known.length === 0) return null;
  const last = <T>(list: T[]) => list[list.length - 1];
  const completed = known.find((e) => e.status === 'completed');
  const started = last(known.filter((e) => e.status === 'under_construction'));
  if (!isListed(entries)) {
    const plan = known.find((e) => e.source.file === '001');
    if (plan) return { cls: 'existing', entry: plan };
    return { cls: 'added', entry: completed ?? started ?? last(known)! };
  }
  if (completed) return { cls: 'completed', entry: completed };
  if (started) return { cls: 'under_construction', entry: started };
  const news = last(known.filter(isNews));
  if (news) return { cls: 'planned', entry: news };
  const promise = known.find((e) => e.source.file === '001' && e.status !== 'existing') ?? known[0]!;
  return { cls: year <= PLAN_YEAR ? 'planned' : 'no_news', entry: promise };
}

/** The plan's own sentence for a listed feature (its first promise). */
export const promise = (entries: readonly HistoryEntry[]): HistoryEntry | undefined =>
  entries.find((e) => e.source.file === '001' && (e.status === 'planned' || e.status === 'proposed'));

/** Where the plan lists it: the 专栏 when one of its plan sentences is in a 专栏 box, else the chapter. */
export function planGroup(entries: readonly HistoryEntry[]): string {
  const plan = entries.filter((e) => e.source.file === '001');
  const box = plan.map((e) => /专栏\s*\d+[^第]*/.exec(e.source.section)?.[0]).find(Boolean);
  if (box) return box.replace(/\s+/g, ' ').trim();
  const chapter = plan.map((e) => /第.{1,3}章\s*\S+/.exec(e.source.section)?.[0]).find(Boolean);
  return chapter ?? '—';
}

/** Counts of each class in a year over a set of histories (features without a class yet are left out). */
export function countClasses(histories: Iterable<readonly HistoryEntry[]>, year: number): Record<TrackClass, number> {
  const counts = Object.fromEntries(TRACK_CLASSES.map((c) => [c, 0])) as Record<TrackClass, number>;
  for (const entries of histories) {
    const cls = classInYear(entries, year);
    if (cls) counts[cls] += 1;
  }
  return counts;
}

/** Clamps a year to the tracked range; null for anything that is not an integer year. */
export function parseTrackYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const year = Number(text);
  return year >= TRACK_YEARS[0]! && year <= LATEST_YEAR ? year : null;
}
