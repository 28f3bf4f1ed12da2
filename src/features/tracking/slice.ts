import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/store';

declare module '../../state/store' {
  interface AppState extends TrackingSlice {}
}

export interface TrackingState {
  /** The year the map shows the tracked features in (2021–2026); null = tracking is off. */
  year: number | null;
  /** The other year of a comparison (the map toggles between the two); null = no comparison. */
  compare: number | null;
}

export interface TrackingSlice {
  tracking: TrackingState;
  setTrackingYear: (year: number | null) => void;
  setTrackingCompare: (compare: number | null) => void;
}

export const defaultTracking = (): TrackingState => ({ year: null, compare: null });

export const createTrackingSlice: StateCreator<AppState, [], [], TrackingSlice> = (set) => ({
  tracking: defaultTracking(),
  setTrackingYear: (year) => set((s) => ({ tracking: year === null ? defaultTracking() : { ...s.tracking, year } })),
  setTrackingCompare: (compare) => set((s) => ({ tracking: { ...s.tracking, compare } })),
});
