import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  area as turfArea,
  booleanPointInPolygon,
  featureCollection,
  intersect,
  length as turfLength,
  lineSplit,
  lineString,
  polygon as turfPolygon,
} from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlanFeature, PlanProperties } from '../../src/geo/schema';
import { areaStatistics, buildStatsIndex, scopeGeometry, whatIsHere, type CountyCollection } from '../../src/geo/stats';
import { PreparedArea, RectRelation, newScratch } from '../../src/geo/stats/prepared';
import { fastIntersectionArea, intersectionArea } from '../../src/geo/stats/zoneAreas';
import { handleStatsRequest, type StatsWorkerState } from '../../src/features/planner/statsProtocol';

const rect = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

let seq = 0;
function feature(geometry: PlanFeature['geometry'], props: Partial<PlanProperties>): PlanFeature {
  seq += 1;
  return {
    type: 'Feature',
    geometry,
    properties: {
      id: props.id ?? `f${seq}`,
      name: props.name ?? `要素${seq}`,
      name_en: props.name_en ?? `Feature ${seq}`,
      aliases: [],
      category: 'project',
      district: '天元区',
      source: { file: '001', section: '第五章', line: 420, quote: '测试' },
      accuracy: 'approximate',
      ...props,
    },
  };
}

const urban = feature(rect(113.0, 27.0, 113.1, 27.1), { id: 'zone-urban', category: 'planning_zone', zone: 'urban' });
const farmland = feature(rect(113.1, 27.0, 113.2, 27.1), {
  id: 'zone-farm',
  category: 'planning_zone',
  zone: 'farmland',
});
const smallEcology = feature(rect(113.06, 27.03, 113.07, 27.04), {
  id: 'zone-eco-small',
  category: 'planning_zone',
  zone: 'ecology',
});
const projectIn = feature({ type: 'Point', coordinates: [113.08, 27.05] }, { id: 'p-in' });
const projectOut = feature({ type: 'Point', coordinates: [113.3, 27.05] }, { id: 'p-out' });
const parkPolygon = feature(rect(113.11, 27.04, 113.12, 27.05), { id: 'park-poly', category: 'industrial_park' });
const townMulti = feature(
  {
    type: 'MultiPoint',
    coordinates: [
      [112.5, 27.0],
      [113.12, 27.06],
    ],
  },
  { id: 'town-multi', category: 'town' },
);
const railway = feature(
  {
    type: 'LineString',
    coordinates: [
      [112.9, 27.05],
      [113.3, 27.05],
    ],
  },
  { id: 'rail', category: 'railway', status: 'existing' },
);
const expressway = feature(
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [113.08, 26.9],
        [113.08, 27.2],
      ],
      [
        [113.5, 26.9],
        [113.5, 27.2],
      ],
    ],
  },
  { id: 'expy', category: 'expressway', status: 'planned' },
);
const river = feature(
  {
    type: 'LineString',
    coordinates: [
      [113.12, 27.0],
      [113.12, 27.1],
    ],
  },
  { id: 'river', category: 'river' },
);
const axis = feature(
  {
    type: 'LineString',
    coordinates: [
      [113.0, 27.04],
      [113.2, 27.04],
    ],
  },
  { id: 'axis', category: 'growth_pole' },
);
const coreArea = feature(rect(113.0, 27.0, 113.15, 27.1), { id: 'core', category: 'core_area', scope: ['一核'] });

const railCoords = (railway.geometry as GeoJSON.LineString).coordinates;

const features = [
  urban,
  farmland,
  smallEcology,
  projectIn,
  projectOut,
  parkPolygon,
  townMulti,
  railway,
  expressway,
  river,
  coreArea,
  axis,
];

const counties: CountyCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '天元区' }, geometry: rect(112.9, 26.9, 113.1, 27.2) },
    { type: 'Feature', properties: { name: '渌口区' }, geometry: rect(113.1, 26.9, 113.4, 27.2) },
    { type: 'Feature', properties: { name: '攸县' }, geometry: rect(113.1, 26.5, 113.4, 26.9) },
  ],
};
const index = buildStatsIndex(features, counties);

