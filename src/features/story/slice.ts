import type { StateCreator } from 'zustand';
import {
  chapterFilter,
  chapterLayerState,
  sameFilters,
  sameLayers,
  shownLayers,
  type Briefing,
  type LayerState,
} from '../../data/briefing';
import { clampChapter } from './model';
import type { FilterState } from '../../catalog/filter';
import type { AppState } from '../../state/store';

declare module '../../state/store' {
  interface AppState extends StorySlice {}
}

/**
 * Briefing (story) mode. `storyChapter` is 0-based (the URL's `chapter=N` is 1-based, see ./url.ts).
 * The briefing itself is the bundled default or the planner's working copy; it is not in the URL. It comes with
 * the story code, fetched on first use (`loadStoryBriefing`); until then `storyBriefing` is null.
 */
export interface StorySlice {
  storyBriefing: Briefing | null;
  /** Fetches the story code and puts the working copy or the bundled default in place (once; no-op after). */
  loadStoryBriefing: () => Promise<void>;
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

async function initialBriefing(): Promise<{ briefing: Briefing | null; edited: boolean }> {
  const { builtInBriefing, loadWorkingCopy } = await import('./briefings');
  const copy = loadWorkingCopy();
  return copy ? { briefing: copy, edited: true } : { briefing: builtInBriefing(), edited: false };
}

/** True for the change that brings the (lazily loaded) briefing: the URL sync records it without a new entry. */
export const briefingArrived = (prev: Pick<AppState, 'storyBriefing'>, next: Pick<AppState, 'storyBriefing'>) =>
  prev.storyBriefing === null && next.storyBriefing !== null;

/** The layers, filter and selection of a chapter, as a patch (empty when the state already shows them). */
function chapterPatch(state: AppState, briefing: Briefing, index: number, chapterChanged: boolean): Partial<AppState> {
  const chapter = briefing.chapters[index]!;
  const target = chapterLayerState(chapter);
  const patch: Partial<AppState> = {};
  if (!sameLayers(state, target)) Object.assign(patch, target);
  if (!sameFilters(state.filter, chapterFilter(chapter))) patch.filter = chapterFilter(chapter);
  if (chapterChanged && state.selectedId !== null) patch.selectedId = null;
  return patch;
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
    const entering = prev.mode !== 'story';
    if (entering) beforeStory = { visible: prev.visible, opacity: prev.opacity, filter: prev.filter };
    const briefing = next.storyBriefing;
    if (!briefing) return; // the story code is still on its way: loadStoryBriefing applies the chapter
    const moved = prev.storyChapter !== next.storyChapter || prev.storyBriefing !== briefing;
    if (!entering && !moved) return;
    const count = briefing.chapters.length;
    const index = clampChapter(next.storyChapter, count);
    if (index !== next.storyChapter) {
      set({ storyChapter: index });
      get().notify('story.chapterClamped', { n: next.storyChapter + 1, count }, 'warning');
      return; // the nested change above ran this listener again with the clamped chapter
    }
    const patch = chapterPatch(next, briefing, index, !entering && prev.selectedId === next.selectedId);
    if (Object.keys(patch).length > 0) set(patch);
  });

  return {
    storyBriefing: null,
    loadStoryBriefing: async () => {
      if (get().storyBriefing) return;
      const { briefing, edited } = await initialBriefing();
      const state = get();
      if (!briefing || state.storyBriefing) return;
      // In story mode, the chapter's layers and filter arrive in the same change as the briefing (one URL
      // replacement, see briefingArrived); a chapter past the end is left for the listener to clamp and report.
      const inRange = state.mode === 'story' && state.storyChapter < briefing.chapters.length;
      set({
        storyBriefing: briefing,
        storyEdited: edited,
        ...(inRange ? chapterPatch(state, briefing, state.storyChapter, false) : {}),
      });
    },
    storyEdited: false,
    storyChapter: 0,
    storyBlank: false,
    setStoryChapter: (index) =>
      // Before the briefing is in, its length is unknown: the listener clamps (and says so) once it arrives.
      set((s) => ({ storyChapter: clampChapter(index, s.storyBriefing?.chapters.length ?? 99), storyBlank: false })),
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
