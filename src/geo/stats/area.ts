/** "What is in this area?": the statistics of one polygon, composed from zone areas, point counts and line lengths. */
import { area as turfArea } from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Category } from '../schema';
import { pointCounts } from './counts';
import { lineLengths, type LineLength } from './lengths';
import { newScratch, PreparedArea } from './prepared';
import type { StatsIndex } from './spatialIndex';
import { zoneShares, type ZoneShare } from './zoneAreas';

export interface AreaStatistics {
  areaM2: number;
  /** Every zone in ZONES order (0 when absent). */
  zones: ZoneShare[];
  /** Area covered by no planning-zone polygon (outside the data, or gaps). */
  unzonedM2: number;
  /** Point-like features inside (by representative point), per category. */
  counts: Partial<Record<Category, number>>;
  /** Railway and expressway always; other line categories when they have length inside. */
  lines: LineLength[];
  /** Ids of every feature that is inside or crosses the area (zones excluded), for highlighting. */
  featureIds: string[];
}

/** Statistics for one polygon or multipolygon (assumed valid: see measure.ts validatePolygon). */
export function areaStatistics(index: StatsIndex, area: Polygon | MultiPolygon): AreaStatistics {
  const prepared = new PreparedArea(area);
  const areaM2 = turfArea(area);
  const featureIds: string[] = [];
  const work = newScratch();

  const { zones, zoned } = zoneShares(index.zones, prepared, areaM2, work);
  const counts = pointCounts(index.points, prepared, featureIds);
  const lines = lineLengths(index.lines, prepared, featureIds);

  return { areaM2, zones, unzonedM2: Math.max(0, areaM2 - zoned), counts, lines, featureIds };
}
