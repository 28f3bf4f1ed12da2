/** The filter's link parameters (f.*): writing a FilterState into URL parameters and reading it back, with notices. */
import { emptyFilter, type FilterState } from '../../catalog/filter';
import { CHAIN_BY_ID } from '../../catalog/industries';
import { ACCURACY, CATEGORIES, DISTRICTS, DISTRICT_SLUGS, SCOPES, STATUS, ZONES } from '../../geo/vocabulary';
import type { District, Scope } from '../../geo/schema';

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

/** Reads the filter from a query string ("?cat=…&d=…" or without "?"). */
export function decodeFilter(search: string): FilterReadResult {
  return readFilterParams(new URLSearchParams(search.startsWith('?') ? search.slice(1) : search));
}
