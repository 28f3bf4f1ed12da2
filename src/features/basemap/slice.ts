import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/store';
import {
  KEY_CHARACTERS,
  MAX_KEY_LENGTH,
  isValidKey,
  loadBasemapSetting,
  needsKey,
  saveBasemapSetting,
  type BasemapId,
  type BasemapSetting,
} from './storage';

declare module '../../state/store' {
  interface AppState extends BasemapSlice {}
}

/** How the online tiles are doing: none asked for, coming, or at least one tile failed (no network, bad key). */
export type BasemapStatus = 'idle' | 'ok' | 'failed';

export interface BasemapSlice {
  basemap: BasemapSetting;
  basemapStatus: BasemapStatus;
  /** Switches the basemap; a 天地图 basemap without a valid key is refused (returns false). */
  setBasemap: (id: BasemapId) => boolean;
  /** The typed 天地图 key (letters and digits, cut to the limit); an active 天地图 basemap follows it. */
  setBasemapKey: (key: string) => void;
  setBasemapStatus: (status: BasemapStatus) => void;
}

export const createBasemapSlice: StateCreator<AppState, [], [], BasemapSlice> = (set, get) => ({
  basemap: loadBasemapSetting(),
  basemapStatus: 'idle',
  setBasemap: (id) => {
    const { key } = get().basemap;
    if (needsKey(id) && !isValidKey(key)) return false;
    const basemap = { id, key };
    saveBasemapSetting(basemap);
    set({ basemap, basemapStatus: 'idle' });
    return true;
  },
  setBasemapKey: (typed) => {
    const key = typed.trim().slice(0, MAX_KEY_LENGTH);
    if (!KEY_CHARACTERS.test(key)) return;
    const { id } = get().basemap;
    // An active 天地图 basemap whose key is cleared or made invalid goes back offline.
    const basemap = { id: needsKey(id) && !isValidKey(key) ? ('offline' as const) : id, key };
    saveBasemapSetting(basemap);
    set({ basemap, basemapStatus: 'idle' });
  },
  setBasemapStatus: (basemapStatus) => set({ basemapStatus }),
});
