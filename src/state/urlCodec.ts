/**
 * The share-link format, version 1. The query string carries the whole view state:
 *
 *   ?v=1&map=ZOOM/LAT/LON[/BEARING/PITCH]&layers=ID[:OPACITY],…&sel=FEATURE_ID&mode=MODE&lang=zh|en
 *
 * plus the parameters each feature codec adds (documented in its own file and in README.md; the list of codecs
 * is src/app/urlCodecs.ts). Pure functions:
 * reading never throws; a malformed parameter is dropped (defaults apply) and reported by name, so the app can
 * show a notice. Values are only ever compared against known ids or parsed as numbers, never rendered as HTML.
 */
import { LAYERS } from '../catalog/layers';
import type { Category } from '../geo/schema';
import type { AppState } from './store';
import { defaultOpacity, defaultVisibility } from './slices/layers';
import type { Camera, Language, LayerOpacity, LayerVisibility, Mode } from './types';

export const URL_VERSION = '1';

/** What reading a URL yields: a partial state to apply and the names of parameters that were rejected. */
export interface UrlReadResult {
  patch: Partial<AppState>;
  rejected: string[];
  /** Set when the link's version is not one this build understands. */
  unsupportedVersion?: string;
  /** How many parameters no codec knows (ignored; never named: their names are the link author's text). */
  unknown?: number;
  /** Known parameters given more than once (the first value is used). */
  repeated?: string[];
}

/** At most this many parameter names are named in a notice. */
const MAX_NAMED = 8;

/** The known parameter a rejection is about ("f.year=1700" → "f.year"), or null when it names none. */
function knownName(item: string, known: ReadonlySet<string>): string | null {
  let best: string | null = null;
  for (const key of known) {
    if ((item === key || item.startsWith(`${key}=`) || item.startsWith(`${key} `)) && key.length > (best?.length ?? 0))
      best = key;
  }
  return best;
}

/** One feature's part of the URL. */
export interface UrlCodec {
  /** The parameter names it owns. */
  keys: readonly string[];
  /** The state when none of its parameters is present (applied before read, so back/forward clears things). */
  defaults: () => Partial<AppState>;
  read: (params: URLSearchParams, result: UrlReadResult) => void;
  write: (state: AppState, params: URLSearchParams) => void;
  /** True when going from prev to next deserves its own history entry (the back button returns to prev). */
  isNavigation?: (prev: AppState, next: AppState) => boolean;
}

const MODES: readonly Mode[] = ['explore', 'measure', 'nearby', 'story'];
const LANGS: readonly Language[] = ['zh', 'en'];
const LAYER_IDS = new Set<string>(LAYERS.map((l) => l.id));
const MAX_PARAM_LENGTH = 4000;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function formatCamera(camera: Camera): string {
  const parts = [round(camera.zoom, 2), round(camera.center[1], 5), round(camera.center[0], 5)];
  if (camera.bearing !== 0 || camera.pitch !== 0) parts.push(round(camera.bearing, 1), round(camera.pitch, 1));
  return parts.join('/');
}

export function parseCamera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length !== 3 && parts.length !== 5) return null;
  if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  if (bearing < -360 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { zoom, center: [lon, lat], bearing, pitch };
}

export function formatLayers(visible: LayerVisibility, opacity: LayerOpacity): string {
  return LAYERS.filter((l) => visible[l.id])
    .map((l) => (opacity[l.id] === 1 ? l.id : `${l.id}:${round(opacity[l.id], 2)}`))
    .join(',');
}

export function parseLayers(text: string): { visible: LayerVisibility; opacity: LayerOpacity } | null {
  const visible = Object.fromEntries(LAYERS.map((l) => [l.id, false])) as LayerVisibility;
  const opacity = defaultOpacity();
  if (text === '') return { visible, opacity };
  for (const item of text.split(',')) {
    const [id, alpha] = item.split(':');
    if (!id || !LAYER_IDS.has(id)) return null;
    visible[id as Category] = true;
    if (alpha !== undefined) {
      if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(alpha)) return null;
      opacity[id as Category] = Number(alpha);
    }
  }
  return { visible, opacity };
}

