/**
 * The basemap choice, remembered per device (local storage). Parsed with a schema with limits like the other
 * persisted values (README "What it does with bad input"): anything malformed — or a 天地图 choice without a
 * valid key — falls back to the offline basemap, never throws, so a bad stored value cannot stop the app or
 * make it request anything. Two fields: checked by hand rather than with zod, which is not on the first screen
 * (the choice is read before the map starts).
 */
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

const isKeyText = (key: unknown): key is string =>
  typeof key === 'string' && key.length <= MAX_KEY_LENGTH && KEY_CHARACTERS.test(key);

/** `{ id: one of BASEMAP_IDS, key?: ≤ 64 letters and digits }`, nothing else accepted. */
function check(raw: unknown): { id: BasemapId; key?: string } | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { id, key } = raw as { id?: unknown; key?: unknown };
  if (!BASEMAP_IDS.includes(id as BasemapId)) return null;
  if (key !== undefined && !isKeyText(key)) return null;
  return { id: id as BasemapId, key };
}

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
  const parsed = check(raw);
  if (!parsed) {
    // A bad choice with a good key keeps the key (the user need not type it again).
    const key = (raw as { key?: unknown } | null)?.key;
    return { id: 'offline', key: isKeyText(key) ? key : '' };
  }
  const key = parsed.key ?? '';
  const id = needsKey(parsed.id) && !isValidKey(key) ? 'offline' : parsed.id;
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
