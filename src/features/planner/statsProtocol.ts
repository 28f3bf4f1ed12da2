/**
 * The typed message protocol of the statistics worker, and the handler that answers each request. The handler
 * is pure and synchronous, so the unit tests (and the main-thread fallback where Worker is unavailable) call it
 * directly; ./stats.worker.ts only wires it to postMessage.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { District, PlanFeature, Scope } from '../../geo/schema';
import {
  areaStatistics,
  buildStatsIndex,
  districtGeometry,
  scopeGeometry,
  whatIsHere,
  type AreaStatistics,
  type CountyCollection,
  type StatsIndex,
  type WhatIsHere,
} from '../../geo/stats';

/** What to compute statistics for: a drawn polygon, a district, or a plan scope. */
export type StatsTarget =
  | { kind: 'polygon'; geometry: Polygon | MultiPolygon }
  | { kind: 'district'; district: District }
  | { kind: 'scope'; scope: Scope };

export type StatsRequest =
  /** (Re)builds the index, e.g. after the filter changed. Counties are kept when omitted. */
  | { type: 'load'; id: number; features: PlanFeature[]; counties?: CountyCollection }
  | { type: 'stats'; id: number; target: StatsTarget }
  | { type: 'whatIsHere'; id: number; point: Position };

export type StatsResponse =
  | { type: 'loaded'; id: number; zones: number; points: number; lines: number; ms: number }
  | {
      type: 'stats';
      id: number;
      result: AreaStatistics;
      /** The polygon the statistics are for (the district's or scope's outline, for drawing it). */
      geometry: Polygon | MultiPolygon;
      ms: number;
    }
  | { type: 'whatIsHere'; id: number; result: WhatIsHere }
  | { type: 'error'; id: number; code: 'not_loaded' | 'no_boundary' | 'failed'; message: string };

export interface StatsWorkerState {
  index: StatsIndex | null;
  counties?: CountyCollection;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function handleStatsRequest(state: StatsWorkerState, request: StatsRequest): StatsResponse {
  const { id } = request;
  try {
    if (request.type === 'load') {
      const start = now();
      if (request.counties) state.counties = request.counties;
      state.index = buildStatsIndex(request.features, state.counties);
      const { zones, points, lines } = state.index;
      return { type: 'loaded', id, zones: zones.length, points: points.length, lines: lines.length, ms: now() - start };
    }
    const index = state.index;
    if (!index) return { type: 'error', id, code: 'not_loaded', message: 'statistics index not loaded' };
    if (request.type === 'whatIsHere') return { type: 'whatIsHere', id, result: whatIsHere(index, request.point) };
    const start = now();
    const { target } = request;
    const geometry =
      target.kind === 'polygon'
        ? target.geometry
        : target.kind === 'district'
          ? districtGeometry(index, target.district)
          : scopeGeometry(index, target.scope);
    if (!geometry) return { type: 'error', id, code: 'no_boundary', message: 'no boundary for this area' };
    const result = areaStatistics(index, geometry);
    return { type: 'stats', id, result, geometry, ms: now() - start };
  } catch (error) {
    return { type: 'error', id, code: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
