import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { fromWgs84 } from '../../src/geo/datum';
import type { PlanFeature } from '../../src/geo/schema';
import { buildPlaceIndex, searchPlaces } from '../../src/features/nearby/placeSearch';

const planFeature = (id: string, name: string, name_en: string, coordinates: [number, number]): PlanFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: {
    id,
    name,
    name_en,
    aliases: [],
    category: 'hub',
    district: '天元区',
    source: { file: '001', section: 'x', line: 1, quote: '株洲西' },
    accuracy: 'approximate',
  },
});

const features = [
  planFeature('hub-west', '株洲西站', 'Zhuzhou West Station', [113.05, 27.85]),
  planFeature('hub-main', '株洲站', 'Zhuzhou Station', [113.16, 27.84]),
];

const counties: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: '天元区', name_en: 'Tianyuan District', seat: [113.07638, 27.82999] },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [113.0, 27.7],
            [113.2, 27.7],
            [113.2, 27.9],
            [113.0, 27.9],
            [113.0, 27.7],
          ],
        ],
      },
    },
  ],
};

const labels: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: '株洲市', name_en: 'Zhuzhou', kind: 'city' },
      geometry: { type: 'Point', coordinates: [113.134, 27.828] },
    },
    {
      type: 'Feature',
      properties: { name: '长沙市', name_en: 'Changsha', kind: 'neighbour' },
      geometry: { type: 'Point', coordinates: [112.93, 28.23] },
    },
    // same name as a plan feature: the plan feature wins
    {
      type: 'Feature',
      properties: { name: '株洲站', kind: 'station' },
      geometry: { type: 'Point', coordinates: [113.2, 27.9] },
    },
  ],
};

const index = buildPlaceIndex(features, counties, labels);

describe('searchPlaces', () => {
  it('finds plan features by name, English name and pinyin', () => {
    expect(searchPlaces(index, '株洲西站')[0]).toMatchObject({
      kind: 'feature',
      key: 'hub-west',
      point: [113.05, 27.85],
    });
    expect(searchPlaces(index, 'zhuzhou west')[0]?.key).toBe('hub-west');
    expect(searchPlaces(index, 'zzxz')[0]?.key).toBe('hub-west');
  });

  it('finds a district by its full or short name, at its seat', () => {
    for (const q of ['天元区', '天元', 'tianyuan']) {
      expect(searchPlaces(index, q)[0], q).toMatchObject({
        kind: 'district',
        name: '天元区',
        point: [113.07638, 27.82999],
      });
    }
  });

  it('finds basemap labels in Zhuzhou but not neighbouring cities, and lets plan features win a name', () => {
    expect(searchPlaces(index, '株洲市')[0]).toMatchObject({ kind: 'label', point: [113.134, 27.828] });
    expect(searchPlaces(index, '长沙').map((p) => p.name)).not.toContain('长沙市');
    const stations = searchPlaces(index, '株洲站').filter((p) => p.name === '株洲站');
    expect(stations).toHaveLength(1);
    expect(stations[0]?.kind).toBe('feature');
  });

  it('offers one place per datum for bare coordinates, converted to WGS84', () => {
    const places = searchPlaces(index, '113.134,27.828');
    expect(places.map((p) => p.datum)).toEqual(['wgs84', 'gcj02', 'bd09']);
    expect(places[0]?.point).toEqual([113.134, 27.828]);
    expect(distance(places[1]!.point, [113.134, 27.828], { units: 'meters' })).toBeGreaterThan(300);
    expect(places[1]?.name).toContain('GCJ-02');
  });

  it('uses the datum the text names', () => {
    const wgs: [number, number] = [113.13401, 27.82764];
    const gcj = fromWgs84(wgs, 'gcj02');
    const places = searchPlaces(index, `高德 ${gcj[0].toFixed(6)},${gcj[1].toFixed(6)}`);
    expect(places).toHaveLength(1);
    expect(places[0]?.datum).toBe('gcj02');
    expect(distance(places[0]!.point, wgs, { units: 'meters' })).toBeLessThan(2);
  });

  it('returns nothing for an empty query or an unknown name', () => {
    expect(searchPlaces(index, '')).toEqual([]);
    expect(searchPlaces(index, '纽约时代广场')).toEqual([]);
  });
});

describe('villages and townships (the search gazetteer)', () => {
  const gazetteer = {
    credit: 'test',
    townships: [{ name: '龙门镇', code: '430223105', county: '攸县', lon: 113.52, lat: 27.02, py: 'long men zhen' }],
    villages: [
      {
        name: '双江村村民委员会',
        code: '430223105201',
        township: '龙门镇',
        county: '攸县',
        lon: 113.5,
        lat: 27.0,
        py: 'shuang jiang cun',
      },
      {
        name: '双江村',
        code: '430281110210',
        township: '孙家湾镇',
        county: '醴陵市',
        lon: 113.6,
        lat: 27.7,
        py: 'shuang jiang cun',
      },
      {
        name: '文化路社区居委会',
        code: '430202001001',
        township: '月塘街道',
        county: '荷塘区',
        lon: 113.17,
        lat: 27.84,
        py: 'wen hua lu she qu',
      },
    ],
  };
  const index = buildPlaceIndex(features, counties, null, gazetteer);

  it('finds a village by the name people use, tells two of one name apart by their township', () => {
    const places = searchPlaces(index, '双江村').filter((p) => p.kind === 'village');
    expect(places.map((p) => p.within).sort()).toEqual(['孙家湾镇 · 醴陵市', '龙门镇 · 攸县']);
    expect(places.every((p) => p.name === '双江村')).toBe(true);
    expect(places.find((p) => p.within?.startsWith('龙门镇'))?.point).toEqual([113.5, 27.0]);
  });

  it('finds a community without its committee suffix, and by pinyin', () => {
    expect(searchPlaces(index, '文化路社区')[0]).toMatchObject({ kind: 'village', name: '文化路社区' });
    expect(searchPlaces(index, 'wenhualu')[0]).toMatchObject({ kind: 'village', name_en: 'Wenhualu Shequ' });
  });

  it('finds a township seat', () => {
    expect(searchPlaces(index, '龙门镇')[0]).toMatchObject({
      kind: 'township',
      within: '攸县',
      point: [113.52, 27.02],
    });
  });

  it('finds every village of the shipped gazetteer by its name', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parseGazetteer } = await import('../../src/data/gazetteer');
    const real = parseGazetteer(JSON.parse(await readFile('geodata/places/gazetteer.json', 'utf8')));
    expect(real.villages.length).toBeGreaterThanOrEqual(600);
    const realIndex = buildPlaceIndex([], null, null, real);
    for (const village of real.villages.filter((_, i) => i % 20 === 0)) {
      const hits = searchPlaces(realIndex, village.name, 20);
      expect(
        hits.some((p) => p.key === `village:${village.code}`),
        village.name,
      ).toBe(true);
    }
  });
});
