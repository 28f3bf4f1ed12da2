/**
 * The nearby mode's URL state — the point, the radius and the open item — so a result can be shared in a
 * message. Pure: reads and writes URLSearchParams, leaving other parameters alone.
 *
 *   ?mode=nearby&near=113.13401,27.82764&r=5&item=proj-xyz   (point as lon,lat in WGS84, 5 decimals)
 *   ?near=113.13900,27.82480&datum=gcj02                 (a GCJ-02 point, e.g. copied from 高德; converted on read)
 *   ?mode=nearby&near=113.15173,27.83814&since=2021       (only projects started or completed since 2021)
 *
 * Decoding never throws: a malformed value falls back to the default and adds a notice (an i18n key plus the
 * offending text) so the UI can say what was ignored. Encoding writes the canonical form: WGS84, 5 decimals,
 * no `datum`, no `r` when it is the default and no `since` when there is no restriction.
 */
import type { Position } from 'geojson';
import { parseDatum, round5, toWgs84 } from '../../geo/datum';
import { parseTrackYear } from '../../geo/history';
import { DEFAULT_RADIUS_KM, NEARBY_RADII_KM, type NearbyRadiusKm } from './radii';
import { defaultNearby } from './slice';
import type { UrlCodec } from '../../state/urlCodec';

export const NEARBY_URL_KEYS = { point: 'near', radius: 'r', open: 'item', datum: 'datum', since: 'since' } as const;

export interface NearbyUrlState {
  /** WGS84 [lon, lat], or null when no point is chosen. */
  point: [number, number] | null;
  radiusKm: NearbyRadiusKm;
  /** The id of the open (highlighted) item. */
  openId: string | null;
  /** Only projects started or completed in or after this year (2021–2026); null = all. */
  since: number | null;
}

export const DEFAULT_NEARBY_STATE: NearbyUrlState = {
  point: null,
  radiusKm: DEFAULT_RADIUS_KM,
  openId: null,
  since: null,
};

export type NearbyUrlNoticeKey =
  | 'nearby.url.badPoint'
  | 'nearby.url.outside'
  | 'nearby.url.badRadius'
  | 'nearby.url.radiusClamped'
  | 'nearby.url.badOpen'
  | 'nearby.url.unknownOpen'
  | 'nearby.url.badDatum'
  | 'nearby.url.badSince';

export interface NearbyUrlNotice {
  key: NearbyUrlNoticeKey;
  /** The value as found in the URL. */
  value: string;
}

/** The notices' texts for the i18n resources; `{{value}}` is the offending text. */
export const NEARBY_URL_MESSAGES: Record<NearbyUrlNoticeKey, { zh: string; en: string }> = {
  'nearby.url.badPoint': {
    zh: '链接中的位置“{{value}}”无法识别，已忽略。',
    en: 'The location “{{value}}” in the link could not be read and was ignored.',
  },
  'nearby.url.outside': {
    zh: '链接中的位置不在株洲市域内。',
    en: 'The location in the link is outside Zhuzhou.',
  },
  'nearby.url.badRadius': {
    zh: '链接中的半径“{{value}}”无效，已改用默认的 3 公里。',
    en: 'The radius “{{value}}” in the link is not valid; using the default 3 km.',
  },
  'nearby.url.radiusClamped': {
    zh: '链接中的半径“{{value}}”不是可选值，已改用最接近的半径。',
    en: 'The radius “{{value}}” in the link is not one of the choices; using the nearest one.',
  },
  'nearby.url.badOpen': {
    zh: '链接中的项目编号“{{value}}”无效，已忽略。',
    en: 'The item id “{{value}}” in the link is not valid and was ignored.',
  },
  'nearby.url.unknownOpen': {
    zh: '链接中的项目“{{value}}”在当前数据中不存在。',
    en: 'The item “{{value}}” in the link is not in the current data.',
  },
  'nearby.url.badDatum': {
    zh: '链接中的坐标系“{{value}}”无法识别，按 WGS84 处理。',
    en: 'The datum “{{value}}” in the link is unknown; treating the location as WGS84.',
  },
  'nearby.url.badSince': {
    zh: '链接中的年份“{{value}}”无效（可选 2021–2026），已显示全部项目。',
    en: 'The year “{{value}}” in the link is not valid (2021–2026); showing all projects.',
  },
};

