/**
 * The site-check worker's typed messages and the handler that answers them. The handler calls S1's pure core
 * (src/geo/parcels: importFile, buildPlanIndex, siteReport) and does the heavy lifting the main thread must not:
 * it saves the parcels to IndexedDB itself and prepares the map's GeoJSON as a Blob (handed to MapLibre as a
 * blob: URL), so a 100,000-parcel file never has to be cloned or serialised on the main thread twice.
 * An import answers twice: `imported` as soon as the parcels are read (they draw at once, verdict pending),
 * then `report` (or an error) when the report is done.
 */
import type { CrsId } from '../../geo/crs';
import { importFile } from '../../geo/parcels/importFile';
import { buildPlanIndex, siteReport, type PlanIndex, type SiteReport } from '../../geo/parcels/report';
import { ImportError, type ImportResult, type Parcel } from '../../geo/parcels/types';
import type { PlanFeature } from '../../geo/schema';
import { parcelCollection } from './mapData';
import { loadParcels, saveParcels, saveSource } from './persistence';

export type SiteRequest =
  | { type: 'plan'; id: number; features: PlanFeature[]; counties: GeoJSON.FeatureCollection }
  | { type: 'import'; id: number; layerId: string; name: string; bytes: ArrayBuffer; crs?: CrsId; keepSource: boolean }
  /** Recomputes a layer's report; parcels come from the worker's cache or IndexedDB. */
  | { type: 'report'; id: number; layerId: string }
  | { type: 'forget'; id: number; layerId: string };

export type SiteResponse =
  | { type: 'progress'; id: number; stage: 'import' | 'report'; fraction: number }
  | { type: 'planned'; id: number; ms: number }
  | { type: 'imported'; id: number; result: ImportResult; map: Blob; ms: number }
  /** The parcels could not be kept in IndexedDB (quota, private mode): the layer lives until reload. */
  | { type: 'saveFailed'; id: number; message: string }
  | { type: 'report'; id: number; report: SiteReport; map: Blob; ms: number }
  | { type: 'done'; id: number }
  | { type: 'error'; id: number; code: 'import' | 'no_plan' | 'no_parcels' | 'failed'; zh: string; en: string };

export interface SiteWorkerState {
  index: PlanIndex | null;
  parcels: Map<string, Parcel[]>;
}

export const newWorkerState = (): SiteWorkerState => ({ index: null, parcels: new Map() });

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

const mapBlob = (parcels: Parcel[], report: SiteReport | null) =>
  new Blob([JSON.stringify(parcelCollection(parcels, report))], { type: 'application/geo+json' });

function report(state: SiteWorkerState, id: number, parcels: Parcel[], post: (response: SiteResponse) => void) {
  if (!state.index) {
    post({ type: 'error', id, code: 'no_plan', zh: '规划数据尚未加载', en: 'the plan is not loaded' });
    return;
  }
  const start = now();
  const result = siteReport(parcels, state.index, throttled(post, id, 'report'));
  post({ type: 'report', id, report: result, map: mapBlob(parcels, result), ms: now() - start });
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
    if (request.type === 'forget') {
      state.parcels.delete(request.layerId);
      post({ type: 'done', id });
      return;
    }
    if (request.type === 'import') {
      const start = now();
      const result = await importFile(
        { name: request.name, bytes: request.bytes },
        { crs: request.crs, onProgress: throttled(post, id, 'import') },
      );
      if (result.parcels.length === 0) {
        post({ type: 'imported', id, result, map: mapBlob([], null), ms: now() - start });
        post({ type: 'done', id });
        return;
      }
      state.parcels.set(request.layerId, result.parcels);
      post({ type: 'imported', id, result, map: mapBlob(result.parcels, null), ms: now() - start });
      try {
        await saveParcels(request.layerId, result.parcels);
        if (request.keepSource) await saveSource(request.layerId, request.bytes);
      } catch (error) {
        post({ type: 'saveFailed', id, message: error instanceof Error ? error.message : String(error) });
      }
      report(state, id, result.parcels, post);
      return;
    }
    const parcels = state.parcels.get(request.layerId) ?? (await loadParcels(request.layerId));
    if (!parcels) {
      post({ type: 'error', id, code: 'no_parcels', zh: '找不到图层的地块', en: 'the layer’s parcels are missing' });
      return;
    }
    state.parcels.set(request.layerId, parcels);
    report(state, id, parcels, post);
  } catch (error) {
    post(errorResponse(id, error));
  }
}
