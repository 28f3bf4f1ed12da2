/** Counts of point-like features (by representative point) inside an area, per category. */
import type { Category } from '../schema';
import { bboxesOverlap } from './geometry';
import type { PreparedArea } from './prepared';
import type { PointEntry } from './spatialIndex';

/** Point-like features inside, per category; pushes the ids counted. */
export function pointCounts(
  entries: readonly PointEntry[],
  prepared: PreparedArea,
  featureIds: string[],
): Partial<Record<Category, number>> {
  const bbox = prepared.bbox;
  const counts: Partial<Record<Category, number>> = {};
  for (const entry of entries) {
    if (!bboxesOverlap(entry.bbox, bbox)) continue;
    const c = entry.coords;
    for (let i = 0; i < c.length; i += 2) {
      if (prepared.contains(c[i]!, c[i + 1]!)) {
        counts[entry.category] = (counts[entry.category] ?? 0) + 1;
        featureIds.push(entry.feature.properties.id);
        break;
      }
    }
  }
  return counts;
}
