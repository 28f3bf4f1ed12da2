/**
 * The spatial index the statistics query: planning zones, point-like features, measured lines, county and scope
 * polygons, each with its bounding box, built once per data set (or per filter change).
 */
import { area as turfArea } from '@turf/area';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Category, District, PlanFeature, Scope, Status, Zone } from '../schema';
import { representativePoint } from '../validate';
import { bboxOf, haversine, type BBox } from './geometry';
import { PreparedArea } from './prepared';

/**
 * Line categories whose length inside an area is measured: networks and rivers. Schematic axes (growth poles,
 * the corridor's axis, regional links) are drawn as lines but have no meaningful length.
 */
export const MEASURED_LINE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'railway',
  'expressway',
  'national_road',
  'provincial_road',
  'urban_transit',
  'waterway',
  'river',
]);

export interface ZoneEntry {
  feature: PlanFeature;
  zone: Zone;
  bbox: BBox;
  areaM2: number;
  geometry: Polygon | MultiPolygon;
  prepared?: PreparedArea;
}

export interface PointEntry {
  feature: PlanFeature;
  category: Category;
  /** Flat lon/lat pairs (a MultiPoint has several; a polygon its representative point). */
  coords: Float64Array;
  bbox: BBox;
}

export interface LineEntry {
  feature: PlanFeature;
  category: Category;
  status: Status | 'unknown';
  /** Flat lon/lat per part: [x0, y0, x1, y1, …]. */
  parts: Float64Array[];
  bbox: BBox;
  lengthM: number;
}

export interface CountyEntry {
  district: District;
  geometry: Polygon | MultiPolygon;
  prepared: PreparedArea;
  publishedKm2?: number;
}

export interface ScopeAreaEntry {
  scope: Scope;
  feature: PlanFeature;
  prepared: PreparedArea;
}

export interface StatsIndex {
  zones: ZoneEntry[];
  points: PointEntry[];
  lines: LineEntry[];
  counties: CountyEntry[];
  /** Polygons of the structure layers (一核 core_area, 一圈 metro_circle, 一廊 corridor). */
  scopeAreas: ScopeAreaEntry[];
  /** Unions of counties per scope, computed on first use. */
  scopeUnions: Map<string, Polygon | MultiPolygon | null>;
}

export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, { name: string; area_km2_published?: number }>;

const SCOPE_OF_CATEGORY: Partial<Record<Category, Scope>> = {
  core_area: '一核',
  metro_circle: '一圈',
  corridor: '一廊',
};

function flatten(positions: Position[]): Float64Array {
  const out = new Float64Array(positions.length * 2);
  positions.forEach((p, i) => {
    out[i * 2] = p[0]!;
    out[i * 2 + 1] = p[1]!;
  });
  return out;
}

function flatLength(flat: Float64Array): number {
  let sum = 0;
  for (let i = 2; i < flat.length; i += 2) sum += haversine(flat[i - 2]!, flat[i - 1]!, flat[i]!, flat[i + 1]!);
  return sum;
}

/**
 * Builds the index once per data set (or per filter change). Planning zones = `planning_zone` polygons with a
 * `zone`; lines = every LineString / MultiLineString; points = everything else, by representative point.
 */
export function buildStatsIndex(features: readonly PlanFeature[], counties?: CountyCollection): StatsIndex {
  const index: StatsIndex = { zones: [], points: [], lines: [], counties: [], scopeAreas: [], scopeUnions: new Map() };
  for (const feature of features) {
    const { geometry, properties } = feature;
    const category = properties.category;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      if (category === 'planning_zone' && properties.zone) {
        index.zones.push({
          feature,
          zone: properties.zone,
          bbox: bboxOf(geometry),
          areaM2: turfArea(geometry),
          geometry,
        });
        continue;
      }
      const scope = SCOPE_OF_CATEGORY[category];
      if (scope) index.scopeAreas.push({ scope, feature, prepared: new PreparedArea(geometry) });
    }
    if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
      if (!MEASURED_LINE_CATEGORIES.has(category)) continue;
      const parts = (geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates).map(flatten);
      index.lines.push({
        feature,
        category,
        status: properties.status ?? 'unknown',
        parts,
        bbox: bboxOf(geometry),
        lengthM: parts.reduce((sum, part) => sum + flatLength(part), 0),
      });
      continue;
    }
    const positions =
      geometry.type === 'Point'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPoint'
          ? geometry.coordinates
          : [representativePoint(feature)];
    index.points.push({
      feature,
      category,
      coords: flatten(positions),
      bbox: bboxOf({ type: 'MultiPoint', coordinates: positions }),
    });
  }
  for (const county of counties?.features ?? []) {
    index.counties.push({
      district: county.properties.name as District,
      geometry: county.geometry,
      prepared: new PreparedArea(county.geometry),
      publishedKm2: county.properties.area_km2_published,
    });
  }
  return index;
}
