/**
 * The planner filter: which features every layer, list and statistic shows. Pure (no DOM, no React).
 *
 * Semantics: within one field the chosen values are alternatives (OR); across fields they all must hold
 * (AND). An empty field does not filter. A feature that lacks a filtered property (a river has no status,
 * a mountain no year) does not match once that property is filtered: "planned, 2023" lists planned 2023
 * things, not every river as well.
 */
import { ACCURACY, CATEGORIES, DISTRICTS, SCOPES, STATUS, ZONES } from '../geo/vocabulary';
import type { Accuracy, Category, District, PlanFeature, PlanProperties, Scope, Status, Zone } from '../geo/schema';
import { districtsOf, featureScopes } from '../geo/scope';

// ── Industries: the "3+5+2" system ───────────────────────────────────────────────────────────────────

export type IndustryGroup = 'power' | 'emerging' | 'traditional';
export interface IndustryChain {
  id: string;
  group: IndustryGroup;
  zh: string;
  en: string;
  /**
   * Substrings of the industry names parks and projects use (专栏12 says "电子信息", "纺织服饰",
   * "人工智能与大数据", …) that belong to this chain.
   */
  match: readonly string[];
}

/**
 * "构建涵盖三大动力产业、五大新兴产业、两大传统产业的'3+5+2'产业集群" (seed 001, 第六章 第一节, line ~482):
 * 3 动力产业 轨道交通 / 航空航天 / 新能源汽车; 5 新兴产业 新一代信息技术 / 新材料 / 新能源与节能环保 /
 * 生物医药与大健康 / 新型功能玻璃; 2 传统产业 陶瓷 / 服饰.
 */
export const INDUSTRY_CHAINS: readonly IndustryChain[] = [
  { id: 'rail', group: 'power', zh: '轨道交通', en: 'Rail transit equipment', match: ['轨道交通', '轨道'] },
  {
    id: 'aero',
    group: 'power',
    zh: '航空航天',
    en: 'Aerospace',
    match: ['航空', '航天', '通用航空', '通航', '低空'],
  },
  {
    id: 'nev',
    group: 'power',
    zh: '新能源汽车',
    en: 'New-energy vehicles',
    match: ['新能源汽车', '汽车', '智能网联'],
  },
  {
    id: 'it',
    group: 'emerging',
    zh: '新一代信息技术',
    en: 'Next-generation IT',
    match: ['信息技术', '电子信息', '人工智能', '大数据', '数字', '物联网', '计算机', '软件', '北斗'],
  },
  { id: 'materials', group: 'emerging', zh: '新材料', en: 'New materials', match: ['新材料', '硬质合金', '材料'] },
  {
    id: 'energy',
    group: 'emerging',
    zh: '新能源与节能环保',
    en: 'New energy and environmental protection',
    match: ['新能源与节能环保', '节能环保', '新能源', '环保', '储能'],
  },
  {
    id: 'bio',
    group: 'emerging',
    zh: '生物医药与大健康',
    en: 'Biomedicine and health',
    match: ['生物医药', '医药', '大健康', '医疗'],
  },
  { id: 'glass', group: 'emerging', zh: '新型功能玻璃', en: 'Functional glass', match: ['玻璃'] },
  { id: 'ceramics', group: 'traditional', zh: '陶瓷', en: 'Ceramics', match: ['陶瓷'] },
  { id: 'apparel', group: 'traditional', zh: '服饰', en: 'Apparel', match: ['服饰', '服装', '纺织'] },
];
const CHAIN_BY_ID = new Map(INDUSTRY_CHAINS.map((chain) => [chain.id, chain]));

/** The chain an industry name belongs to, or null ("包装", "绿色食品" are outside the 3+5+2 system). */
const chainCache = new Map<string, IndustryChain | null>();

