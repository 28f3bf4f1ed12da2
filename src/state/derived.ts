/**
 * Values derived from the store. Kept out of the store itself so they can never disagree with their inputs.
 */
import { useMemo } from 'react';
import type { Category, PlanFeature } from '../geo/schema';
import { applyFilters } from '../catalog/filter';
import { useAppStore } from './store';

/** The features the map, lists and statistics show: all loaded features narrowed by the active filters. */
export function useVisibleFeatures(): PlanFeature[] {
  const features = useAppStore((s) => s.data.features);
  const filter = useAppStore((s) => s.filter);
  return useMemo(() => applyFilters(features, filter), [features, filter]);
}

export function groupByCategory(features: PlanFeature[]): Map<Category, PlanFeature[]> {
  const groups = new Map<Category, PlanFeature[]>();
  for (const feature of features) {
    const list = groups.get(feature.properties.category);
    if (list) list.push(feature);
    else groups.set(feature.properties.category, [feature]);
  }
  return groups;
}
