/**
 * Site check — a planner's own parcel files held against the plan: import (worker), coordinate systems, report,
 * map tiles, IndexedDB persistence, print view, and the imported layers' rows in the layers tab. All but the
 * early-drop catcher is fetched on first use.
 */
import { useAppStore } from '../../state/store';
import { deferredOverlay, lazyComponent } from '../../ui/lazy';
import { clearAllLayers } from './persistence';

export { createSiteCheckSlice as siteCheckSlice } from './slice';
export { sitecheck as siteCheckStrings } from './strings';
/** Keeps a file dropped on the map before the site-check overlay is in place (tiny; first screen). */
export { EarlyDrop } from './EarlyDrop';

export const SiteCheckPanel = lazyComponent(() => import('./SiteCheckPanel').then((m) => m.SiteCheckPanel), 'panel');
/** The imported layers' rows (legend, opacity, rename, remove), for the layers tab. */
export const ImportedLayers = lazyComponent(() => import('./ImportedLayers').then((m) => m.ImportedLayers), 'panel');
/** The parcels on the map (restored from IndexedDB), the drop target and the print page: after the first screen, or
 * at once when a file was dropped on the map before it loaded. */
export const SiteCheckOverlay = deferredOverlay(
  () => import('./SiteCheckOverlay').then((m) => m.SiteCheckOverlay),
  (s) => s.sitePendingDrop !== null,
);

/** Clears the site check's stored layers (IndexedDB) and its state. */
export async function resetSiteCheckData(): Promise<void> {
  await clearAllLayers();
  useAppStore.setState({
    siteLayers: [],
    siteReports: {},
    siteMapUrls: {},
    siteDamaged: {},
    siteOrphans: [],
    siteActiveId: null,
  });
}
