import { describe, expect, it } from 'vitest';
import { destination, distance, pointToLineDistance, pointToPolygonDistance, polygon, lineString } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { areasContaining } from '../../src/geo/nearby/areas';
import { isNearbyCandidate, type NearbyProperties } from '../../src/geo/nearby/candidates';
import { bearingDeg, compassOf, haversineM } from '../../src/geo/nearby/direction';
import { accessibleDistanceDirection, formatDistance, formatDistanceDirection } from '../../src/geo/nearby/format';
import { distanceToFeature, nearbyQuery } from '../../src/geo/nearby/query';
import type { Category, Status } from '../../src/geo/schema';

/** A synthetic query point in central Zhuzhou (WGS84). */
const HOME: [number, number] = [113.134, 27.828];

type Props = NearbyProperties & { name: string };

const feature = (
  id: string,
  geometry: Geometry,
  category: Category = 'project',
  status?: Status,
): Feature<Geometry, Props> => ({
  type: 'Feature',
  properties: { id, name: id, category, ...(status ? { status } : {}) },
  geometry,
});

/** A point `km` away from HOME on `bearing` (degrees), via turf's geodesic destination. */
const at = (km: number, bearing: number, from: Position = HOME): [number, number] =>
  destination(from, km, bearing, { units: 'kilometers' }).geometry.coordinates as [number, number];

const pointFeature = (id: string, km: number, bearing: number, category: Category = 'project', status?: Status) =>
  feature(id, { type: 'Point', coordinates: at(km, bearing) }, category, status);

/** A square polygon of side `sideKm` centred `km` away on `bearing`. */
const square = (centre: Position, sideKm: number): Position[] => {
  const h = (sideKm / 2) * Math.SQRT2;
  const ring = [45, 135, 225, 315].map((b) => at(h, b, centre));
  return [...ring, ring[0]!];
};

describe('haversineM and bearingDeg', () => {
  it('agree with turf.distance to the millimetre', () => {
    for (const [km, b] of [
      [0.05, 10],
      [2.4, 45],
      [9.99, 200],
      [80, 300],
    ] as const) {
      const p = at(km, b);
      const ours = haversineM(HOME[0], HOME[1], p[0], p[1]);
      expect(Math.abs(ours - distance(HOME, p, { units: 'meters' }))).toBeLessThan(0.001);
      expect(ours).toBeCloseTo(km * 1000, 0);
    }
  });

  it('returns the initial bearing in [0, 360)', () => {
    expect(bearingDeg(...HOME, ...at(5, 90))).toBeCloseTo(90, 1);
    expect(bearingDeg(...HOME, ...at(5, -90))).toBeCloseTo(270, 1);
    expect(bearingDeg(...HOME, ...at(5, 0))).toBeCloseTo(0, 5);
  });
});

describe('compassOf', () => {
  it('maps bearings to 8 sectors centred on N, NE, …', () => {
    const cases: [number, string][] = [
      [0, 'N'],
      [22.4, 'N'],
      [22.6, 'NE'],
      [45, 'NE'],
      [90, 'E'],
      [135, 'SE'],
      [180, 'S'],
      [225, 'SW'],
      [270, 'W'],
      [315, 'NW'],
      [337.4, 'NW'],
      [337.6, 'N'],
      [359.9, 'N'],
      [-45, 'NW'],
      [405, 'NE'],
    ];
    expect(cases.map(([b]) => compassOf(b))).toEqual(cases.map(([, k]) => k));
  });
});

describe('isNearbyCandidate', () => {
  const p = (category: Category, status?: Status): NearbyProperties => ({
    id: 'x',
    category,
    ...(status ? { status } : {}),
  });

  it('always counts sites: projects, parks, hubs, ports, airports, tourism, new towns, protected areas', () => {
    for (const c of [
      'project',
      'industrial_park',
      'hub',
      'port',
      'airport',
      'tourism',
      'new_town',
      'agri_park',
      'protected_area',
    ] as const) {
      expect(isNearbyCandidate(p(c)), c).toBe(true);
      expect(isNearbyCandidate(p(c, 'existing')), c).toBe(true);
    }
  });

  it('counts lines and towns only when planned, under construction or proposed', () => {
    for (const c of ['railway', 'expressway', 'urban_transit', 'town'] as const) {
      expect(isNearbyCandidate(p(c, 'planned')), c).toBe(true);
      expect(isNearbyCandidate(p(c, 'under_construction')), c).toBe(true);
      expect(isNearbyCandidate(p(c, 'proposed')), c).toBe(true);
      expect(isNearbyCandidate(p(c, 'existing')), c).toBe(false);
      expect(isNearbyCandidate(p(c, 'completed')), c).toBe(false);
      expect(isNearbyCandidate(p(c)), c).toBe(false);
    }
  });

  it('never counts structure areas, zones, rivers, mountains or regional context', () => {
    for (const c of [
      'core_area',
      'metro_circle',
      'corridor',
      'planning_zone',
      'river',
      'mountain',
      'regional',
    ] as const) {
      expect(isNearbyCandidate(p(c, 'planned')), c).toBe(false);
    }
  });
});

