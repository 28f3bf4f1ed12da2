/**
 * What the site-check UI does, apart from React: import files through the worker (one at a time, with progress
 * and cancel), re-import in another coordinate system, (re)compute reports, restore saved layers, zoom to a
 * layer, and hand a layer to the area statistics. Everything writes to the store; components only call these.
 */
import type { CrsId } from '../../geo/crs';
import { sniffFormat } from '../../geo/parcels/formats/sniff';
import { MAX_FILE_BYTES } from '../../geo/parcels/types';
import { useAppStore } from '../../state/store';
import { downloadBlob } from '../../ui/download';
import { Cancelled, siteCheckClient, type Final, type Job } from './client';
import { tileUrl } from './parcelMap';
import { deleteLayer, loadLayers, loadSource, onOtherTabChange } from './persistence';
import { statsSubjectId } from './slice';
import { importTimeOfId } from './storedLayer';
import type { BBox4, SiteLayer, SiteLayerMeta, TableRow } from './types';

/** Original files up to this size are kept in IndexedDB so the coordinate system can be changed after a reload. */
export const MAX_KEPT_SOURCE_BYTES = 50 * 1024 * 1024;

let current: Job<Final> | null = null;
/** The bytes of the file whose coordinate system could not be decided (imported again with the user's choice). */
let crsRetry: { name: string; bytes: ArrayBuffer; target: ImportTarget } | null = null;
/** Original files of this page's imports, by layer id (IndexedDB has them too, up to the size above). */
const sources = new Map<string, ArrayBuffer>();
const reportJobs = new Map<string, Job<Final>>();