/** The core codec: camera, layers, selection, mode and language. */
export const coreCodec: UrlCodec = {
  keys: ['map', 'layers', 'sel', 'mode', 'lang'],
  defaults: () => ({
    visible: defaultVisibility(),
    opacity: defaultOpacity(),
    selectedId: null,
    mode: 'explore',
    language: 'zh',
  }),
  read(params, result) {
    const map = params.get('map');
    if (map !== null) {
      const camera = parseCamera(map);
      if (camera) result.patch.camera = camera;
      else result.rejected.push('map');
    }
    const layers = params.get('layers');
    if (layers !== null) {
      const parsed = parseLayers(layers);
      if (parsed) Object.assign(result.patch, parsed);
      else result.rejected.push('layers');
    }
    const sel = params.get('sel');
    if (sel !== null) {
      // The id must look like an id; whether it exists is checked once the data has loaded.
      if (/^[a-z0-9][a-z0-9_-]{0,80}$/.test(sel)) result.patch.selectedId = sel;
      else result.rejected.push('sel');
    }
    const mode = params.get('mode');
    if (mode !== null) {
      if ((MODES as readonly string[]).includes(mode)) result.patch.mode = mode as Mode;
      else result.rejected.push('mode');
    }
    const lang = params.get('lang');
    if (lang !== null) {
      if ((LANGS as readonly string[]).includes(lang)) result.patch.language = lang as Language;
      else result.rejected.push('lang');
    }
  },
  write(state, params) {
    params.set('map', formatCamera(state.camera));
    const layers = formatLayers(state.visible, state.opacity);
    if (layers !== formatLayers(defaultVisibility(), defaultOpacity())) params.set('layers', layers);
    if (state.selectedId) params.set('sel', state.selectedId);
    if (state.mode !== 'explore') params.set('mode', state.mode);
    if (state.language !== 'zh') params.set('lang', state.language);
  },
  isNavigation: (prev, next) =>
    prev.visible !== next.visible ||
    prev.selectedId !== next.selectedId ||
    prev.mode !== next.mode ||
    prev.language !== next.language,
};

/** Reads a query string with the given codecs (the app's list is in src/app/urlCodecs.ts). */
export function readUrl(search: string, codecs: readonly UrlCodec[]): UrlReadResult {
  const result: UrlReadResult = { patch: {}, rejected: [] };
  if (search.length > MAX_PARAM_LENGTH * 4) {
    result.rejected.push('(too long)');
    for (const codec of codecs) Object.assign(result.patch, codec.defaults());
    return result;
  }
  const params = new URLSearchParams(search);
  const version = params.get('v');
  if (version !== null && version !== URL_VERSION) {
    result.unsupportedVersion = version.slice(0, 12);
    for (const codec of codecs) Object.assign(result.patch, codec.defaults());
    return result;
  }
  const known = new Set<string>(['v', ...codecs.flatMap((codec) => codec.keys)]);
  let unknown = 0;
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) {
      unknown++;
      params.delete(key);
      continue;
    }
    const values = params.getAll(key);
    if (values.some((value) => value.length > MAX_PARAM_LENGTH)) {
      params.delete(key);
      result.rejected.push(key);
    } else if (values.length > 1) {
      params.set(key, values[0]!);
      (result.repeated ??= []).push(key);
    }
  }
  for (const codec of codecs) {
    Object.assign(result.patch, codec.defaults());
    codec.read(params, result);
  }
  // A notice names known parameters only, each once, and a few at most: never the link's own text.
  const named = new Set<string>();
  for (const item of result.rejected) {
    const name = knownName(item, known);
    if (name) named.add(name);
  }
  result.rejected = [...named].slice(0, MAX_NAMED);
  if (unknown > 0) result.unknown = unknown;
  return result;
}

export function writeUrl(state: AppState, codecs: readonly UrlCodec[]): string {
  const params = new URLSearchParams();
  params.set('v', URL_VERSION);
  for (const codec of codecs) codec.write(state, params);
  // Keep slashes, commas and colons readable in shared links.
  return `?${params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

export function isNavigation(prev: AppState, next: AppState, codecs: readonly UrlCodec[]): boolean {
  return codecs.some((codec) => codec.isNavigation?.(prev, next));
}
