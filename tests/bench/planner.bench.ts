/**
 * Planner tools speed (issue 4). Targets: filter and search ≤ 16 ms at 10,000 features; area statistics
 * ≤ 50 ms for a drawn polygon over the real geodata. Also: the same at 10,000 synthetic projects and 100,000
 * synthetic parcel polygons (the bureau manages 9.12万 parcels).
 * `npm run bench` prints a plain summary measured here first, then vitest's table. No assertions: figures only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import type { Polygon, Position } from 'geojson';
import type { Category, District, PlanFeature, Status, Zone } from '../../src/geo/schema';
import { DISTRICTS, ZONES } from '../../src/geo/schema';
import {
  areaStatistics,
  buildStatsIndex,
  districtGeometry,
  scopeGeometry,
  whatIsHere,
  type CountyCollection,
} from '../../src/geo/stats';
import { applyFilters, emptyFilter, type FilterState } from '../../src/catalog/filter';
import { facetCounts } from '../../src/catalog/facets';
import { buildSearchIndex, search } from '../../src/data/search';
import { GEODATA_DIR, loadRealFeatures, rng } from './fixtures';

// ── data ───────────────────────────────────────────────────────────────────────────────────────

const realFeatures = loadRealFeatures();
const countiesPath = join(GEODATA_DIR, 'basemap/counties.geojson');
const counties: CountyCollection | undefined = existsSync(countiesPath)
  ? (JSON.parse(readFileSync(countiesPath, 'utf8')) as CountyCollection)
  : undefined;

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const STATUSES: Status[] = ['existing', 'completed', 'under_construction', 'planned', 'proposed'];
const NAME_HEADS = '田心荷塘芦淞石峰天元渌口醴陵攸茶炎云龙董家塅白关枫溪南洲神农湘江株洲高科新城'.split('');
const NAME_TAILS = ['产业园', '项目', '物流园', '科技城', '新区', '安置区', '学校', '医院', '公园', '大道'];
const INDUSTRIES = [
  '轨道交通',
  '新能源汽车',
  '电子信息',
  '新材料',
  '陶瓷',
  '纺织服饰',
  '通用航空',
  '生物医药',
  '绿色食品',
];

/** Zhuzhou's extent (WGS84), for synthetic coordinates. */
const EXTENT = { west: 112.96, south: 26.05, east: 114.11, north: 28.02 };

function syntheticProjects(count: number, seed = 7): PlanFeature[] {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i): PlanFeature => {
    const name = `${pick(random, NAME_HEADS)}${pick(random, NAME_HEADS)}${pick(random, NAME_HEADS)}${pick(random, NAME_TAILS)}${i}`;
    return {
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [
          EXTENT.west + random() * (EXTENT.east - EXTENT.west),
          EXTENT.south + random() * (EXTENT.north - EXTENT.south),
        ],
      },
      properties: {
        id: `synthetic-${i}`,
        name,
        name_en: `Synthetic project ${i}`,
        aliases: [],
        category: random() < 0.8 ? 'project' : ('industrial_park' as Category),
        district: pick(random, DISTRICTS),
        source: { file: '001', section: 'synthetic', line: 1, quote: '合成数据' },
        accuracy: 'approximate',
        status: pick(random, STATUSES),
        year: 2021 + Math.floor(random() * 6),
        industries: [pick(random, INDUSTRIES)],
      },
    };
  });
}

/**
 * 100,000 parcels: a 400 × 250 grid of jittered quadrilaterals over the central part of the city
 * (~0.0022° × 0.0035°, ≈ 0.09 km² each), each with a planning zone.
 */
