import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import {
  closedPolygon,
  measureGeometry,
  measureLine,
  measurePolygon,
  openRing,
  validatePolygon,
} from '../../src/geo/measure';
import { convertArea } from '../../src/geo/units';

/**
 * Lengths of one degree on the WGS84 ellipsoid at latitude φ (the standard series, e.g. in the
 * "Length of a degree" tables): independent of turf's spherical model, so the test checks turf against
 * a published figure rather than against itself.
 */
function metresPerDegree(latDeg: number): { lat: number; lon: number } {
  const φ = (latDeg * Math.PI) / 180;
  return {
    lat: 111132.954 - 559.822 * Math.cos(2 * φ) + 1.175 * Math.cos(4 * φ),
    lon: 111412.84 * Math.cos(φ) - 93.5 * Math.cos(3 * φ) + 0.118 * Math.cos(5 * φ),
  };
}

/** A square of `side` metres centred at lon/lat, as an open ring. */
function square(lon: number, lat: number, side: number): Position[] {
  const m = metresPerDegree(lat);
  const dLat = side / m.lat / 2;
  const dLon = side / m.lon / 2;
  return [
    [lon - dLon, lat - dLat],
    [lon + dLon, lat - dLat],
    [lon + dLon, lat + dLat],
    [lon - dLon, lat + dLat],
  ];
}

describe('area: known figures', () => {
  it('a 1 km × 1 km square near 27.8°N is 1 km² = 1500 亩 = 100 公顷 within 0.5%', () => {
    const result = measurePolygon([square(113.13, 27.8, 1000)]);
    expect(result.ok).toBe(true);
    if (!result.ok || result.kind !== 'area') return;
    expect(Math.abs(convertArea(result.squareMetres, 'km2') - 1)).toBeLessThan(0.005);
    expect(Math.abs(convertArea(result.squareMetres, 'mu') - 1500) / 1500).toBeLessThan(0.005);
    expect(Math.abs(convertArea(result.squareMetres, 'ha') - 100) / 100).toBeLessThan(0.005);
    expect(Math.abs(result.perimeterMetres - 4000) / 4000).toBeLessThan(0.005);
  });

  it('gives the same area for a closed ring and for clockwise order', () => {
    const ring = square(113.13, 27.8, 1000);
    const a = measurePolygon([ring]);
    const b = measurePolygon([closedPolygon(ring).coordinates[0]!]);
    const c = measurePolygon([[...ring].reverse()]);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok && a.kind === 'area' && b.kind === 'area' && c.kind === 'area') {
      expect(b.squareMetres).toBeCloseTo(a.squareMetres, 3);
      expect(c.squareMetres).toBeCloseTo(a.squareMetres, 3);
    }
  });

  it('subtracts holes', () => {
    const outer = square(113.13, 27.8, 2000);
    const hole = square(113.13, 27.8, 1000).reverse();
    const result = measurePolygon([outer, hole]);
    expect(result.ok && result.kind === 'area' && Math.abs(result.squareMetres / 3e6 - 1)).toBeLessThan(0.005);
  });

  const countiesPath = join(import.meta.dirname, '../../geodata/basemap/counties.geojson');
  /** The boundary data is good to a few hundred metres (geodata/basemap/SOURCES.md); take 300 m. */
  const BOUNDARY_ACCURACY_M = 300;

  it('measures the county polygons against their published areas', () => {
    expect(existsSync(countiesPath)).toBe(true);
    const counties = JSON.parse(readFileSync(countiesPath, 'utf8')) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string; area_km2_published?: number }
    >;
    const withPublished = counties.features.filter((f) => typeof f.properties.area_km2_published === 'number');
    expect(withPublished.length).toBe(9);
    const off: string[] = [];
    for (const county of withPublished) {
      const result = measureGeometry(county.geometry);
      if (!result.ok || result.kind !== 'area') {
        off.push(`${county.properties.name}: ${result.ok ? 'not an area' : result.error}`);
        continue;
      }
      const km2 = result.squareMetres / 1e6;
      const published = county.properties.area_km2_published!;
      const label = `${county.properties.name}: ${km2.toFixed(1)} km² measured vs ${published} published`;
      // The five counties (> 1000 km²): within 10% (they are within 1%).
      if (published > 1000 && Math.abs(km2 - published) / published > 0.1) off.push(label);
      // Every unit, the small urban districts included: within the boundary's accuracy, i.e. the perimeter
      // times 300 m (石峰区: 98 km × 0.3 km = 29 km² band, 20 km² off).
      const band = (result.perimeterMetres * BOUNDARY_ACCURACY_M) / 1e6;
      if (Math.abs(km2 - published) > band) off.push(`${label} (band ${band.toFixed(0)} km²)`);
    }
    expect(off).toEqual([]);
  });
});

