/**
 * The site-check worker's typed messages and the handler that answers them. The handler calls S1's pure core
 * (src/geo/parcels: importFile, buildPlanIndex, siteReport) and does the heavy lifting the main thread must not:
 * it saves the parcels to IndexedDB itself and prepares the map's GeoJSON as a Blob (handed to MapLibre as a
 * blob: URL), so a 100,000-parcel file never has to be cloned or serialised on the main thread twice.
 * An import answers twice: `imported` as soon as the parcels are read (they draw at once, verdict pending),
 * then `report` (or an error) when the report is done.
 *
 * The parcels and the report's rows stay here: the main thread gets their shape (count, extent, kind), the
 * report's totals, a new map blob with the verdicts baked in, and the table page it asks for (`rows`). Exports,
 * the statistics area and the row of a clicked parcel are answered here too. Measured at 100,000 parcels,
 * cloning the parcels and rows to the main thread and holding them in the store blocked it for seconds.
 */
import type { CrsId } from '../../geo/crs';
import { clip } from '../../geo/text';
import { importFile } from '../../geo/parcels/importFile';
import { siteReport, siteReportInChunks } from '../../geo/parcels/report';
import { buildPlanIndex, type PlanIndex } from '../../geo/parcels/report/planIndex';
import { reportToCsv, reportToGeoJSON } from '../../geo/parcels/report/rows';
import type { SiteReport } from '../../geo/parcels/report/types';
import { ImportError, type Parcel } from '../../geo/parcels/types';
import type { PlanFeature } from '../../geo/schema';
import type { GeoJSONVT } from '@maplibre/geojson-vt';
import { parcelTiles, tilePbf, verdictCodes } from './mapData';
import { DamagedRecord, loadParcels, loadVerdicts, saveParcels, saveSource, saveVerdicts } from './persistence';
import { referenceZones, withReferenceZones } from '../../geo/parcels/report/reference';
import { geometryBbox, layerShape, positions, reportSummary, sortedOrder } from './reportRows';
import type { ImportSummary, LayerShape, ReportSummary, TableRow } from './types';

export type SiteRequest =
  /**
   * The plan the reports are computed against; with `reference`, that imported layer's zone polygons (an official
   * 三区三线 / 规划分区 file) replace the plan's schematic planning zones (src/geo/parcels/report/reference.ts).
   */
  | {
      type: 'plan';
      id: number;
      features: PlanFeature[];
      counties: GeoJSON.FeatureCollection;
      reference?: { layerId: string; name: string } | null;
    }
  | { type: 'import'; id: number; layerId: string; name: string; bytes: ArrayBuffer; crs?: CrsId; keepSource: boolean }
  /** Recomputes a layer's report; parcels come from the worker's cache or IndexedDB. */
  | { type: 'report'; id: number; layerId: string }
  /** A saved layer's shape (after a reload: the parcels are read from IndexedDB here). */
  | { type: 'summary'; id: number; layerId: string }
  /** One vector tile of the layer's map data (see mapData.ts). */
  | { type: 'tile'; id: number; layerId: string; z: number; x: number; y: number }
  /** `count` rows of the sorted table from position `from`. */
  | { type: 'rows'; id: number; layerId: string; from: number; count: number }
  /** The table position of the parcel with this index (a parcel clicked on the map). */
  | { type: 'locate'; id: number; layerId: string; index: number }
  | { type: 'export'; id: number; layerId: string; format: 'csv' | 'geojson'; language: 'zh' | 'en' }
  /** The layer's polygons as one MultiPolygon (the area of the area statistics). */
  | { type: 'polygons'; id: number; layerId: string }
  | { type: 'forget'; id: number; layerId: string };

