import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/data/parsePlanFile';

const feature = (id: string, geometry: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: {
    id,
    name: '株洲西站',
    name_en: 'Zhuzhou West Station',
    aliases: [],
    category: 'hub',
    district: '天元区',
    source: { file: '001', section: '第五章第三节', line: 447, quote: '株洲西综合客运枢纽' },
    accuracy: 'approximate',
    ...extra,
  },
  geometry,
});

describe('parsePlanFile', () => {
  it('keeps valid features and reports each bad one with a reason', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('hub-a', { type: 'Point', coordinates: [113.08, 27.84] }),
        feature('hub-b', { type: 'Point', coordinates: [113.08] }),
        feature('hub-c', { type: 'Point', coordinates: [113.08, 27.84] }, { accuracy: 'exact' }),
        feature('hub-d', {
          type: 'Polygon',
          coordinates: [
            [
              [113, 27],
              [113.1, 27.1],
              [113.1, 27],
              [113, 27.1],
              [113, 27],
            ],
          ],
        }),
        feature('hub-e', { type: 'Point', coordinates: [113.08, 27.84] }, { secret: '<script>' }),
      ],
    });
    const { features, problems } = parsePlanFile(text);
    expect(features.map((f) => f.properties.id)).toEqual(['hub-a']);
    expect(problems).toHaveLength(4);
    expect(problems[1]).toMatch(/accuracy/);
    expect(problems[2]).toMatch(/hub-d: self-intersection/);
    expect(problems[3]).toMatch(/secret/);
  });

  it('explains a file that is not JSON or not a FeatureCollection', () => {
    expect(parsePlanFile('{ nope').problems[0]).toMatch(/not valid JSON/);
    expect(parsePlanFile('[]').problems[0]).toMatch(/not a GeoJSON FeatureCollection/);
    expect(parsePlanFile('{"type":"FeatureCollection"}').problems[0]).toMatch(/without a features array/);
  });
});
