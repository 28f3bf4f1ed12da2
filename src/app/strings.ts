/** Every feature's string file (each feature owns its strings; the shared ones are src/i18n/core.ts). */
import { basemapStrings } from '../features/basemap';
import { nearbyStrings } from '../features/nearby';
import { plannerStrings } from '../features/planner';
import { shareStrings } from '../features/share';
import { siteCheckStrings } from '../features/sitecheck';
import { storyStrings } from '../features/story';
import { trackingStrings } from '../features/tracking';
import type { Resource } from '../i18n';
import { offline } from '../pwa/strings';

export const FEATURE_STRINGS: readonly Resource[] = [
  nearbyStrings,
  storyStrings,
  plannerStrings,
  offline,
  siteCheckStrings,
  trackingStrings,
  shareStrings,
  basemapStrings,
];