export function chainOfIndustry(industry: string): IndustryChain | null {
  const cached = chainCache.get(industry);
  if (cached !== undefined) return cached;
  // 新能源汽车 must not fall into 新能源: the longest matching key wins.
  let best: IndustryChain | null = null;
  let bestLength = 0;
  for (const chain of INDUSTRY_CHAINS) {
    for (const key of chain.match) {
      if (key.length > bestLength && industry.includes(key)) {
        best = chain;
        bestLength = key.length;
      }
    }
  }
  chainCache.set(industry, best);
  return best;
}

/**
 * Industry filter values: a chain id ("rail"), a group ("group:power"), or a literal industry name as the
 * data spells it ("绿色食品"). A feature matches when any of its industries matches any value.
 */
function industryMatches(industries: readonly string[] | undefined, values: readonly string[]): boolean {
  if (!industries || industries.length === 0) return false;
  for (const value of values) {
    if (value.startsWith('group:')) {
      const group = value.slice(6);
      if (industries.some((name) => chainOfIndustry(name)?.group === group)) return true;
    } else if (CHAIN_BY_ID.has(value)) {
      if (industries.some((name) => chainOfIndustry(name)?.id === value)) return true;
    } else if (industries.includes(value)) {
      return true;
    }
  }
  return false;
}

// ── Filter state ──────────────────────────────────────────────────────────────────────────────────────

export interface FilterState {
  categories: Category[];
  districts: District[];
  /** One plan scope or none. */
  scope: Scope | null;
  industries: string[];
  status: Status[];
  /** Inclusive year range; either end may be open. */
  yearFrom: number | null;
  yearTo: number | null;
  accuracy: Accuracy[];
  zones: Zone[];
}

export const EMPTY_FILTER: FilterState = Object.freeze({
  categories: [],
  districts: [],
  scope: null,
  industries: [],
  status: [],
  yearFrom: null,
  yearTo: null,
  accuracy: [],
  zones: [],
}) as FilterState;

export function emptyFilter(): FilterState {
  return { ...EMPTY_FILTER, categories: [], districts: [], industries: [], status: [], accuracy: [], zones: [] };
}

export function isFilterEmpty(state: FilterState): boolean {
  return activeFields(state).length === 0;
}

/** Number of active criteria (for a badge on the filter button). */
export function activeFilterCount(state: FilterState): number {
  return (
    state.categories.length +
    state.districts.length +
    (state.scope ? 1 : 0) +
    state.industries.length +
    state.status.length +
    (state.yearFrom !== null || state.yearTo !== null ? 1 : 0) +
    state.accuracy.length +
    state.zones.length
  );
}

/** The fields a facet count is computed for. */
export type FacetField = 'categories' | 'districts' | 'scope' | 'industries' | 'status' | 'year' | 'accuracy' | 'zones';
const FACET_FIELDS: readonly FacetField[] = [
  'categories',
  'districts',
  'scope',
  'industries',
  'status',
  'year',
  'accuracy',
  'zones',
];

/** One test per field; true when the field does not filter or the feature passes it. */
function fieldPasses(field: FacetField, p: PlanProperties, feature: PlanFeature, state: FilterState): boolean {
  switch (field) {
    case 'categories':
      return state.categories.length === 0 || state.categories.includes(p.category);
    case 'districts':
      return state.districts.length === 0 || districtsOf(p).some((d) => state.districts.includes(d));
    case 'scope':
      return state.scope === null || featureScopes(feature).includes(state.scope);
    case 'industries':
      return state.industries.length === 0 || industryMatches(p.industries, state.industries);
    case 'status':
      return state.status.length === 0 || (p.status !== undefined && state.status.includes(p.status));
    case 'year':
      if (state.yearFrom === null && state.yearTo === null) return true;
      if (p.year === undefined) return false;
      return (state.yearFrom === null || p.year >= state.yearFrom) && (state.yearTo === null || p.year <= state.yearTo);
    case 'accuracy':
      return state.accuracy.length === 0 || state.accuracy.includes(p.accuracy);
    case 'zones':
      return state.zones.length === 0 || (p.zone !== undefined && state.zones.includes(p.zone));
  }
}

