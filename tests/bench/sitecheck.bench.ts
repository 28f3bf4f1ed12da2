/**
 * Site check speed (issue 10). Goals on the 2-core machine: 100,000 parcels imported ≤ 10 s (including drawing,
 * which the UI adds; this measures the import alone) and the report for 1,000 parcels ≤ 1 s.
 * Synthetic parcels: star-shaped 6–12-gon outlines 40–300 m across, spread over Zhuzhou, in a GeoJSON file on the
 * CGCS2000 zone-38 grid with a crs member (so the import parses, projects, checks and repairs every vertex).
 * `npm run bench` prints the summary measured here first, then vitest's table. No assertions: figures only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { fromWgs84 } from '../../src/geo/crs';
import { importFile } from '../../src/geo/parcels/importFile';
import { buildPlanIndex, siteReport } from '../../src/geo/parcels/report';
import type { Parcel } from '../../src/geo/parcels/types';
import { GEODATA_DIR, loadRealFeatures, rng } from './fixtures';

const plan = loadRealFeatures();
const countiesPath = join(GEODATA_DIR, 'basemap/counties.geojson');
const counties = existsSync(countiesPath)
  ? (JSON.parse(readFileSync(countiesPath, 'utf8')) as GeoJSON.FeatureCollection)
  : { type: 'FeatureCollection' as const, features: [] };

/** Zhuzhou's extent (WGS84); parcels are placed at random inside it. */
const EXTENT = { west: 112.96, south: 26.05, east: 114.11, north: 28.02 };

function syntheticFile(count: number, seed = 11): { name: string; bytes: ArrayBuffer } {
  const random = rng(seed);
  const toGrid = fromWgs84('cgcs2000-gk3-114-prefixed');
  const features = [];
  for (let i = 0; i < count; i++) {
    const lon = EXTENT.west + random() * (EXTENT.east - EXTENT.west);
    const lat = EXTENT.south + random() * (EXTENT.north - EXTENT.south);
    const [cx, cy] = toGrid([lon, lat]);
    const n = 6 + Math.floor(random() * 7);
    const size = 20 + random() * 130;
    const ring: [number, number][] = [];
    for (let k = 0; k < n; k++) {
      const a = (k / n) * 2 * Math.PI;
      const r = size * (0.6 + 0.4 * random());
      ring.push([Math.round((cx + r * Math.cos(a)) * 1000) / 1000, Math.round((cy + r * Math.sin(a)) * 1000) / 1000]);
    }
    ring.push(ring[0]!);
    features.push({
      type: 'Feature',
      properties: { 地块编号: `P${i + 1}`, 名称: `地块${i + 1}`, 用途: i % 3 === 0 ? '居住用地' : '工业用地' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  const text = JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:4526' } },
    features,
  });
  const bytes = new TextEncoder().encode(text);
  return { name: `synthetic-${count}.geojson`, bytes: bytes.buffer as ArrayBuffer };
}

const ms = (t0: number) => performance.now() - t0;

const t0 = performance.now();
const index = buildPlanIndex(plan, counties);
const indexMs = ms(t0);

const summary: string[] = [`buildPlanIndex over ${plan.length} plan features: ${indexMs.toFixed(0)} ms`];
const parcelsBySize = new Map<number, Parcel[]>();
for (const count of [1_000, 10_000, 100_000]) {
  const file = syntheticFile(count);
  const t1 = performance.now();
  const result = await importFile(file);
  const importMs = ms(t1);
  if (count === 1_000) parcelsBySize.set(count, result.parcels); // keep the heap small for the larger runs
  const t2 = performance.now();
  const report = siteReport(result.parcels, index);
  const reportMs = ms(t2);
  summary.push(
    `${count.toLocaleString('en')} parcels (${(file.bytes.byteLength / 1e6).toFixed(1)} MB GeoJSON, zone 38): ` +
      `import ${importMs.toFixed(0)} ms, report ${reportMs.toFixed(0)} ms ` +
      `(${report.total.conflicts} conflicts, ${report.total.urban} urban, ${result.rejected.length} rejected)`,
  );
}
summary.push(`(load average ${loadavg()[0]!.toFixed(1)} on this machine: figures scale with it)`);
console.log(['', '── site check (issue 10) ──', ...summary, ''].join('\n'));

describe('site check', () => {
  const oneK = parcelsBySize.get(1_000)!;
  bench('report, 1,000 parcels', () => {
    siteReport(oneK, index);
  });
  const file = syntheticFile(1_000, 3);
  bench('import, 1,000 parcels (GeoJSON, zone 38)', async () => {
    await importFile(file);
  });
});
