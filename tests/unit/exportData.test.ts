import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/geo/schema';
import type { AreaStatistics } from '../../src/geo/stats';
import {
  FEATURE_CSV_COLUMNS,
  featuresToCsv,
  featuresToGeoJson,
  statsToCsv,
} from '../../src/features/planner/exportData';
import { CSV_BOM, csvCell, toCsv } from '../../src/geo/csv';
import fc from 'fast-check';
import { featureSize, statedFeatureSize } from '../../src/geo/featureSize';

const park: PlanFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [113.123456, 27.8] },
  properties: {
    id: 'tianxin-park',
    name: '田心高科园',
    name_en: 'Tianxin Hi-tech Park, "Rail" cluster',
    aliases: ['田心园'],
    category: 'industrial_park',
    district: '石峰区',
    source: { file: '001', section: '专栏12', line: 608, quote: '田心高科园：轨道交通、电子信息' },
    accuracy: 'approximate',
    status: 'existing',
    industries: ['轨道交通', '电子信息'],
  },
};
const line: PlanFeature = {
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [113.0, 27.0],
      [113.2, 27.0],
    ],
  },
  properties: {
    id: 'liling-chaling-rail',
    name: '醴茶铁路',
    name_en: 'Liling–Chaling Railway',
    aliases: [],
    category: 'railway',
    district: ['醴陵市', '攸县'],
    source: { file: '001', section: '第五章', line: 425, quote: '电气化改造醴茶铁路' },
    accuracy: 'schematic',
    scope: ['一廊'],
  },
};

