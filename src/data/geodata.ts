/**
 * Loads the project's geodata. Files are bundled at build time (no request leaves the page's origin, and the
 * built dist/ works from any static server), parsed and validated at run time.
 */
import type { FeatureCollection } from 'geojson';
import type { PlanFeature } from '../geo/schema';
import { parsePlanFile } from './parsePlanFile';

const planFiles = import.meta.glob<string>('../../geodata/plan/*.geojson', { query: '?raw', import: 'default' });
const basemapFiles = import.meta.glob<string>('../../geodata/basemap/*.geojson', { query: '?raw', import: 'default' });

const fileName = (path: string) => path.split('/').pop() ?? path;

export interface LoadedPlan {
  features: PlanFeature[];
  problems: { file: string; reason: string }[];
}

export async function loadPlanFeatures(): Promise<LoadedPlan> {
  const entries = await Promise.all(
    Object.entries(planFiles).map(async ([path, load]) => {
      try {
        return { file: fileName(path), ...parsePlanFile(await load()) };
      } catch (error) {
        return { file: fileName(path), features: [], problems: [(error as Error).message] };
      }
    }),
  );
  const seen = new Set<string>();
  const features: PlanFeature[] = [];
  const problems: LoadedPlan['problems'] = [];
  for (const entry of entries) {
    for (const feature of entry.features) {
      if (seen.has(feature.properties.id)) {
        problems.push({ file: entry.file, reason: `duplicate id ${feature.properties.id}` });
        continue;
      }
      seen.add(feature.properties.id);
      features.push(feature);
    }
    problems.push(...entry.problems.map((reason) => ({ file: entry.file, reason })));
  }
  return { features, problems };
}

export type BasemapLayerName = 'counties' | 'city' | 'neighbours' | 'rivers' | 'labels';

/** The basemap collections by name; a missing file yields an empty collection. */
export async function loadBasemap(): Promise<Record<BasemapLayerName, FeatureCollection>> {
  const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
  const result: Record<BasemapLayerName, FeatureCollection> = {
    counties: empty(),
    city: empty(),
    neighbours: empty(),
    rivers: empty(),
    labels: empty(),
  };
  await Promise.all(
    Object.entries(basemapFiles).map(async ([path, load]) => {
      const name = fileName(path).replace('.geojson', '') as BasemapLayerName;
      if (!(name in result)) return;
      try {
        result[name] = JSON.parse(await load()) as FeatureCollection;
      } catch {
        // A broken basemap file leaves that layer empty; the plan layers still draw.
      }
    }),
  );
  return result;
}
