/**
 * The plan held for the report: Flatbush spatial indexes over the planning zones, the protection elements
 * (四山 polygons, 四水 corridors, 十二地), the districts and scopes, the railway stations, hubs and expressway
 * segments. Built once per plan data set; opaque outside the report modules.
 *
 * River corridors: the plan draws 四水 as centre lines; the corridor is the line buffered by
 * RIVER_CORRIDOR_M = 500 m on each side (turf.buffer) — an assumption of this tool, not a plan figure.
 */
import { area as turfArea } from '@turf/area';
import { buffer as turfBuffer } from '@turf/buffer';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import { DISTRICTS } from '../../schema';
import type { District, PlanFeature, Scope, Zone } from '../../schema';
import { bboxOf, PreparedArea } from '../../stats';
import { projectEntries, type ProjectEntry } from './projects';
import type { BBox } from '../../stats';

export const RIVER_CORRIDOR_M = 500;

export interface AreaEntry {
  id: string;
  name: string;
  name_en: string;
  category: string;
  schematic: boolean;
  zone?: Zone;
  geometry: Polygon | MultiPolygon;
  bbox: BBox;
  /** Spherical (turf) area. */
  sphereM2: number;
  prepared?: PreparedArea;
}

export interface PointEntry {
  id: string;
  name: string;
  name_en: string;
  category: string;
  schematic: boolean;
  x: number;
  y: number;
}

export interface SegmentSet {
  /** Per segment: feature index. */
  owner: Int32Array;
  coords: Float64Array; // x0 y0 x1 y1 per segment
  tree: Flatbush | null;
  features: PointEntry[]; // id/name of each owner feature (x, y unused)
}

/** Expressway segments are indexed with x = lon·cos 27° so box distances are close to true distances in Zhuzhou. */
export const SEGMENT_X_SCALE = Math.cos(27 * (Math.PI / 180));

interface CountyEntry {
  district: District;
  bbox: BBox;
  prepared: PreparedArea;
}

interface ScopeEntry {
  scope: Scope;
  bbox: BBox;
  prepared: PreparedArea;
}

/** Opaque: spatial indexes over zones, protection elements, districts, scopes, stations, expressways, hubs. */
export interface PlanIndex {
  readonly kind: 'plan-index';
}

export interface PlanIndexData extends PlanIndex {
  zones: AreaEntry[];
  zoneTree: Flatbush | null;
  protection: AreaEntry[];
  protectionTree: Flatbush | null;
  protectedPoints: PointEntry[];
  counties: CountyEntry[];
  countyTree: Flatbush | null;
  scopeAreas: ScopeEntry[];
  stations: PointEntry[];
  hubs: PointEntry[];
  expressways: SegmentSet;
  /** Key projects (./projects.ts). */
  projects: ProjectEntry[];
}