/** Minimal RFC 4180 parser for the tests (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('neutralises spreadsheet formulas in text cells', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes a BOM and CRLF rows', () => {
    const csv = toCsv([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}a,b\r\n1,2\r\n`);
  });
});

describe('featuresToCsv', () => {
  const csv = featuresToCsv([park, line]);
  const rows = parseCsv(csv.slice(1));

  it('has a header and one row per feature', () => {
    expect(rows[0]).toEqual([...FEATURE_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(FEATURE_CSV_COLUMNS.length);
  });

  it('carries names in Chinese and English, labels and the source quote', () => {
    const get = (row: string[], column: (typeof FEATURE_CSV_COLUMNS)[number]) =>
      row[FEATURE_CSV_COLUMNS.indexOf(column)];
    const parkRow = rows[1]!;
    expect(get(parkRow, 'name')).toBe('田心高科园');
    expect(get(parkRow, 'name_en')).toBe('Tianxin Hi-tech Park, "Rail" cluster');
    expect(get(parkRow, 'category_zh')).toBe('产业园区');
    expect(get(parkRow, 'category_en')).toBe('Industrial parks');
    expect(get(parkRow, 'district_en')).toBe('Shifeng District');
    expect(get(parkRow, 'status_zh')).toBe('现状');
    expect(get(parkRow, 'industries')).toBe('轨道交通；电子信息');
    expect(get(parkRow, 'source_quote')).toBe('田心高科园：轨道交通、电子信息');
    expect(get(parkRow, 'lon')).toBe('113.12346');
    const lineRow = rows[2]!;
    expect(get(lineRow, 'district')).toBe('醴陵市；攸县');
    expect(get(lineRow, 'scope')).toBe('一圈；一廊');
    expect(Number(get(lineRow, 'lon'))).toBeCloseTo(113.1, 5);
    expect(get(lineRow, 'geometry_type')).toBe('LineString');
  });
});

describe('featuresToGeoJson', () => {
  it('round-trips features with their properties and records the filter', () => {
    const parsed = JSON.parse(
      featuresToGeoJson([park, line], { filter: 'd=liling', exportedAt: '2026-01-01T00:00:00Z' }),
    );
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.filter).toBe('d=liling');
    expect(parsed.features).toHaveLength(2);
    expect(parsed.features[0]).toEqual(park);
    expect(parsed.features[1].properties.source.quote).toBe('电气化改造醴茶铁路');
  });

  it('exports an empty selection as an empty collection', () => {
    expect(JSON.parse(featuresToGeoJson([]))).toMatchObject({ type: 'FeatureCollection', features: [] });
  });
});

describe('statsToCsv', () => {
  it('lists the total, zones with 亩 / km² / share, counts and line lengths', () => {
    const stats: AreaStatistics = {
      areaM2: 1_000_000,
      zones: [
        { zone: 'ecology', areaM2: 0, share: 0 },
        { zone: 'farmland', areaM2: 250_000, share: 0.25 },
        { zone: 'urban', areaM2: 600_000, share: 0.6 },
        { zone: 'rural', areaM2: 0, share: 0 },
      ],
      unzonedM2: 150_000,
      counts: { project: 3, industrial_park: 1 },
      lines: [{ category: 'railway', lengthM: 1234.6, byStatus: { existing: 1234.6 }, count: 1 }],
      featureIds: [],
    };
    const rows = parseCsv(statsToCsv(stats).slice(1));
    expect(rows[1]).toEqual(['area', 'total', '统计范围', 'Area', '1000000', '1500', '1', '100', '', '', '', 'exact']);
    expect(rows.find((r) => r[1] === 'urban')).toEqual([
      'zone',
      'urban',
      '城镇发展区',
      'Urban development zone',
      '600000',
      '900',
      '0.6',
      '60',
      '',
      '',
      'official',
      'exact',
    ]);
    expect(rows.find((r) => r[1] === 'unzoned')?.[7]).toBe('15');
    expect(rows.find((r) => r[1] === 'project')?.[8]).toBe('3');
    expect(rows.find((r) => r[1] === 'railway')?.[9]).toBe('1.235');
  });
});

/** Issue 16: a planner's exports state each figure as the accuracy of the geometry it comes from allows. */
describe('exports carry the rounding of their accuracy', () => {
  const significant = (n: string) => n.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
  const get = (row: string[], column: (typeof FEATURE_CSV_COLUMNS)[number]) => row[FEATURE_CSV_COLUMNS.indexOf(column)];

  it('a schematic line: length to one significant figure, marked sig1; a point has no size', () => {
    const rows = parseCsv(featuresToCsv([park, line]).slice(1));
    expect(featureSize(line).lengthKm).toBeCloseTo(19.8, 1);
    expect(get(rows[2]!, 'length_km')).toBe('20');
    expect(get(rows[2]!, 'size_rounding')).toBe('sig1');
    expect(get(rows[2]!, 'accuracy')).toBe('schematic');
    expect(get(rows[1]!, 'length_km')).toBe('');
    expect(get(rows[1]!, 'size_rounding')).toBe('');
    const geojson = JSON.parse(featuresToGeoJson([park, line]));
    expect(geojson.features[0]).toEqual(park);
    expect(geojson.features[1].properties).toMatchObject({
      accuracy: 'schematic',
      length_km: 20,
      size_rounding: 'sig1',
    });
  });

  it('an official line to the metre, an approximate polygon to two significant figures', () => {
    const official = { ...line, properties: { ...line.properties, accuracy: 'official' as const } };
    const rows = parseCsv(featuresToCsv([official]).slice(1));
    expect(Number(get(rows[1]!, 'length_km'))).toBeCloseTo(featureSize(line).lengthKm!, 3);
    expect(get(rows[1]!, 'size_rounding')).toBe('exact');
    const zone: PlanFeature = {
      ...park,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [113, 27],
            [113.05, 27],
            [113.05, 27.05],
            [113, 27.05],
            [113, 27],
          ],
        ],
      },
    };
    const km2 = featureSize(zone).areaKm2!;
    const [, row] = parseCsv(featuresToCsv([zone]).slice(1));
    expect(Number(get(row!, 'area_km2'))).toBe(Number(km2.toPrecision(2)));
    expect(significant(get(row!, 'area_mu')!)).toBeLessThanOrEqual(2);
    expect(get(row!, 'size_rounding')).toBe('sig2');
    // The feature panel states the same: "约 27 km²（约 41,000 亩）".
    const stated = statedFeatureSize(zone, 'zh');
    expect(stated.area?.text).toBe(`约 ${Number(km2.toPrecision(2))} km²`);
    expect(stated.areaMu?.text).toMatch(/^约 [\d,]+ 亩$/);
  });

  it('no length of a schematic or anchored line has more than one significant figure (fast-check)', () => {
    const coord = fc.tuple(
      fc.double({ min: 112.5, max: 114, noNaN: true }),
      fc.double({ min: 26, max: 28.5, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(coord, { minLength: 2, maxLength: 6 }),
        fc.constantFrom('schematic', 'anchored'),
        (coords, accuracy) => {
          const feature = {
            ...line,
            geometry: { type: 'LineString' as const, coordinates: coords },
            properties: { ...line.properties, accuracy },
          };
          const [, row] = parseCsv(featuresToCsv([feature as PlanFeature]).slice(1));
          const km = get(row!, 'length_km')!;
          if (km !== '' && km !== '0') expect(significant(km)).toBeLessThanOrEqual(1);
          const text = statedFeatureSize(feature as PlanFeature, 'en').length?.text ?? '';
          expect(text).toMatch(/^about [\d,.]+ km$/);
          expect(significant(text.replace(/[^\d.]/g, ''))).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('statistics: zone figures by the zones’ accuracy, lengths by their layer’s, each row with both', () => {
    const stats: AreaStatistics = {
      areaM2: 1_000_000,
      zones: [
        { zone: 'ecology', areaM2: 0, share: 0 },
        { zone: 'farmland', areaM2: 250_000, share: 0.25 },
        { zone: 'urban', areaM2: 612_345, share: 0.612345 },
        { zone: 'rural', areaM2: 0, share: 0 },
      ],
      unzonedM2: 137_655,
      counts: {},
      lines: [{ category: 'railway', lengthM: 1234.6, byStatus: { existing: 1234.6 }, count: 1 }],
      featureIds: [],
    };
    const rows = parseCsv(
      statsToCsv(stats, undefined, (category) => (category === 'railway' ? 'approximate' : 'schematic')).slice(1),
    );
    // The drawn area itself is exact.
    expect(rows[1]!.slice(4, 8)).toEqual(['1000000', '1500', '1', '100']);
    expect(rows.find((r) => r[1] === 'farmland')).toEqual([
      'zone',
      'farmland',
      '耕地保护区',
      'Farmland protection zone',
      '300000',
      '400',
      '0.3',
      '30',
      '',
      '',
      'schematic',
      'sig1',
    ]);
    const urban = rows.find((r) => r[1] === 'urban')!;
    for (const n of urban.slice(4, 8)) expect(significant(n)).toBeLessThanOrEqual(1);
    expect(rows.find((r) => r[1] === 'railway')?.slice(9)).toEqual(['1.2', 'approximate', 'sig2']);
  });
});
