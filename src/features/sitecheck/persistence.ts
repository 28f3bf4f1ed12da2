/**
 * Imported layers kept in IndexedDB (idb-keyval): one index entry listing the layers' metadata, and per layer
 * its parcels and (when it fits) the original file, so a reload restores everything and the coordinate system
 * can still be changed. Nothing is sent anywhere.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Parcel } from '../../geo/parcels/types';
import type { SiteLayer, SiteLayerMeta } from './types';

const INDEX_KEY = 'layers';
const parcelsKey = (id: string) => `parcels:${id}`;
const sourceKey = (id: string) => `source:${id}`;

let store: UseStore | null = null;
function db(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('zhuzhou-sitecheck', 'v1');
  return store;
}

const metaOf = (layer: SiteLayer): SiteLayerMeta => {
  const { parcels, ...meta } = layer;
  void parcels;
  return meta;
};

export async function saveIndex(layers: SiteLayer[]): Promise<void> {
  const s = db();
  if (s) await set(INDEX_KEY, layers.map(metaOf), s);
}

/** Saves a new or re-imported layer: parcels, the original file when given, and the index. */
export async function saveLayer(layer: SiteLayer, layers: SiteLayer[], source?: ArrayBuffer): Promise<void> {
  const s = db();
  if (!s) return;
  await set(parcelsKey(layer.id), layer.parcels, s);
  if (source) await set(sourceKey(layer.id), source, s);
  await saveIndex(layers);
}

export async function deleteLayer(id: string, layers: SiteLayer[]): Promise<void> {
  const s = db();
  if (!s) return;
  await saveIndex(layers);
  await del(parcelsKey(id), s);
  await del(sourceKey(id), s);
}

export async function loadSource(id: string): Promise<ArrayBuffer | undefined> {
  const s = db();
  return s ? get<ArrayBuffer>(sourceKey(id), s) : undefined;
}

/** All saved layers with their parcels (a layer whose parcels are missing is skipped). */
export async function loadLayers(): Promise<SiteLayer[]> {
  const s = db();
  if (!s) return [];
  const metas = (await get<SiteLayerMeta[]>(INDEX_KEY, s)) ?? [];
  const layers: SiteLayer[] = [];
  for (const meta of metas) {
    const parcels = await get<Parcel[]>(parcelsKey(meta.id), s);
    if (parcels) layers.push({ ...meta, parcels });
  }
  return layers;
}