/** Does one feature pass the whole filter? */
export function matchesFilter(feature: PlanFeature, state: FilterState): boolean {
  const p = feature.properties;
  for (const field of FACET_FIELDS) if (!fieldPasses(field, p, feature, state)) return false;
  return true;
}

/** The fields that filter at all in this state. */
function activeFields(state: FilterState): FacetField[] {
  return FACET_FIELDS.filter((field) => {
    if (field === 'year') return state.yearFrom !== null || state.yearTo !== null;
    if (field === 'scope') return state.scope !== null;
    return state[field].length > 0;
  });
}

/** The features that pass the filter (the same array when the filter is empty). */
export function applyFilters<F extends PlanFeature>(features: readonly F[], state: FilterState): F[] {
  const active = activeFields(state);
  if (active.length === 0) return features as F[];
  // Only the active fields are tested: at 10,000 features this is the hot loop.
  const out: F[] = [];
  outer: for (const feature of features) {
    const p = feature.properties;
    for (const field of active) if (!fieldPasses(field, p, feature, state)) continue outer;
    out.push(feature);
  }
  return out;
}

/** Features per category. */
export function countByCategory(features: readonly PlanFeature[]): Partial<Record<Category, number>> {
  const counts: Partial<Record<Category, number>> = {};
  for (const feature of features) {
    const category = feature.properties.category;
    counts[category] = (counts[category] ?? 0) + 1;
  }
  return counts;
}

export interface FacetCounts {
  categories: Partial<Record<Category, number>>;
  districts: Partial<Record<District, number>>;
  scope: Partial<Record<Scope, number>>;
  industries: Record<string, number>;
  status: Partial<Record<Status, number>>;
  accuracy: Partial<Record<Accuracy, number>>;
  zones: Partial<Record<Zone, number>>;
  /** Features with a year, per year. */
  years: Record<number, number>;
}

const bump = <K extends string | number>(record: Partial<Record<K, number>>, key: K) => {
  record[key] = (record[key] ?? 0) + 1;
};

/**
 * Counts for the filter panel: for each field, how many features each value would give if chosen, under all
 * the *other* active criteria (the usual faceted-search rule, so choosing one district still shows how many
 * the others hold). Industry counts are per 3+5+2 chain id.
 */
export function facetCounts(features: readonly PlanFeature[], state: FilterState): FacetCounts {
  const counts: FacetCounts = {
    categories: {},
    districts: {},
    scope: {},
    industries: {},
    status: {},
    accuracy: {},
    zones: {},
    years: {},
  };
  const fields = FACET_FIELDS;
  const fails: boolean[] = new Array(fields.length);
  for (const feature of features) {
    const p = feature.properties;
    let failCount = 0;
    for (let i = 0; i < fields.length; i++) {
      const failed = !fieldPasses(fields[i]!, p, feature, state);
      fails[i] = failed;
      if (failed) failCount++;
    }
    if (failCount > 1) continue;
    // Counted for field i when every other field passes.
    const countsFor = (i: number) => failCount === 0 || fails[i] === true;
    if (countsFor(0)) bump(counts.categories, p.category);
    if (countsFor(1)) for (const d of districtsOf(p)) bump(counts.districts, d);
    if (countsFor(2)) for (const s of featureScopes(feature)) bump(counts.scope, s);
    if (countsFor(3) && p.industries) {
      const chains = new Set(p.industries.map((name) => chainOfIndustry(name)?.id).filter((id) => id !== undefined));
      for (const chain of chains) bump(counts.industries, chain);
    }
    if (countsFor(4) && p.status) bump(counts.status, p.status);
    if (countsFor(5) && p.year !== undefined) bump(counts.years, p.year);
    if (countsFor(6)) bump(counts.accuracy, p.accuracy);
    if (countsFor(7) && p.zone) bump(counts.zones, p.zone);
  }
  return counts;
}

// ── URL encoding ──────────────────────────────────────────────────────────────────────────────────────