export type SiteResponse =
  | { type: 'progress'; id: number; stage: 'import' | 'report'; fraction: number }
  | { type: 'planned'; id: number; ms: number; reference?: { zones: number; skipped: number } }
  | { type: 'imported'; id: number; result: ImportSummary; ms: number }
  /** The parcels could not be kept in IndexedDB (quota, private mode): the layer lives until reload. */
  | { type: 'saveFailed'; id: number; message: string }
  | { type: 'report'; id: number; report: ReportSummary; ms: number }
  | { type: 'summary'; id: number; shape: LayerShape }
  /** An uncompressed MVT (transferred), or null for an empty tile. */
  | { type: 'tile'; id: number; data: ArrayBuffer | null }
  | { type: 'rows'; id: number; from: number; total: number; rows: TableRow[] }
  | { type: 'located'; id: number; position: number }
  | { type: 'exported'; id: number; blob: Blob }
  | { type: 'polygons'; id: number; geometry: GeoJSON.MultiPolygon | null }
  | { type: 'done'; id: number }
  | {
      type: 'error';
      id: number;
      code: 'import' | 'no_plan' | 'no_parcels' | 'damaged' | 'failed';
      zh: string;
      en: string;
      /** The coordinate system could not be decided: offer the select and import again with the user's choice. */
      chooseCrs?: boolean;
    };

interface KeptReport {
  report: SiteReport;
  /** Table position → row index, and row index → table position. */
  order: Int32Array;
  position: Int32Array;
}

export interface SiteWorkerState {
  index: PlanIndex | null;
  parcels: Map<string, Parcel[]>;
  /** Parcels being read from IndexedDB (one read per layer, however many requests wait for it). */
  loading: Map<string, Promise<Parcel[] | undefined>>;
  reports: Map<string, KeptReport>;
  /** The map's tile index per layer, over the parcels and the verdicts known then (rebuilt when they change). */
  tiles: Map<string, Promise<GeoJSONVT>>;
  /** The layer whose zones are the reference zoning: drawn without verdicts (it is not checked against itself). */
  reference: string | null;
}

export const newWorkerState = (): SiteWorkerState => ({
  index: null,
  parcels: new Map(),
  loading: new Map(),
  reports: new Map(),
  tiles: new Map(),
  reference: null,
});

/** Runs `make` after the current message is answered (the tile index is built once the map asks for it). */
const later = <T>(make: () => T): Promise<T> => Promise.resolve().then(make);

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
  if (error instanceof ImportError)
    return {
      type: 'error',
      id,
      code: 'import',
      zh: error.zh,
      en: error.en,
      ...(error.code === 'crs' ? { chooseCrs: true } : {}),
    };
  // An unexpected failure (a bug, a file no reader expected): the details in brackets, advice in words.
  const message = clip(error instanceof Error ? error.message : String(error), 160);
  return {
    type: 'error',
    id,
    code: 'failed',
    zh: `处理时出错（${message}）。请重试；若仍出错，请在 GIS 中把文件另存为 GeoJSON 或 Shapefile 后再导入。`,
    en: `Processing failed (${message}). Try again; if it fails again, save the file as GeoJSON or Shapefile in a GIS and import that.`,
  };
}

class Missing extends Error {
  constructor(readonly code: 'no_plan' | 'no_parcels' | 'damaged') {
    super(code);
  }
}

const MISSING = {
  no_plan: { zh: '规划数据尚未加载', en: 'the plan is not loaded' },
  no_parcels: { zh: '找不到图层的地块', en: 'the layer’s parcels are missing' },
  damaged: { zh: '图层的地块记录已损坏', en: 'the layer’s parcels record is damaged' },
};

async function parcelsOf(state: SiteWorkerState, layerId: string): Promise<Parcel[]> {
  const cached = state.parcels.get(layerId);
  if (cached) return cached;
  let loading = state.loading.get(layerId);
  if (!loading) {
    loading = loadParcels(layerId)
      .catch((error: unknown) => {
        if (error instanceof DamagedRecord) throw new Missing('damaged');
        throw error;
      })
      .finally(() => state.loading.delete(layerId));
    state.loading.set(layerId, loading);
  }
  const parcels = await loading;
  if (!parcels) throw new Missing('no_parcels');
  state.parcels.set(layerId, parcels);
  return parcels;
}