describe('length: known figures', () => {
  it('1° of latitude along a meridian is 111.2 km (turf sphere; WGS84 says 110.8 km at 27.8°N, 0.4% apart)', () => {
    const result = measureLine([
      [113.13, 27.3],
      [113.13, 28.3],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok || result.kind !== 'distance') return;
    expect(Math.abs(result.metres - metresPerDegree(27.8).lat) / metresPerDegree(27.8).lat).toBeLessThan(0.005);
  });

  it('sums segments and reports each', () => {
    const ring = square(113.13, 27.8, 1000);
    const result = measureLine([...ring, ring[0]!]);
    expect(result.ok).toBe(true);
    if (!result.ok || result.kind !== 'distance') return;
    expect(result.segments).toHaveLength(4);
    for (const segment of result.segments) expect(Math.abs(segment - 1000)).toBeLessThan(5);
    expect(result.metres).toBeCloseTo(
      result.segments.reduce((a, b) => a + b, 0),
      6,
    );
  });
});

describe('bad drawings get typed errors, never NaN', () => {
  it('rejects a self-intersecting bow tie and says where', () => {
    const result = validatePolygon([
      [
        [113, 27],
        [113.1, 27.1],
        [113.1, 27],
        [113, 27.1],
      ],
    ]);
    expect(result?.error).toBe('self_intersection');
    expect(result?.at?.[0]).toBeCloseTo(113.05, 6);
    expect(result?.at?.[1]).toBeCloseTo(27.05, 6);
    expect(
      measurePolygon([
        [
          [113, 27],
          [113.1, 27.1],
          [113.1, 27],
          [113, 27.1],
        ],
      ]).ok,
    ).toBe(false);
  });

  it('rejects a zero-area polygon (collinear points)', () => {
    expect(
      validatePolygon([
        [
          [113, 27],
          [113.05, 27.05],
          [113.1, 27.1],
        ],
      ])?.error,
    ).toBe('zero_area');
    expect(
      validatePolygon([
        [
          [113, 27],
          [113.1, 27],
          [113.2, 27],
        ],
      ])?.error,
    ).toBe('zero_area');
  });

  it('rejects too few points, counting repeated vertices once', () => {
    expect(
      validatePolygon([
        [
          [113, 27],
          [113.1, 27],
          [113.1, 27],
          [113, 27],
        ],
      ])?.error,
    ).toBe('too_few_points');
    expect(validatePolygon([])?.error).toBe('too_few_points');
    expect(measureLine([[113, 27]]).ok).toBe(false);
    const same = measureLine([
      [113, 27],
      [113, 27],
    ]);
    expect(!same.ok && same.error).toBe('too_few_points');
  });

  it('rejects invalid coordinates', () => {
    const result = measureLine([
      [113, 27],
      [113, Number.NaN],
    ]);
    expect(!result.ok && result.error).toBe('invalid_coordinates');
    expect(
      validatePolygon([
        [
          [0, 0],
          [1, 95],
          [2, 0],
        ],
      ])?.error,
    ).toBe('invalid_coordinates');
  });

  it('drops the closing vertex and repeated clicks', () => {
    expect(
      openRing([
        [1, 1],
        [2, 2],
        [2, 2],
        [3, 1],
        [1, 1],
      ]),
    ).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
  });
});

describe('measurements far outside Zhuzhou still work', () => {
  it('measures a square in Patagonia and one in Svalbard', () => {
    for (const [lon, lat] of [
      [-70, -50],
      [15, 78],
    ] as const) {
      const result = measurePolygon([square(lon, lat, 1000)]);
      expect(result.ok && result.kind === 'area' && Math.abs(result.squareMetres / 1e6 - 1)).toBeLessThan(0.01);
    }
  });

  it('measures across the antimeridian with unwrapped longitudes (MapLibre world copies)', () => {
    const ring = square(180, 10, 1000);
    expect(ring.some(([lon]) => lon! > 180)).toBe(true);
    const result = measurePolygon([ring]);
    expect(result.ok && result.kind === 'area' && Math.abs(result.squareMetres / 1e6 - 1)).toBeLessThan(0.01);
    const line = measureLine([
      [179.99, 0],
      [180.01, 0],
    ]);
    expect(line.ok && line.kind === 'distance' && Math.abs(line.metres - 2224)).toBeLessThan(5);
  });
});