function syntheticParcels(count: number, seed = 11): PlanFeature[] {
  const random = rng(seed);
  const cols = 400;
  const rows = Math.ceil(count / cols);
  const west = 112.9;
  const south = 27.3;
  const dx = 0.9 / cols;
  const dy = 0.9 / rows;
  const features: PlanFeature[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols && features.length < count; c++) {
      const j = () => (random() - 0.5) * 0.2;
      const x0 = west + c * dx;
      const y0 = south + r * dy;
      const ring: Position[] = [
        [x0 + j() * dx, y0 + j() * dy],
        [x0 + dx * (1 + j()), y0 + j() * dy],
        [x0 + dx * (1 + j()), y0 + dy * (1 + j())],
        [x0 + j() * dx, y0 + dy * (1 + j())],
      ];
      ring.push(ring[0]!);
      const zone: Zone = pick(random, ZONES);
      features.push({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [ring] },
        properties: {
          id: `parcel-${features.length}`,
          name: `地块${features.length}`,
          name_en: `Parcel ${features.length}`,
          aliases: [],
          category: 'planning_zone',
          district: '天元区' as District,
          source: { file: '000', section: 'synthetic', line: 1, quote: '合成地块' },
          accuracy: 'schematic',
          zone,
        },
      });
    }
  }
  return features;
}

/** A drawn polygon: an irregular 9-vertex shape about 10 km across over the central city (天元区 / 芦淞区). */
const drawn: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [113.03, 27.78],
      [113.09, 27.76],
      [113.15, 27.77],
      [113.18, 27.81],
      [113.16, 27.86],
      [113.11, 27.88],
      [113.06, 27.87],
      [113.04, 27.84],
      [113.05, 27.81],
      [113.03, 27.78],
    ],
  ],
};

const time = (label: string, run: () => unknown, repeat = 1): number => {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run();
  const ms = (performance.now() - start) / repeat;
  console.log(`  ${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms`);
  return ms;
};

// ── build once ─────────────────────────────────────────────────────────────────────────────────

const projects10k = syntheticProjects(10_000);
const parcels100k = syntheticParcels(100_000);

console.log(
  `\nPlanner benchmark data: ${realFeatures.length} real plan features, ${counties?.features.length ?? 0} counties`,
);
let realSearch = buildSearchIndex(realFeatures);
let realStats = buildStatsIndex(realFeatures, counties);
let search10k = buildSearchIndex(projects10k);
let stats10k = buildStatsIndex([...realFeatures, ...projects10k], counties);
let stats100k = buildStatsIndex(
  [...realFeatures.filter((f) => f.properties.category !== 'planning_zone'), ...parcels100k],
  counties,
);
console.log('Index builds (once per data load / filter change):');
time('search index, real data', () => (realSearch = buildSearchIndex(realFeatures)));
time('search index, 10,000 projects (pinyin for every name)', () => (search10k = buildSearchIndex(projects10k)));
time('stats index, real data', () => (realStats = buildStatsIndex(realFeatures, counties)));
time(
  'stats index, real + 10,000 projects',
  () => (stats10k = buildStatsIndex([...realFeatures, ...projects10k], counties)),
);
time(
  'stats index, 100,000 parcels (zone areas)',
  () =>
    (stats100k = buildStatsIndex(
      [...realFeatures.filter((f) => f.properties.category !== 'planning_zone'), ...parcels100k],
      counties,
    )),
);

const districtFilter: FilterState = { ...emptyFilter(), districts: ['天元区', '芦淞区'] };
const richFilter: FilterState = {
  ...emptyFilter(),
  scope: '一圈',
  categories: ['project', 'industrial_park'],
  status: ['planned', 'under_construction'],
  yearFrom: 2022,
  yearTo: 2025,
  industries: ['group:power', 'it'],
};

