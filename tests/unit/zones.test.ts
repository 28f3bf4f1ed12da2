/**
 * The four planning zones must tile the city: in each county the zone pieces add up to the county's area, with
 * no gaps or overlaps beyond rounding, so area statistics per zone are trustworthy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, ZONES } from '../../src/geo/schema';

const root = join(import.meta.dirname, '../../geodata');
type Area = Feature<Polygon | MultiPolygon, { name?: string; district?: string; zone?: string; category?: string }>;
const read = (path: string) =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection<Area['geometry'], Area['properties']>;
const counties = read('basemap/counties.geojson').features as Area[];
const zones = (read('plan/zones.geojson').features as Area[]).filter((f) => f.properties.category === 'planning_zone');

describe('planning zones', () => {
  it('uses only the four zone types and covers every county', () => {
    expect(new Set(zones.map((z) => z.properties.zone))).toEqual(new Set(ZONES));
    expect(new Set(zones.map((z) => z.properties.district))).toEqual(new Set(DISTRICTS));
  });

  it.each(DISTRICTS)('tiles %s without gaps or overlaps', (district) => {
    const county = counties.find((c) => c.properties.name === district)!;
    const pieces = zones.filter((z) => z.properties.district === district);
    const countyKm2 = area(county) / 1e6;
    const zonesKm2 = pieces.reduce((sum, piece) => sum + area(piece), 0) / 1e6;
    // The sum matches the county (no gap) …
    expect(Math.abs(zonesKm2 - countyKm2) / countyKm2).toBeLessThan(0.005);
    // … and no two zones share ground (no overlap).
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const shared = intersect(featureCollection([pieces[i]!, pieces[j]!]));
        expect(shared ? area(shared) / 1e6 : 0).toBeLessThan(0.05);
      }
    }
  });
});