const store = () => useAppStore.getState();
const newId = () => `L${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const stem = (fileName: string) => fileName.replace(/\.[^.]+$/, '') || fileName;

export function isImporting(): boolean {
  return current !== null;
}

interface ImportTarget {
  /** A layer being re-imported (keeps its id, name and display settings). */
  replace?: SiteLayer;
  crs?: CrsId;
  /** A new layer's id and name when they are given (an unlisted layer recovered from its kept original). */
  id?: string;
  name?: string;
}

const importFailed = (file: string, reason: { zh: string; en: string }) =>
  store().setSiteMessage({ level: 'error', key: 'sitecheck.failed', values: { file }, reason });

/** The worker's report (or its failure) for a layer → the store. */
function applyReport(layerId: string, response: Final): void {
  const layer = store().siteLayers.find((l) => l.id === layerId);
  if (!layer) return;
  if (layer.reference) {
    // A report asked for before the layer became the reference (e.g. with its import): not shown.
    showAsReference(layerId);
    return;
  }
  if (response.type === 'report') {
    store().setSiteReport(layerId, { status: 'ready', report: response.report, ms: response.ms });
    store().setSiteMapUrl(layerId, tileUrl(layerId));
  } else if (response.type === 'error' && response.code !== 'no_plan') {
    store().setSiteReport(layerId, { status: 'error', zh: response.zh, en: response.en });
  }
  // no_plan: the report starts when the plan arrives (computeMissingReports).
}

/**
 * Imports one file into a new layer (or into the layer being re-imported). Resolves once the parcels are on the
 * map; the report follows in the background.
 */
function importOne(name: string, bytes: ArrayBuffer, target: ImportTarget = {}): Promise<void> {
  const previous = target.replace;
  const layerId = previous?.id ?? target.id ?? newId();
  const keepSource = bytes.byteLength <= MAX_KEPT_SOURCE_BYTES;
  store().setSiteJob({ fileName: name, stage: 'import', fraction: 0 });
  store().setSiteMessage(null);
  crsRetry = null;
  store().setSiteCrsRetry(null);
  return new Promise<void>((resolve) => {
    let imported = false;
    const finishImport = () => {
      if (current === job) current = null;
      store().setSiteJob(null);
      resolve();
    };
    const job = siteCheckClient().importFile(
      layerId,
      name,
      bytes,
      { crs: target.crs, keepSource },
      (stage, fraction) => {
        if (stage === 'import' && !imported) store().setSiteJob({ fileName: name, stage, fraction });
        else if (stage === 'report' && imported) store().setSiteReport(layerId, { status: 'computing', fraction });
      },
      ({ result }) => {
        imported = true;
        if (result.shape.count === 0) {
          const first = result.rejected[0];
          importFailed(name, {
            zh: `没有可用的地块${first ? `（${result.rejected.length} 个被拒绝，例如：${first.reason_zh}）` : ''}`,
            en: `no usable parcels${first ? ` (${result.rejected.length} rejected, e.g. ${first.reason_en})` : ''}`,
          });
          finishImport();
          return;
        }
        const layer: SiteLayer = {
          id: layerId,
          name: previous?.name ?? target.name ?? stem(name),
          fileName: name,
          format: result.format,
          crs: result.crs,
          shape: result.shape,
          repaired: result.repaired,
          rejected: result.rejected,
          warnings: result.warnings,
          importedAt: new Date().toISOString(),
          visible: previous?.visible ?? true,
          opacity: previous?.opacity ?? 0.8,
          hasSource: keepSource,
        };
        sources.set(layerId, bytes);
        reportJobs.set(layerId, job);
        store().setSiteReport(layerId, { status: 'computing', fraction: 0 });
        store().setSiteMapUrl(layerId, tileUrl(layerId));
        void store().putSiteLayer(layer);
        store().setSiteMessage({
          level: 'info',
          key: 'sitecheck.imported',
          values: { file: name, count: result.shape.count },
        });
        if (!previous) zoomToLayer(layerId);
        finishImport();
      },
      (message) =>
        store().setSiteMessage({
          level: 'error',
          key: 'sitecheck.failedSave',
          values: {},
          reason: { zh: message, en: message },
        }),
    );
    current = job;
    job.promise
      .then((response) => {
        if (!imported) {
          if (response.type === 'error') {
            importFailed(name, { zh: response.zh, en: response.en });
            if (response.chooseCrs && !previous) {
              crsRetry = { name, bytes, target: { id: target.id, name: target.name } };
              store().setSiteCrsRetry(name);
            }
          }
          return;
        }
        if (reportJobs.get(layerId) !== job) return;
        reportJobs.delete(layerId);
        applyReport(layerId, response);
        // The plan may have arrived while this job ran without it (computeMissingReports skipped the layer then).
        if (response.type === 'error' && response.code === 'no_plan') computeMissingReports();
      })
      .catch((error: unknown) => {
        if (imported) {
          // A report interrupted by another cancel: computeMissingReports restarts it.
          if (reportJobs.get(layerId) === job) reportJobs.delete(layerId);
          return;
        }
        if (error instanceof Cancelled) {
          store().setSiteMessage({ level: 'info', key: 'sitecheck.cancelled', values: { file: name } });
        } else {
          const message = error instanceof Error ? error.message : String(error);
          importFailed(name, { zh: message, en: message });
        }
      })
      .finally(() => {
        if (reportJobs.get(layerId) === job) reportJobs.delete(layerId);
        if (!imported) finishImport();
      });
  });
}

/** Imports the files one after another; a file over the size limit is refused before it is read. */
export async function importFiles(files: File[]): Promise<void> {
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      const mb = Math.round(MAX_FILE_BYTES / 1024 / 1024);
      store().setSiteMessage({
        level: 'error',
        key: 'sitecheck.failed',
        values: { file: file.name },
        reason: { zh: `文件超过 ${mb} MB 的大小限制`, en: `the file is larger than the ${mb} MB limit` },
      });
      continue;
    }
    store().setSiteJob({ fileName: file.name, stage: 'read', fraction: 0 });
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      store().setSiteJob(null);
      store().setSiteMessage({
        level: 'error',
        key: 'sitecheck.failed',
        values: { file: file.name },
        reason: { zh: String(error), en: String(error) },
      });
      continue;
    }
    await importOne(file.name, bytes);
  }
}

/** Stops the running import; reports that were interrupted with it are started again. */
export function cancelImport(): void {
  current?.cancel();
  setTimeout(computeMissingReports, 0);
}

/** Imports again, in the chosen coordinate system, the file whose coordinate system could not be decided. */
export async function importWithCrs(crs: CrsId): Promise<void> {
  const retry = crsRetry;
  if (!retry) return;
  await importOne(retry.name, retry.bytes, { ...retry.target, crs });
}

/** Re-imports a layer's original file in another coordinate system. */
export async function reimport(layerId: string, crs: CrsId): Promise<void> {
  const layer = store().siteLayers.find((l) => l.id === layerId);
  if (!layer) return;
  const bytes = sources.get(layerId) ?? (await loadSource(layerId));
  if (!bytes) return;
  await importOne(layer.fileName, bytes, { replace: layer, crs });
}

/** The reference layer has no report of its own (it would be checked against itself): said so, drawn neutral. */
function showAsReference(layerId: string): void {
  store().setSiteReport(layerId, { status: 'reference' });
  store().setSiteMapUrl(layerId, tileUrl(layerId));
}

/**
 * Computes (or recomputes) a layer's report in the worker, once the plan is there. Not for the reference layer:
 * it is the zoning every report is checked against, so its own report would check it against itself.
 */
export function computeReport(layerId: string): void {
  const layer = store().siteLayers.find((l) => l.id === layerId);
  if (!layer) return;
  if (layer.reference) {
    reportJobs.delete(layerId);
    showAsReference(layerId);
    return;
  }
  store().setSiteReport(layerId, { status: 'computing', fraction: 0 });
  if (!siteCheckClient().hasPlan) return; // started when the plan arrives (computeMissingReports)
  // An earlier report of this layer is not cancelled (that would stop the whole worker); its answer is ignored.
  const job = siteCheckClient().report(layerId, (_stage, fraction) =>
    store().setSiteReport(layerId, { status: 'computing', fraction }),
  );
  reportJobs.set(layerId, job);
  job.promise
    .then((response) => {
      if (reportJobs.get(layerId) === job) applyReport(layerId, response);
    })
    .catch(() => undefined)
    .finally(() => {
      if (reportJobs.get(layerId) === job) reportJobs.delete(layerId);
    });
}

/**
 * Uses a layer as the reference zoning (its polygons with a zone attribute replace the plan's schematic zones in
 * every report: verdicts against them are exact conflicts), or stops using it. Every report is computed again.
 */
export async function setReferenceLayer(layerId: string, on: boolean): Promise<void> {
  const layer = store().siteLayers.find((l) => l.id === layerId);
  if (!layer) return;
  const response = await siteCheckClient().setReference(on ? { layerId, name: layer.name } : null);
  if (response?.type === 'error') {
    store().setSiteMessage({
      level: 'error',
      key: 'sitecheck.referenceFailed',
      values: { name: layer.name },
      reason: { zh: response.zh, en: response.en },
    });
    return;
  }
  for (const l of store().siteLayers) {
    const reference = on && l.id === layerId;
    if (Boolean(l.reference) !== reference) store().patchSiteLayer(l.id, { reference });
  }
  for (const l of store().siteLayers) computeReport(l.id);
}

/** Removes a layer: store, IndexedDB and the worker's copy. */
export function removeLayer(layerId: string): void {
  if (siteCheckClient().referenceLayerId === layerId) void setReferenceLayer(layerId, false);
  store().removeSiteLayer(layerId);
  reportJobs.delete(layerId);
  sources.delete(layerId);
  siteCheckClient().forget(layerId);
}

/** Every layer without a finished report gets one (after the plan loads, after a cancel). */
export function computeMissingReports(): void {
  const { siteLayers, siteReports } = store();
  for (const layer of siteLayers) {
    const state = siteReports[layer.id];
    if (
      state?.status === 'ready' ||
      state?.status === 'reference' ||
      reportJobs.has(layer.id) ||
      store().siteDamaged[layer.id]
    )
      continue;
    computeReport(layer.id);
  }
}

const withShape = (meta: SiteLayerMeta): SiteLayer => ({
  ...meta,
  shape: meta.shape ?? { count: 0, bbox: null, kind: 'fill' },
});

/** Asks the worker for a restored layer's parcels; a missing or damaged record marks the layer damaged (kept). */
function summarise(layerId: string): void {
  void siteCheckClient()
    .ask({ type: 'summary', layerId })
    .then((response) => {
      if (!store().siteLayers.some((l) => l.id === layerId)) return;
      if (response.type === 'summary') {
        store().setSiteDamaged(layerId, null);
        const current = store().siteLayers.find((l) => l.id === layerId)?.shape;
        if (JSON.stringify(current) !== JSON.stringify(response.shape))
          store().patchSiteLayer(layerId, { shape: response.shape });
      } else if (response.type === 'error' && (response.code === 'no_parcels' || response.code === 'damaged')) {
        store().setSiteDamaged(layerId, response.code === 'damaged' ? 'damaged' : 'missing');
        store().setSiteMapUrl(layerId, null);
        store().setSiteReport(layerId, { status: 'error', zh: response.zh, en: response.en });
      }
    });
}

/** Shows restored layers: the map data and shape from the worker, reports for those without one. */
function showRestored(metas: SiteLayerMeta[]): void {
  for (const meta of metas) {
    // The worker reads the parcels (and the saved verdicts) from IndexedDB when the map asks for tiles.
    store().setSiteMapUrl(meta.id, tileUrl(meta.id));
    summarise(meta.id);
  }
}

function droppedNotice(dropped: number): void {
  if (dropped > 0)
    store().setSiteMessage({ level: 'error', key: 'sitecheck.droppedRecords', values: { count: dropped } });
}

/** Another tab added, changed or removed layers: read the records again and apply the difference. */
async function syncFromOtherTab(ids: string[]): Promise<void> {
  const { layers, orphans } = await loadLayers();
  // Unlisted layers recovered or deleted there are no longer offered here (new ones are found on the next load:
  // a record another tab is writing right now is not an orphan).
  const still = new Set(orphans.map((o) => o.id));
  const offered = store().siteOrphans;
  if (offered.some((o) => !still.has(o.id))) store().setSiteOrphans(offered.filter((o) => still.has(o.id)));
  const stored = new Map(layers.map((l) => [l.id, l]));
  const local = store().siteLayers;
  const kept = local.filter((l) => stored.has(l.id) || !ids.includes(l.id));
  for (const layer of local) {
    if (kept.includes(layer)) continue;
    store().setSiteMapUrl(layer.id, null);
    reportJobs.delete(layer.id);
    sources.delete(layer.id);
    siteCheckClient().forget(layer.id);
  }
  const added: SiteLayerMeta[] = [];
  const next = kept.map((layer) => {
    const meta = ids.includes(layer.id) ? stored.get(layer.id) : undefined;
    if (!meta) return layer;
    if (meta.importedAt !== layer.importedAt) {
      // Re-imported there (another coordinate system): this tab's copies are stale.
      siteCheckClient().forget(layer.id);
      sources.delete(layer.id);
      store().setSiteReport(layer.id, { status: 'computing', fraction: 0 });
      added.push(meta);
    }
    return withShape({ ...meta, shape: meta.shape ?? layer.shape });
  });
  for (const meta of layers) {
    if (!ids.includes(meta.id) || local.some((l) => l.id === meta.id)) continue;
    next.push(withShape(meta));
    added.push(meta);
  }
  store().restoreSiteLayers(next);
  showRestored(added);
  computeMissingReports();
}

let unsubscribeOtherTabs: (() => void) | null = null;

/** Loads the saved layers (once, at start): the records here, the parcels and map data in the worker. */
export async function restoreLayers(): Promise<void> {
  unsubscribeOtherTabs ??= onOtherTabChange((ids) => {
    syncFromOtherTab(ids).catch(() => undefined);
  });
  try {
    const { layers: metas, dropped, orphans } = await loadLayers();
    droppedNotice(dropped);
    const local = store().siteLayers;
    // Layers this tab is importing already have their records' ids.
    store().setSiteOrphans(orphans.filter((o) => !local.some((l) => l.id === o.id)));
    if (metas.length === 0) return;
    // Layers imported in this tab before the records were read (an early drop) stay.
    store().restoreSiteLayers([...metas.filter((m) => !local.some((l) => l.id === m.id)).map(withShape), ...local]);
    showRestored(metas.filter((m) => !local.some((l) => l.id === m.id)));
    const reference = metas.find((m) => m.reference);
    if (reference) void setReferenceLayer(reference.id, true);
    else computeMissingReports();
  } catch (error) {
    store().setSiteMessage({
      level: 'error',
      key: 'sitecheck.failedRestore',
      values: {},
      reason: { zh: String(error).slice(0, 200), en: String(error).slice(0, 200) },
    });
  }
}

/** Rebuilds a damaged layer from its kept original file (in the coordinate system it was read in). */
export async function rebuildLayer(layerId: string): Promise<boolean> {
  const layer = store().siteLayers.find((l) => l.id === layerId);
  if (!layer) return false;
  const bytes = sources.get(layerId) ?? (await loadSource(layerId));
  if (!bytes) return false;
  siteCheckClient().forget(layerId);
  await importOne(layer.fileName, bytes, { replace: layer, crs: layer.crs.how === 'user' ? layer.crs.id : undefined });
  return true;
}

// ── unlisted layers (orphans) ─────────────────────────────────────────────────────────────────────────────

/** A recovered layer's name: when it was imported (from its id) or recovered. */
function orphanName(id: string): string {
  const { language } = store();
  const when = importTimeOfId(id);
  const date = (when ?? new Date()).toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB');
  if (language === 'zh') return when ? `恢复的图层（${date} 导入）` : `恢复的图层（${date} 恢复）`;
  return when ? `Recovered layer (imported ${date})` : `Recovered layer (recovered ${date})`;
}

const EXTENSION = {
  geojson: 'geojson',
  shapefile: 'zip',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  csv: 'csv',
  xlsx: 'xlsx',
};

/**
 * Recovers one unlisted layer: from its parcels record when it is readable (the parcels as the planner had them),
 * else by importing its kept original file again. False when neither can be read (the records stay).
 */
async function recoverOrphan(id: string, hasParcels: boolean): Promise<boolean> {
  const bytes = await loadSource(id);
  const format = (bytes && sniffFormat('', new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 512)))) || null;
  const name = orphanName(id);
  const fileName = `${name}.${EXTENSION[format ?? 'geojson']}`;
  if (hasParcels) {
    const response = await siteCheckClient().ask({ type: 'summary', layerId: id });
    if (response.type === 'summary' && response.shape.count > 0) {
      const when = importTimeOfId(id);
      await store().putSiteLayer({
        id,
        name,
        fileName,
        format: format ?? 'geojson',
        crs: {
          id: 'wgs84',
          how: 'recovered',
          note_zh: bytes ? '' : '原文件没有保存：坐标系不能再更改。',
          note_en: bytes ? '' : 'The original file was not kept: the coordinate system cannot be changed.',
        },
        shape: response.shape,
        repaired: [],
        rejected: [],
        warnings: [],
        importedAt: (when ?? new Date()).toISOString(),
        visible: true,
        opacity: 0.8,
        hasSource: bytes !== undefined,
      });
      store().setSiteMapUrl(id, tileUrl(id));
      computeReport(id);
      return true;
    }
    siteCheckClient().forget(id);
  }
  if (!bytes) return false;
  await importOne(fileName, bytes, { id, name });
  return store().siteLayers.some((l) => l.id === id);
}

/**
 * Recovers the unlisted layers as normal layers (see recoverOrphan); those that cannot be are kept in the list,
 * marked, for the user to delete. Returns how many were recovered and how many failed.
 */
export async function recoverOrphans(): Promise<{ recovered: number; failed: number }> {
  let recovered = 0;
  let failed = 0;
  for (const orphan of store().siteOrphans) {
    let ok = false;
    try {
      ok = await recoverOrphan(orphan.id, orphan.parcels);
    } catch {
      ok = false;
    }
    if (ok) recovered++;
    else {
      failed++;
      store().setSiteOrphans(store().siteOrphans.map((o) => (o.id === orphan.id ? { ...o, failed: true } : o)));
    }
  }
  if (recovered > 0) computeMissingReports();
  return { recovered, failed };
}

/** Deletes the unlisted layers' records (parcels, original file, verdicts): only on the user's word. */
export async function deleteOrphans(): Promise<number> {
  const orphans = store().siteOrphans;
  for (const orphan of orphans) {
    await deleteLayer(orphan.id);
    siteCheckClient().forget(orphan.id);
  }
  store().setSiteOrphans(store().siteOrphans.filter((o) => !orphans.includes(o)));
  return orphans.length;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

function frame(box: BBox4, duration = 600): void {
  const [w, s, e, n] = box;
  store().requestBounds(
    [
      [w, s],
      [e, n],
    ],
    reducedMotion() ? 0 : duration,
  );
}

export function zoomToLayer(layerId: string): void {
  const box = store().siteLayers.find((l) => l.id === layerId)?.shape.bbox;
  if (box) frame(box);
}

/** Makes the layer the area of the statistics tab and opens it (its polygons come from the worker). */
export async function setAsStatsArea(layerId: string): Promise<void> {
  const layer = store().siteLayers.find((l) => l.id === layerId);
  if (!layer) return;
  const response = await siteCheckClient().ask({ type: 'polygons', layerId });
  if (response.type !== 'polygons' || !response.geometry) return;
  store().setStatsSubject({
    kind: 'polygon',
    id: statsSubjectId(layer.id),
    title: { zh: layer.name, en: layer.name },
    geometry: response.geometry,
  });
  window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: 'stats' }));
}

/** Downloads the layer's report as CSV or GeoJSON (written in the worker). */
export async function exportReport(
  layerId: string,
  format: 'csv' | 'geojson',
  language: 'zh' | 'en',
  fileName: string,
): Promise<void> {
  const response = await siteCheckClient().ask({ type: 'export', layerId, format, language });
  if (response.type === 'exported') downloadBlob(response.blob, fileName);
}

/** `count` rows of the layer's sorted report table from position `from` (null when it cannot be had). */
export async function fetchRows(
  layerId: string,
  from: number,
  count: number,
): Promise<{ rows: TableRow[]; total: number } | null> {
  const response = await siteCheckClient().ask({ type: 'rows', layerId, from, count });
  return response.type === 'rows' ? { rows: response.rows, total: response.total } : null;
}

/** Selects a parcel (by its index in the layer): the map highlights it, the table shows and marks its row. */
export function selectParcel(layerId: string, index: number | null, origin: 'map' | 'table'): void {
  store().setSiteSelection(index === null ? null : { layerId, index, origin });
}

/** The table position of a parcel (−1 when unknown). */
export async function locateParcel(layerId: string, index: number): Promise<number> {
  const response = await siteCheckClient().ask({ type: 'locate', layerId, index });
  return response.type === 'located' ? response.position : -1;
}

/** Frames one parcel on the map (a row clicked in the table). */
export function frameParcel(box: BBox4): void {
  frame(box, 400);
}
