/** Type of the debugging / end-to-end testing handle that MapView puts on window after the map loads. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { useAppStore } from '../state/store';

export interface DebugHandle {
  map: MapLibreMap;
  store: typeof useAppStore;
}

declare global {
  interface Window {
    /** The live map and the store, for debugging and end-to-end tests. */
    zhuzhouPlanMap?: DebugHandle;
  }
}
