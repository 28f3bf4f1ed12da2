import { booleanPointInPolygon, centerOfMass, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { labelAnchor, labelPoints, ringCentroid } from '../../src/map/labelPoints';

describe('label points', () => {
  it("puts a ring's centroid where turf's centre of mass is", () => {
    const square = [
      [113, 27],
      [113.2, 27],
      [113.2, 27.2],
      [113, 27.2],
      [113, 27],
    ];
    expect(ringCentroid(square)[0]).toBeCloseTo(113.1, 9);
    expect(ringCentroid(square)[1]).toBeCloseTo(27.1, 9);
    const ell = [
      [113, 27],
      [113.3, 27],
      [113.3, 27.1],
      [113.1, 27.1],
      [113.1, 27.4],
      [113, 27.4],
      [113, 27],
    ];
    const reference = centerOfMass(polygon([ell])).geometry.coordinates;
    expect(ringCentroid(ell)[0]).toBeCloseTo(reference[0]!, 9);
    expect(ringCentroid(ell)[1]).toBeCloseTo(reference[1]!, 9);
  });

  it('keeps the label inside a U-shaped area whose centroid falls outside it', () => {
    const u = [
      [113, 27],
      [113.3, 27],
      [113.3, 27.3],
      [113.2, 27.3],
      [113.2, 27.05],
      [113.1, 27.05],
      [113.1, 27.3],
      [113, 27.3],
      [113, 27],
    ];
    expect(booleanPointInPolygon(ringCentroid(u), polygon([u]))).toBe(false);
    const anchor = labelAnchor({ type: 'Polygon', coordinates: [u] })!;
    expect(booleanPointInPolygon(anchor, polygon([u]))).toBe(true);
  });

  it('labels a line at its middle and gives exactly one point per feature', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [113, 27],
        [113.2, 27],
      ],
    };
    const [lon, lat] = labelAnchor(line)!;
    expect(lon).toBeCloseTo(113.1, 3);
    expect(lat).toBeCloseTo(27, 3);
    const points = labelPoints([
      { type: 'Feature', properties: { id: 'a', name: '甲', name_en: 'A' }, geometry: line },
      {
        type: 'Feature',
        properties: { id: 'b', name: '乙', name_en: 'B' },
        geometry: { type: 'Point', coordinates: [113, 27] },
      },
    ]);
    expect(points.map((p) => [p.properties.id, p.properties.label_on])).toEqual([
      ['a', 'line'],
      ['b', 'point'],
    ]);
  });
});
