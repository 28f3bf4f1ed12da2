/** Story authoring's store writes: committing a changed briefing, and the current map view as a chapter. */
import { shownLayers, type Briefing, type Chapter } from '../../data/briefing';
import { useAppStore } from '../../state/store';
import { saveWorkingCopy } from './briefings';
import { captureChapter } from './model';

/** Puts a changed briefing in the store and keeps it in this browser. */
export function commit(briefing: Briefing, index: number): boolean {
  useAppStore.getState().setStoryBriefing(briefing, true, index);
  return saveWorkingCopy(briefing);
}

/**
 * The current view as chapter fields: camera, layers drawn, selected feature as highlight. The zoom is stored
 * for the reference map size (a view captured on a small screen zooms in on a large one, keeping its framing).
 */
export function currentView(existing: Briefing, number: number, zoomOffset: number): Chapter {
  const s = useAppStore.getState();
  return captureChapter({
    center: s.camera.center,
    zoom: s.camera.zoom - zoomOffset,
    bearing: s.camera.bearing,
    pitch: s.camera.pitch,
    layers: shownLayers(s),
    filters: s.filter,
    highlight: s.selectedId ? [s.selectedId] : [],
    existingIds: existing.chapters.map((c) => c.id),
    number,
  });
}
