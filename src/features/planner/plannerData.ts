/**
 * Shared plumbing of the planner UI: the statistics worker (one per page), the county boundaries it needs,
 * the hook that keeps its index in step with the filtered features, the area-statistics hook, and a download
 * helper. No rendering here.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import { loadCounties } from '../../data/geodata';

import { validatePolygon, type DrawingErrorCode } from '../../geo/measure';
import type { PlanFeature } from '../../geo/schema';
import type { AreaStatistics } from '../../geo/stats';
import { useVisibleFeatures } from '../../state/derived';
import type { StatsSubject } from './slice';
import { useAppStore } from '../../state/store';
import { StatsClient } from './statsClient';

let client: StatsClient | null = null;
/** The page's statistics worker client. */
export function statsClient(): StatsClient {
  client ??= new StatsClient();
  return client;
}

// The worker's index version: bumped after each (re)load, so statistics recompute after a filter change.
let indexVersion = 0;
const versionListeners = new Set<() => void>();
const subscribeVersion = (listener: () => void) => {
  versionListeners.add(listener);
  return () => versionListeners.delete(listener);
};
export const useIndexVersion = () => useSyncExternalStore(subscribeVersion, () => indexVersion);

/**
 * Keeps the worker's index = the visible (filtered) features plus every planning zone (zone areas describe
 * the land, whatever the filter shows). Mounted once (PlannerOverlay). The worker, its code and the county
 * boundaries are only fetched once statistics are first asked for (a subject chosen, or "what is here?").
 */
export function useStatsIndexLoader(): void {
  const visible = useVisibleFeatures();
  const all = useAppStore((s) => s.data.features);
  const status = useAppStore((s) => s.data.status);
  const wanted = useAppStore((s) => s.statsSubject !== null || s.probe !== null);
  const [active, setActive] = useState(false);
  if (wanted && !active) setActive(true); // once asked for, the index follows every later filter change
  const features = useMemo(() => {
    const seen = new Set(visible);
    return [...visible, ...all.filter((f) => f.properties.category === 'planning_zone' && !seen.has(f))];
  }, [visible, all]);
  useEffect(() => {
    if (status === 'loading' || !active) return;
    let cancelled = false;
    void loadCounties()
      .then((counties) => statsClient().load(features as PlanFeature[], counties))
      .then(() => {
        if (cancelled) return;
        indexVersion += 1;
        for (const listener of versionListeners) listener();
      });
    return () => {
      cancelled = true;
    };
  }, [features, status, active]);
}

export type AreaStatsState =
  | { status: 'idle' }
  | { status: 'computing' }
  | { status: 'invalid'; error: DrawingErrorCode }
  | { status: 'error'; message: string; code?: string }
  | { status: 'ready'; result: AreaStatistics; geometry: Polygon | MultiPolygon; ms: number };

/** Statistics for the subject, recomputed in the worker when the subject, its geometry or the filter change. */
export function useAreaStats(subject: StatsSubject | null): AreaStatsState {
  const version = useIndexVersion();
  const measurement = useAppStore((s) =>
    subject?.kind === 'measurement' ? s.measurements.find((m) => m.id === subject.id) : undefined,
  );
  const [state, setState] = useState<AreaStatsState>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    const apply = (next: AreaStatsState) => {
      if (request === latest.current) setState(next);
    };
    if (!subject || version === 0) {
      apply({ status: 'idle' });
      return;
    }
    let target;
    if (subject.kind === 'measurement') {
      if (!measurement || measurement.geometry.type !== 'Polygon') {
        apply({ status: 'idle' });
        return;
      }
      const problem = validatePolygon(measurement.geometry.coordinates);
      if (problem) {
        apply({ status: 'invalid', error: problem.error });
        return;
      }
      target = { kind: 'polygon' as const, geometry: measurement.geometry };
    } else if (subject.kind === 'polygon') target = { kind: 'polygon' as const, geometry: subject.geometry };
    else target = subject;
    apply({ status: 'computing' });
    void statsClient()
      .stats(target)
      .then((response) => {
        if (response.type === 'stats') {
          apply({ status: 'ready', result: response.result, geometry: response.geometry, ms: response.ms });
        } else if (response.type === 'error') {
          apply({ status: 'error', message: response.message, code: response.code });
        }
      });
  }, [subject, measurement, version]);
  return state;
}

/** Opens a side-panel tab (the SidePanel listens for this event). */
export function openSideTab(id: string): void {
  window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: id }));
}
