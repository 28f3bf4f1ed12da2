import type { StateCreator } from 'zustand';
import { emptyFilter, type FilterState } from '../../catalog/filter';

/**
 * The active filter: the map, the lists, the statistics and the exports all show the features it lets through.
 * Shared state (the planner's filter panel edits it, a briefing chapter may set it); its link parameters are the
 * planner's (src/features/planner/url.ts).
 */
export interface FilterSlice {
  filter: FilterState;
  setFilter: (filter: FilterState) => void;
  clearFilter: () => void;
}

export const createFilterSlice: StateCreator<FilterSlice, [], [], FilterSlice> = (set) => ({
  filter: emptyFilter(),
  setFilter: (filter) => set({ filter }),
  clearFilter: () => set({ filter: emptyFilter() }),
});
