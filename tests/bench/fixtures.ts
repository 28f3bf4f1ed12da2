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

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
