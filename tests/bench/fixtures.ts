/** Data shared by the benchmarks: the real plan features and a deterministic random generator. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanFeature } from '../../src/geo/schema';

export const GEODATA_DIR = join(import.meta.dirname, '../../geodata');

/** Every feature of geodata/plan (empty when the folder is missing). */
export function loadRealFeatures(): PlanFeature[] {
  const planDir = join(GEODATA_DIR, 'plan');
  if (!existsSync(planDir)) return [];
  return readdirSync(planDir)
    .filter((name) => name.endsWith('.geojson'))
    .flatMap((name) => (JSON.parse(readFileSync(join(planDir, name), 'utf8')) as { features: PlanFeature[] }).features);
}

// The seeded random numbers of the synthetic parcels (one generator for every benchmark).
export { rng } from './syntheticParcels.mjs';
