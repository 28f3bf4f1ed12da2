/**
 * The briefing's part of the share link: `chapter=N` (1-based). A link with only `?chapter=3` opens story mode
 * on chapter 3; `mode=story` is written alongside by the core codec. Malformed values (abc, 0, 2.5) open
 * chapter 1 and are reported like any bad parameter; a number past the last chapter is clamped by the story
 * slice once the briefing's length is known, with its own notice.
 */
import type { UrlCodec } from '../../state/urlCodec';
import { CHAPTER_PARAM, decodeChapterParam, encodeChapterParam } from './model';

/** The schema's maximum number of chapters (BriefingSchema: chapters ≤ 99). */
const MAX_CHAPTERS = 99;

export const storyCodec: UrlCodec = {
  keys: [CHAPTER_PARAM],
  defaults: () => ({ storyChapter: 0 }),
  read(params, result) {
    const raw = params.get(CHAPTER_PARAM);
    if (raw === null) return;
    const mode = params.get('mode');
    if (mode !== null && mode !== 'story') {
      result.rejected.push(CHAPTER_PARAM); // another mode was asked for; the chapter cannot apply
      return;
    }
    const { index, notice } = decodeChapterParam(raw, MAX_CHAPTERS);
    result.patch.mode = 'story';
    result.patch.storyChapter = index ?? 0;
    if (notice) result.rejected.push(CHAPTER_PARAM);
  },
  write(state, params) {
    if (state.mode === 'story') params.set(CHAPTER_PARAM, encodeChapterParam(state.storyChapter));
  },
  isNavigation: (prev, next) => next.mode === 'story' && prev.storyChapter !== next.storyChapter,
};
