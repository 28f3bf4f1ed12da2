/**
 * The basemap choice, remembered per device (local storage). Parsed with a schema with limits like the other
 * persisted values (README "What it does with bad input"): anything malformed — or a 天地图 choice without a
 * valid key — falls back to the offline basemap, never throws, so a bad stored value cannot stop the app or
 * make it request anything.
 */
import * as z from 'zod/mini';
import { TIANDITU_KEY, type OnlineBasemapId } from '../../map/onlineBasemap';

export type BasemapId = 'offline' | OnlineBasemapId;
export const BASEMAP_IDS: readonly BasemapId[] = ['offline', 'osm', 'tianditu-vec', 'tianditu-img'];

export interface BasemapSetting {
  id: BasemapId;
  /** The user's 天地图 key (tk), kept even while another basemap is chosen; '' = none. */
  key: string;
}

export const BASEMAP_KEY = 'zhuzhou-plan-map.basemap.v1';
/** The longest key kept (天地图 keys are 32 characters). */
export const MAX_KEY_LENGTH = 64;
/** What a key may hold while it is typed: letters and digits only (it goes into a URL). */
export const KEY_CHARACTERS = /^[A-Za-z0-9]*$/;
/** A stored value longer than this is not even parsed. */
const MAX_STORED_LENGTH = 1000;

export const OFFLINE: BasemapSetting = { id: 'offline', key: '' };

const Schema = z.object({
  id: z.enum(BASEMAP_IDS as [BasemapId, ...BasemapId[]]),
  key: z.optional(z.string().check(z.maxLength(MAX_KEY_LENGTH), z.regex(KEY_CHARACTERS))),
});

export const needsKey = (id: BasemapId) => id === 'tianditu-vec' || id === 'tianditu-img';
export const isValidKey = (key: string) => TIANDITU_KEY.test(key);

/** The setting as stored (a JSON text, or null for nothing stored); the offline basemap for anything else. */
export function parseBasemapSetting(text: string | null | undefined): BasemapSetting {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_STORED_LENGTH) return { ...OFFLINE };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...OFFLINE };
  }
  const parsed = z.safeParse(Schema, raw);
  if (!parsed.success) {
    // A bad choice with a good key keeps the key (the user need not type it again).
    const key = (raw as { key?: unknown } | null)?.key;
    const keep = typeof key === 'string' && key.length <= MAX_KEY_LENGTH && KEY_CHARACTERS.test(key) ? key : '';
    return { id: 'offline', key: keep };
  }
  const key = parsed.data.key ?? '';
  const id = needsKey(parsed.data.id) && !isValidKey(key) ? 'offline' : parsed.data.id;
  return { id, key };
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadBasemapSetting(storage = browserStorage()): BasemapSetting {
  try {
    return parseBasemapSetting(storage?.getItem(BASEMAP_KEY));
  } catch {
    return { ...OFFLINE };
  }
}

export function saveBasemapSetting(setting: BasemapSetting, storage = browserStorage()): void {
  try {
    storage?.setItem(BASEMAP_KEY, JSON.stringify(setting));
  } catch {
    // Full or forbidden storage: the choice holds for this session.
  }
}

/** Forgets the choice and the key (the error boundary's "clear this feature's stored data"). */
export function clearBasemapSetting(storage = browserStorage()): void {
  try {
    storage?.setItem(BASEMAP_KEY, JSON.stringify(OFFLINE));
  } catch {
    // forbidden storage: nothing was stored either
  }
}
