/**
 * Where the features plug into the app shell. Adding a planner/citizen/presenter capability means adding an
 * entry here — the shell (App.tsx) never needs to know the feature's internals.
 */
import type { ComponentType } from 'react';
import { FeatureList, SearchBox } from '../features/explore';
import { ExportControl } from '../features/export';
import { NearbyTool } from '../features/nearby';
import { ShareControl } from '../features/share';
import { FilterPanel, MeasureTool, PlannerOverlay, PlannerProbe, StatsPanel } from '../features/planner';
import { EarlyDrop, SiteCheckOverlay, SiteCheckPanel } from '../features/sitecheck';
import { StoryMode } from '../features/story';
import type { Mode } from '../state/types';
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
  // Fetched after the first screen: the export control (button, dialog, print frame) and the planner overlay.
  ExportControl,
  // The share control (link, system share sheet, QR code): phones and the installed app have no address bar.
  ShareControl,
  PlannerOverlay,
  // The site check's parcels, drop target and print page; and the first-screen catcher of early drops.
  SiteCheckOverlay,
  EarlyDrop,
  // Not a map tool, but registered here to start after the map's first screen: the service worker (offline).
  deferredOverlay(() => import('../pwa/OfflineSupport').then((m) => m.OfflineSupport)),
];

/** Widgets in the header, between the title and the toolbar (e.g. the search box). */
export const HEADER_WIDGETS: ComponentType[] = [SearchBox];
