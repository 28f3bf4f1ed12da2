/**
 * Planner — the filter (its panel and link parameters; the filter state itself is shared, src/state/slices/filter),
 * area statistics (panel, worker), measurement (tool, saved measurements, units), "what is here?" and the data
 * exports. Its panels and tools are fetched on first use.
 */
import { useAppStore } from '../../state/store';
import { deferredOverlay, lazyComponent } from '../../ui/lazy';
import { clearStoredMeasurements, DEFAULT_UNITS } from './measureStorage';

export { createPlannerSlice as plannerSlice } from './slice';
export { filterCodec } from './url';
export { planner as plannerStrings } from './strings';
export { PlannerProbe } from './PlannerProbe';
export { ShowMeasurements } from './ShowMeasurements';

export const FilterPanel = lazyComponent(() => import('./FilterPanel').then((m) => m.FilterPanel), 'panel');
export const StatsPanel = lazyComponent(() => import('./StatsPanel').then((m) => m.StatsPanel), 'panel');
export const MeasureTool = lazyComponent(() => import('./MeasureTool').then((m) => m.MeasureTool), 'map');
/** Saved measurements, the statistics outline and the what-is-here popup: after the first screen, or at once when
 * a planner tool is in use. */
export const PlannerOverlay = deferredOverlay(
  () => import('./PlannerOverlay').then((m) => m.PlannerOverlay),
  (s) => s.mode === 'measure' || s.measurements.length > 0 || s.statsSubject !== null || s.probe !== null,
);

/** Clears the planner's stored data (measurements, unit choice) and its state. */
export function resetPlannerData(): void {
  clearStoredMeasurements();
  useAppStore.setState({ measurements: [], units: { ...DEFAULT_UNITS }, showMeasurements: false });
}
