/**
 * Where feature modules plug into the app shell. Adding a planner/citizen/presenter capability means adding an
 * entry here — the shell (App.tsx) never needs to know the feature's internals.
 */
import type { ComponentType } from 'react';
import type { Mode } from '../state/types';
import { FeatureList } from './FeatureList';
import { NearbyTool } from './nearby/NearbyTool';
import { StoryMode } from '../story/StoryMode';
import { ExportControl } from '../export/ExportControl';
import { FilterPanel } from './planner/FilterPanel';
import { MeasureTool } from './planner/MeasureTool';
import { PlannerOverlay } from './planner/PlannerOverlay';
import { SearchBox } from './planner/SearchBox';
import { StatsPanel } from './planner/StatsPanel';
import { LayerPanelWithImports } from '../features/sitecheck/ImportedLayers';
import { SiteCheckOverlay } from '../features/sitecheck/SiteCheckOverlay';
import { SiteCheckPanel } from '../features/sitecheck/SiteCheckPanel';

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
  { id: 'layers', labelKey: 'layers.title', Component: LayerPanelWithImports },
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
export const MAP_OVERLAYS: ComponentType[] = [ExportControl, PlannerOverlay, SiteCheckOverlay];

/** Widgets in the header, between the title and the toolbar (e.g. the search box). */
export const HEADER_WIDGETS: ComponentType[] = [SearchBox];