describe('nearbyQuery', () => {
  const features = [
    pointFeature('far', 3.2, 10),
    pointFeature('ne', 2.4, 45),
    pointFeature('s', 0.85, 180),
    pointFeature('w', 4.9, 270, 'hub', 'existing'),
    pointFeature('edge', 9.99, 60),
    pointFeature('zone', 0.5, 0, 'planning_zone'),
    pointFeature('old-rail', 0.3, 90, 'railway', 'existing'),
    pointFeature('new-rail', 0.4, 90, 'railway', 'planned'),
  ];

  it('keeps candidates within the radius, nearest first, with compass directions', () => {
    const results = nearbyQuery(features, HOME, 3);
    expect(results.map((r) => r.id)).toEqual(['new-rail', 's', 'ne']);
    expect(results.map((r) => r.compass)).toEqual(['E', 'S', 'NE']);
    expect(results[2]!.distanceM).toBeCloseTo(2400, 0);
    expect(formatDistanceDirection(results[2]!, 'zh')).toBe('东北 2.4 km');
    expect(formatDistanceDirection(results[2]!, 'en')).toBe('NE 2.4 km');
    expect(formatDistanceDirection(results[1]!, 'zh')).toBe('南 850 m');
  });

  it('grows with the radius and includes a feature just inside 10 km', () => {
    expect(nearbyQuery(features, HOME, 1).map((r) => r.id)).toEqual(['new-rail', 's']);
    expect(nearbyQuery(features, HOME, 5).map((r) => r.id)).toEqual(['new-rail', 's', 'ne', 'far', 'w']);
    expect(nearbyQuery(features, HOME, 10).map((r) => r.id)).toContain('edge');
    expect(nearbyQuery(features, HOME, 9.98).map((r) => r.id)).not.toContain('edge');
  });

  it('sorts ties by id and honours limit and filter', () => {
    const twins = [pointFeature('b', 1, 0), pointFeature('a', 1, 180), pointFeature('c', 0.5, 90)];
    expect(nearbyQuery(twins, HOME, 3).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(nearbyQuery(twins, HOME, 3, { limit: 2 }).map((r) => r.id)).toEqual(['c', 'a']);
    expect(nearbyQuery(features, HOME, 3, { filter: (p) => p.category === 'planning_zone' }).map((r) => r.id)).toEqual([
      'zone',
    ]);
  });

  it('returns nothing for an invalid point or radius', () => {
    expect(nearbyQuery(features, [NaN, 27.8], 3)).toEqual([]);
    expect(nearbyQuery(features, HOME, 0)).toEqual([]);
    expect(nearbyQuery(features, HOME, -1)).toEqual([]);
  });

  it('measures a line to its nearest point, like turf.pointToLineDistance', () => {
    // A planned railway running north–south 1.5 km east of HOME, from 4 km south to 4 km north.
    const east = at(1.5, 90);
    const coords = [at(4, 180, east), at(4, 0, east)];
    const line = feature('rail', { type: 'LineString', coordinates: coords }, 'railway', 'planned');
    const [result] = nearbyQuery([line], HOME, 3);
    expect(result).toBeDefined();
    const turfM = pointToLineDistance(HOME, lineString(coords), { units: 'meters' });
    expect(Math.abs(result!.distanceM - turfM)).toBeLessThan(2);
    expect(result!.distanceM).toBeCloseTo(1500, -1);
    expect(result!.compass).toBe('E');
    // the nearest point is beside HOME, not at an end of the line
    expect(Math.abs(result!.nearest[1] - HOME[1])).toBeLessThan(0.001);
  });

  it('measures a multi-line to its nearest part', () => {
    const a = [at(6, 0), at(6, 10)];
    const b = [at(2, 200), at(2.5, 220)];
    const multi = feature('ml', { type: 'MultiLineString', coordinates: [a, b] }, 'expressway', 'under_construction');
    const [result] = nearbyQuery([multi], HOME, 3);
    expect(result?.distanceM).toBeCloseTo(2000, -1);
    expect(result?.compass).toBe('S');
  });

  it('gives 0 inside a polygon and the distance to its edge outside, like turf', () => {
    const around = feature('park-here', { type: 'Polygon', coordinates: [square(HOME, 2)] }, 'industrial_park');
    const centre = at(3, 135);
    const ring = square(centre, 2);
    const away = feature('park-se', { type: 'Polygon', coordinates: [ring] }, 'industrial_park');
    const results = nearbyQuery([away, around], HOME, 5);
    expect(results.map((r) => r.id)).toEqual(['park-here', 'park-se']);
    const [here, se] = results as [(typeof results)[0], (typeof results)[0]];
    expect(here.inside).toBe(true);
    expect(here.distanceM).toBe(0);
    expect(here.compass).toBeNull();
    expect(formatDistanceDirection(here, 'zh')).toBe('位于其范围内');
    expect(formatDistanceDirection(here, 'en')).toBe('You are inside');
    const turfM = Math.abs(pointToPolygonDistance(HOME, polygon([ring]), { units: 'meters' }));
    expect(Math.abs(se.distanceM - turfM)).toBeLessThan(2);
    expect(se.distanceM).toBeCloseTo(3000 - Math.SQRT2 * 1000, -1);
    expect(se.compass).toBe('SE');
  });

  it('treats a point in a hole as outside, measured to the hole edge', () => {
    const outer = square(HOME, 6);
    const hole = square(HOME, 2).reverse();
    const donut = feature('donut', { type: 'Polygon', coordinates: [outer, hole] }, 'protected_area');
    const [result] = nearbyQuery([donut], HOME, 3);
    expect(result?.inside).toBe(false);
    expect(result?.distanceM).toBeCloseTo(1000, -1);
  });

  it('measures multipoints and multipolygons to their nearest part', () => {
    const mp = feature('mp', { type: 'MultiPoint', coordinates: [at(8, 0), at(1.2, 270)] });
    const mpoly = feature('mpoly', {
      type: 'MultiPolygon',
      coordinates: [[square(at(20, 0), 1)], [square(at(2, 90), 1)]],
    });
    const results = nearbyQuery([mp, mpoly], HOME, 3);
    expect(results.map((r) => [r.id, r.compass])).toEqual([
      ['mp', 'W'],
      ['mpoly', 'E'],
    ]);
    expect(results[1]!.distanceM).toBeCloseTo(1500, -1);
  });

  it('gives the same answer for a re-filtered array of the same features (cache by feature)', () => {
    const first = nearbyQuery(features, HOME, 5).map((r) => [r.id, Math.round(r.distanceM)]);
    const copy = features.filter(() => true);
    expect(nearbyQuery(copy, HOME, 5).map((r) => [r.id, Math.round(r.distanceM)])).toEqual(first);
  });
});

describe('distanceToFeature', () => {
  it('returns null for an empty geometry and measures a point', () => {
    expect(distanceToFeature(feature('p', { type: 'Point', coordinates: at(1, 0) }), HOME)?.distanceM).toBeCloseTo(
      1000,
      0,
    );
    expect(distanceToFeature(feature('e', { type: 'MultiPoint', coordinates: [] }), HOME)).toBeNull();
  });
});

describe('areasContaining', () => {
  it('lists the context areas whose polygons contain the point', () => {
    const core = feature('core', { type: 'Polygon', coordinates: [square(HOME, 10)] }, 'core_area');
    const circle = feature('circle', { type: 'Polygon', coordinates: [square(at(30, 90), 10)] }, 'metro_circle');
    const park = feature('park', { type: 'Polygon', coordinates: [square(HOME, 1)] }, 'industrial_park');
    expect(areasContaining([core, circle, park], HOME).map((f) => f.properties.id)).toEqual(['core']);
    expect(areasContaining([core, circle, park], at(30, 90)).map((f) => f.properties.id)).toEqual(['circle']);
  });
});

describe('formatting', () => {
  it('shows metres to 10 m below 1 km and km with one decimal above', () => {
    expect(formatDistance(0)).toBe('10 m');
    expect(formatDistance(4)).toBe('10 m');
    expect(formatDistance(849)).toBe('850 m');
    expect(formatDistance(994)).toBe('990 m');
    expect(formatDistance(996)).toBe('1.0 km');
    expect(formatDistance(2449)).toBe('2.4 km');
    expect(formatDistance(2450)).toBe('2.5 km');
    expect(formatDistance(12_340)).toBe('12.3 km');
    expect(formatDistance(123_400)).toBe('123 km');
  });

  it('reads well to a screen reader in both languages', () => {
    const r = { distanceM: 2400, inside: false, compass: 'NE' as const };
    expect(accessibleDistanceDirection(r, 'zh')).toBe('东北方向 2.4 公里');
    expect(accessibleDistanceDirection(r, 'en')).toBe('2.4 kilometres north-east');
    expect(accessibleDistanceDirection({ distanceM: 850, inside: false, compass: 'W' }, 'zh')).toBe('西方向 850 米');
    expect(formatDistanceDirection({ distanceM: 0.2, inside: false, compass: null }, 'en')).toBe('Right here');
  });
});

describe('distanceToFeature direction', () => {
  it('gives the compass direction whatever the radius', () => {
    const far = distanceToFeature(pointFeature('far', 25, 225), HOME);
    expect(far?.compass).toBe('SW');
    expect(far?.distanceM).toBeCloseTo(25_000, -1);
    const inside = distanceToFeature(
      feature('sq', { type: 'Polygon', coordinates: [square(HOME, 1)] }, 'industrial_park'),
      HOME,
    );
    expect(inside).toMatchObject({ inside: true, distanceM: 0, compass: null, bearingDeg: null });
  });
});