/** Lets the worker answer the messages waiting (a macrotask: tile requests are served between report chunks). */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Computes and keeps a layer's report. In chunks (the map's tile requests are answered in between, so the
 * parcels draw while the report runs), unless `whole` (an answer someone waits for: rows, locate, export).
 */
async function computeReport(
  state: SiteWorkerState,
  layerId: string,
  parcels: Parcel[],
  onProgress?: (fraction: number) => void,
  whole = false,
): Promise<KeptReport> {
  const index = state.index;
  if (!index) throw new Missing('no_plan');
  const report = whole
    ? siteReport(parcels, index, onProgress)
    : await siteReportInChunks(parcels, index, pause, onProgress);
  if (state.parcels.get(layerId) !== parcels) throw new Error('superseded');
  const order = sortedOrder(report.rows);
  const kept = { report, order, position: positions(order) };
  state.reports.set(layerId, kept);
  // The map's tiles get the verdicts (not the reference layer's: checked against itself); a reload finds them in
  // IndexedDB.
  const verdicts = verdictCodes(report);
  state.tiles.set(
    layerId,
    later(() => parcelTiles(parcels, layerId === state.reference ? null : verdicts)),
  );
  saveVerdicts(layerId, verdicts).catch(() => undefined);
  return kept;
}

/** The layer's report: kept from before, or computed now (e.g. in a fresh worker after a cancel). */
async function reportOf(state: SiteWorkerState, layerId: string): Promise<KeptReport> {
  const kept = state.reports.get(layerId);
  if (kept) return kept;
  return computeReport(state, layerId, await parcelsOf(state, layerId), undefined, true);
}

async function postReport(
  state: SiteWorkerState,
  id: number,
  layerId: string,
  parcels: Parcel[],
  post: (response: SiteResponse) => void,
) {
  const start = now();
  const { report } = await computeReport(state, layerId, parcels, throttled(post, id, 'report'));
  const ms = now() - start;
  post({ type: 'report', id, report: reportSummary(report), ms });
}

/** The layer's tile index: verdicts from the report, or from IndexedDB (a fresh worker), or pending. */
function tilesOf(state: SiteWorkerState, layerId: string): Promise<GeoJSONVT> {
  let tiles = state.tiles.get(layerId);
  if (!tiles) {
    tiles = (async () => {
      const parcels = await parcelsOf(state, layerId);
      const kept = state.reports.get(layerId);
      if (layerId === state.reference) return parcelTiles(parcels, null);
      const verdicts = kept ? verdictCodes(kept.report) : ((await loadVerdicts(layerId)) ?? null);
      return parcelTiles(parcels, verdicts?.length === parcels.length ? verdicts : null);
    })();
    tiles.catch(() => state.tiles.delete(layerId));
    state.tiles.set(layerId, tiles);
  }
  return tiles;
}

function polygonsOf(parcels: Parcel[]): GeoJSON.MultiPolygon | null {
  const coordinates: GeoJSON.Position[][][] = [];
  for (const parcel of parcels) {
    const g = parcel.geometry;
    if (g.type === 'Polygon') coordinates.push(g.coordinates);
    else if (g.type === 'MultiPolygon') coordinates.push(...g.coordinates);
  }
  return coordinates.length > 0 ? { type: 'MultiPolygon', coordinates } : null;
}