/**
 * URL parameters, all prefixed `f.` (ASCII slugs so a shared link stays readable; Chinese district and scope
 * names are accepted on input):
 *   f.cat=industrial_park,project   f.dist=hetang,tianyuan   f.scope=core|circle|corridor
 *   f.ind=rail,group:power,绿色食品   f.status=planned,under_construction
 *   f.year=2021-2025 (or 2021- / -2025 / 2023)   f.acc=official   f.zone=urban
 */
export const FILTER_PARAMS = {
  categories: 'f.cat',
  districts: 'f.dist',
  scope: 'f.scope',
  industries: 'f.ind',
  status: 'f.status',
  year: 'f.year',
  accuracy: 'f.acc',
  zones: 'f.zone',
} as const;
export const FILTER_PARAM_KEYS = Object.values(FILTER_PARAMS);

export const DISTRICT_SLUGS: Record<District, string> = {
  荷塘区: 'hetang',
  芦淞区: 'lusong',
  石峰区: 'shifeng',
  天元区: 'tianyuan',
  渌口区: 'lukou',
  醴陵市: 'liling',
  攸县: 'youxian',
  茶陵县: 'chaling',
  炎陵县: 'yanling',
};
export const SCOPE_SLUGS: Record<Scope, string> = { 一核: 'core', 一圈: 'circle', 一廊: 'corridor' };

const DISTRICT_BY_SLUG = new Map<string, District>(
  DISTRICTS.flatMap((d) => [
    [DISTRICT_SLUGS[d], d],
    [d, d],
  ]),
);
const SCOPE_BY_SLUG = new Map<string, Scope>(
  SCOPES.flatMap((s) => [
    [SCOPE_SLUGS[s], s],
    [s, s],
  ]),
);

const YEAR_MIN = 1949;
const YEAR_MAX = 2050;
const MAX_VALUES = 64;
const MAX_VALUE_LENGTH = 40;

export interface FilterNotice {
  code: 'malformed_filter';
  /** The parameters that were wrong, e.g. ["d=atlantis"]. */
  problems: string[];
}

export interface FilterReadResult {
  state: FilterState;
  notice: FilterNotice | null;
}

/** Writes the filter's parameters into `params` (removing the ones not in use). */
export function writeFilterParams(state: FilterState, params: URLSearchParams): void {
  for (const key of FILTER_PARAM_KEYS) params.delete(key);
  const list = (key: string, values: readonly string[]) => {
    if (values.length > 0) params.set(key, values.join(','));
  };
  list(FILTER_PARAMS.categories, state.categories);
  list(
    FILTER_PARAMS.districts,
    state.districts.map((d) => DISTRICT_SLUGS[d]),
  );
  if (state.scope) params.set(FILTER_PARAMS.scope, SCOPE_SLUGS[state.scope]);
  list(FILTER_PARAMS.industries, state.industries);
  list(FILTER_PARAMS.status, state.status);
  if (state.yearFrom !== null || state.yearTo !== null) {
    params.set(
      FILTER_PARAMS.year,
      state.yearFrom !== null && state.yearFrom === state.yearTo
        ? String(state.yearFrom)
        : `${state.yearFrom ?? ''}-${state.yearTo ?? ''}`,
    );
  }
  list(FILTER_PARAMS.accuracy, state.accuracy);
  list(FILTER_PARAMS.zones, state.zones);
}

/** The filter as a query string without "?" ("" when empty). */
export function encodeFilter(state: FilterState): string {
  const params = new URLSearchParams();
  writeFilterParams(state, params);
  return params.toString();
}

function parseList<T extends string>(
  key: string,
  raw: string,
  lookup: (value: string) => T | undefined,
  problems: string[],
): T[] {
  const values = raw.split(',').map((v) => v.trim());
  if (values.length > MAX_VALUES || values.some((v) => v.length === 0 || v.length > MAX_VALUE_LENGTH)) {
    problems.push(`${key}=${raw.slice(0, 40)}`);
    return [];
  }
  const out: T[] = [];
  for (const value of values) {
    const found = lookup(value);
    if (found === undefined) problems.push(`${key}=${value}`);
    else if (!out.includes(found)) out.push(found);
  }
  return out;
}

