/**
 * Issue 16, item 6: the opt-in online basemap. The stored choice is parsed with limits (a bad value falls back to
 * the offline basemap, never throws); the tile URLs are the 天地图 Web Mercator (`_w`) sets with the key, or OSM.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_IDS,
  MAX_KEY_LENGTH,
  loadBasemapSetting,
  parseBasemapSetting,
  saveBasemapSetting,
} from '../../src/features/basemap/storage';
import { OSM_ATTRIBUTION, onlineTileLayers, tiandituTiles } from '../../src/map/onlineBasemap';

const KEY = '0123456789abcdef0123456789abcdef';

describe('stored basemap choice', () => {
  it('is offline when nothing, garbage or an unknown basemap is stored', () => {
    for (const text of [null, undefined, '', 'not json', '[]', 'null', '42', '{"id":"google"}', '{"id":null}'])
      expect(parseBasemapSetting(text)).toEqual({ id: 'offline', key: '' });
  });

  it('keeps a valid choice and key', () => {
    expect(parseBasemapSetting(JSON.stringify({ id: 'osm' }))).toEqual({ id: 'osm', key: '' });
    expect(parseBasemapSetting(JSON.stringify({ id: 'tianditu-img', key: KEY }))).toEqual({
      id: 'tianditu-img',
      key: KEY,
    });
  });

  it('never switches 天地图 on without a valid key, but keeps a partly typed key', () => {
    expect(parseBasemapSetting(JSON.stringify({ id: 'tianditu-vec' }))).toEqual({ id: 'offline', key: '' });
    expect(parseBasemapSetting(JSON.stringify({ id: 'tianditu-vec', key: 'abc' }))).toEqual({
      id: 'offline',
      key: 'abc',
    });
  });

  it('drops a key that could break out of the tile URL or is too long', () => {
    for (const key of ['abc&x=1', '../../', 'a b', '<script>', 'a'.repeat(MAX_KEY_LENGTH + 1)])
      expect(parseBasemapSetting(JSON.stringify({ id: 'tianditu-vec', key }))).toEqual({ id: 'offline', key: '' });
  });

  it('never throws, and only ever yields a known basemap and a safe key (fast-check)', () => {
    const stored = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.string(),
      fc
        .record({
          id: fc.oneof(fc.constantFrom(...BASEMAP_IDS), fc.string()),
          key: fc.oneof(fc.string(), fc.jsonValue()),
        })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(stored, (text) => {
        const setting = parseBasemapSetting(text);
        expect(BASEMAP_IDS).toContain(setting.id);
        expect(setting.key).toMatch(/^[A-Za-z0-9]{0,64}$/);
        if (setting.id.startsWith('tianditu')) expect(setting.key.length).toBeGreaterThanOrEqual(16);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips through storage, and a storage that throws means offline', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    saveBasemapSetting({ id: 'tianditu-vec', key: KEY }, storage);
    expect(loadBasemapSetting(storage)).toEqual({ id: 'tianditu-vec', key: KEY });
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadBasemapSetting(broken)).toEqual({ id: 'offline', key: '' });
    expect(() => saveBasemapSetting({ id: 'osm', key: '' }, broken)).not.toThrow();
  });
});

describe('online tile sources', () => {
  it('天地图: the Web Mercator sets on t0–t7, with the key', () => {
    const tiles = tiandituTiles('vec', KEY);
    expect(tiles).toHaveLength(8);
    expect(tiles[0]).toBe(
      `https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${KEY}`,
    );
    expect(tiles[7]).toMatch(/^https:\/\/t7\.tianditu\.gov\.cn\/vec_w\//);
    const vec = onlineTileLayers('tianditu-vec', KEY);
    expect(vec.map((l) => [l.labels, (l.source.tiles ?? [])[0]!.match(/LAYER=(\w+)/)![1]])).toEqual([
      [false, 'vec'],
      [true, 'cva'],
    ]);
    const img = onlineTileLayers('tianditu-img', KEY);
    expect(img.map((l) => (l.source.tiles ?? [])[0]!.match(/\/(\w+)_w\//)![1])).toEqual(['img', 'cia']);
  });

  it('天地图 without a valid key adds no source; OSM has its attribution', () => {
    expect(onlineTileLayers('tianditu-vec', '')).toEqual([]);
    expect(onlineTileLayers('tianditu-img', 'short')).toEqual([]);
    const [osm] = onlineTileLayers('osm', '');
    expect(osm!.source.tiles).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
    expect(osm!.source.attribution).toBe(OSM_ATTRIBUTION);
    expect(OSM_ATTRIBUTION).toBe('© OpenStreetMap contributors');
  });
});
