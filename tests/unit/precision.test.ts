/**
 * Precision follows accuracy (issue 16): how a distance, direction, area and share are stated for each accuracy
 * level, and that nothing derived from schematic geometry carries more than one significant figure.
 */
import { describe, expect, it } from 'vitest';
import {
  directionAllowed,
  leastExact,
  roundSignificant,
  statedDistance,
  statedShare,
  statedValue,
} from '../../src/geo/precision';
import { formatDistanceDirection } from '../../src/geo/nearby/format';
import { districtAt } from '../../src/geo/district';
import { referenceZones, zoneOfValue } from '../../src/geo/parcels/report/reference';
import type { Parcel } from '../../src/geo/parcels/types';

/** Significant figures of the numbers in a text (every number; "0.5–2" counts 0.5 and 2 separately). */
const figures = (text: string) =>
  (text.replace(/,/g, '').match(/\d+(\.\d+)?/g) ?? []).map(
    (n) => n.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length || 1,
  );

describe('the precision formatter, per accuracy level', () => {
  it('official: as measured, with a direction', () => {
    expect(statedDistance(2437, 'official', 'zh').text).toBe('2.4 km');
    expect(statedDistance(853, 'official', 'zh').text).toBe('850 m');
    expect(statedValue(719.99, 'official', 'zh', 2, '亩').text).toBe('719.99 亩');
    expect(statedShare(0.3721, 'official', 'zh').text).toBe('37.2%');
    expect(directionAllowed('official')).toBe(true);
    expect(formatDistanceDirection({ distanceM: 2437, inside: false, compass: 'NE', accuracy: 'official' }, 'zh')).toBe(
      '东北 2.4 km',
    );
  });

  it('approximate: two significant figures, marked 约 / about, with a direction', () => {
    expect(statedDistance(2437, 'approximate', 'zh').text).toBe('约 2.4 km');
    expect(statedDistance(353, 'approximate', 'en').text).toBe('about 350 m');
    expect(statedDistance(12_600, 'approximate', 'zh').text).toBe('约 13 km');
    expect(statedValue(719.99, 'approximate', 'zh', 2, '亩').text).toBe('约 720 亩');
    expect(statedShare(0.3721, 'approximate', 'en').text).toBe('about 37%');
    expect(
      formatDistanceDirection({ distanceM: 560, inside: false, compass: 'S', accuracy: 'approximate' }, 'zh'),
    ).toBe('南 约 560 m');
  });

  it('anchored and schematic: a distance class, no metres, no direction; one significant figure for areas and shares', () => {
    expect(statedDistance(350, 'schematic', 'zh').text).toBe('示意位置，0.5 km 以内');
    expect(statedDistance(1234, 'schematic', 'zh').text).toBe('示意位置，约 0.5–2 km');
    expect(statedDistance(1234, 'anchored', 'en').text).toBe('indicative course, about 0.5–2 km');
    expect(statedDistance(25_000, 'schematic', 'en').text).toBe('schematic, over 20 km');
    expect(statedDistance(1234, 'schematic', 'zh').value).toBeNull();
    expect(directionAllowed('schematic')).toBe(false);
    expect(directionAllowed('anchored')).toBe(false);
    const line = formatDistanceDirection({ distanceM: 350, inside: false, compass: 'E', accuracy: 'schematic' }, 'zh');
    expect(line).not.toMatch(/东|350|m$/);
    expect(statedValue(719.99, 'schematic', 'zh', 2, '亩').text).toBe('约 700 亩');
    expect(statedShare(1, 'schematic', 'zh').text).toBe('约 100%');
    expect(statedShare(0.3721, 'schematic', 'zh').text).toBe('约 40%');
    expect(statedValue(37.6, 'schematic', 'en', 2, 'km²').text).toBe('about 40 km²');
  });

  it('never states a schematic figure with more than one significant figure', () => {
    for (const m of [1, 37, 499, 501, 1999, 2001, 4999, 7777, 15_000, 123_456]) {
      for (const accuracy of ['schematic', 'anchored'] as const) {
        const text = statedDistance(m, accuracy, 'zh').text;
        expect(Math.max(...figures(text)), text).toBeLessThanOrEqual(1);
      }
    }
    for (const v of [0.123, 7.77, 719.99, 1234.5, 98_765]) {
      const text = statedValue(v, 'schematic', 'zh', 2).text;
      expect(Math.max(...figures(text)), text).toBeLessThanOrEqual(1);
    }
    for (const s of [0.0123, 0.3721, 0.999, 1]) {
      const text = statedShare(s, 'schematic', 'zh').text;
      expect(Math.max(...figures(text)), text).toBeLessThanOrEqual(1);
    }
  });

  it('a figure from several geometries takes the least exact accuracy', () => {
    expect(leastExact(['official', 'schematic', 'approximate'])).toBe('schematic');
    expect(leastExact([])).toBe('official');
    expect(roundSignificant(0.30000000000000004, 1)).toBe(0.3);
    expect(roundSignificant(719.99, 1)).toBe(700);
  });
});

describe('which district is this? (one answer, with the border tolerance)', () => {
  const square = (name: string, x0: number, x1: number) => ({
    type: 'Feature' as const,
    properties: { name },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [x0, 27],
          [x1, 27],
          [x1, 28],
          [x0, 28],
          [x0, 27],
        ],
      ],
    },
  });
  const counties = {
    type: 'FeatureCollection' as const,
    features: [square('荷塘区', 113, 113.1), square('芦淞区', 113.1, 113.2)],
  };
  it('answers by point in polygon, and names the neighbour within 200 m of the border', () => {
    expect(districtAt(counties, [113.05, 27.5])).toEqual({ district: '荷塘区', alsoPossible: [] });
    expect(districtAt(counties, [113.0995, 27.5])).toEqual({ district: '荷塘区', alsoPossible: ['芦淞区'] });
    expect(districtAt(counties, [113.15, 27.5]).district).toBe('芦淞区');
  });
});

describe('the reference zoning layer', () => {
  it('reads the zone from an attribute in Chinese or English', () => {
    expect(zoneOfValue('永久基本农田')).toBe('farmland');
    expect(zoneOfValue('生态保护红线')).toBe('ecology');
    expect(zoneOfValue('城镇开发边界')).toBe('urban');
    expect(zoneOfValue('Rural development zone')).toBe('rural');
    expect(zoneOfValue('工业用地')).toBeNull();
  });
  it('turns polygons with a zone into official planning zones and skips the rest', () => {
    const parcel = (attrs: Record<string, string>): Parcel => ({
      type: 'Feature',
      properties: { parcel_id: 'x', name: '', attrs },
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
    });
    const { features, skipped } = referenceZones(
      [parcel({ 分区: '永久基本农田' }), parcel({ 用途: '工业' })],
      '三区三线',
    );
    expect(skipped).toBe(1);
    expect(features).toHaveLength(1);
    expect(features[0]!.properties).toMatchObject({
      category: 'planning_zone',
      zone: 'farmland',
      accuracy: 'official',
    });
  });
});
