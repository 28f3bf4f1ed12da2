/**
 * Feature search over names, aliases and English names, in Chinese characters, full pinyin and pinyin
 * initials ("tianxin", "txgd" → 田心轨道城), with fuzzy matching for typos. Pure (no DOM, no React).
 *
 * Pinyin comes from pinyin-pro (context-aware for polyphones: 长沙 chang, 重庆 chong); fuzzy matching from
 * fuse.js. Ranking: exact name > name prefix > pinyin/initials/English prefix > substring at a word or
 * syllable boundary > fuzzy. The exact tiers are a linear scan over precomputed lower-case strings (cheap at
 * 10,000 features); fuse.js only runs when they found fewer than `limit` results.
 */
import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import type { PlanFeature } from '../geo/schema';

export interface SearchResult<F extends PlanFeature = PlanFeature> {
  feature: F;
  /** Lower is better. 0 exact … 4 boundary substring; 5–6 fuzzy. */
  score: number;
  /** Which text matched (the name, an alias or the English name), for the result list. */
  matched: string;
  via: 'name' | 'alias' | 'name_en' | 'pinyin' | 'initials' | 'fuzzy';
}

interface NameEntry {
  text: string;
  lower: string;
  /** normalizeQuery(text). */
  norm: string;
  /** Full pinyin, lower-case, no separators: "tianxinguidaocheng". */
  full: string;
  /** Offsets in `full` where a syllable (or a non-Chinese word) starts. */
  starts: number[];
  /** Initials: "txgdc". */
  initials: string;
  kind: 'name' | 'alias';
}

interface Entry<F extends PlanFeature> {
  feature: F;
  names: NameEntry[];
  en: string;
  /** Offsets in `en` where words start. */
  enStarts: number[];
  /** Joined fields for fuse.js. */
  fuzzyZh: string;
  fuzzyPinyin: string;
  fuzzyEn: string;
}

export interface SearchIndex<F extends PlanFeature = PlanFeature> {
  entries: Entry<F>[];
  /** Whether fuzzy matching is on. */
  fuzzy: boolean;
  /** Bigram → entries holding it (names, pinyin, English), to pick fuzzy candidates without a full scan. */
  bigrams: Map<string, Int32Array>;
  size: number;
  /** fuse.js over every entry, built on first use when the index is small (≤ FULL_FUSE_MAX). */
  fullFuse?: Fuse<Entry<F>>;
}

/**
 * Up to this many entries fuse.js searches them all (its index is built once, a search takes ~1 ms); above
 * it, only the FUZZY_CANDIDATES entries sharing the most bigrams with the query (a fresh fuse.js each time).
 */
const FULL_FUSE_MAX = 2000;
const FUZZY_CANDIDATES = 300;

const FUSE_OPTIONS = {
  keys: [
    { name: 'fuzzyZh', weight: 1 },
    { name: 'fuzzyPinyin', weight: 0.8 },
    { name: 'fuzzyEn', weight: 0.8 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** The distinct character bigrams of a string (one "bigram" for a single character). */
function bigramsOf(text: string, into: Set<string>): void {
  const chars = Array.from(text);
  if (chars.length === 1) into.add(chars[0]!);
  for (let i = 1; i < chars.length; i++) into.add(chars[i - 1]! + chars[i]!);
}

const HAN = /\p{Script=Han}/u;

/** Lower-case, drop spaces and punctuation (keeps letters, digits and Chinese characters). */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Pinyin of a name: full syllables joined, the syllable start offsets, and initials. */
export interface PinyinInfo {
  full: string;
  starts: number[];
  initials: string;
}

const PINYIN_OPTIONS = { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true } as const;
/** Joins names for one pinyin-pro call (a control character: never in a name, never Chinese, so runs break there). */
const SEPARATOR = '\u0001';

/**
 * Pinyin of many names in one pinyin-pro call (about ten times faster than a call per name: its set-up dominates).
 * Non-Chinese runs are kept as words ("S1线" → full "s1xian", initials "s1x").
 */
export function pinyinOfMany(texts: readonly string[]): PinyinInfo[] {
  const out: PinyinInfo[] = [];
  let current: PinyinInfo = { full: '', starts: [], initials: '' };
  const words = (text: string) => {
    // A non-Chinese run may hold several words ("S1 东"): each is a word start.
    for (const word of text
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)) {
      if (!word) continue;
      current.starts.push(current.full.length);
      current.full += word;
      current.initials += word;
    }
  };
  for (const part of pinyin(texts.map((t) => t.replaceAll(SEPARATOR, ' ')).join(SEPARATOR), PINYIN_OPTIONS)) {
    if (part.isZh) {
      const syllable = part.pinyin.toLowerCase();
      if (!syllable) continue;
      current.starts.push(current.full.length);
      current.full += syllable;
      current.initials += syllable[0];
      continue;
    }
    part.origin.split(SEPARATOR).forEach((piece, i) => {
      if (i > 0) {
        out.push(current);
        current = { full: '', starts: [], initials: '' };
      }
      words(piece);
    });
  }
  out.push(current);
  return out;
}

const EMPTY_PINYIN: PinyinInfo = Object.freeze({ full: '', starts: [], initials: '' }) as PinyinInfo;

/** Pinyin of one name (see pinyinOfMany). */
export function pinyinOf(text: string): PinyinInfo {
  return pinyinOfMany([text])[0]!;
}

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i]!) && (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!))) starts.push(i);
  }
  return starts;
}

