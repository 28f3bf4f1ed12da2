import { describe, expect, it } from 'vitest';
import {
  DEFAULT_UNITS,
  MEASUREMENTS_KEY,
  SHOW_MEASUREMENTS_KEY,
  clearStoredMeasurements,
  loadMeasurements,
  loadShowMeasurements,
  saveShowMeasurements,
  loadUnits,
  measurementsToGeoJson,
  parseMeasurements,
  parseUnits,
  saveMeasurements,
  saveUnits,
  type Measurement,
} from '../../src/features/planner/measureStorage';
import { filterCodec } from '../../src/features/planner/url';
import { emptyFilter } from '../../src/catalog/filter';
import type { UrlReadResult } from '../../src/state/urlCodec';

const square: Measurement = {
  id: 'a1b2c3',
  kind: 'area',
  n: 1,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [113, 27],
        [113.01, 27],
        [113.01, 27.01],
        [113, 27],
      ],
    ],
  },
};
const line: Measurement = {
  id: 'd4e5f6',
  kind: 'distance',
  n: 1,
  geometry: {
    type: 'LineString',
    coordinates: [
      [113, 27],
      [113.1, 27],
    ],
  },
};

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('"显示我的测量" (issue 18 item 15)', () => {
  it('is off by default and for anything but "true"; turned on, it is remembered; a reset turns it off', () => {
    const storage = memoryStorage();
    expect(loadShowMeasurements(storage)).toBe(false);
    for (const junk of ['1', 'yes', 'TRUE', '{}']) {
      storage.setItem(SHOW_MEASUREMENTS_KEY, junk);
      expect(loadShowMeasurements(storage)).toBe(false);
    }
    saveShowMeasurements(true, storage);
    expect(loadShowMeasurements(storage)).toBe(true);
    clearStoredMeasurements(storage);
    expect(loadShowMeasurements(storage)).toBe(false);
    expect(loadShowMeasurements(null)).toBe(false);
  });
});

describe('stored measurements', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    saveMeasurements([square, line], storage);
    expect(loadMeasurements(storage)).toEqual([square, line]);
  });

  it('drops malformed entries and survives garbage', () => {
    expect(parseMeasurements('not json')).toEqual([]);
    expect(parseMeasurements('{"a":1}')).toEqual([]);
    expect(parseMeasurements(null)).toEqual([]);
    const bad = [
      square,
      { ...line, id: square.id }, // duplicate id
      { ...line, id: 'x', kind: 'volume' },
      {
        ...line,
        id: 'y',
        geometry: {
          type: 'LineString',
          coordinates: [
            [113, 95],
            [113, 27],
          ],
        },
      }, // latitude
      { ...line, id: 'z', geometry: { type: 'Polygon', coordinates: [[[1, 1]]] } }, // wrong type for kind
      {
        ...square,
        id: 'w',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [1, 1],
              [2, 2],
              [1, 1],
            ],
          ],
        },
      }, // short ring
      line,
    ];
    expect(parseMeasurements(JSON.stringify(bad)).map((m) => m.id)).toEqual([square.id, line.id]);
  });

  it('survives a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadMeasurements(throwing)).toEqual([]);
    expect(() => saveMeasurements([square], throwing)).not.toThrow();
    expect(loadUnits(throwing)).toEqual(DEFAULT_UNITS);
  });

  it('remembers the units and rejects unknown ones', () => {
    const storage = memoryStorage();
    saveUnits({ length: 'km', area: 'ha' }, storage);
    expect(loadUnits(storage)).toEqual({ length: 'km', area: 'ha' });
    expect(parseUnits('{"length":"mile","area":"acre"}')).toEqual(DEFAULT_UNITS);
    expect(DEFAULT_UNITS.area).toBe('mu');
    expect(storage.data.has(MEASUREMENTS_KEY)).toBe(false);
  });

  it('exports GeoJSON with the measured values', () => {
    const parsed = JSON.parse(
      measurementsToGeoJson([square, line], (m) =>
        m.kind === 'area' ? { squareMetres: 2000 / 3 } : { metres: 1234.567 },
      ),
    );
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features[0].properties).toEqual({ kind: 'area', n: 1, area_m2: 666.67, area_mu: 1 });
    expect(parsed.features[1].properties).toEqual({ kind: 'distance', n: 1, length_m: 1234.57 });
    expect(parsed.features[1].geometry).toEqual(line.geometry);
  });
});

describe('filter URL codec', () => {
  const read = (query: string) => {
    const result: UrlReadResult = { patch: {}, rejected: [] };
    filterCodec.read(new URLSearchParams(query), result);
    return result;
  };

  it('reads a valid filter into the patch', () => {
    const result = read('f.dist=liling&f.scope=circle&map=9/27.8/113.1');
    expect(result.rejected).toEqual([]);
    expect(result.patch.filter).toMatchObject({ districts: ['醴陵市'], scope: '一圈' });
  });

  it('drops the whole filter and names the bad parameter', () => {
    const result = read('f.dist=liling&f.year=1700');
    expect(result.patch.filter).toEqual(emptyFilter());
    expect(result.rejected).toEqual(['f.year=1700']);
  });

  it('writes only its own parameters and marks filter changes as navigation', () => {
    const params = new URLSearchParams('map=9/27.8/113.1&f.cat=river');
    const filter = { ...emptyFilter(), districts: ['攸县' as const] };
    filterCodec.write({ filter } as never, params);
    expect(params.get('map')).toBe('9/27.8/113.1');
    expect(params.get('f.cat')).toBeNull();
    expect(params.get('f.dist')).toBe('youxian');
    expect(filterCodec.isNavigation?.({ filter: emptyFilter() } as never, { filter } as never)).toBe(true);
    expect(filterCodec.isNavigation?.({ filter } as never, { filter } as never)).toBe(false);
  });
});