/** Feature ids, as the schema allows them. */
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const NUMBER = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/**
 * The allowed radius nearest to `value` (ties go to the larger one); null for a value that is not a positive
 * finite number.
 */
export function clampRadius(value: number): NearbyRadiusKm | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  let best: NearbyRadiusKm = NEARBY_RADII_KM[0];
  for (const r of NEARBY_RADII_KM) if (Math.abs(r - value) <= Math.abs(best - value)) best = r;
  return best;
}

/** Reads "lon,lat" (or an evidently swapped "lat,lon" for a point in China); null when malformed. */
export function parsePointParam(text: string): [number, number] | null {
  const parts = text.split(',');
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) return null;
  const [a, b] = parts.map(Number) as [number, number];
  const lonOk = (v: number) => v >= -180 && v <= 180;
  const latOk = (v: number) => v >= -90 && v <= 90;
  // lat,lon in China: a latitude 3–54 followed by a longitude 73–136 (a longitude 73–136 is never a latitude)
  if (a >= 3 && a <= 54 && b >= 73 && b <= 136) return [b, a];
  if (lonOk(a) && latOk(b)) return [a, b];
  return null;
}

export interface DecodeOptions {
  /** Ids of the loaded features; an open id not among them adds a notice (and is dropped). */
  knownIds?: ReadonlySet<string>;
  /** Whether a WGS84 point is in Zhuzhou; a point outside adds a notice (the point is kept). */
  isInside?: (point: Position) => boolean;
}

/** Reads the nearby state from URL parameters (or a query string). */
export function decodeNearby(
  input: URLSearchParams | string,
  options: DecodeOptions = {},
): { state: NearbyUrlState; notices: NearbyUrlNotice[] } {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const notices: NearbyUrlNotice[] = [];
  const state: NearbyUrlState = { ...DEFAULT_NEARBY_STATE };

  const rawPoint = params.get(NEARBY_URL_KEYS.point);
  if (rawPoint !== null && rawPoint !== '') {
    const parsed = parsePointParam(rawPoint);
    if (!parsed) {
      notices.push({ key: 'nearby.url.badPoint', value: rawPoint });
    } else {
      const rawDatum = params.get(NEARBY_URL_KEYS.datum);
      let datum = parseDatum(rawDatum);
      if (rawDatum && !datum) notices.push({ key: 'nearby.url.badDatum', value: rawDatum });
      datum ??= 'wgs84';
      state.point = round5(toWgs84(parsed, datum));
      if (options.isInside && !options.isInside(state.point)) {
        notices.push({ key: 'nearby.url.outside', value: rawPoint });
      }
    }
  }

  const rawRadius = params.get(NEARBY_URL_KEYS.radius);
  if (rawRadius !== null && rawRadius !== '') {
    const text = rawRadius.replace(/\s*km\s*$/i, ''); // "5km" is fine
    const value = NUMBER.test(text) ? Number(text) : NaN;
    const clamped = clampRadius(value);
    if (clamped === null) {
      notices.push({ key: 'nearby.url.badRadius', value: rawRadius });
    } else {
      state.radiusKm = clamped;
      if (clamped !== value) notices.push({ key: 'nearby.url.radiusClamped', value: rawRadius });
    }
  }

  const rawOpen = params.get(NEARBY_URL_KEYS.open);
  if (rawOpen !== null && rawOpen !== '') {
    if (!ID_PATTERN.test(rawOpen)) notices.push({ key: 'nearby.url.badOpen', value: rawOpen });
    else if (options.knownIds && !options.knownIds.has(rawOpen)) {
      notices.push({ key: 'nearby.url.unknownOpen', value: rawOpen });
    } else state.openId = rawOpen;
  }

  const rawSince = params.get(NEARBY_URL_KEYS.since);
  if (rawSince !== null && rawSince !== '') {
    state.since = parseTrackYear(rawSince);
    if (state.since === null) notices.push({ key: 'nearby.url.badSince', value: rawSince });
  }

  return { state, notices };
}

