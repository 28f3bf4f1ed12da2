/**
 * Nearby query speed. Budgets (issue 5): ≤ 5 ms over the real geodata, ≤ 16 ms over 10,000 synthetic projects.
 * `npm run bench` prints vitest's table (mean / p99 per query) and, first, a plain summary measured here.
 * No assertions: figures only.
 */
import { bench, describe } from 'vitest';
import { destination } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { CITY_CENTRE } from '../../src/geo/datum';
import type { NearbyProperties } from '../../src/geo/nearby/candidates';
import { nearbyQuery } from '../../src/geo/nearby/query';
import type { Category, Status } from '../../src/geo/schema';
import { loadRealFeatures, rng } from './fixtures';

type F = Feature<Geometry, NearbyProperties>;

// ── data ───────────────────────────────────────────────────────────────────────────────────────

const realFeatures = loadRealFeatures() as F[];
const STATUSES: Status[] = ['existing', 'completed', 'under_construction', 'planned', 'proposed'];

/**
 * 10,000 synthetic projects: 70 % within 15 km of the city centre (the dense case: a 10 km query there
 * returns thousands), 30 % spread over the whole city's extent.
 */
function syntheticProjects(count: number, mixedGeometry: boolean, seed = 42): F[] {
  const random = rng(seed);
  const features: F[] = [];
  for (let i = 0; i < count; i++) {
    const centre: Position =
      random() < 0.7
        ? destination(CITY_CENTRE.point, 15 * Math.sqrt(random()), random() * 360 - 180, { units: 'kilometers' })
            .geometry.coordinates
        : [112.96 + random() * 1.15, 26.05 + random() * 1.97];
    const [x, y] = centre as [number, number];
    let geometry: Geometry = { type: 'Point', coordinates: [x, y] };
    let category: Category = 'project';
    const shape = mixedGeometry ? random() : 0;
    if (shape > 0.8) {
      // a small site polygon, 12 vertices, ~300–800 m across
      const r = 0.0015 + random() * 0.0025;
      const ring: Position[] = Array.from({ length: 12 }, (_, k) => [
        x + r * Math.cos((k / 12) * 2 * Math.PI),
        y + r * 0.9 * Math.sin((k / 12) * 2 * Math.PI),
      ]);
      geometry = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
      category = 'industrial_park';
    } else if (shape > 0.65) {
      // a road or rail line, 20 vertices over ~5 km
      const heading = random() * 2 * Math.PI;
      geometry = {
        type: 'LineString',
        coordinates: Array.from({ length: 20 }, (_, k) => [
          x + Math.cos(heading) * k * 0.0025 + (random() - 0.5) * 0.001,
          y + Math.sin(heading) * k * 0.0025 + (random() - 0.5) * 0.001,
        ]),
      };
      category = 'expressway';
    }
    features.push({
      type: 'Feature',
      properties: { id: `syn-${i}`, category, status: STATUSES[i % STATUSES.length]! },
      geometry,
    });
  }
  return features;
}

const synthetic = syntheticProjects(10_000, false);
const syntheticMixed = syntheticProjects(10_000, true, 7);

/** Query points: the city centre, then 31 points over the central city and the four southern counties. */
const queryPoints: Position[] = [
  CITY_CENTRE.point,
  ...Array.from({ length: 31 }, (_, i) => {
    const random = rng(1000 + i);
    return i < 20
      ? destination(CITY_CENTRE.point, 12 * random(), random() * 360 - 180, { units: 'kilometers' }).geometry
          .coordinates
      : [113.0 + random() * 1.05, 26.1 + random() * 1.9];
  }),
];

// ── a plain summary, printed before vitest's table ─────────────────────────────────────────────

function summarise(label: string, features: F[], radiusKm: number, budgetMs: number): void {
  if (features.length === 0) {
    console.log(`nearby bench · ${label}: no features found (geodata/plan/*.geojson missing or empty)`);
    return;
  }
  // cold: the first query over fresh feature objects includes preparing their geometry
  const fresh = structuredClone(features);
  let t = performance.now();
  nearbyQuery(fresh, CITY_CENTRE.point, radiusKm);
  const coldMs = performance.now() - t;
  // warm: 50 rounds over all query points
  const times: number[] = [];
  let found = 0;
  for (let round = 0; round < 50; round++) {
    for (const point of queryPoints) {
      t = performance.now();
      found += nearbyQuery(features, point, radiusKm).length;
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, v) => s + v, 0) / times.length;
  const median = times[Math.floor(times.length / 2)]!;
  const p99 = times[Math.floor(times.length * 0.99)]!;
  const max = times[times.length - 1]!;
  console.log(
    `nearby bench · ${label}: ${features.length} features, r=${radiusKm} km, ` +
      `${(found / times.length).toFixed(0)} results/query on average · ` +
      `median ${median.toFixed(3)} ms, mean ${mean.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, max ${max.toFixed(3)} ms ` +
      `(first query incl. preparation ${coldMs.toFixed(2)} ms) · budget ${budgetMs} ms → ` +
      (p99 <= budgetMs ? 'within' : 'OVER (p99; a loaded machine inflates it — compare the median)'),
  );
}

summarise('real geodata', realFeatures, 10, 5);
summarise('real geodata', realFeatures, 3, 5);
summarise('10,000 synthetic projects', synthetic, 10, 16);
summarise('10,000 synthetic projects', synthetic, 3, 16);
summarise('10,000 synthetic, 20 % polygons + 15 % lines', syntheticMixed, 10, 16);

// ── vitest bench tables ────────────────────────────────────────────────────────────────────────

let cursor = 0;
const nextPoint = () => queryPoints[cursor++ % queryPoints.length]!;

describe.skipIf(realFeatures.length === 0)(`nearbyQuery · real geodata (${realFeatures.length} features)`, () => {
  bench('10 km around 32 query points', () => {
    nearbyQuery(realFeatures, nextPoint(), 10);
  });
  bench('3 km around 32 query points', () => {
    nearbyQuery(realFeatures, nextPoint(), 3);
  });
  bench('10 km at the city centre', () => {
    nearbyQuery(realFeatures, CITY_CENTRE.point, 10);
  });
});

describe('nearbyQuery · 10,000 synthetic projects', () => {
  bench('10 km around 32 query points', () => {
    nearbyQuery(synthetic, nextPoint(), 10);
  });
  bench('10 km at the city centre (densest)', () => {
    nearbyQuery(synthetic, CITY_CENTRE.point, 10);
  });
  bench('3 km around 32 query points', () => {
    nearbyQuery(synthetic, nextPoint(), 3);
  });
  bench('10 km, mixed points / lines / polygons', () => {
    nearbyQuery(syntheticMixed, nextPoint(), 10);
  });
});
