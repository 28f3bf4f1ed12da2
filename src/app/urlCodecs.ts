/**
 * The share link: the core codec (camera, layers, selection, mode, language; src/state/urlCodec.ts) and each
 * feature's codec, in order. A new feature with link parameters adds its codec here (one line).
 */
import { nearbyCodec } from '../features/nearby';
import { filterCodec } from '../features/planner';
import { storyCodec } from '../features/story';
import { trackingCodec } from '../features/tracking';
import type { AppState } from '../state/store';
import {
  coreCodec,
  isNavigation as isNavigationWith,
  readUrl as readUrlWith,
  writeUrl as writeUrlWith,
  type UrlCodec,
  type UrlReadResult,
} from '../state/urlCodec';

export const URL_CODECS: readonly UrlCodec[] = [coreCodec, nearbyCodec, storyCodec, filterCodec, trackingCodec];

export const readUrl = (search: string, codecs = URL_CODECS): UrlReadResult => readUrlWith(search, codecs);
export const writeUrl = (state: AppState, codecs = URL_CODECS): string => writeUrlWith(state, codecs);
export const isNavigation = (prev: AppState, next: AppState, codecs = URL_CODECS): boolean =>
  isNavigationWith(prev, next, codecs);