/** Writes the nearby state into `params` in place (see {@link encodeNearby}). */
export function writeNearbyParams(state: NearbyUrlState, params: URLSearchParams): void {
  params.delete(NEARBY_URL_KEYS.datum);
  if (state.point) {
    const [lon, lat] = round5(state.point);
    params.set(NEARBY_URL_KEYS.point, `${lon.toFixed(5)},${lat.toFixed(5)}`);
  } else params.delete(NEARBY_URL_KEYS.point);
  if (state.radiusKm !== DEFAULT_RADIUS_KM) params.set(NEARBY_URL_KEYS.radius, String(state.radiusKm));
  else params.delete(NEARBY_URL_KEYS.radius);
  if (state.openId) params.set(NEARBY_URL_KEYS.open, state.openId);
  else params.delete(NEARBY_URL_KEYS.open);
  if (state.since !== null) params.set(NEARBY_URL_KEYS.since, String(state.since));
  else params.delete(NEARBY_URL_KEYS.since);
}

/**
 * The nearby state written into a copy of `params` (other parameters are kept): canonical WGS84 point with
 * 5 decimals, radius only when not the default, the open item's id, the `since` year when set, and never `datum`.
 */
export function encodeNearby(state: NearbyUrlState, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(params);
  writeNearbyParams(state, out);
  return out;
}

// ── the app's share-link codec (src/state/urlCodec.ts) ─────────────────────────────────────────────

const NOTICE_PARAM: Record<NearbyUrlNoticeKey, string> = {
  'nearby.url.badPoint': NEARBY_URL_KEYS.point,
  'nearby.url.outside': NEARBY_URL_KEYS.point,
  'nearby.url.badRadius': NEARBY_URL_KEYS.radius,
  'nearby.url.radiusClamped': NEARBY_URL_KEYS.radius,
  'nearby.url.badOpen': NEARBY_URL_KEYS.open,
  'nearby.url.unknownOpen': NEARBY_URL_KEYS.open,
  'nearby.url.badDatum': NEARBY_URL_KEYS.datum,
  'nearby.url.badSince': NEARBY_URL_KEYS.since,
};

/**
 * `near`, `r`, `item`, `since` (and the read-only `datum`). They are written only in nearby mode; a link with `near`
 * but no `mode` opens nearby mode. Whether `item` exists and whether the point is in Zhuzhou is checked by the
 * nearby tool once the data and the city boundary have loaded.
 */
export const nearbyCodec: UrlCodec = {
  keys: Object.values(NEARBY_URL_KEYS),
  defaults: () => ({ nearby: defaultNearby() }),
  read(params, result) {
    const { state, notices } = decodeNearby(params);
    result.patch.nearby = {
      ...defaultNearby(),
      point: state.point,
      radiusKm: state.radiusKm,
      itemId: state.openId,
      source: state.point ? 'link' : null,
      since: state.since,
    };
    for (const notice of notices) {
      const name = NOTICE_PARAM[notice.key];
      if (!result.rejected.includes(name)) result.rejected.push(name);
    }
    if (state.point && params.get('mode') === null) result.patch.mode = 'nearby';
  },
  write(state, params) {
    if (state.mode !== 'nearby') return;
    const { point, radiusKm, itemId, since } = state.nearby;
    writeNearbyParams({ point, radiusKm, openId: itemId, since }, params);
  },
  isNavigation: (prev, next) =>
    prev.nearby.point !== next.nearby.point ||
    prev.nearby.radiusKm !== next.nearby.radiusKm ||
    prev.nearby.itemId !== next.nearby.itemId ||
    prev.nearby.since !== next.nearby.since,
};
