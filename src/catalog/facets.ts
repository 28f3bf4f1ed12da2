/**
 * Counts for the filter panel: features per category, and per value of every filter field under the other
 * active criteria (faceted search).
 */
import type { Accuracy, Category, District, PlanFeature, Scope, Status, Zone } from '../geo/schema';
import { districtsOf, featureScopes } from '../geo/scope';
import { FACET_FIELDS, fieldPasses, type FilterState } from './filter';
import { chainOfIndustry } from './industries';

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
