import type { StateCreator } from 'zustand';
import {
  chapterFilter,
  chapterLayerState,
  clampChapter,
  sameFilters,
  sameLayers,
  shownLayers,
  type Briefing,
  type LayerState,
} from '../../logic/briefing';
import type { FilterState } from '../../logic/filter';
import { builtInBriefing, loadWorkingCopy } from '../../story/briefings';
import type { AppState } from '../store';

/**
 * Briefing (story) mode. `storyChapter` is 0-based (the URL's `chapter=N` is 1-based, see src/logic/storyUrl.ts).
 * The briefing itself is the bundled default or the planner's working copy; it is not in the URL.
 */
export interface StorySlice {
  storyBriefing: Briefing | null;
  /** True when the briefing differs from the bundled one (captured or loaded chapters): offer download/reset. */
  storyEdited: boolean;
  storyChapter: number;
  /** The screen is blanked (B key). */
  storyBlank: boolean;
  setStoryChapter: (index: number) => void;
  setStoryBriefing: (briefing: Briefing, edited: boolean, chapter?: number) => void;
  setStoryBlank: (blank: boolean) => void;
  /** Puts the chapter's layers and filter back (after the presenter changed them) and clears the selection. */
  resetStoryLayers: () => void;
}

function initialBriefing(): { briefing: Briefing | null; edited: boolean } {
  const copy = loadWorkingCopy();
  return copy ? { briefing: copy, edited: true } : { briefing: builtInBriefing(), edited: false };
}

/**
 * Chapter changes carry their layers and filter in the same history step: a store listener registered with the
 * store (so it runs before the URL sync's listener) adds the chapter's layers and filter whenever story mode is
 * entered or the chapter changes — one state change, one history entry, and the address bar always matches what
 * is drawn. Leaving story mode restores the layers and filter the user had before.
 */
export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set, get, api) => {
  let beforeStory: (LayerState & { filter: FilterState }) | null = null;

  api.subscribe((next, prev) => {
    if (next.mode !== 'story') {
      if (prev.mode === 'story') {
        const restore = beforeStory;
        beforeStory = null;
        const patch: Partial<AppState> = {};
        if (restore && !sameLayers(next, restore))
          Object.assign(patch, { visible: restore.visible, opacity: restore.opacity });
        if (restore && !sameFilters(next.filter, restore.filter)) patch.filter = restore.filter;
        if (next.storyBlank) patch.storyBlank = false;
        if (Object.keys(patch).length > 0) set(patch);
      }
      return;
    }
    const briefing = next.storyBriefing;
    if (!briefing) return;
    const entering = prev.mode !== 'story';
    if (entering) beforeStory = { visible: prev.visible, opacity: prev.opacity, filter: prev.filter };
    const moved = prev.storyChapter !== next.storyChapter || prev.storyBriefing !== briefing;
    if (!entering && !moved) return;
    const count = briefing.chapters.length;
    const index = clampChapter(next.storyChapter, count);
    if (index !== next.storyChapter) {
      set({ storyChapter: index });
      get().notify('story.chapterClamped', { n: next.storyChapter + 1, count }, 'warning');
      return; // the nested change above ran this listener again with the clamped chapter
    }
    const chapter = briefing.chapters[index]!;
    const target = chapterLayerState(chapter);
    const patch: Partial<AppState> = {};
    if (!sameLayers(next, target)) Object.assign(patch, target);
    if (!sameFilters(next.filter, chapterFilter(chapter))) patch.filter = chapterFilter(chapter);
    if (!entering && next.selectedId !== null && prev.selectedId === next.selectedId) patch.selectedId = null;
    if (Object.keys(patch).length > 0) set(patch);
  });

  const { briefing, edited } = initialBriefing();
  return {
    storyBriefing: briefing,
    storyEdited: edited,
    storyChapter: 0,
    storyBlank: false,
    setStoryChapter: (index) =>
      set((s) => ({ storyChapter: clampChapter(index, s.storyBriefing?.chapters.length ?? 1), storyBlank: false })),
    setStoryBriefing: (storyBriefing, storyEdited, chapter) =>
      set((s) => ({
        storyBriefing,
        storyEdited,
        storyChapter: clampChapter(chapter ?? s.storyChapter, storyBriefing.chapters.length),
      })),
    setStoryBlank: (storyBlank) => set({ storyBlank }),
    resetStoryLayers: () => {
      const s = get();
      const chapter = s.storyBriefing?.chapters[s.storyChapter];
      if (!chapter) return;
      const target = chapterLayerState(chapter);
      set({
        ...(sameLayers(s, target) ? {} : target),
        ...(sameFilters(s.filter, chapterFilter(chapter)) ? {} : { filter: chapterFilter(chapter) }),
        selectedId: null,
      });
    },
  };
};

/** The layers currently drawn, as a chapter's `layers` (for "add current view as chapter"). */
export const currentLayers = (state: Pick<AppState, 'visible' | 'opacity'>) => shownLayers(state);