/** Position of `needle` in `hay` starting at one of `starts`, or -1. */
function indexAtBoundary(hay: string, needle: string, starts: readonly number[]): number {
  let from = hay.indexOf(needle);
  while (from !== -1) {
    if (starts.includes(from)) return from;
    from = hay.indexOf(needle, from + 1);
  }
  return -1;
}

function nameEntry(text: string, kind: NameEntry['kind'], { full, starts, initials }: PinyinInfo): NameEntry {
  return { text, lower: text.toLowerCase(), norm: normalizeQuery(text), full, starts, initials, kind };
}

export interface SearchIndexOptions {
  /** Fuzzy matching with fuse.js for typos (default true). */
  fuzzy?: boolean;
}

/** Pinyin given with the data ("shuang jiang cun": one syllable per character), read without pinyin-pro. */
export function pinyinFromSyllables(syllables: string): PinyinInfo {
  const info: PinyinInfo = { full: '', starts: [], initials: '' };
  for (const syllable of syllables.split(' ')) {
    if (!syllable) continue;
    info.starts.push(info.full.length);
    info.full += syllable;
    info.initials += syllable[0];
  }
  return info;
}

/** An entry may bring its names' pinyin (name, then aliases, in order), e.g. from the search gazetteer. */
export type Searchable = PlanFeature & { pinyin?: readonly PinyinInfo[] };

/** Builds the index once per data load (pinyin for every name and alias not given with the data). */
export function buildSearchIndex<F extends Searchable>(
  features: readonly F[],
  options: SearchIndexOptions = {},
): SearchIndex<F> {
  // Every name and alias still without pinyin in one pinyin call, in order.
  const computed = pinyinOfMany(
    features.filter((f) => !f.pinyin).flatMap((f) => [f.properties.name, ...(f.properties.aliases ?? [])]),
  );
  let next = 0;
  const pinyinOfName = (feature: F, i: number) =>
    feature.pinyin?.[i] ?? (feature.pinyin ? EMPTY_PINYIN : computed[next++]!);
  const entries = features.map((feature): Entry<F> => {
    const p = feature.properties;
    const names = [
      nameEntry(p.name, 'name', pinyinOfName(feature, 0)),
      ...(p.aliases ?? []).map((alias, i) => nameEntry(alias, 'alias', pinyinOfName(feature, i + 1))),
    ];
    // English names: drop punctuation but keep word gaps, so "Tianxin Rail" matches "tianxin rail".
    const en = p.name_en
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return {
      feature,
      names,
      en,
      enStarts: wordStarts(en),
      fuzzyZh: names.map((n) => n.text).join(' '),
      fuzzyPinyin: names.map((n) => n.full).join(' '),
      fuzzyEn: en,
    };
  });
  const postings = new Map<string, number[]>();
  const grams = new Set<string>();
  entries.forEach((entry, id) => {
    grams.clear();
    for (const name of entry.names) {
      bigramsOf(name.norm, grams);
      bigramsOf(name.full, grams);
    }
    bigramsOf(entry.en.replace(/ /g, ''), grams);
    for (const gram of grams) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      list.push(id);
    }
  });
  const bigrams = new Map<string, Int32Array>();
  for (const [gram, list] of postings) bigrams.set(gram, Int32Array.from(list));
  return { entries, fuzzy: options.fuzzy !== false, bigrams, size: entries.length };
}

export interface SearchOptions {
  limit?: number;
  /** Restrict results (e.g. to the currently filtered features). */
  accept?: (feature: PlanFeature) => boolean;
}

