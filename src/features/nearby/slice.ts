import type { StateCreator } from 'zustand';
import { DEFAULT_RADIUS_KM, type NearbyRadiusKm } from './radii';
import type { AppState } from '../../state/store';

declare module '../../state/store' {
  interface AppState extends NearbySlice {}
}

/** How the nearby point was chosen (shown to the user: "your location", "the point you tapped", a place name). */
export type NearbyPointSource = 'geolocation' | 'tap' | 'search' | 'centre' | 'link';

export interface NearbyState {
  /** WGS84 [lon, lat]; null until the user chooses a point. */
  point: [number, number] | null;
  radiusKm: NearbyRadiusKm;
  /** The open (highlighted) result's feature id. */
  itemId: string | null;
  source: NearbyPointSource | null;
  /** The place's name when the point came from a search (zh and en). */
  label: { zh: string; en: string } | null;
  /** Geolocation accuracy in metres, when the point came from the device. */
  accuracyM: number | null;
  /**
   * Only projects a dated report says were started or completed in or after this year (2021–2026); null = no
   * restriction. Decided from the plan-tracking history (src/geo/history.ts `restrictSince`).
   */
  since: number | null;
}

export interface NearbySlice {
  nearby: NearbyState;
  setNearbyPoint: (
    point: [number, number],
    source: NearbyPointSource,
    extra?: { label?: NearbyState['label']; accuracyM?: number | null },
  ) => void;
  setNearbyRadius: (radiusKm: NearbyRadiusKm) => void;
  setNearbySince: (since: number | null) => void;
  openNearbyItem: (itemId: string | null) => void;
  clearNearby: () => void;
}

export const defaultNearby = (): NearbyState => ({
  point: null,
  radiusKm: DEFAULT_RADIUS_KM,
  itemId: null,
  source: null,
  label: null,
  accuracyM: null,
  since: null,
});

export const createNearbySlice: StateCreator<AppState, [], [], NearbySlice> = (set) => ({
  nearby: defaultNearby(),
  // A new point closes the open item (it may not be near the new point).
  setNearbyPoint: (point, source, extra = {}) =>
    set((s) => ({
      nearby: {
        ...s.nearby,
        point,
        source,
        itemId: null,
        label: extra.label ?? null,
        accuracyM: extra.accuracyM ?? null,
      },
    })),
  setNearbyRadius: (radiusKm) => set((s) => ({ nearby: { ...s.nearby, radiusKm } })),
  setNearbySince: (since) => set((s) => ({ nearby: { ...s.nearby, since } })),
  openNearbyItem: (itemId) => set((s) => ({ nearby: { ...s.nearby, itemId } })),
  clearNearby: () =>
    set((s) => ({ nearby: { ...defaultNearby(), radiusKm: s.nearby.radiusKm, since: s.nearby.since } })),
});
