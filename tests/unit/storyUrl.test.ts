/**
 * Story mode's URL parameter and its store behaviour: `chapter=N` opens story mode, a chapter change brings its
 * layers in the same history step, leaving restores the layers from before, and a chapter past the end is
 * clamped with a notice.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { chapterLayerState, sameLayers, shownLayers } from '../../src/data/briefing';
import { storyCodec } from '../../src/features/story/url';
import { briefingArrived } from '../../src/features/story/slice';
import { useAppStore, type AppState } from '../../src/app/store';
import { isNavigation, readUrl, writeUrl } from '../../src/app/urlCodecs';
import { coreCodec } from '../../src/state/urlCodec';

const codecs = [coreCodec, storyCodec];
// The briefing comes with the story code, fetched on first use: load it before taking the initial state.
await useAppStore.getState().loadStoryBriefing();
const initial = useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(initial, true);
});

describe('storyCodec', () => {
  it('opens story mode on the chapter of the link (1-based)', () => {
    const { patch, rejected } = readUrl('?chapter=3', codecs);
    expect(patch).toMatchObject({ mode: 'story', storyChapter: 2 });
    expect(rejected).toEqual([]);
  });

  it('defaults to chapter 1 and leaves the mode alone without the parameter', () => {
    const { patch } = readUrl('?v=1&map=9/27.8/113.1', codecs);
    expect(patch.storyChapter).toBe(0);
    expect(patch.mode).toBe('explore');
  });

  it.each(['abc', '0', '-2', '2.5', ''])('treats chapter=%j as chapter 1 and reports it', (raw) => {
    const { patch, rejected } = readUrl(`?chapter=${raw}`, codecs);
    expect(patch).toMatchObject({ mode: 'story', storyChapter: 0 });
    expect(rejected).toEqual(['chapter']);
  });

  it('ignores a chapter when the link asks for another mode', () => {
    const { patch, rejected } = readUrl('?mode=measure&chapter=4', codecs);
    expect(patch.mode).toBe('measure');
    expect(rejected).toEqual(['chapter']);
  });

  it('writes the chapter only in story mode, and each chapter change is a history step', () => {
    const explore = useAppStore.getState();
    expect(writeUrl(explore, codecs)).not.toContain('chapter=');
    const story = { ...explore, mode: 'story', storyChapter: 4 } as AppState;
    const url = writeUrl(story, codecs);
    expect(new URLSearchParams(url).get('chapter')).toBe('5');
    expect(new URLSearchParams(url).get('mode')).toBe('story');
    expect(readUrl(url, codecs).patch).toMatchObject({ mode: 'story', storyChapter: 4 });
    expect(isNavigation(story, { ...story, storyChapter: 5 }, [storyCodec])).toBe(true);
    expect(isNavigation(story, { ...story, camera: { ...story.camera, zoom: 3 } }, [storyCodec])).toBe(false);
  });
});

describe('story slice', () => {
  const briefing = () => useAppStore.getState().storyBriefing!;

  it('has the bundled default briefing', () => {
    expect(briefing().id).toBe('default');
    expect(briefing().chapters.length).toBeGreaterThanOrEqual(12);
  });

  it('brings the chapter layers with the chapter in one change, so one history entry', () => {
    // Mimic src/state/urlSync.ts, which subscribes after the store is created.
    const pushes: string[] = [];
    let last = writeUrl(useAppStore.getState(), codecs);
    const unsubscribe = useAppStore.subscribe((next, prev) => {
      const url = writeUrl(next, codecs);
      if (url === last) return;
      if (isNavigation(prev, next, codecs)) pushes.push(url);
      last = url;
    });
    const before = { visible: useAppStore.getState().visible, opacity: useAppStore.getState().opacity };

    useAppStore.getState().setMode('story');
    const chapter1 = briefing().chapters[0]!;
    expect(sameLayers(useAppStore.getState(), chapterLayerState(chapter1))).toBe(true);
    expect(pushes).toHaveLength(1);
    expect(new URLSearchParams(pushes[0]).get('chapter')).toBe('1');
    expect(new URLSearchParams(pushes[0]).get('layers')).toBe(
      new URLSearchParams(writeUrl({ ...useAppStore.getState() }, codecs)).get('layers'),
    );

    useAppStore.getState().setStoryChapter(6);
    const chapter7 = briefing().chapters[6]!;
    expect(shownLayers(useAppStore.getState())).toEqual(
      Object.fromEntries(Object.entries(chapter7.layers).filter(([, v]) => v > 0)),
    );
    expect(pushes).toHaveLength(2);
    expect(new URLSearchParams(pushes[1]).get('chapter')).toBe('7');

    useAppStore.getState().setMode('explore');
    expect(sameLayers(useAppStore.getState(), before)).toBe(true);
    expect(pushes).toHaveLength(3);
    expect(pushes[2]).not.toContain('chapter=');
    unsubscribe();
  });

  it('clamps a chapter past the end and says so', () => {
    useAppStore.setState({ mode: 'story', storyChapter: 40 });
    const count = briefing().chapters.length;
    expect(useAppStore.getState().storyChapter).toBe(count - 1);
    expect(useAppStore.getState().notices).toContainEqual(
      expect.objectContaining({ key: 'story.chapterClamped', values: { n: 41, count } }),
    );
    expect(sameLayers(useAppStore.getState(), chapterLayerState(briefing().chapters[count - 1]!))).toBe(true);
  });

  it('keeps the presenter’s layer changes within a chapter, and resets them on request', () => {
    useAppStore.getState().setMode('story');
    useAppStore.getState().setStoryChapter(1);
    useAppStore.getState().setLayerVisible('town', true);
    useAppStore.getState().select('some-feature');
    expect(useAppStore.getState().visible.town).toBe(true);
    useAppStore.getState().resetStoryLayers();
    expect(useAppStore.getState().visible.town).toBe(false);
    expect(useAppStore.getState().selectedId).toBeNull();
  });

  it('clears the selection when the chapter changes', () => {
    useAppStore.getState().setMode('story');
    useAppStore.getState().select('some-feature');
    useAppStore.getState().setStoryChapter(2);
    expect(useAppStore.getState().selectedId).toBeNull();
  });

  it('applies a chapter’s filter with it, and restores the user’s filter on leaving', () => {
    const b = briefing();
    const withFilter = {
      ...b,
      chapters: b.chapters.map((c, i) => (i === 1 ? { ...c, filters: { districts: ['醴陵市' as const] } } : c)),
    };
    useAppStore.getState().setFilter({ ...useAppStore.getState().filter, status: ['planned'] });
    useAppStore.getState().setStoryBriefing(withFilter, true);
    useAppStore.getState().setMode('story');
    expect(useAppStore.getState().filter.status).toEqual([]); // chapter 1 has no filter
    useAppStore.getState().setStoryChapter(1);
    expect(useAppStore.getState().filter.districts).toEqual(['醴陵市']);
    useAppStore.getState().setFilter({ ...useAppStore.getState().filter, districts: [] });
    useAppStore.getState().resetStoryLayers();
    expect(useAppStore.getState().filter.districts).toEqual(['醴陵市']);
    useAppStore.getState().setMode('explore');
    expect(useAppStore.getState().filter).toMatchObject({ districts: [], status: ['planned'] });
  });

  it('replaces the briefing and keeps the chapter in range', () => {
    const b = briefing();
    useAppStore.getState().setStoryChapter(10);
    useAppStore.getState().setStoryBriefing({ ...b, chapters: b.chapters.slice(0, 3) }, true);
    expect(useAppStore.getState().storyChapter).toBe(2);
    expect(useAppStore.getState().storyEdited).toBe(true);
  });

  it('entered before the story code arrived: the chapter comes with the briefing, one history entry', async () => {
    const pushes: string[] = [];
    const replaces: string[] = [];
    let last = '';
    useAppStore.setState({ storyBriefing: null, storyEdited: false });
    const before = { visible: useAppStore.getState().visible, opacity: useAppStore.getState().opacity };
    last = writeUrl(useAppStore.getState(), codecs);
    const unsubscribe = useAppStore.subscribe((next, prev) => {
      const url = writeUrl(next, codecs);
      if (url === last) return;
      (isNavigation(prev, next, codecs) && !briefingArrived(prev, next) ? pushes : replaces).push(url);
      last = url;
    });
    useAppStore.getState().setMode('story');
    useAppStore.getState().setStoryChapter(3);
    expect(sameLayers(useAppStore.getState(), before)).toBe(true); // nothing to show yet
    await useAppStore.getState().loadStoryBriefing();
    expect(sameLayers(useAppStore.getState(), chapterLayerState(briefing().chapters[3]!))).toBe(true);
    expect(pushes).toHaveLength(2); // entering, chapter 4
    expect(replaces).toHaveLength(1); // the briefing's arrival rewrote the entry of chapter 4
    useAppStore.getState().setMode('explore');
    expect(sameLayers(useAppStore.getState(), before)).toBe(true);
    unsubscribe();
  });
});