function treeOf(boxes: readonly BBox[]): Flatbush | null {
  if (boxes.length === 0) return null;
  const tree = new Flatbush(boxes.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return tree;
}

const pointOf = (f: PlanFeature): PointEntry | null => {
  if (f.geometry.type !== 'Point') return null;
  const [x, y] = f.geometry.coordinates as [number, number];
  const p = f.properties;
  return {
    id: p.id,
    name: p.name,
    name_en: p.name_en,
    category: p.category,
    schematic: p.accuracy === 'schematic',
    x,
    y,
  };
};

/** Railway stations: hubs that are stations (高铁站, 火车站, a 客运枢纽 named for a station) and intercity stations. */
function isStation(f: PlanFeature): boolean {
  const { category, kind, name } = f.properties;
  if (category === 'urban_transit') return kind === '城际站';
  if (category !== 'hub') return false;
  return kind === '高铁站' || kind === '火车站' || (kind === '客运枢纽' && /站/.test(name));
}

function areaEntry(
  f: PlanFeature,
  geometry: Polygon | MultiPolygon,
  category = f.properties.category as string,
): AreaEntry {
  const p = f.properties;
  return {
    id: p.id,
    name: p.name,
    name_en: p.name_en,
    category,
    schematic: p.accuracy === 'schematic',
    zone: p.zone,
    geometry,
    bbox: bboxOf(geometry),
    sphereM2: turfArea(geometry),
  };
}

/** Builds the indexes once per plan data set (≈ 0.1–0.3 s, mostly the river buffers). */
export function buildPlanIndex(plan: PlanFeature[], counties: GeoJSON.FeatureCollection): PlanIndex {
  const zones: AreaEntry[] = [];
  const protection: AreaEntry[] = [];
  const protectedPoints: PointEntry[] = [];
  const stations: PointEntry[] = [];
  const hubs: PointEntry[] = [];
  const scopeAreas: ScopeEntry[] = [];
  const segments: number[] = [];
  const owners: number[] = [];
  const expresswayFeatures: PointEntry[] = [];
  const SCOPE_OF: Record<string, Scope> = { core_area: '一核', metro_circle: '一圈', corridor: '一廊' };
  for (const f of plan) {
    const { category } = f.properties;
    const g = f.geometry;
    const polygonal = g.type === 'Polygon' || g.type === 'MultiPolygon';
    if (category === 'planning_zone' && polygonal && f.properties.zone) zones.push(areaEntry(f, g));
    else if (category === 'mountain' && polygonal) protection.push(areaEntry(f, g));
    else if (category === 'river' && (g.type === 'LineString' || g.type === 'MultiLineString')) {
      const corridor = turfBuffer(g, RIVER_CORRIDOR_M / 1000, { units: 'kilometers' });
      const cg = corridor?.geometry;
      if (cg && (cg.type === 'Polygon' || cg.type === 'MultiPolygon')) protection.push(areaEntry(f, cg, 'river'));
    } else if (category === 'protected_area') {
      const p = pointOf(f);
      if (p) protectedPoints.push(p);
      else if (polygonal) protection.push(areaEntry(f, g));
    }
    if (SCOPE_OF[category] && polygonal) {
      scopeAreas.push({ scope: SCOPE_OF[category]!, bbox: bboxOf(g), prepared: new PreparedArea(g) });
    }
    if (isStation(f)) {
      const p = pointOf(f);
      if (p) stations.push(p);
    }
    if (category === 'hub') {
      const p = pointOf(f);
      if (p) hubs.push(p);
    }
    if (category === 'expressway' && (g.type === 'LineString' || g.type === 'MultiLineString')) {
      const owner = expresswayFeatures.length;
      const p = f.properties;
      expresswayFeatures.push({
        id: p.id,
        name: p.name,
        name_en: p.name_en,
        category,
        schematic: p.accuracy === 'schematic',
        x: 0,
        y: 0,
      });
      for (const line of g.type === 'LineString' ? [g.coordinates] : g.coordinates) {
        for (let i = 1; i < line.length; i++) {
          segments.push(line[i - 1]![0]!, line[i - 1]![1]!, line[i]![0]!, line[i]![1]!);
          owners.push(owner);
        }
      }
    }
  }
  const coords = Float64Array.from(segments);
  let segmentTree: Flatbush | null = null;
  if (owners.length > 0) {
    segmentTree = new Flatbush(owners.length);
    for (let i = 0; i < owners.length; i++) {
      const x0 = coords[i * 4]! * SEGMENT_X_SCALE;
      const y0 = coords[i * 4 + 1]!;
      const x1 = coords[i * 4 + 2]! * SEGMENT_X_SCALE;
      const y1 = coords[i * 4 + 3]!;
      segmentTree.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }
    segmentTree.finish();
  }
  const countyEntries: CountyEntry[] = [];
  for (const c of counties.features) {
    const name = (c.properties as { name?: string } | null)?.name;
    const g = c.geometry;
    if (!name || !(DISTRICTS as readonly string[]).includes(name)) continue;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    countyEntries.push({ district: name as District, bbox: bboxOf(g), prepared: new PreparedArea(g) });
  }
  for (const entry of [...zones, ...protection]) entry.prepared = new PreparedArea(entry.geometry);
  const index: PlanIndexData = {
    kind: 'plan-index',
    zones,
    zoneTree: treeOf(zones.map((z) => z.bbox)),
    protection,
    protectionTree: treeOf(protection.map((z) => z.bbox)),
    protectedPoints,
    counties: countyEntries,
    countyTree: treeOf(countyEntries.map((c) => c.bbox)),
    scopeAreas,
    stations,
    hubs,
    expressways: { owner: Int32Array.from(owners), coords, tree: segmentTree, features: expresswayFeatures },
    projects: projectEntries(plan),
  };
  return index;
}

/** The indexed entries whose boxes meet a box. */
export function search(tree: Flatbush | null, b: BBox): number[] {
  return tree ? tree.search(b[0], b[1], b[2], b[3]) : [];
}