/** Reference: length of a line inside a polygon by turf lineSplit + midpoint tests (slow but independent). */
function referenceLengthInside(coords: Position[], area: Polygon): number {
  const line = lineString(coords);
  const pieces = lineSplit(line, turfPolygon(area.coordinates)).features;
  const parts = pieces.length > 0 ? pieces : [line];
  let sum = 0;
  for (const piece of parts) {
    const c = piece.geometry.coordinates;
    const a = c[0]!;
    const b = c[1]!;
    const mid: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    if (booleanPointInPolygon(mid, area)) sum += turfLength(piece, { units: 'meters' });
  }
  return sum;
}

describe('areaStatistics on synthetic data', () => {
  const drawn = rect(113.05, 27.02, 113.15, 27.08);
  const stats = areaStatistics(index, drawn);

  it('measures the area and each zone inside it exactly', () => {
    expect(stats.areaM2).toBeCloseTo(turfArea(drawn), 3);
    const byZone = Object.fromEntries(stats.zones.map((z) => [z.zone, z]));
    const urbanPart = turfArea(rect(113.05, 27.02, 113.1, 27.08));
    const farmPart = turfArea(rect(113.1, 27.02, 113.15, 27.08));
    expect(byZone.urban!.areaM2 / urbanPart).toBeCloseTo(1, 6);
    expect(byZone.farmland!.areaM2 / farmPart).toBeCloseTo(1, 6);
    // The small ecology square lies wholly inside: taken whole (fast path), equal to its own area.
    expect(byZone.ecology!.areaM2 / turfArea(smallEcology.geometry)).toBeCloseTo(1, 9);
    expect(byZone.rural!.areaM2).toBe(0);
    expect(byZone.urban!.share + byZone.farmland!.share).toBeCloseTo((urbanPart + farmPart) / stats.areaM2, 9);
    expect(byZone.urban!.share).toBeGreaterThan(0.49);
    expect(byZone.urban!.share).toBeLessThan(0.51);
  });

  it('reports the unzoned remainder', () => {
    const outside = areaStatistics(index, rect(113.15, 27.05, 113.25, 27.15));
    const zoned = outside.zones.reduce((sum, z) => sum + z.areaM2, 0);
    expect(zoned + outside.unzonedM2).toBeCloseTo(outside.areaM2, 3);
    expect(outside.unzonedM2 / outside.areaM2).toBeGreaterThan(0.7);
  });

  it('counts point-like features inside by category (multipoints once, polygons by an inner point)', () => {
    expect(stats.counts).toEqual({ project: 1, industrial_park: 1, town: 1, core_area: 1 });
    expect(stats.featureIds).toEqual(expect.arrayContaining(['p-in', 'park-poly', 'town-multi', 'rail', 'expy']));
    expect(stats.featureIds).not.toContain('p-out');
  });

  it('measures railway, expressway and other line lengths inside, agreeing with a turf lineSplit reference', () => {
    const byCategory = Object.fromEntries(stats.lines.map((l) => [l.category, l]));
    const railRef = turfLength(
      lineString([
        [113.05, 27.05],
        [113.15, 27.05],
      ]),
      { units: 'meters' },
    );
    expect(byCategory.railway!.lengthM / railRef).toBeCloseTo(1, 6);
    expect(byCategory.railway!.byStatus).toEqual({ existing: byCategory.railway!.lengthM });
    const expyRef = turfLength(
      lineString([
        [113.08, 27.02],
        [113.08, 27.08],
      ]),
      { units: 'meters' },
    );
    expect(byCategory.expressway!.lengthM / expyRef).toBeCloseTo(1, 6);
    expect(byCategory.expressway!.byStatus.planned).toBeCloseTo(expyRef, 1);
    expect(byCategory.growth_pole).toBeUndefined(); // a schematic axis has no length to report
    expect(stats.featureIds).not.toContain('axis');
    expect(byCategory.river!.lengthM).toBeCloseTo(
      turfLength(
        lineString([
          [113.12, 27.02],
          [113.12, 27.08],
        ]),
        { units: 'meters' },
      ),
      1,
    );
  });

  it('always lists railway and expressway, with 0 when none is inside', () => {
    const empty = areaStatistics(index, rect(114, 28, 114.1, 28.1));
    expect(empty.lines.map((l) => [l.category, l.lengthM])).toEqual([
      ['railway', 0],
      ['expressway', 0],
    ]);
    expect(empty.counts).toEqual({});
    expect(empty.unzonedM2).toBeCloseTo(empty.areaM2, 3);
  });

  it('handles a concave polygon that a line enters and leaves several times', () => {
    // A U shape: the railway at 27.05 crosses both arms.
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [113.0, 27.0],
          [113.2, 27.0],
          [113.2, 27.1],
          [113.15, 27.1],
          [113.15, 27.03],
          [113.05, 27.03],
          [113.05, 27.1],
          [113.0, 27.1],
          [113.0, 27.0],
        ],
      ],
    };
    const result = areaStatistics(index, u);
    const rail = result.lines.find((l) => l.category === 'railway')!;
    const reference = referenceLengthInside(railCoords, u);
    expect(rail.lengthM / reference).toBeCloseTo(1, 6);
    const arms =
      turfLength(
        lineString([
          [113.0, 27.05],
          [113.05, 27.05],
        ]),
        { units: 'meters' },
      ) +
      turfLength(
        lineString([
          [113.15, 27.05],
          [113.2, 27.05],
        ]),
        { units: 'meters' },
      );
    expect(rail.lengthM / arms).toBeCloseTo(1, 6);
    // Zones: urban part = U ∩ urban, checked against turf intersect directly.
    const urbanRef = turfArea(
      intersect(
        featureCollection([turfPolygon(u.coordinates), turfPolygon(rect(113.0, 27.0, 113.1, 27.1).coordinates)]),
      )!,
    );
    expect(result.zones.find((z) => z.zone === 'urban')!.areaM2 / urbanRef).toBeCloseTo(1, 6);
  });

  it('handles a multipolygon with a hole', () => {
    const withHole: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          rect(113.0, 27.0, 113.1, 27.1).coordinates[0]!,
          rect(113.02, 27.02, 113.09, 27.08).coordinates[0]!.slice().reverse(),
        ],
        [rect(113.12, 27.0, 113.14, 27.1).coordinates[0]!],
      ],
    };
    const result = areaStatistics(index, withHole);
    expect(result.areaM2).toBeCloseTo(turfArea(withHole), 3);
    const urbanZone = result.zones.find((z) => z.zone === 'urban')!;
    expect(
      urbanZone.areaM2 / (turfArea(rect(113.0, 27.0, 113.1, 27.1)) - turfArea(rect(113.02, 27.02, 113.09, 27.08))),
    ).toBeCloseTo(1, 6);
    expect(result.counts.project).toBeUndefined(); // p-in sits in the hole
    const rail = result.lines.find((l) => l.category === 'railway')!;
    expect(rail.lengthM / referenceLengthInsideMulti(railCoords, withHole)).toBeCloseTo(1, 6);
  });
});

