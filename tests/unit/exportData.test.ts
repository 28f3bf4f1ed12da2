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
    expect(rows[1]).toEqual(['area', 'total', '统计范围', 'Area', '1000000', '1500', '1', '100', '', '']);
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
    ]);
    expect(rows.find((r) => r[1] === 'unzoned')?.[7]).toBe('15');
    expect(rows.find((r) => r[1] === 'project')?.[8]).toBe('3');
    expect(rows.find((r) => r[1] === 'railway')?.[9]).toBe('1.235');
  });
});
