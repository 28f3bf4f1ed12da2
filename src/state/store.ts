/**
 * The one application store, composed of slices. Feature slices (filters, measure, nearby, story) live in
 * src/state/slices/<name>.ts and are added to AppState and to the create() call below.
 */
import { create } from 'zustand';
import { createSiteCheckSlice, type SiteCheckSlice } from '../features/sitecheck/slice';
import { createDataSlice, type DataSlice } from './slices/data';
import { createLayersSlice, type LayersSlice } from './slices/layers';
import { createNearbySlice, type NearbySlice } from '../features/nearby/slice';
import { createPlannerSlice, type PlannerSlice } from '../features/planner/slice';
import { createStorySlice, type StorySlice } from '../features/story/slice';
import { createUiSlice, type UiSlice } from './slices/ui';
import { createViewSlice, type ViewSlice } from './slices/view';

export type AppState = ViewSlice &
  LayersSlice &
  UiSlice &
  DataSlice &
  NearbySlice &
  StorySlice &
  PlannerSlice &
  SiteCheckSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createViewSlice(...args),
  ...createLayersSlice(...args),
  ...createUiSlice(...args),
  ...createDataSlice(...args),
  ...createNearbySlice(...args),
  ...createStorySlice(...args),
  ...createPlannerSlice(...args),
  ...createSiteCheckSlice(...args),
}));
