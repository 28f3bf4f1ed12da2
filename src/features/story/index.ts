/**
 * Story — the presenter's briefing: chapters with camera, layers, filter and legend, presenter keys, the notes
 * window (notes.html), authoring, and the `chapter` link parameter. The briefing format itself is geodata
 * (src/data/briefing*.ts); the mode is fetched on first use, together with the bundled briefing.
 */
import { useAppStore } from '../../state/store';
import { lazyComponent } from '../../ui/lazy';

export { createStorySlice as storySlice, briefingArrived } from './slice';
export { storyCodec } from './url';
export { story as storyStrings } from './strings';

export const StoryMode = lazyComponent(
  () => Promise.all([import('./StoryMode'), useAppStore.getState().loadStoryBriefing()]).then(([m]) => m.StoryMode),
  'map',
);

/** Clears the story's stored data (the briefing working copy; see ./briefings.ts, same key). */
export function resetStoryData(): void {
  try {
    localStorage.removeItem('zhuzhou-plan-map:briefing');
  } catch {
    // forbidden storage: nothing was stored either
  }
}