console.log('Single runs (mean of 20):');
time('filter apply, real data (scope + 5 fields)', () => applyFilters(realFeatures, richFilter), 20);
time('filter apply, 10,000 projects (district)', () => applyFilters(projects10k, districtFilter), 20);
time('filter apply, 10,000 projects (scope + 5 fields)', () => applyFilters(projects10k, richFilter), 20);
time('facet counts, 10,000 projects', () => facetCounts(projects10k, richFilter), 20);
time('search "tianxin", real data', () => search(realSearch, 'tianxin'), 20);
time('search "txgd", 10,000 projects', () => search(search10k, 'txgd'), 20);
time('search "田心", 10,000 projects', () => search(search10k, '田心'), 20);
time('search "tianxin", 10,000 projects', () => search(search10k, 'tianxin'), 20);
time('search "zhuzhuo" (typo → fuzzy), 10,000 projects', () => search(search10k, 'zhuzhuo'), 20);
time('area statistics, drawn polygon, real data', () => areaStatistics(realStats, drawn), 20);
time('area statistics, drawn polygon, real + 10,000 projects', () => areaStatistics(stats10k, drawn), 20);
time('area statistics, drawn polygon, 100,000 parcels', () => areaStatistics(stats100k, drawn), 5);
{
  const tianyuan = districtGeometry(realStats, '天元区');
  if (tianyuan)
    time('area statistics, district 天元区 (county polygon), real data', () => areaStatistics(realStats, tianyuan), 20);
  time('scope 一圈 outline (union of 6 counties, once, cached)', () => scopeGeometry(realStats, '一圈'));
  const circle = scopeGeometry(realStats, '一圈');
  if (circle) time('area statistics, scope 一圈, real data', () => areaStatistics(realStats, circle), 5);
}
time('what is here, real data', () => whatIsHere(realStats, [113.13, 27.83]), 20);
time('what is here, 100,000 parcels', () => whatIsHere(stats100k, [113.13, 27.83]), 20);
{
  const stats = areaStatistics(realStats, drawn);
  const km2 = stats.areaM2 / 1e6;
  console.log(
    `  (drawn polygon: ${km2.toFixed(1)} km², zones ${stats.zones.map((z) => `${z.zone} ${(z.share * 100).toFixed(1)}%`).join(', ')}, ` +
      `railway ${((stats.lines.find((l) => l.category === 'railway')?.lengthM ?? 0) / 1000).toFixed(1)} km, ` +
      `expressway ${((stats.lines.find((l) => l.category === 'expressway')?.lengthM ?? 0) / 1000).toFixed(1)} km)`,
  );
  const parcels = areaStatistics(stats100k, drawn);
  console.log(
    `  (over parcels: zoned ${(((parcels.areaM2 - parcels.unzonedM2) / parcels.areaM2) * 100).toFixed(2)}% of the polygon)`,
  );
}

// ── vitest bench tables ────────────────────────────────────────────────────────────────────────

describe('filter', () => {
  bench('real data, scope + 5 fields', () => {
    applyFilters(realFeatures, richFilter);
  });
  bench('10,000 projects, district', () => {
    applyFilters(projects10k, districtFilter);
  });
  bench('10,000 projects, scope + 5 fields', () => {
    applyFilters(projects10k, richFilter);
  });
  bench('10,000 projects, facet counts', () => {
    facetCounts(projects10k, richFilter);
  });
});

describe('search', () => {
  bench('real data, "tianxin"', () => {
    search(realSearch, 'tianxin');
  });
  bench('10,000 projects, "txgd"', () => {
    search(search10k, 'txgd');
  });
  bench('10,000 projects, "田心"', () => {
    search(search10k, '田心');
  });
  bench('10,000 projects, "zhuzhuo" (fuzzy)', () => {
    search(search10k, 'zhuzhuo');
  });
});

describe('area statistics', () => {
  bench('drawn polygon, real data', () => {
    areaStatistics(realStats, drawn);
  });
  bench('drawn polygon, real + 10,000 projects', () => {
    areaStatistics(stats10k, drawn);
  });
  bench(
    'drawn polygon, 100,000 parcels',
    () => {
      areaStatistics(stats100k, drawn);
    },
    { iterations: 10 },
  );
  bench('what is here, real data', () => {
    whatIsHere(realStats, [113.13, 27.83]);
  });
});
