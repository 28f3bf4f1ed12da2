/**
 * Imported layers kept in IndexedDB (idb-keyval): one record per layer (`layer:<id>`, its metadata and shape) and
 * per layer its parcels and (when it fits) the original file, so a reload restores everything and the coordinate
 * system can still be changed. Parcels and files are written and read by the worker; the layer records by the
 * main thread. Nothing is sent anywhere.
 *
 * Safe with several tabs: each tab writes only the records of the layers it changes (never a list of all of them
 * over another tab's), and tells the others through a BroadcastChannel, which read the records again. Every
 * record is checked on its own when read (./storedLayer.ts): a damaged one is dropped alone. Before version 2
 * the metadata was one `layers` array; it is moved into per-layer records on first read.
 */
import { clear, createStore, del, delMany, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import type { Parcel } from '../../geo/parcels/types';
import type { OrphanRecord } from './storedLayer';
import type { SiteLayer, SiteLayerMeta } from './types';

const LEGACY_INDEX_KEY = 'layers';
const LAYER_PREFIX = 'layer:';
const layerKey = (id: string) => `${LAYER_PREFIX}${id}`;
const parcelsKey = (id: string) => `parcels:${id}`;
const sourceKey = (id: string) => `source:${id}`;
const verdictsKey = (id: string) => `verdicts:${id}`;

// The record checks (zod) load with the first read of a stored layer, not with the first screen.
const storedLayer = () => import('./storedLayer');

let store: UseStore | null = null;
function db(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('zhuzhou-sitecheck', 'v1');
  return store;
}

// ── other tabs ─────────────────────────────────────────────────────────────────────────────────────────────

const CHANNEL = 'zhuzhou-sitecheck';
let channel: BroadcastChannel | null | undefined;
function broadcast(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return channel;
}

/** Tells the other tabs that these layers' records changed (they read them again). */
function changed(ids: string[]): void {
  try {
    broadcast()?.postMessage({ type: 'layers-changed', ids });
  } catch {
    // A closed channel: the other tabs see the change on their next reload.
  }
}

/** Calls `onChange` with the ids another tab changed; returns the unsubscribe. */
export function onOtherTabChange(onChange: (ids: string[]) => void): () => void {
  const ch = broadcast();
  if (!ch) return () => undefined;
  const listener = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; ids?: unknown };
    if (data?.type !== 'layers-changed' || !Array.isArray(data.ids)) return;
    onChange(data.ids.filter((id): id is string => typeof id === 'string').slice(0, 1000));
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}

// ── layer records ──────────────────────────────────────────────────────────────────────────────────────────

const metaOf = (layer: SiteLayer): SiteLayerMeta => layer;

/** Saves one layer's record (after an import, a rename, a toggle): only that layer's, never the others'. */
export async function saveLayer(layer: SiteLayer): Promise<void> {
  const s = db();
  if (!s) return;
  await set(layerKey(layer.id), metaOf(layer), s);
  changed([layer.id]);
}

/**
 * A layer's parcels, written by the site-check worker as one JSON Blob: IndexedDB stores a Blob's bytes as they
 * are, where structured-cloning 100k nested coordinate arrays takes seconds (measured: ~11 s vs < 1 s).
 */
export async function saveParcels(id: string, parcels: Parcel[]): Promise<void> {
  const s = db();
  if (s) await set(parcelsKey(id), new Blob([JSON.stringify(parcels)], { type: 'application/json' }), s);
}

/** The report's verdict per parcel (mapData.VERDICT_CODES), so the map has its colours at once after a reload. */
export async function saveVerdicts(id: string, verdicts: Uint8Array | null): Promise<void> {
  const s = db();
  if (!s) return;
  if (verdicts) await set(verdictsKey(id), verdicts, s);
  else await del(verdictsKey(id), s);
}

export async function loadVerdicts(id: string): Promise<Uint8Array | undefined> {
  const s = db();
  const stored = s ? await get<unknown>(verdictsKey(id), s) : undefined;
  return stored instanceof Uint8Array ? stored : undefined;
}

/** The original file (to re-import it in another coordinate system after a reload). */
export async function saveSource(id: string, bytes: ArrayBuffer): Promise<void> {
  const s = db();
  if (s) await set(sourceKey(id), bytes, s);
}

