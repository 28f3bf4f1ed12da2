import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { isInsideZhuzhou } from '../../src/geo/cityBoundary';
import { fromWgs84 } from '../../src/geo/datum';
import { defaultNearby } from '../../src/features/nearby/slice';
import { useAppStore } from '../../src/app/store';
import { readUrl, writeUrl } from '../../src/app/urlCodecs';
import {
  DEFAULT_NEARBY_STATE,
  NEARBY_URL_MESSAGES,
  clampRadius,
  decodeNearby,
  encodeNearby,
  parsePointParam,
  type NearbyUrlState,
} from '../../src/features/nearby/url';

describe('clampRadius', () => {
  it('snaps to the nearest allowed radius, ties to the larger', () => {
    expect([0.2, 1, 1.9, 2, 2.1, 3, 4, 4.5, 6, 7.5, 8, 10, 50].map(clampRadius)).toEqual([
      1, 1, 1, 3, 3, 3, 5, 5, 5, 10, 10, 10, 10,
    ]);
  });

  it('rejects non-positive and non-finite values', () => {
    expect([0, -3, NaN, Infinity].map(clampRadius)).toEqual([null, null, null, null]);
  });
});

describe('parsePointParam', () => {
  it('reads lon,lat and an evidently swapped lat,lon', () => {
    expect(parsePointParam('113.13401,27.82764')).toEqual([113.13401, 27.82764]);
    expect(parsePointParam('27.82764,113.13401')).toEqual([113.13401, 27.82764]);
    expect(parsePointParam('-0.1,51.5')).toEqual([-0.1, 51.5]);
  });

  it('rejects anything else', () => {
    for (const bad of ['', '113', '113,27,5', 'abc,27', '113.1;27.8', '200,27', '113,95', '0x10,5', '1e3,5']) {
      expect(parsePointParam(bad), bad).toBeNull();
    }
  });
});

describe('encodeNearby / decodeNearby', () => {
  it('round-trips a state and writes the canonical form', () => {
    const state: NearbyUrlState = {
      point: [113.134014, 27.827636],
      radiusKm: 5,
      openId: 'proj-shennong_1',
      since: 2021,
    };
    const params = encodeNearby(state);
    expect(params.get('near')).toBe('113.13401,27.82764');
    expect(params.get('r')).toBe('5');
    expect(params.get('item')).toBe('proj-shennong_1');
    expect(params.get('since')).toBe('2021');
    expect(decodeNearby(params)).toEqual({
      state: { point: [113.13401, 27.82764], radiusKm: 5, openId: 'proj-shennong_1', since: 2021 },
      notices: [],
    });
    // and through a string, as a shared link arrives
    expect(decodeNearby(params.toString()).state).toEqual(decodeNearby(params).state);
  });

  it('omits the default radius and empty values, and keeps other parameters', () => {
    const params = encodeNearby(
      { point: null, radiusKm: 3, openId: null, since: null },
      new URLSearchParams('lang=en&near=1,2&r=5&item=x&datum=gcj02&since=2022'),
    );
    expect(params.toString()).toBe('lang=en');
  });

  it('decodes an empty URL to the defaults without notices', () => {
    expect(decodeNearby('')).toEqual({ state: DEFAULT_NEARBY_STATE, notices: [] });
    expect(decodeNearby('near=&r=&item=&since=')).toEqual({ state: DEFAULT_NEARBY_STATE, notices: [] });
  });

  it('drops a malformed point with a notice', () => {
    const { state, notices } = decodeNearby('near=here&r=5');
    expect(state).toEqual({ point: null, radiusKm: 5, openId: null, since: null });
    expect(notices).toEqual([{ key: 'nearby.url.badPoint', value: 'here' }]);
  });

  it('clamps a radius that is not a choice, defaults a nonsense one, accepts "5km"', () => {
    expect(decodeNearby('r=2.5')).toEqual({
      state: { ...DEFAULT_NEARBY_STATE, radiusKm: 3 },
      notices: [{ key: 'nearby.url.radiusClamped', value: '2.5' }],
    });
    expect(decodeNearby('r=100').state.radiusKm).toBe(10);
    expect(decodeNearby('r=5km')).toEqual({ state: { ...DEFAULT_NEARBY_STATE, radiusKm: 5 }, notices: [] });
    expect(decodeNearby('r=-2')).toEqual({
      state: DEFAULT_NEARBY_STATE,
      notices: [{ key: 'nearby.url.badRadius', value: '-2' }],
    });
    expect(decodeNearby('r=big').notices.map((n) => n.key)).toEqual(['nearby.url.badRadius']);
  });

  it('rejects an open id the schema would not allow, or one not in the data', () => {
    expect(decodeNearby('item=<script>')).toEqual({
      state: DEFAULT_NEARBY_STATE,
      notices: [{ key: 'nearby.url.badOpen', value: '<script>' }],
    });
    const knownIds = new Set(['a', 'b']);
    expect(decodeNearby('item=b', { knownIds }).state.openId).toBe('b');
    expect(decodeNearby('item=c', { knownIds })).toEqual({
      state: DEFAULT_NEARBY_STATE,
      notices: [{ key: 'nearby.url.unknownOpen', value: 'c' }],
    });
  });

  it('converts a GCJ-02 point (datum=gcj02) to WGS84 and drops the flag on re-encoding', () => {
    const wgs: [number, number] = [113.13401, 27.82764];
    const [gx, gy] = fromWgs84(wgs, 'gcj02');
    const { state, notices } = decodeNearby(`near=${gx.toFixed(6)},${gy.toFixed(6)}&datum=gcj02`);
    expect(notices).toEqual([]);
    expect(distance(state.point!, wgs, { units: 'meters' })).toBeLessThan(1.5);
    const encoded = encodeNearby(state, new URLSearchParams('datum=gcj02'));
    expect(encoded.has('datum')).toBe(false);
  });

  it('flags an unknown datum and treats the point as WGS84', () => {
    const { state, notices } = decodeNearby('near=113.1,27.8&datum=osgb');
    expect(state.point).toEqual([113.1, 27.8]);
    expect(notices).toEqual([{ key: 'nearby.url.badDatum', value: 'osgb' }]);
  });

  it('reads since=2021…2026 and drops anything else with a notice (all projects are shown)', () => {
    expect(decodeNearby('since=2021')).toEqual({ state: { ...DEFAULT_NEARBY_STATE, since: 2021 }, notices: [] });
    expect(decodeNearby('since=2026').state.since).toBe(2026);
    for (const bad of ['2020', '2027', '21', 'abc', '2021.5', '<b>2021</b>', '2021,2022']) {
      expect(decodeNearby(`since=${encodeURIComponent(bad)}`), bad).toEqual({
        state: DEFAULT_NEARBY_STATE,
        notices: [{ key: 'nearby.url.badSince', value: bad }],
      });
    }
  });

  it('keeps a point outside Zhuzhou but says so', () => {
    const { state, notices } = decodeNearby('near=112.94,28.23', { isInside: (p) => isInsideZhuzhou(p) });
    expect(state.point).toEqual([112.94, 28.23]);
    expect(notices.map((n) => n.key)).toEqual(['nearby.url.outside']);
  });

  it('has a zh and en message for every notice key', () => {
    const keys = [
      'nearby.url.badPoint',
      'nearby.url.outside',
      'nearby.url.badRadius',
      'nearby.url.radiusClamped',
      'nearby.url.badOpen',
      'nearby.url.unknownOpen',
      'nearby.url.badDatum',
      'nearby.url.badSince',
    ];
    expect(Object.keys(NEARBY_URL_MESSAGES).sort()).toEqual([...keys].sort());
    for (const m of Object.values(NEARBY_URL_MESSAGES)) expect(m.zh.length && m.en.length).toBeGreaterThan(0);
  });
});