/** Best exact-tier match of one entry, or null. */
function exactMatch<F extends PlanFeature>(
  entry: Entry<F>,
  raw: string,
  q: string,
  enQuery: string,
  hasHan: boolean,
): Omit<SearchResult<F>, 'feature'> | null {
  let best: Omit<SearchResult<F>, 'feature'> | null = null;
  const consider = (score: number, matched: string, via: SearchResult['via']) => {
    if (!best || score < best.score) best = { score, matched, via };
  };
  for (const name of entry.names) {
    const via = name.kind;
    if (name.lower === raw || name.norm === q) consider(0, name.text, via);
    else if (name.lower.startsWith(raw)) consider(1, name.text, via);
    else if (raw.length > 0 && name.lower.includes(raw)) consider(hasHan ? 2 : 4, name.text, via);
    if (hasHan || q.length === 0) continue;
    // Latin query: pinyin and initials.
    if (name.full === q) consider(0.5, name.text, 'pinyin');
    else if (name.full.startsWith(q)) consider(2, name.text, 'pinyin');
    else if (name.initials.startsWith(q)) consider(q.length >= 2 ? 2.5 : 3.5, name.text, 'initials');
    else if (q.length >= 2 && indexAtBoundary(name.full, q, name.starts) !== -1) consider(3, name.text, 'pinyin');
  }
  if (!hasHan && enQuery.length > 0) {
    if (entry.en === enQuery) consider(0.5, entry.feature.properties.name_en, 'name_en');
    else if (entry.en.startsWith(enQuery)) consider(2, entry.feature.properties.name_en, 'name_en');
    else if (indexAtBoundary(entry.en, enQuery, entry.enStarts) !== -1)
      consider(3, entry.feature.properties.name_en, 'name_en');
  }
  return best;
}

/**
 * fuse.js over the entries sharing the most bigrams with the query (all entries when the index is small):
 * fuse scans every item it holds, which at 10,000 features takes ~70 ms; the bigram prefilter keeps it
 * to a few hundred candidates.
 */
function fuzzyHits<F extends PlanFeature>(index: SearchIndex<F>, pattern: string, q: string, limit: number) {
  if (index.size <= FULL_FUSE_MAX) {
    index.fullFuse ??= new Fuse(index.entries, FUSE_OPTIONS);
    return index.fullFuse.search(pattern, { limit });
  }
  let candidates: Entry<F>[];
  {
    const grams = new Set<string>();
    bigramsOf(q, grams);
    const counts = new Uint16Array(index.size);
    const touched: number[] = [];
    for (const gram of grams) {
      const list = index.bigrams.get(gram);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const id = list[k]!;
        if (counts[id] === 0) touched.push(id);
        counts[id]! += 1;
      }
    }
    // A typo changes up to two bigrams: require about half of them.
    const needed = Math.max(1, Math.ceil(grams.size / 2));
    const kept = touched.filter((id) => counts[id]! >= needed);
    kept.sort((a, b) => counts[b]! - counts[a]! || a - b);
    candidates = kept.slice(0, FUZZY_CANDIDATES).map((id) => index.entries[id]!);
  }
  if (candidates.length === 0) return [];
  return new Fuse(candidates, FUSE_OPTIONS).search(pattern, { limit });
}

/** Length of the common start of two strings. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Ranked results for a query; [] for an empty query. */
export function search<F extends PlanFeature>(
  index: SearchIndex<F>,
  query: string,
  options: SearchOptions = {},
): SearchResult<F>[] {
  const limit = options.limit ?? 20;
  const raw = query.normalize('NFKC').trim().toLowerCase();
  const q = normalizeQuery(query);
  if (!q) return [];
  const hasHan = HAN.test(q);
  const enQuery = raw.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const results: SearchResult<F>[] = [];
  const seen = new Set<F>();
  // Among equal matches, the feature whose own name starts like the query comes first: "株洲站" is an alias
  // of both 株洲综合客运枢纽（株洲火车站） and 长株潭城际株洲站, and the main station is the one meant.
  const lead = new Map<F, number>();
  for (const entry of index.entries) {
    if (options.accept && !options.accept(entry.feature)) continue;
    const match = exactMatch(entry, raw, q, enQuery, hasHan);
    if (match) {
      results.push({ feature: entry.feature, ...match });
      seen.add(entry.feature);
      const main = entry.names[0]!;
      lead.set(
        entry.feature,
        hasHan ? commonPrefix(main.norm, q) : Math.max(commonPrefix(main.full, q), commonPrefix(entry.en, enQuery)),
      );
    }
  }
  if (results.length < limit && index.fuzzy && q.length >= 2) {
    for (const hit of fuzzyHits(index, hasHan ? q : raw, q, limit * 2)) {
      const feature = hit.item.feature;
      if (seen.has(feature) || (options.accept && !options.accept(feature))) continue;
      seen.add(feature);
      results.push({ feature, score: 5 + (hit.score ?? 1), matched: feature.properties.name, via: 'fuzzy' });
    }
  }
  // Stable ranking: score, then the main name's agreement with the query, then shorter names (a closer match), then the name itself.
  results.sort(
    (a, b) =>
      a.score - b.score ||
      (lead.get(b.feature) ?? 0) - (lead.get(a.feature) ?? 0) ||
      a.matched.length - b.matched.length ||
      a.feature.properties.name.localeCompare(b.feature.properties.name, 'zh'),
  );
  return results.slice(0, limit);
}
