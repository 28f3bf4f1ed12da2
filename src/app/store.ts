/**
 * The store, composed: the shared slices (src/state/store.ts) and every feature's slice, installed here once at
 * start-up before anything renders or reads the URL. Import the store from src/state/store everywhere else.
 */
import { installSlice, useAppStore } from '../state/store';
import { basemapSlice } from '../features/basemap';
import { nearbySlice } from '../features/nearby';
import { plannerSlice } from '../features/planner';
import { siteCheckSlice } from '../features/sitecheck';
import { storySlice } from '../features/story';
import { trackingSlice } from '../features/tracking';

installSlice(nearbySlice);
installSlice(storySlice);
installSlice(plannerSlice);
installSlice(siteCheckSlice);
installSlice(trackingSlice);
installSlice(basemapSlice);

export { useAppStore };
export type { AppState } from '../state/store';