export async function handleSiteRequest(
  state: SiteWorkerState,
  request: SiteRequest,
  post: (response: SiteResponse) => void,
): Promise<void> {
  const { id } = request;
  try {
    switch (request.type) {
      case 'plan': {
        const start = now();
        let features = request.features;
        let reference: { zones: number; skipped: number } | undefined;
        if (request.reference) {
          const zones = referenceZones(await parcelsOf(state, request.reference.layerId), request.reference.name);
          if (zones.features.length === 0) {
            post({
              type: 'error',
              id,
              code: 'failed',
              zh: '该图层没有可识别分区属性（如“生态保护红线”“永久基本农田”“城镇开发边界”）的面',
              en: 'the layer has no polygons with a recognisable zone attribute (e.g. ecology, farmland, urban)',
            });
            return;
          }
          features = withReferenceZones(features, zones.features);
          reference = { zones: zones.features.length, skipped: zones.skipped };
        }
        state.index = buildPlanIndex(features, request.counties);
        state.reference = request.reference?.layerId ?? null;
        // Every report was made against the previous zones.
        state.reports.clear();
        state.tiles.clear();
        post({ type: 'planned', id, ms: now() - start, ...(reference ? { reference } : {}) });
        return;
      }
      case 'forget':
        state.parcels.delete(request.layerId);
        state.reports.delete(request.layerId);
        state.tiles.delete(request.layerId);
        post({ type: 'done', id });
        return;
      case 'import': {
        const start = now();
        const { parcels, ...rest } = await importFile(
          { name: request.name, bytes: request.bytes },
          { crs: request.crs, onProgress: throttled(post, id, 'import') },
        );
        const result: ImportSummary = { ...rest, shape: layerShape(parcels) };
        if (parcels.length === 0) {
          post({ type: 'imported', id, result, ms: now() - start });
          post({ type: 'done', id });
          return;
        }
        state.parcels.set(request.layerId, parcels);
        state.reports.delete(request.layerId);
        state.tiles.set(
          request.layerId,
          later(() => parcelTiles(parcels, null)),
        );
        post({ type: 'imported', id, result, ms: now() - start });
        try {
          await saveParcels(request.layerId, parcels);
          await saveVerdicts(request.layerId, null);
          if (request.keepSource) await saveSource(request.layerId, request.bytes);
        } catch (error) {
          post({ type: 'saveFailed', id, message: error instanceof Error ? error.message : String(error) });
        }
        await postReport(state, id, request.layerId, parcels, post);
        return;
      }
      case 'report':
        await postReport(state, id, request.layerId, await parcelsOf(state, request.layerId), post);
        return;
      case 'summary': {
        const parcels = await parcelsOf(state, request.layerId);
        post({ type: 'summary', id, shape: layerShape(parcels) });
        return;
      }
      case 'tile': {
        const index = await tilesOf(state, request.layerId);
        post({ type: 'tile', id, data: tilePbf(index, request.z, request.x, request.y) });
        return;
      }
      case 'rows': {
        const parcels = await parcelsOf(state, request.layerId);
        const { report, order } = await reportOf(state, request.layerId);
        const from = Math.max(0, Math.min(request.from, order.length));
        const to = Math.min(order.length, from + Math.max(0, request.count));
        const rows: TableRow[] = [];
        for (let p = from; p < to; p++) {
          const index = order[p]!;
          rows.push({ ...report.rows[index]!, index, bbox: geometryBbox(parcels[index]!.geometry) });
        }
        post({ type: 'rows', id, from, total: order.length, rows });
        return;
      }
      case 'locate': {
        const { position } = await reportOf(state, request.layerId);
        const index = request.index;
        post({ type: 'located', id, position: index >= 0 && index < position.length ? position[index]! : -1 });
        return;
      }
      case 'export': {
        const parcels = await parcelsOf(state, request.layerId);
        const { report } = await reportOf(state, request.layerId);
        const blob =
          request.format === 'csv'
            ? new Blob([reportToCsv(report, request.language)], { type: 'text/csv;charset=utf-8' })
            : new Blob([JSON.stringify(reportToGeoJSON(report, parcels))], { type: 'application/geo+json' });
        post({ type: 'exported', id, blob });
        return;
      }
      case 'polygons':
        post({ type: 'polygons', id, geometry: polygonsOf(await parcelsOf(state, request.layerId)) });
        return;
    }
  } catch (error) {
    if (error instanceof Missing) post({ type: 'error', id, code: error.code, ...MISSING[error.code] });
    else post(errorResponse(id, error));
  }
}
