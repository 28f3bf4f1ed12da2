/**
 * Where the project's geodata come from at run time. The files of geodata/ are served as static files next to
 * the app (hashed names in dist/assets, so a new version never meets a stale cached file), not bundled as
 * JavaScript: MapLibre's worker fetches the basemap itself, and the plan files are fetched, parsed and validated
 * in a worker (./geodata.worker.ts). Nothing leaves the page's origin.
 */
import type { FeatureCollection } from 'geojson';
import type { PlanFile } from '../catalog/layerDefinition';
import type { PlanFeature } from '../geo/schema';
import type { CountyCollection } from '../geo/stats';
import type { GeodataRequest, GeodataResponse, PlanFileRef, PlanFileResult } from './geodataProtocol';

const planFiles = import.meta.glob<string>('../../geodata/plan/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});
const basemapFiles = import.meta.glob<string>('../../geodata/basemap/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

const fileName = (path: string) => path.split('/').pop() ?? path;
/** Absolute, so MapLibre's worker (whose own base URL is a blob) and ours fetch the same address. */
const absolute = (url: string) => new URL(url, document.baseURI).href;

export interface LoadedPlan {
  features: PlanFeature[];
  problems: { file: string; reason: string }[];
}

/** The plan files, fetched, parsed and validated off the main thread (in-process where workers fail). */
async function loadPlanFiles(files: PlanFileRef[]): Promise<PlanFileResult[]> {
  const inProcess = () => import('./geodataProtocol').then(({ fetchAndParse }) => fetchAndParse(files));
  if (typeof Worker === 'undefined') return inProcess();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./geodata.worker.ts', import.meta.url), { type: 'module', name: 'geodata' });
  } catch {
    return inProcess();
  }
  return new Promise<PlanFileResult[]>((resolve) => {
    worker.onmessage = (event: MessageEvent<GeodataResponse>) => {
      worker.terminate();
      resolve(event.data.entries);
    };
    worker.onerror = (event) => {
      // The worker script could not start (or threw): do the same work here, so the data still load.
      event.preventDefault();
      worker.terminate();
      resolve(inProcess());
    };
    worker.postMessage({ type: 'load', files } satisfies GeodataRequest);
  });
}

export async function loadPlanFeatures(): Promise<LoadedPlan> {
  const entries = await loadPlanFiles(
    Object.entries(planFiles).map(([path, url]) => ({ file: fileName(path), url: absolute(url) })),
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

/**
 * The plan files' URLs by name, for the map's plan sources: MapLibre's worker fetches and parses them itself,
 * in parallel with the app's own validated copy (the second fetch is served from the HTTP cache).
 */
export function planUrls(): Partial<Record<PlanFile, string>> {
  return Object.fromEntries(
    Object.entries(planFiles).map(([path, url]) => [fileName(path).replace('.geojson', ''), absolute(url)]),
  ) as Partial<Record<PlanFile, string>>;
}

export type BasemapLayerName = 'counties' | 'city' | 'neighbours' | 'rivers' | 'labels';
const BASEMAP_LAYERS: BasemapLayerName[] = ['counties', 'city', 'neighbours', 'rivers', 'labels'];

const EMPTY_URL = `data:application/geo+json,${encodeURIComponent('{"type":"FeatureCollection","features":[]}')}`;

/**
 * The basemap files' URLs by name, for MapLibre sources (`data: url`); a missing file yields an empty
 * collection. MapLibre fetches and parses them in its worker.
 */
export function basemapUrls(): Record<BasemapLayerName, string> {
  const result = Object.fromEntries(BASEMAP_LAYERS.map((name) => [name, EMPTY_URL])) as Record<
    BasemapLayerName,
    string
  >;
  for (const [path, url] of Object.entries(basemapFiles)) {
    const name = fileName(path).replace('.geojson', '') as BasemapLayerName;
    if (name in result) result[name] = absolute(url);
  }
  return result;
}

let basemapPromise: Promise<Record<BasemapLayerName, FeatureCollection>> | null = null;

/**
 * The basemap collections by name, for the tools that compute with them (statistics, near me); fetched once,
 * when first asked for. A missing or broken file yields an empty collection; the plan layers still draw.
 */
export function loadBasemap(): Promise<Record<BasemapLayerName, FeatureCollection>> {
  basemapPromise ??= (async () => {
    const urls = basemapUrls();
    const entries = await Promise.all(
      BASEMAP_LAYERS.map(async (name): Promise<[BasemapLayerName, FeatureCollection]> => {
        const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
        try {
          const response = await fetch(urls[name]);
          return [name, response.ok ? ((await response.json()) as FeatureCollection) : empty];
        } catch {
          return [name, empty];
        }
      }),
    );
    return Object.fromEntries(entries) as Record<BasemapLayerName, FeatureCollection>;
  })();
  return basemapPromise;
}

let countiesPromise: Promise<CountyCollection> | null = null;
/** The nine county polygons (bundled basemap), loaded once. */
export function loadCounties(): Promise<CountyCollection> {
  countiesPromise ??= loadBasemap().then((basemap) => basemap.counties as CountyCollection);
  return countiesPromise;
}
