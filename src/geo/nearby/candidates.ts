/** Which features count as "planned things near me", and the shapes of a nearby query's options and results. */
/**
 * Which features count as "planned things near me" (see {@link isNearbyCandidate}):
 * - always: key projects, industrial parks, new towns and districts, transport hubs and stations, ports,
 *   airports, tourism sites, agricultural industry parks and protected areas — the sites a resident can visit
 *   or will see built, whatever their status (an existing park is still "what the plan does here");
 * - only when planned, under construction or proposed: railways, expressways, urban rail / BRT, national and
 *   provincial roads, waterways and towns — a new railway 800 m away matters; the existing G106 or an
 *   existing county seat is background, not news;
 * - never: the structure areas (一核 / 一圈 / 一廊 / growth poles), planning zones, mountain ranges, rivers,
 *   agricultural areas and regional context — they cover whole districts, so they are reported as the context
 *   the point lies in ({@link areasContaining}), not as items in the list.
 */
import type { Feature, Geometry } from 'geojson';
import type { Accuracy, Category, Status } from '../schema';
import type { CompassKey } from './direction';

/** Categories that are always "planned things near me". */
export const NEARBY_SITE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'project',
  'industrial_park',
  'new_town',
  'hub',
  'port',
  'airport',
  'tourism',
  'agri_park',
  'protected_area',
]);

/** Categories that count only when the feature is planned, under construction or proposed. */
export const NEARBY_IF_PLANNED_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'railway',
  'expressway',
  'urban_transit',
  'national_road',
  'provincial_road',
  'waterway',
  'town',
]);

/** Statuses that make a conditional category count. */
export const PLANNED_STATUSES: ReadonlySet<Status> = new Set<Status>(['planned', 'under_construction', 'proposed']);

/** Area categories that describe where a point lies (一核 / 一圈 / 一廊 …), reported as context. */
export const CONTEXT_AREA_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'core_area',
  'growth_pole',
  'metro_circle',
  'corridor',
  'planning_zone',
]);

/** The properties nearby needs; PlanProperties satisfies it. */
export interface NearbyProperties {
  id: string;
  category: Category;
  status?: Status;
  /** How exact the geometry is: decides how a distance to it is stated (src/geo/precision.ts). */
  accuracy?: Accuracy;
  /** `district`: the site is known only as "in this district" — never measured, listed as "in your district". */
  placement?: 'district';
}

export type NearbyFeature<P extends NearbyProperties = NearbyProperties> = Feature<Geometry, P>;

/** Whether a feature belongs in the "planned near me" list (see the module comment for the rule). */
export function isNearbyCandidate(properties: NearbyProperties): boolean {
  if (properties.placement === 'district') return false;
  if (NEARBY_SITE_CATEGORIES.has(properties.category)) return true;
  if (NEARBY_IF_PLANNED_CATEGORIES.has(properties.category)) {
    return properties.status !== undefined && PLANNED_STATUSES.has(properties.status);
  }
  return false;
}

export interface NearbyResult<P extends NearbyProperties = NearbyProperties> {
  feature: NearbyFeature<P>;
  id: string;
  /** Geodesic metres from the query point to the nearest point of the feature; 0 inside a polygon. */
  distanceM: number;
  /** True when the query point lies inside the feature's polygon. */
  inside: boolean;
  /** The nearest point of the feature ([lon, lat]); the query point itself when inside. */
  nearest: [number, number];
  /** Initial great-circle bearing to `nearest`, degrees clockwise from north in [0, 360); null when inside/on it. */
  bearingDeg: number | null;
  /** 8-point compass of the bearing; null when inside or closer than 1 m. */
  compass: CompassKey | null;
}

export interface NearbyOptions<P extends NearbyProperties = NearbyProperties> {
  /** Which features to consider; defaults to {@link isNearbyCandidate}. */
  filter?: (properties: P) => boolean;
  /** At most this many results (nearest first). */
  limit?: number;
}
