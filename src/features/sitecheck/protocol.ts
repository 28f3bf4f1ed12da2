/**
 * The site-check worker's typed messages and the handler that answers them. The handler only calls S1's pure
 * core (src/geo/parcels): importFile, buildPlanIndex, siteReport. The worker file wires it to postMessage; where
 * Worker is unavailable the client runs it in-process.
 */
import type { CrsId } from '../../geo/crs';
import { importFile } from '../../geo/parcels/importFile';
import { buildPlanIndex, siteReport, type PlanIndex, type SiteReport } from '../../geo/parcels/report';
import { ImportError, type ImportResult, type Parcel } from '../../geo/parcels/types';
import type { PlanFeature } from '../../geo/schema';

export type SiteRequest =
  | { type: 'plan'; id: number; features: PlanFeature[]; counties: GeoJSON.FeatureCollection }
  /** Imports a file and, when the plan is loaded, computes its report in the same go. */
  | { type: 'import'; id: number; name: string; bytes: ArrayBuffer; crs?: CrsId }
  | { type: 'report'; id: number; parcels: Parcel[] };

export type SiteResponse =
  | { type: 'progress'; id: number; stage: 'import' | 'report'; fraction: number }
  | { type: 'planned'; id: number; ms: number }
  | {
      type: 'imported';
      id: number;
      result: ImportResult;
      report: SiteReport | null;
      importMs: number;
      reportMs: number;
    }
  | { type: 'report'; id: number; report: SiteReport; ms: number }
  | { type: 'error'; id: number; code: 'import' | 'no_plan' | 'failed'; zh: string; en: string };

export interface SiteWorkerState {
  index: PlanIndex | null;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Progress messages at most every 2 % (100k parcels must not flood the main thread). */
function throttled(post: (response: SiteResponse) => void, id: number, stage: 'import' | 'report') {
  let last = -1;
  return (fraction: number) => {
    if (fraction - last < 0.02 && fraction < 1) return;
    last = fraction;
    post({ type: 'progress', id, stage, fraction });
  };
}

function errorResponse(id: number, error: unknown): SiteResponse {
  if (error instanceof ImportError) return { type: 'error', id, code: 'import', zh: error.zh, en: error.en };
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'error', id, code: 'failed', zh: message, en: message };
}

export async function handleSiteRequest(
  state: SiteWorkerState,
  request: SiteRequest,
  post: (response: SiteResponse) => void,
): Promise<void> {
  const { id } = request;
  try {
    if (request.type === 'plan') {
      const start = now();
      state.index = buildPlanIndex(request.features, request.counties);
      post({ type: 'planned', id, ms: now() - start });
      return;
    }
    if (request.type === 'import') {
      const start = now();
      const result = await importFile(
        { name: request.name, bytes: request.bytes },
        { crs: request.crs, onProgress: throttled(post, id, 'import') },
      );
      const importMs = now() - start;
      let report: SiteReport | null = null;
      const reportStart = now();
      if (state.index) report = siteReport(result.parcels, state.index, throttled(post, id, 'report'));
      post({ type: 'imported', id, result, report, importMs, reportMs: now() - reportStart });
      return;
    }
    if (!state.index) {
      post({ type: 'error', id, code: 'no_plan', zh: '规划数据尚未加载', en: 'the plan is not loaded' });
      return;
    }
    const start = now();
    const report = siteReport(request.parcels, state.index, throttled(post, id, 'report'));
    post({ type: 'report', id, report, ms: now() - start });
  } catch (error) {
    post(errorResponse(id, error));
  }
}
