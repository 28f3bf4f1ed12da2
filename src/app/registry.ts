/**
 * Where feature modules plug into the app shell. Adding a planner/citizen/presenter capability means adding an
 * entry here — the shell (App.tsx) never needs to know the feature's internals.
 */
import type { ComponentType } from 'react';
import { useAppStore } from '../state/store';
import type { Mode } from '../state/types';
import { FeatureList } from '../features/explore/FeatureList';
import { EarlyDrop } from '../features/sitecheck/EarlyDrop';
import { LayersTab } from './LayersTab';
import { deferredOverlay, lazyComponent } from '../ui/lazy';
import { PlannerProbe } from '../features/planner/PlannerProbe';
import { SearchBox } from '../features/explore/SearchBox';

// Everything but the first screen (the layer and list tabs, the header, the always-mounted overlays) is fetched when first
// shown: each of these is its own chunk, with a loading state and a clear message if it cannot be fetched.
const FilterPanel = lazyComponent(() => import('../features/planner/FilterPanel').then((m) => m.FilterPanel), 'panel');
const StatsPanel = lazyComponent(() => import('../features/planner/StatsPanel').then((m) => m.StatsPanel), 'panel');
const MeasureTool = lazyComponent(() => import('../features/planner/MeasureTool').then((m) => m.MeasureTool), 'map');
const NearbyTool = lazyComponent(() => import('../features/nearby/NearbyTool').then((m) => m.NearbyTool), 'map');
// The briefing (geodata/briefings) comes with the story code: both are in place before the mode first draws.
const StoryMode = lazyComponent(
  () =>
    Promise.all([import('../features/story/StoryMode'), useAppStore.getState().loadStoryBriefing()]).then(
      ([m]) => m.StoryMode,
    ),
  'map',
);
const SiteCheckPanel = lazyComponent(
  () => import('../features/sitecheck/SiteCheckPanel').then((m) => m.SiteCheckPanel),
  'panel',
);

/** A tab of the side panel (bottom sheet on phones). */
export interface SideTab {
  id: string;
  /** i18n key of the tab label */
  labelKey: string;
  Component: ComponentType;
}

/** A toolbar button that switches the app into a mode; its Component is mounted while the mode is active. */
export interface ModeTool {
  mode: Exclude<Mode, 'explore'>;
  labelKey: string;
  /** Short symbol shown before the label. */
  icon: string;
  Component: ComponentType;
}

export const SIDE_TABS: SideTab[] = [
  // The plan's layers, with imported parcel layers (site check) on top.
  { id: 'layers', labelKey: 'layers.title', Component: LayersTab },
  { id: 'list', labelKey: 'nearby.featureList.tab', Component: FeatureList },
  { id: 'filter', labelKey: 'planner.filter.tab', Component: FilterPanel },
  { id: 'stats', labelKey: 'planner.stats.tab', Component: StatsPanel },
  { id: 'sitecheck', labelKey: 'sitecheck.tab', Component: SiteCheckPanel },
];

export const MODE_TOOLS: ModeTool[] = [
  { mode: 'measure', labelKey: 'planner.measure.tool', icon: '⊿', Component: MeasureTool },
  { mode: 'nearby', labelKey: 'nearby.tool', icon: '◎', Component: NearbyTool },
  { mode: 'story', labelKey: 'story.tool', icon: '▶', Component: StoryMode },
];

/** Components always mounted inside the map's context (overlays that need the map instance). */
export const MAP_OVERLAYS: ComponentType[] = [
  PlannerProbe,
  // Fetched after the first screen: the export control (button, dialog, print frame) and the planner overlay
  // (saved measurements, the statistics outline, the what-is-here popup).
  deferredOverlay(() => import('../features/export/ExportControl').then((m) => m.ExportControl)),
  deferredOverlay(
    () => import('../features/planner/PlannerOverlay').then((m) => m.PlannerOverlay),
    // …at once when a planner tool is in use: measuring, saved measurements, statistics, what is here.
    (s) => s.mode === 'measure' || s.measurements.length > 0 || s.statsSubject !== null || s.probe !== null,
  ),
  // The site check's parcels (restored from IndexedDB), drop target and print page.
  deferredOverlay(
    () => import('../features/sitecheck/SiteCheckOverlay').then((m) => m.SiteCheckOverlay),
    // …at once when a file was dropped on the map before it loaded.
    (s) => s.sitePendingDrop !== null,
  ),
  // Keeps a file dropped on the map before the site-check overlay is in place (tiny; first screen).
  EarlyDrop,
  // Not a map tool, but registered here to start after the map's first screen: the service worker (offline).
  deferredOverlay(() => import('../pwa/OfflineSupport').then((m) => m.OfflineSupport)),
];

/** Widgets in the header, between the title and the toolbar (e.g. the search box). */
export const HEADER_WIDGETS: ComponentType[] = [SearchBox];