describe('nearbyCodec in the share link', () => {
  const base = () => useAppStore.getInitialState();

  it('writes near, r and item in nearby mode and reads them back', () => {
    const state = {
      ...base(),
      mode: 'nearby' as const,
      nearby: {
        ...base().nearby,
        point: [113.134014, 27.827636] as [number, number],
        radiusKm: 5 as const,
        itemId: 'hub-a',
        since: 2023,
      },
    };
    const url = writeUrl(state);
    expect(url).toContain('near=113.13401,27.82764');
    expect(url).toContain('r=5');
    expect(url).toContain('item=hub-a');
    expect(url).toContain('since=2023');
    const { patch, rejected } = readUrl(url);
    expect(rejected).toEqual([]);
    expect(patch.mode).toBe('nearby');
    expect(patch.nearby).toMatchObject({
      point: [113.13401, 27.82764],
      radiusKm: 5,
      itemId: 'hub-a',
      source: 'link',
      since: 2023,
    });
  });

  it('leaves the nearby parameters out of the link in other modes', () => {
    const state = { ...base(), nearby: { ...base().nearby, point: [113.1, 27.8] as [number, number] } };
    expect(writeUrl(state)).not.toContain('near=');
  });

  it('opens nearby mode for a link with near but no mode, and not against an explicit mode', () => {
    expect(readUrl('?v=1&near=113.1,27.8').patch.mode).toBe('nearby');
    expect(readUrl('?v=1&near=113.1,27.8&mode=explore').patch.mode).toBe('explore');
  });

  it('reports malformed nearby parameters by name and applies defaults', () => {
    const { patch, rejected } = readUrl('?v=1&mode=nearby&near=x&r=0&item=%3Cb%3E&datum=zz&since=1999');
    expect(rejected).toEqual(expect.arrayContaining(['near', 'r', 'item', 'since']));
    expect(patch.nearby).toEqual(defaultNearby());
  });
});
