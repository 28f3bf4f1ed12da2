/**
 * Plan tracking — what the plan promised in 2021 and what was delivered by 2026, year by year: the year control
 * and the map's colours (./TrackingOverlay.tsx), the promised-vs-delivered table (./TrackingPanel.tsx). Only the
 * slice, the link codec (`year`, `cmp`) and the tab's name are on the first screen; the rest, with the history data
 * (geodata/history/history.json), is fetched when the view is first turned on.
 */
import { createElement } from 'react';
import { useAppStore } from '../../state/store';
import { addStrings } from '../../i18n';
import { lazyComponent } from '../../ui/lazy';

export { createTrackingSlice as trackingSlice } from './slice';
export { trackingCodec } from './url';
export { tracking as trackingStrings } from './strings';

/** The view's strings come with its code (the first screen has only the tab's name). */
const withStrings = <T>(code: Promise<T>): Promise<T> =>
  Promise.all([code, import('./panelStrings')]).then(([module, strings]) => {
    addStrings(strings.trackingPanel);
    return module;
  });

export const TrackingPanel = lazyComponent(
  () => withStrings(import('./TrackingPanel')).then((m) => m.TrackingPanel),
  'panel',
);

const Overlay = lazyComponent(() => withStrings(import('./TrackingOverlay')).then((m) => m.TrackingOverlay), 'map');

/** The map overlay, fetched only once tracking is on (a link with `year`, or the tab). */
export function TrackingOverlay() {
  const on = useAppStore((s) => s.tracking.year !== null);
  return on ? createElement(Overlay) : null;
}
