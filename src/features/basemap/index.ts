/**
 * The online basemap, opt-in (issue 16, item 6): the choice in the Layers tab (./BasemapPanel.tsx), the tiles
 * on the map with their attribution and failure notice (./BasemapOverlay.tsx; the style part is
 * src/map/onlineBasemap.ts), the choice kept per device (./storage.ts), the state (./slice.ts). The offline
 * basemap is the default: nothing is requested until the user chooses an online one.
 */
export { createBasemapSlice as basemapSlice } from './slice';
export { basemapStrings } from './strings';
export { BasemapPanel } from './BasemapPanel';
export { BasemapOverlay } from './BasemapOverlay';
export { clearBasemapSetting as resetBasemapData } from './storage';