/** A layer's parcels record could not be read as parcels (cut short, overwritten): the layer is kept as damaged. */
export class DamagedRecord extends Error {
  constructor() {
    super('damaged parcels record');
  }
}

/** The layer's parcels; undefined when there is no record; throws DamagedRecord when the record is unreadable. */
export async function loadParcels(id: string): Promise<Parcel[] | undefined> {
  const s = db();
  const stored = s ? await get<unknown>(parcelsKey(id), s) : undefined;
  if (stored === undefined || stored === null) return undefined;
  let value: unknown = stored;
  if (stored instanceof Blob) {
    try {
      value = await stored.text();
    } catch {
      throw new DamagedRecord();
    }
  }
  const { parseStoredParcels } = await storedLayer();
  const parcels = parseStoredParcels<Parcel>(value);
  if (!parcels) throw new DamagedRecord();
  return parcels;
}

/** Deletes a layer's records (metadata, parcels, original file, verdicts); other layers are not touched. */
export async function deleteLayer(id: string): Promise<void> {
  const s = db();
  if (!s) return;
  await delMany([layerKey(id), parcelsKey(id), sourceKey(id), verdictsKey(id)], s);
  changed([id]);
}

export async function loadSource(id: string): Promise<ArrayBuffer | undefined> {
  const s = db();
  const stored = s ? await get<unknown>(sourceKey(id), s) : undefined;
  return stored instanceof ArrayBuffer ? stored : undefined;
}

/** Whether the original file is stored (a damaged layer can be rebuilt from it). */
export async function hasSource(id: string): Promise<boolean> {
  return (await loadSource(id)) !== undefined;
}

/**
 * The saved layers' records, oldest import first (the parcels are read by the worker; see protocol.ts `summary`).
 * `dropped` counts records that are not layers (damaged): they are left out, the others kept. `orphans` are the
 * parcels and original files no valid layer record points to (storedLayer.findOrphans): offered to the user to
 * recover or delete, never deleted here.
 */
export async function loadLayers(): Promise<{ layers: SiteLayerMeta[]; dropped: number; orphans: OrphanRecord[] }> {
  const s = db();
  if (!s) return { layers: [], dropped: 0, orphans: [] };
  let dropped = 0;
  // Before one record per layer: move the old list's valid entries into their own records.
  const legacy = await get<unknown>(LEGACY_INDEX_KEY, s);
  // Nothing stored (most visitors): the record checks are not even loaded.
  const firstKeys = await keys(s);
  if (legacy === undefined && firstKeys.length === 0) return { layers: [], dropped: 0, orphans: [] };
  const { findOrphans, parseLayerMeta, parseLegacyIndex } = await storedLayer();
  if (legacy !== undefined) {
    const old = parseLegacyIndex(legacy);
    dropped += old.dropped;
    const present = new Set(firstKeys);
    for (const meta of old.metas) if (!present.has(layerKey(meta.id))) await set(layerKey(meta.id), meta, s);
    await del(LEGACY_INDEX_KEY, s);
  }
  // The migration above adds records: read the keys again only then.
  const allKeys = legacy === undefined ? firstKeys : await keys(s);
  const layerKeys = allKeys.filter((k): k is string => typeof k === 'string' && k.startsWith(LAYER_PREFIX));
  const values = await getMany<unknown>(layerKeys, s);
  const layers: SiteLayerMeta[] = [];
  values.forEach((value, i) => {
    const meta = parseLayerMeta(value);
    if (meta && layerKey(meta.id) === layerKeys[i]) layers.push(meta);
    else dropped++;
  });
  layers.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
  const orphans = findOrphans(
    allKeys,
    layers.map((l) => l.id),
  );
  return { layers, dropped, orphans };
}

/** Deletes every stored layer (the error boundary's "clear this feature's stored data"). */
export async function clearAllLayers(): Promise<void> {
  const s = db();
  if (!s) return;
  const ids = (await keys(s))
    .filter((k): k is string => typeof k === 'string' && k.startsWith(LAYER_PREFIX))
    .map((k) => k.slice(LAYER_PREFIX.length));
  await clear(s);
  changed(ids);
}
