/**
 * The device's position as a promise with typed outcomes, so the UI can say exactly what happened and offer
 * the alternatives (tap the map, search a place, the city centre). Pure apart from the Geolocation object,
 * which is injected (tests pass a fake; the app passes navigator.geolocation).
 *
 * The Geolocation API returns WGS84, the datum of geodata/, so the position is used without conversion.
 */
import type { Position } from 'geojson';

export type GeolocateKind = 'ok' | 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'outside-zhuzhou';

export type GeolocateOutcome =
  | { kind: 'ok'; point: [number, number]; accuracyM: number; messageKey: null }
  | { kind: 'outside-zhuzhou'; point: [number, number]; accuracyM: number; messageKey: string }
  | { kind: 'denied' | 'unavailable' | 'timeout' | 'unsupported'; messageKey: string };

/** i18n keys of the messages shown for each outcome (the translations live with the app's i18n resources). */
export const GEOLOCATE_MESSAGE_KEYS: Record<Exclude<GeolocateKind, 'ok'>, string> = {
  denied: 'nearby.geo.denied',
  unavailable: 'nearby.geo.unavailable',
  timeout: 'nearby.geo.timeout',
  unsupported: 'nearby.geo.unsupported',
  'outside-zhuzhou': 'nearby.geo.outside',
};

/** The messages themselves, for the i18n resources (zh first). Each one names the alternatives. */
export const GEOLOCATE_MESSAGES: Record<Exclude<GeolocateKind, 'ok'>, { zh: string; en: string }> = {
  denied: {
    zh: '未获得定位权限。您可以在地图上点选一个位置，或搜索地名。',
    en: 'Location permission was refused. Tap a point on the map or search for a place instead.',
  },
  unavailable: {
    zh: '暂时无法确定您的位置。请在地图上点选，或搜索地名。',
    en: 'Your position is unavailable right now. Tap a point on the map or search for a place instead.',
  },
  timeout: {
    zh: '定位超时。请重试，或在地图上点选、搜索地名。',
    en: 'Finding your position took too long. Try again, tap the map or search for a place.',
  },
  unsupported: {
    zh: '此浏览器不支持定位。请在地图上点选，或搜索地名。',
    en: 'This browser cannot share your location. Tap a point on the map or search for a place instead.',
  },
  'outside-zhuzhou': {
    zh: '您的位置不在株洲市域内。可改看市中心附近，或在地图上点选、搜索地名。',
    en: 'You appear to be outside Zhuzhou. Look around the city centre instead, tap the map or search for a place.',
  },
};

/** The slice of the Geolocation API used here (navigator.geolocation satisfies it). */
export interface GeolocationLike {
  getCurrentPosition(
    success: (position: { coords: { latitude: number; longitude: number; accuracy: number } }) => void,
    error?: (error: { code: number; message?: string }) => void,
    options?: PositionOptions,
  ): void;
}

export interface GeolocateOptions {
  /** Defaults to globalThis.navigator?.geolocation. Pass null to simulate a browser without it. */
  geolocation?: GeolocationLike | null;
  /** Whether a WGS84 point counts as in Zhuzhou (e.g. `(p) => isInsideZhuzhou(p, city, 500)`). */
  isInside?: (point: Position) => boolean;
  /** Give up after this long (ms). Also guards browsers that never answer when a prompt is dismissed. */
  timeoutMs?: number;
  /** Accept a cached position up to this old (ms). */
  maximumAgeMs?: number;
  highAccuracy?: boolean;
  /** False in an insecure (http, non-localhost) page, where browsers refuse geolocation. Defaults to the global. */
  secureContext?: boolean;
}

/** GeolocationPositionError codes. */
const PERMISSION_DENIED = 1;
const POSITION_UNAVAILABLE = 2;
const TIMEOUT = 3;

const failure = (kind: 'denied' | 'unavailable' | 'timeout' | 'unsupported'): GeolocateOutcome => ({
  kind,
  messageKey: GEOLOCATE_MESSAGE_KEYS[kind],
});

/** Asks for the device position once. Never rejects: every failure is an outcome. */
export function geolocate(options: GeolocateOptions = {}): Promise<GeolocateOutcome> {
  const geolocation =
    options.geolocation === undefined
      ? ((globalThis as { navigator?: { geolocation?: GeolocationLike } }).navigator?.geolocation ?? null)
      : options.geolocation;
  const secure = options.secureContext ?? (globalThis as { isSecureContext?: boolean }).isSecureContext ?? true;
  if (!geolocation || typeof geolocation.getCurrentPosition !== 'function' || !secure) {
    return Promise.resolve(failure('unsupported'));
  }
  const timeoutMs = options.timeoutMs ?? 15_000;

  return new Promise<GeolocateOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: GeolocateOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      resolve(outcome);
    };
    // The browser's own timeout does not run while a permission prompt is open; this one does.
    const guard = setTimeout(() => settle(failure('timeout')), timeoutMs + 1_000);
    try {
      geolocation.getCurrentPosition(
        ({ coords }) => {
          const { longitude, latitude, accuracy } = coords;
          if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) {
            settle(failure('unavailable'));
            return;
          }
          const point: [number, number] = [longitude, latitude];
          const accuracyM = Number.isFinite(accuracy) ? accuracy : NaN;
          if (options.isInside && !options.isInside(point)) {
            settle({
              kind: 'outside-zhuzhou',
              point,
              accuracyM,
              messageKey: GEOLOCATE_MESSAGE_KEYS['outside-zhuzhou'],
            });
          } else {
            settle({ kind: 'ok', point, accuracyM, messageKey: null });
          }
        },
        (error) => {
          if (error.code === PERMISSION_DENIED) settle(failure('denied'));
          else if (error.code === TIMEOUT) settle(failure('timeout'));
          else if (error.code === POSITION_UNAVAILABLE) settle(failure('unavailable'));
          else settle(failure('unavailable'));
        },
        {
          enableHighAccuracy: options.highAccuracy ?? true,
          timeout: timeoutMs,
          maximumAge: options.maximumAgeMs ?? 60_000,
        },
      );
    } catch {
      settle(failure('unsupported'));
    }
  });
}
