import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { ZHUZHOU_APPROX_BBOX, cityBoundaryFrom, isInsideZhuzhou } from '../../src/geo/cityBoundary';
import {
  CITY_CENTRE,
  GEODATA_DATUM,
  fromWgs84,
  parseCoordinateText,
  parseDatum,
  round5,
  toWgs84,
} from '../../src/geo/datum';

const metres = (a: [number, number], b: [number, number]) => distance(a, b, { units: 'meters' });

describe('datum conversion', () => {
  it('declares the geodata WGS84', () => {
    expect(GEODATA_DATUM).toBe('wgs84');
  });

  it('leaves WGS84 unchanged', () => {
    expect(toWgs84([113.134, 27.828], 'wgs84')).toEqual([113.134, 27.828]);
    expect(fromWgs84([113.134, 27.828], 'wgs84')).toEqual([113.134, 27.828]);
  });

  it('moves a GCJ-02 point in Zhuzhou by hundreds of metres, and back', () => {
    const wgs = CITY_CENTRE.point;
    const gcj = fromWgs84(wgs, 'gcj02');
    const shift = metres(wgs, gcj);
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(1000);
    // GCJ-02 is shifted east and south here
    expect(gcj[0]).toBeGreaterThan(wgs[0]);
    expect(gcj[1]).toBeLessThan(wgs[1]);
    expect(metres(toWgs84(gcj, 'gcj02'), wgs)).toBeLessThan(1);
  });

  it('converts BD-09 (百度) too, a larger shift', () => {
    const bd = fromWgs84(CITY_CENTRE.point, 'bd09');
    expect(metres(bd, CITY_CENTRE.point)).toBeGreaterThan(1000);
    expect(metres(toWgs84(bd, 'bd09'), CITY_CENTRE.point)).toBeLessThan(2);
  });

  it('does not shift points outside China', () => {
    expect(toWgs84([2.35, 48.85], 'gcj02')).toEqual([2.35, 48.85]);
  });

  it('rounds to 5 decimals', () => {
    expect(round5([113.123456, 27.654321])).toEqual([113.12346, 27.65432]);
  });
});

describe('parseDatum', () => {
  it('reads the usual spellings', () => {
    expect(['gcj02', 'GCJ-02', 'gcj_02', 'amap', '高德', '腾讯'].map(parseDatum)).toEqual(Array(6).fill('gcj02'));
    expect(['bd09', 'BD-09', 'baidu', '百度'].map(parseDatum)).toEqual(Array(4).fill('bd09'));
    expect(['wgs84', 'WGS-84', 'gps', 'EPSG:4326'].map((v) => parseDatum(v.replace(':', '')))).toEqual(
      Array(4).fill('wgs84'),
    );
  });

  it('returns null for unknown or empty values', () => {
    expect(parseDatum('osgb36')).toBeNull();
    expect(parseDatum('')).toBeNull();
    expect(parseDatum(null)).toBeNull();
    expect(parseDatum(undefined)).toBeNull();
  });
});

describe('parseCoordinateText', () => {
  it('reads lon,lat and lat,lon pairs with any separator', () => {
    expect(parseCoordinateText('113.13401,27.82764')).toEqual({ point: [113.13401, 27.82764], datum: null });
    expect(parseCoordinateText('27.82764, 113.13401')).toEqual({ point: [113.13401, 27.82764], datum: null });
    expect(parseCoordinateText('113.134 27.828')).toEqual({ point: [113.134, 27.828], datum: null });
    expect(parseCoordinateText('113.134，27.828')).toEqual({ point: [113.134, 27.828], datum: null });
    expect(parseCoordinateText('(27.828; 113.134)')).toEqual({ point: [113.134, 27.828], datum: null });
  });

  it('picks up a datum word without mistaking its digits for coordinates', () => {
    expect(parseCoordinateText('gcj02: 113.134,27.828')).toEqual({ point: [113.134, 27.828], datum: 'gcj02' });
    expect(parseCoordinateText('113.134,27.828 (高德)')).toEqual({ point: [113.134, 27.828], datum: 'gcj02' });
    expect(parseCoordinateText('BD-09 27.83,113.14')).toEqual({ point: [113.14, 27.83], datum: 'bd09' });
    expect(parseCoordinateText('WGS84 113.1 27.8')).toEqual({ point: [113.1, 27.8], datum: 'wgs84' });
  });

  it('rejects text that is not a coordinate pair', () => {
    expect(parseCoordinateText('株洲站')).toBeNull();
    expect(parseCoordinateText('113.13')).toBeNull();
    expect(parseCoordinateText('1 2 3')).toBeNull();
    expect(parseCoordinateText('东经113.1 北纬27.8')).toBeNull();
    expect(parseCoordinateText('200, 95')).toBeNull();
    expect(parseCoordinateText('G106')).toBeNull();
  });
});

