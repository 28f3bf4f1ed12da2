/** The planner filter's state and matching: which features every layer, list and statistic shows. Pure (no DOM, no React). */
/**
 * Semantics: within one field the chosen values are alternatives (OR); across fields they all must hold
 * (AND). An empty field does not filter. A feature that lacks a filtered property (a river has no status,
 * a mountain no year) does not match once that property is filtered: "planned, 2023" lists planned 2023
 * things, not every river as well.
 */
import type { Accuracy, Category, District, PlanFeature, PlanProperties, Scope, Status, Zone } from '../geo/schema';
import { districtsOf, featureScopes } from '../geo/scope';
import { industryMatches } from './industries';

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
export const FACET_FIELDS: readonly FacetField[] = [
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
export function fieldPasses(field: FacetField, p: PlanProperties, feature: PlanFeature, state: FilterState): boolean {
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
