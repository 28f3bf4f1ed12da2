import { bbox } from '@turf/bbox';
import type { PlanFeature } from '../geo/schema';
import { useAppStore } from '../state/store';

/** Frames a feature and opens its panel. */
export function flyToFeature(feature: PlanFeature): void {
  const store = useAppStore.getState();
  store.select(feature.properties.id);
  const [w, s, e, n] = bbox(feature);
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  store.requestBounds(
    [
      [w, s],
      [e, n],
    ],
    reduced ? 0 : 700,
  );
}
