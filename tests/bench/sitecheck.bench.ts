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
import { importFile } from '../../src/geo/parcels/importFile';
import { siteReport } from '../../src/geo/parcels/report';
import { buildPlanIndex } from '../../src/geo/parcels/report/planIndex';
import type { Parcel } from '../../src/geo/parcels/types';
import { GEODATA_DIR, loadRealFeatures } from './fixtures';
import { syntheticParcelsGeoJSON } from './syntheticParcels.mjs';

const plan = loadRealFeatures();
const countiesPath = join(GEODATA_DIR, 'basemap/counties.geojson');
const counties = existsSync(countiesPath)
  ? (JSON.parse(readFileSync(countiesPath, 'utf8')) as GeoJSON.FeatureCollection)
  : { type: 'FeatureCollection' as const, features: [] };

/** The shared generator (tests/bench/syntheticParcels.mjs; the browser measurement uses it too). */
function syntheticFile(count: number, seed = 11): { name: string; bytes: ArrayBuffer } {
  const bytes = new TextEncoder().encode(syntheticParcelsGeoJSON(count, seed));
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