function referenceLengthInsideMulti(coords: Position[], area: MultiPolygon): number {
  // Sum over parts; holes are handled by the polygon reference (split at every ring, midpoint test).
  return area.coordinates.reduce(
    (sum, rings) => sum + referenceLengthInside(coords, { type: 'Polygon', coordinates: rings }),
    0,
  );
}

describe('PreparedArea', () => {
  // A star with a hole: concave, many edges.
  const star: Polygon = (() => {
    const ring: Position[] = [];
    for (let i = 0; i < 40; i++) {
      const r = i % 2 === 0 ? 0.1 : 0.04;
      const a = (i / 40) * 2 * Math.PI;
      ring.push([113 + r * Math.cos(a), 27 + r * Math.sin(a)]);
    }
    ring.push(ring[0]!);
    const hole = rect(112.99, 26.99, 113.01, 27.01).coordinates[0]!.slice().reverse();
    return { type: 'Polygon', coordinates: [ring, hole] };
  })();
  const prepared = new PreparedArea(star);

  it('agrees with turf booleanPointInPolygon on 2,000 pseudo-random points', () => {
    let x = 12345;
    const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    let disagreements = 0;
    for (let i = 0; i < 2000; i++) {
      const p: Position = [112.88 + rand() * 0.24, 26.88 + rand() * 0.24];
      if (prepared.contains(p[0]!, p[1]!) !== booleanPointInPolygon(p, star)) disagreements++;
    }
    expect(disagreements).toBe(0);
  });

  it('classifies rectangles as inside, outside or partial', () => {
    expect(prepared.rectRelation(112.995, 26.995, 113.005, 27.005)).toBe(RectRelation.Outside); // in the hole
    expect(prepared.rectRelation(113.02, 26.99, 113.03, 27.0)).toBe(RectRelation.Inside);
    expect(prepared.rectRelation(114, 28, 114.1, 28.1)).toBe(RectRelation.Outside);
    expect(prepared.rectRelation(113.05, 26.95, 113.15, 27.05)).toBe(RectRelation.Partial);
  });

  it('computes exact intersection areas also without the bbox clip fast path', () => {
    const zone = rect(113.0, 27.0, 113.05, 27.05);
    const direct = turfArea(
      intersect(featureCollection([turfPolygon(zone.coordinates), turfPolygon(star.coordinates)]))!,
    );
    expect(intersectionArea(zone, star, prepared.bbox) / direct).toBeCloseTo(1, 9);
  });
});