/** A synthetic L-shaped "city" (WGS84): a bbox test alone would wrongly accept its empty north-east corner. */
const L_CITY = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'L' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [113.0, 27.0],
            [114.0, 27.0],
            [114.0, 27.5],
            [113.5, 27.5],
            [113.5, 28.0],
            [113.0, 28.0],
            [113.0, 27.0],
          ],
        ],
      },
    },
  ],
};

describe('cityBoundaryFrom', () => {
  it('reads polygons and their bbox from a FeatureCollection, a Feature or a geometry', () => {
    const city = cityBoundaryFrom(L_CITY);
    expect(city.bbox).toEqual([113, 27, 114, 28]);
    expect(city.polygons).toHaveLength(1);
    expect(cityBoundaryFrom(L_CITY.features[0]).bbox).toEqual([113, 27, 114, 28]);
    const multi = { type: 'MultiPolygon', coordinates: [L_CITY.features[0]!.geometry.coordinates] };
    expect(cityBoundaryFrom(multi).polygons).toHaveLength(1);
  });

  it('throws when there is no polygon', () => {
    expect(() => cityBoundaryFrom({ type: 'FeatureCollection', features: [] })).toThrow(/no Polygon/);
    expect(() => cityBoundaryFrom(null)).toThrow();
  });
});

describe('isInsideZhuzhou', () => {
  const city = cityBoundaryFrom(L_CITY);

  it('accepts points inside the polygon', () => {
    expect(isInsideZhuzhou([113.2, 27.8], city)).toBe(true);
    expect(isInsideZhuzhou([113.9, 27.2], city)).toBe(true);
  });

  it('rejects points outside the bbox and inside the bbox but outside the polygon', () => {
    expect(isInsideZhuzhou([112.5, 27.5], city)).toBe(false);
    expect(isInsideZhuzhou([113.8, 27.8], city)).toBe(false);
    expect(isInsideZhuzhou([NaN, 27.5], city)).toBe(false);
  });

  it('accepts points within the tolerance outside the edge', () => {
    const justOutside: [number, number] = [113.0 - 300 / 98_500, 27.5]; // ≈ 300 m west of the west edge
    expect(isInsideZhuzhou(justOutside, city)).toBe(false);
    expect(isInsideZhuzhou(justOutside, city, 500)).toBe(true);
    expect(isInsideZhuzhou(justOutside, city, 200)).toBe(false);
  });

  it('falls back to the approximate extent while the boundary is not loaded', () => {
    expect(isInsideZhuzhou(CITY_CENTRE.point)).toBe(true);
    expect(isInsideZhuzhou([113.6, 26.8], null)).toBe(true); // 茶陵 area
    expect(isInsideZhuzhou([112.94, 28.23])).toBe(false); // 长沙
    expect(isInsideZhuzhou([116.4, 39.9])).toBe(false); // 北京
    const [minX, minY, maxX, maxY] = ZHUZHOU_APPROX_BBOX;
    expect(maxX - minX).toBeLessThan(1.5);
    expect(maxY - minY).toBeLessThan(2.2);
  });

  const cityFile = join(import.meta.dirname, '../../geodata/basemap/city.geojson');
  it.skipIf(!existsSync(cityFile))('places the city centre inside the real city boundary, Changsha outside', () => {
    const real = cityBoundaryFrom(JSON.parse(readFileSync(cityFile, 'utf8')));
    expect(isInsideZhuzhou(CITY_CENTRE.point, real)).toBe(true);
    expect(isInsideZhuzhou([112.94, 28.23], real)).toBe(false);
    // the approximate extent really contains the boundary
    const [minX, minY, maxX, maxY] = ZHUZHOU_APPROX_BBOX;
    expect(real.bbox[0]).toBeGreaterThanOrEqual(minX);
    expect(real.bbox[1]).toBeGreaterThanOrEqual(minY);
    expect(real.bbox[2]).toBeLessThanOrEqual(maxX);
    expect(real.bbox[3]).toBeLessThanOrEqual(maxY);
  });
});
