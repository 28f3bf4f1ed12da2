/**
 * Where the features plug into the app shell. Adding a planner/citizen/presenter capability means adding an
 * entry here — the shell (App.tsx) never needs to know the feature's internals.
 */
import type { ComponentType } from 'react';
import { FeatureList, SearchBox } from '../features/explore';
import { BasemapOverlay, resetBasemapData } from '../features/basemap';
import { ExportControl } from '../features/export';
import { NearbyTool } from '../features/nearby';
import {
  FilterPanel,
  MeasureTool,
  PlannerOverlay,
  PlannerProbe,
  resetPlannerData,
  StatsPanel,
} from '../features/planner';
import { EarlyDrop, resetSiteCheckData, SiteCheckOverlay, SiteCheckPanel } from '../features/sitecheck';
import { resetStoryData, StoryMode } from '../features/story';
import { TrackingOverlay, TrackingPanel } from '../features/tracking';
import { ShareControl } from '../features/share';
import type { Mode } from '../state/types';
import type { ResetStoredData } from '../ui/ErrorBoundary';
import { deferredOverlay } from '../ui/lazy';
import { LayersTab } from './LayersTab';

// Everything but the first screen (the layer and list tabs, the header, the always-mounted overlays) is fetched when
// first shown: each feature's entry (src/features/*/index.ts) wraps its panels and tools in lazy loaders, with a
// loading state and a clear message if a chunk cannot be fetched.

/** A tab of the side panel (bottom sheet on phones). */
export interface SideTab {
  id: string;
  /** i18n key of the tab label */
  labelKey: string;
  Component: ComponentType;
  /** Clears what the tab's feature keeps in this browser (offered when the tab fails; see ui/ErrorBoundary). */
  reset?: ResetStoredData;
}

/** A toolbar button that switches the app into a mode; its Component is mounted while the mode is active. */
export interface ModeTool {
  mode: Exclude<Mode, 'explore'>;
  labelKey: string;
  /** Short symbol shown before the label. */
  icon: string;
  Component: ComponentType;
  reset?: ResetStoredData;
}

export const SIDE_TABS: SideTab[] = [
  // The plan's layers, with imported parcel layers (site check) on top.
  { id: 'layers', labelKey: 'layers.title', Component: LayersTab, reset: resetSiteCheckData },
  { id: 'list', labelKey: 'nearby.featureList.tab', Component: FeatureList },
  { id: 'filter', labelKey: 'planner.filter.tab', Component: FilterPanel },
  { id: 'stats', labelKey: 'planner.stats.tab', Component: StatsPanel },
  { id: 'sitecheck', labelKey: 'sitecheck.tab', Component: SiteCheckPanel, reset: resetSiteCheckData },
  // Plan delivery year by year (the map's colours come with TrackingOverlay, fetched once it is turned on).
  { id: 'tracking', labelKey: 'tracking.tab', Component: TrackingPanel },
];

export const MODE_TOOLS: ModeTool[] = [
  { mode: 'measure', labelKey: 'planner.measure.tool', icon: '⊿', Component: MeasureTool, reset: resetPlannerData },
  { mode: 'nearby', labelKey: 'nearby.tool', icon: '◎', Component: NearbyTool },
  { mode: 'story', labelKey: 'story.tool', icon: '▶', Component: StoryMode, reset: resetStoryData },
];

/**
 * A component always mounted inside the map's context (an overlay that needs the map instance). One that shows
 * stored data names its feature and the reset of that data (offered in a card over the map when it fails).
 */
export interface MapOverlay {
  Component: ComponentType;
  labelKey?: string;
  reset?: ResetStoredData;
}

export const MAP_OVERLAYS: MapOverlay[] = [
  // The opt-in online basemap (nothing until the user chooses one in the Layers tab).
  { Component: BasemapOverlay },
  { Component: PlannerProbe },
  // Fetched after the first screen: the export control (button, dialog, print frame) and the planner overlay.
  { Component: ExportControl },
  // The share control (link, system share sheet, QR code): phones and the installed app have no address bar.
  { Component: ShareControl },
  // Saved measurements on the map (kept in local storage).
  { Component: PlannerOverlay, labelKey: 'planner.measure.tool', reset: resetPlannerData },
  // The site check's parcels (kept in IndexedDB), drop target and print page; the first-screen catcher of drops.
  { Component: SiteCheckOverlay, labelKey: 'sitecheck.layers', reset: resetSiteCheckData },
  { Component: EarlyDrop },
  // The plan-tracking map view: nothing until `year` is set (link or tab), then its chunk.
  { Component: TrackingOverlay },
  // Not a map tool, but registered here to start after the map's first screen: the service worker (offline).
  { Component: deferredOverlay(() => import('../pwa/OfflineSupport').then((m) => m.OfflineSupport)) },
];

/** Widgets in the header, between the title and the toolbar (e.g. the search box). */
export const HEADER_WIDGETS: ComponentType[] = [SearchBox];

/** Clears everything the features keep in this browser (the root error boundary's way out). */
export async function resetAllStoredData(): Promise<void> {
  resetPlannerData();
  resetStoryData();
  resetBasemapData();
  await resetSiteCheckData();
}
