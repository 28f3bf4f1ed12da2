/**
 * Imported layers kept in IndexedDB (idb-keyval): one index entry listing the layers' metadata, and per layer
 * its parcels and (when it fits) the original file, so a reload restores everything and the coordinate system
 * can still be changed. Parcels and files are written and read by the worker; the index (metadata and each
 * layer's shape) by the main thread. Nothing is sent anywhere.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Parcel } from '../../geo/parcels/types';
import type { SiteLayer, SiteLayerMeta } from './types';

const INDEX_KEY = 'layers';
const parcelsKey = (id: string) => `parcels:${id}`;
const sourceKey = (id: string) => `source:${id}`;
const verdictsKey = (id: string) => `verdicts:${id}`;

let store: UseStore | null = null;
function db(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('zhuzhou-sitecheck', 'v1');
  return store;
}

export async function saveIndex(layers: SiteLayer[]): Promise<void> {
  const s = db();
  if (s) await set(INDEX_KEY, layers satisfies SiteLayerMeta[], s);
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
  return s ? get<Uint8Array>(verdictsKey(id), s) : undefined;
}

/** The original file (to re-import it in another coordinate system after a reload). */
export async function saveSource(id: string, bytes: ArrayBuffer): Promise<void> {
  const s = db();
  if (s) await set(sourceKey(id), bytes, s);
}

export async function loadParcels(id: string): Promise<Parcel[] | undefined> {
  const s = db();
  const stored = s ? await get<Blob | Parcel[]>(parcelsKey(id), s) : undefined;
  if (!stored) return undefined;
  return Array.isArray(stored) ? stored : (JSON.parse(await stored.text()) as Parcel[]);
}

export async function deleteLayer(id: string, layers: SiteLayer[]): Promise<void> {
  const s = db();
  if (!s) return;
  await saveIndex(layers);
  await del(parcelsKey(id), s);
  await del(sourceKey(id), s);
  await del(verdictsKey(id), s);
}

export async function loadSource(id: string): Promise<ArrayBuffer | undefined> {
  const s = db();
  return s ? get<ArrayBuffer>(sourceKey(id), s) : undefined;
}

/** The saved layers' index entries (the parcels are read by the worker; see protocol.ts `summary`). */
export async function loadLayers(): Promise<SiteLayerMeta[]> {
  const s = db();
  if (!s) return [];
  return (await get<SiteLayerMeta[]>(INDEX_KEY, s)) ?? [];
}