function parseYear(text: string): number | null | undefined {
  if (text === '') return null;
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T | undefined =>
    (values as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * Reads the filter from URL parameters. Any malformed filter parameter makes the whole filter fall back to
 * empty (a half-applied shared filter would silently show the wrong thing) and yields a notice naming it.
 * Parameters other than the filter's are ignored.
 */
export function readFilterParams(params: URLSearchParams): FilterReadResult {
  const problems: string[] = [];
  const state = emptyFilter();
  for (const key of FILTER_PARAM_KEYS) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    if (all.length > 1) problems.push(`${key} (repeated)`);
    const raw = all[0]!;
    switch (key) {
      case FILTER_PARAMS.categories:
        state.categories = parseList(key, raw, oneOf(CATEGORIES), problems);
        break;
      case FILTER_PARAMS.districts:
        state.districts = parseList(key, raw, (v) => DISTRICT_BY_SLUG.get(v), problems);
        break;
      case FILTER_PARAMS.scope: {
        const scope = SCOPE_BY_SLUG.get(raw.trim());
        if (scope) state.scope = scope;
        else problems.push(`${key}=${raw.slice(0, 40)}`);
        break;
      }
      case FILTER_PARAMS.industries:
        state.industries = parseList(
          key,
          raw,
          (v) =>
            CHAIN_BY_ID.has(v) || /^group:(power|emerging|traditional)$/.test(v) || /^[\p{Script=Han}]{2,12}$/u.test(v)
              ? v
              : undefined,
          problems,
        );
        break;
      case FILTER_PARAMS.status:
        state.status = parseList(key, raw, oneOf(STATUS), problems);
        break;
      case FILTER_PARAMS.year: {
        const match = /^(\d{0,4})-(\d{0,4})$/.exec(raw) ?? (/^\d{4}$/.test(raw) ? [raw, raw, raw] : null);
        const from = match ? parseYear(match[1]!) : undefined;
        const to = match ? parseYear(match[2]!) : undefined;
        if (from === undefined || to === undefined || (from === null && to === null) || (from ?? 0) > (to ?? 9999))
          problems.push(`${key}=${raw.slice(0, 40)}`);
        else {
          state.yearFrom = from;
          state.yearTo = to;
        }
        break;
      }
      case FILTER_PARAMS.accuracy:
        state.accuracy = parseList(key, raw, oneOf(ACCURACY), problems);
        break;
      case FILTER_PARAMS.zones:
        state.zones = parseList(key, raw, oneOf(ZONES), problems);
        break;
    }
  }
  if (problems.length > 0) return { state: emptyFilter(), notice: { code: 'malformed_filter', problems } };
  return { state, notice: null };
}

/**
 * The industry filter values that match nothing the data could ever have: literal names no feature lists (chain
 * ids and groups are always known). A link's `f.ind=不存在的产业` is checked once the data has loaded.
 */
export function unknownIndustries(
  values: readonly string[],
  features: readonly { properties: { industries?: readonly string[] } }[],
): string[] {
  const literal = values.filter((v) => !CHAIN_BY_ID.has(v) && !v.startsWith('group:'));
  if (literal.length === 0) return [];
  const names = new Set<string>();
  for (const f of features) for (const name of f.properties.industries ?? []) names.add(name);
  return literal.filter((v) => !names.has(v));
}

/** Reads the filter from a query string ("?cat=…&d=…" or without "?"). */
export function decodeFilter(search: string): FilterReadResult {
  return readFilterParams(new URLSearchParams(search.startsWith('?') ? search.slice(1) : search));
}

/** Toggles a value in one of the list fields (returns a new state). */
export function toggleValue<K extends 'categories' | 'districts' | 'industries' | 'status' | 'accuracy' | 'zones'>(
  state: FilterState,
  field: K,
  value: FilterState[K][number],
): FilterState {
  const current = state[field] as readonly string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [field]: next };
}
