/**
 * The plan-tracking view in the share link: `year` (2021–2026) turns it on and shows the tracked features by
 * their status in that year; `cmp` is the other year of a comparison. A malformed year is dropped with a notice.
 *
 *   ?year=2026             ?year=2021&cmp=2026
 */
import { parseTrackYear } from '../../geo/history';
import type { UrlCodec } from '../../state/urlCodec';
import { defaultTracking } from './slice';

export const TRACKING_URL_KEYS = { year: 'year', compare: 'cmp' } as const;

export const trackingCodec: UrlCodec = {
  keys: Object.values(TRACKING_URL_KEYS),
  defaults: () => ({ tracking: defaultTracking() }),
  read(params, result) {
    const tracking = defaultTracking();
    const rawYear = params.get(TRACKING_URL_KEYS.year);
    if (rawYear !== null) {
      tracking.year = parseTrackYear(rawYear);
      if (tracking.year === null) result.rejected.push(TRACKING_URL_KEYS.year);
    }
    const rawCompare = params.get(TRACKING_URL_KEYS.compare);
    if (rawCompare !== null && tracking.year !== null) {
      tracking.compare = parseTrackYear(rawCompare);
      if (tracking.compare === null) result.rejected.push(TRACKING_URL_KEYS.compare);
    }
    result.patch.tracking = tracking;
  },
  write(state, params) {
    // (a state built without this feature's slice, e.g. by another codec's test, has no tracking)
    const { year, compare } = state.tracking ?? defaultTracking();
    if (year === null) return;
    params.set(TRACKING_URL_KEYS.year, String(year));
    if (compare !== null) params.set(TRACKING_URL_KEYS.compare, String(compare));
  },
  isNavigation: (prev, next) => ((prev.tracking?.year ?? null) === null) !== ((next.tracking?.year ?? null) === null),
};