describe('boundary-integral intersection area', () => {
  /** A random star-shaped (often concave) polygon around a centre, with `n` vertices. */
  function randomStar(random: () => number, cx: number, cy: number, radius: number, n: number): Polygon {
    const ring: Position[] = [];
    for (let i = 0; i < n; i++) {
      const a = (i / n) * 2 * Math.PI;
      const r = radius * (0.3 + 0.7 * random());
      ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
    ring.push(ring[0]!);
    return { type: 'Polygon', coordinates: [random() < 0.5 ? ring : ring.slice().reverse()] };
  }

  it('equals turf.area of the polyclip intersection on 120 random concave pairs', () => {
    let x = 777;
    const random = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const scratch = newScratch();
    let worst = 0;
    for (let k = 0; k < 120; k++) {
      const a = randomStar(random, 113 + random() * 0.05, 27.8 + random() * 0.05, 0.05, 5 + Math.floor(random() * 30));
      const b = randomStar(random, 113 + random() * 0.05, 27.8 + random() * 0.05, 0.05, 5 + Math.floor(random() * 30));
      const reference = intersect(featureCollection([turfPolygon(a.coordinates), turfPolygon(b.coordinates)]));
      const expected = reference ? turfArea(reference) : 0;
      const actual = fastIntersectionArea(new PreparedArea(a), new PreparedArea(b), scratch);
      worst = Math.max(worst, Math.abs(actual - expected) / Math.max(expected, 1));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  const clip = (a: Polygon | MultiPolygon, b: Polygon | MultiPolygon) => {
    const result = intersect(
      featureCollection([
        { type: 'Feature', properties: {}, geometry: a },
        { type: 'Feature', properties: {}, geometry: b },
      ]),
    );
    return result ? turfArea(result) : 0;
  };
  const fast = (a: Polygon | MultiPolygon, b: Polygon | MultiPolygon) =>
    fastIntersectionArea(new PreparedArea(a), new PreparedArea(b));

  it('handles holes', () => {
    const holed: Polygon = {
      type: 'Polygon',
      coordinates: [rect(113.0, 27.0, 113.1, 27.1).coordinates[0]!, rect(113.03, 27.03, 113.06, 27.06).coordinates[0]!],
    };
    const other = rect(113.05, 27.05, 113.15, 27.15);
    expect(fast(holed, other) / clip(holed, other)).toBeCloseTo(1, 9);
  });

  it('is exact where the boundaries share edges (zones cut from county lines)', () => {
    const square = rect(113.0, 27.0, 113.1, 27.1);
    // Identical polygons, in either orientation.
    expect(fast(square, square) / turfArea(square)).toBeCloseTo(1, 9);
    const reversed: Polygon = { type: 'Polygon', coordinates: [square.coordinates[0]!.slice().reverse()] };
    expect(fast(reversed, square) / turfArea(square)).toBeCloseTo(1, 9);
    // Touching along an edge from outside: nothing in common.
    expect(fast(square, rect(113.1, 27.02, 113.2, 27.08))).toBeLessThan(1e-3);
    // Sharing part of an edge from inside, and a corner.
    const left = rect(113.05, 27.02, 113.1, 27.08);
    expect(fast(square, left) / turfArea(left)).toBeCloseTo(1, 9);
    const corner = rect(113.0, 27.0, 113.04, 27.03);
    expect(fast(corner, square) / turfArea(corner)).toBeCloseTo(1, 9);
    // A zone whose edge runs partly along the area's edge and partly outside.
    const straddle = rect(113.05, 27.0, 113.15, 27.05);
    expect(fast(straddle, square) / clip(straddle, square)).toBeCloseTo(1, 9);
  });

  it('treats the internal border of a tiling as interior (a scope made of its districts)', () => {
    const tiling: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [rect(113.0, 27.0, 113.1, 27.1).coordinates, rect(113.1, 27.0, 113.2, 27.1).coordinates],
    };
    // A zone straddling the internal border, one lying along it, and one equal to a tile.
    for (const zone of [
      rect(113.05, 27.02, 113.15, 27.08),
      rect(113.1, 27.02, 113.15, 27.08),
      rect(113.0, 27.0, 113.1, 27.1),
    ]) {
      expect(fast(zone, tiling) / clip(zone, rect(113.0, 27.0, 113.2, 27.1))).toBeCloseTo(1, 9);
    }
  });
});

describe('whatIsHere', () => {
  it('answers zone, district and scopes for a point', () => {
    expect(whatIsHere(index, [113.05, 27.05])).toEqual({
      zone: 'urban',
      zoneFeature: { id: 'zone-urban', name: urban.properties.name, name_en: urban.properties.name_en },
      district: '天元区',
      scopes: ['一核', '一圈'],
    });
  });

  it('adds a scope from a structure polygon containing the point', () => {
    // 渌口区 is in 一圈 by district; the core_area polygon reaches 113.15, so the point is also in 一核.
    expect(whatIsHere(index, [113.12, 27.05]).scopes).toEqual(['一核', '一圈']);
    expect(whatIsHere(index, [113.3, 27.05]).scopes).toEqual(['一圈']);
  });

  it('returns nulls outside the data', () => {
    expect(whatIsHere(index, [100, 10])).toEqual({ zone: null, zoneFeature: null, district: null, scopes: [] });
    expect(whatIsHere(index, [113.2, 26.7])).toMatchObject({ zone: null, district: '攸县', scopes: ['一廊'] });
  });
});

describe('worker protocol', () => {
  it('loads, answers stats for a polygon, a district and a scope, and what-is-here', () => {
    const state: StatsWorkerState = { index: null };
    expect(handleStatsRequest(state, { type: 'stats', id: 1, target: { kind: 'scope', scope: '一核' } })).toMatchObject(
      {
        type: 'error',
        code: 'not_loaded',
      },
    );
    expect(handleStatsRequest(state, { type: 'load', id: 2, features, counties })).toMatchObject({
      type: 'loaded',
      id: 2,
      zones: 3,
      lines: 3,
    });
    const polygon = handleStatsRequest(state, {
      type: 'stats',
      id: 3,
      target: { kind: 'polygon', geometry: rect(113.05, 27.02, 113.15, 27.08) },
    });
    expect(polygon.type === 'stats' && polygon.result.counts.project).toBe(1);
    const district = handleStatsRequest(state, {
      type: 'stats',
      id: 4,
      target: { kind: 'district', district: '天元区' },
    });
    expect(district.type === 'stats' && district.result.areaM2 / turfArea(counties.features[0]!.geometry)).toBeCloseTo(
      1,
      9,
    );
    const scope = handleStatsRequest(state, { type: 'stats', id: 5, target: { kind: 'scope', scope: '一圈' } });
    // 一圈 = 天元区 + 渌口区 in this fixture (the other districts have no boundary here): their union.
    expect(scope.type === 'stats' && scope.result.areaM2 / turfArea(rect(112.9, 26.9, 113.4, 27.2))).toBeCloseTo(1, 6);
    expect(
      handleStatsRequest(state, { type: 'stats', id: 6, target: { kind: 'district', district: '炎陵县' } }),
    ).toMatchObject({
      type: 'error',
      code: 'no_boundary',
    });
    expect(handleStatsRequest(state, { type: 'whatIsHere', id: 7, point: [113.05, 27.05] })).toMatchObject({
      type: 'whatIsHere',
      id: 7,
      result: { zone: 'urban', district: '天元区' },
    });
  });
});

describe('real county boundaries', () => {
  const realCounties = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../geodata/basemap/counties.geojson'), 'utf8'),
  ) as CountyCollection & { features: { properties: { seat: Position } }[] };
  const realIndex = buildStatsIndex([], realCounties);

  it('answers the right district at every county seat', () => {
    for (const county of realCounties.features) {
      expect(whatIsHere(realIndex, county.properties.seat).district).toBe(county.properties.name);
    }
  });

  it('gives a scope the area of its dissolved districts (the tiling has no overlaps)', () => {
    const tiled = scopeGeometry(realIndex, '一圈')!;
    const dissolved = scopeGeometry(realIndex, '一圈', { dissolve: true })!;
    const sum = realCounties.features
      .filter((c) => ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市'].includes(c.properties.name))
      .reduce((total, c) => total + turfArea(c.geometry), 0);
    expect(areaStatistics(realIndex, tiled).areaM2 / sum).toBeCloseTo(1, 9);
    expect(turfArea(dissolved) / sum).toBeCloseTo(1, 4);
    // A zone straddling the border of 一核 and 醴陵市 is measured the same against both outlines.
    const zone = buildStatsIndex(
      [feature(rect(113.2, 27.6, 113.5, 27.9), { id: 'z', category: 'planning_zone', zone: 'urban' })],
      realCounties,
    );
    const a = areaStatistics(zone, tiled).zones.find((z) => z.zone === 'urban')!.areaM2;
    const b = areaStatistics(zone, dissolved).zones.find((z) => z.zone === 'urban')!.areaM2;
    expect(a).toBeGreaterThan(1e8);
    expect(a / b).toBeCloseTo(1, 6);
  });

  it('measures the real planning zones inside a district exactly as polygon clipping does', () => {
    const zonesFile = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../geodata/plan/zones.geojson'), 'utf8'),
    ) as { features: PlanFeature[] };
    const zoneIndex = buildStatsIndex(zonesFile.features, realCounties);
    for (const district of ['天元区', '醴陵市'] as const) {
      const county = realCounties.features.find((c) => c.properties.name === district)!.geometry;
      const stats = areaStatistics(zoneIndex, county);
      const bbox = new PreparedArea(county).bbox;
      for (const zone of stats.zones) {
        const reference = zonesFile.features
          .filter((f) => f.properties.zone === zone.zone)
          .reduce((sum, f) => sum + intersectionArea(f.geometry as Polygon | MultiPolygon, county, bbox), 0);
        expect(Math.abs(zone.areaM2 - reference)).toBeLessThan(Math.max(1, reference * 1e-6));
      }
    }
  }, 30_000); // the real zones file: seconds on a loaded machine
});
