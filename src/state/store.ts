/**
 * The one application store. The shared slices (view, layers, ui, data, filter) are created here; each feature
 * adds its own slice: it declares its part of AppState by augmenting the interface below (see
 * src/features/nearby/slice.ts) and src/app/store.ts installs the slices before the first render. So this module
 * knows no feature, and features import it without a cycle.
 */
import { create, type StateCreator } from 'zustand';
import { createDataSlice, type DataSlice } from './slices/data';
import { createFilterSlice, type FilterSlice } from './slices/filter';
import { createLayersSlice, type LayersSlice } from './slices/layers';
import { createUiSlice, type UiSlice } from './slices/ui';
import { createViewSlice, type ViewSlice } from './slices/view';

/** The whole state: the shared slices, plus every feature's slice (added by module augmentation). */
export interface AppState extends ViewSlice, LayersSlice, UiSlice, DataSlice, FilterSlice {}

/** A feature's slice creator: it may read and set the whole state. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;

// The feature slices are not here yet: src/app/store.ts installs them (installSlice) before anything reads them.
export const useAppStore = create<AppState>()(
  (...args) =>
    ({
      ...createViewSlice(...args),
      ...createLayersSlice(...args),
      ...createUiSlice(...args),
      ...createDataSlice(...args),
      ...createFilterSlice(...args),
    }) as AppState,
);

/** Adds a feature's slice to the store (called once per feature, at start-up, by src/app/store.ts). */
export function installSlice<T extends object>(creator: SliceCreator<T>): void {
  useAppStore.setState(creator(useAppStore.setState, useAppStore.getState, useAppStore) as Partial<AppState>);
}
