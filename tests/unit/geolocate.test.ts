import { afterEach, describe, expect, it, vi } from 'vitest';
import { cityBoundaryFrom, isInsideZhuzhou } from '../../src/geo/cityBoundary';
import {
  GEOLOCATE_MESSAGES,
  GEOLOCATE_MESSAGE_KEYS,
  geolocate,
  type GeolocationLike,
} from '../../src/features/nearby/geolocate';

type Success = Parameters<GeolocationLike['getCurrentPosition']>[0];
type Failure = NonNullable<Parameters<GeolocationLike['getCurrentPosition']>[1]>;

/** A fake Geolocation that answers with a position or an error code, optionally never answering. */
const fake = (
  answer: { lon: number; lat: number; accuracy?: number } | { code: number } | 'never' | 'throw',
): GeolocationLike & { calls: PositionOptions[] } => {
  const calls: PositionOptions[] = [];
  return {
    calls,
    getCurrentPosition(success: Success, error?: Failure, options?: PositionOptions) {
      calls.push(options ?? {});
      if (answer === 'never') return;
      if (answer === 'throw') throw new Error('SecurityError');
      queueMicrotask(() => {
        if ('code' in answer) error?.({ code: answer.code, message: 'x' });
        else success({ coords: { longitude: answer.lon, latitude: answer.lat, accuracy: answer.accuracy ?? 20 } });
      });
    },
  };
};

const square = cityBoundaryFrom({
  type: 'Polygon',
  coordinates: [
    [
      [113, 27.5],
      [113.5, 27.5],
      [113.5, 28],
      [113, 28],
      [113, 27.5],
    ],
  ],
});
const isInside = (p: GeoJSON.Position) => isInsideZhuzhou(p, square);

afterEach(() => {
  vi.useRealTimers();
});

describe('geolocate', () => {
  it('returns the WGS84 position unchanged when inside Zhuzhou', async () => {
    const geolocation = fake({ lon: 113.134, lat: 27.828, accuracy: 35 });
    const outcome = await geolocate({ geolocation, isInside, secureContext: true });
    expect(outcome).toEqual({ kind: 'ok', point: [113.134, 27.828], accuracyM: 35, messageKey: null });
    expect(geolocation.calls[0]).toMatchObject({ enableHighAccuracy: true, timeout: 15_000 });
  });

  it('reports a position outside Zhuzhou with its point', async () => {
    const outcome = await geolocate({ geolocation: fake({ lon: 112.94, lat: 28.23 }), isInside, secureContext: true });
    expect(outcome).toMatchObject({
      kind: 'outside-zhuzhou',
      point: [112.94, 28.23],
      messageKey: 'nearby.geo.outside',
    });
  });

  it('accepts any position when no isInside test is given', async () => {
    const outcome = await geolocate({ geolocation: fake({ lon: 2.35, lat: 48.85 }), secureContext: true });
    expect(outcome.kind).toBe('ok');
  });

  it('maps the three error codes to denied, unavailable and timeout', async () => {
    const kinds = await Promise.all(
      [1, 2, 3, 99].map(async (code) => (await geolocate({ geolocation: fake({ code }), secureContext: true })).kind),
    );
    expect(kinds).toEqual(['denied', 'unavailable', 'timeout', 'unavailable']);
  });

  it('is unsupported without a Geolocation object, in an insecure page, or when the call throws', async () => {
    expect((await geolocate({ geolocation: null })).kind).toBe('unsupported');
    expect((await geolocate({ geolocation: fake({ lon: 113, lat: 27 }), secureContext: false })).kind).toBe(
      'unsupported',
    );
    expect((await geolocate({ geolocation: fake('throw'), secureContext: true })).kind).toBe('unsupported');
  });

  it('times out by itself when the browser never answers (a dismissed prompt)', async () => {
    vi.useFakeTimers();
    const pending = geolocate({ geolocation: fake('never'), timeoutMs: 5_000, secureContext: true });
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(5_500);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(await pending).toEqual({ kind: 'timeout', messageKey: 'nearby.geo.timeout' });
  });

  it('treats non-finite coordinates as unavailable', async () => {
    expect((await geolocate({ geolocation: fake({ lon: NaN, lat: 27 }), secureContext: true })).kind).toBe(
      'unavailable',
    );
  });
});

describe('geolocation messages', () => {
  it('has a key and a zh/en text for every failure, each naming the alternatives', () => {
    for (const [kind, key] of Object.entries(GEOLOCATE_MESSAGE_KEYS)) {
      expect(key).toMatch(/^nearby\.geo\./);
      const message = GEOLOCATE_MESSAGES[kind as keyof typeof GEOLOCATE_MESSAGES];
      expect(message.zh, kind).toMatch(/点选|市中心/);
      expect(message.en, kind).toMatch(/tap|city centre/i);
    }
  });
});
