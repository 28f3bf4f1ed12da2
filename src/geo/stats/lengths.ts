/**
 * Line lengths inside an area: each segment cut at the area's edges and measured with haversine, totalled per
 * line category and status.
 */
import { CATEGORIES } from '../schema';
import type { Category, Status } from '../schema';
import { bboxesOverlap, haversine } from './geometry';
import { PreparedArea, RectRelation } from './prepared';
import type { LineEntry } from './spatialIndex';

/** The line categories whose length inside an area is always reported. */
export const REPORTED_LINE_CATEGORIES: readonly Category[] = ['railway', 'expressway'];

export interface LineLength {
  category: Category;
  lengthM: number;
  byStatus: Partial<Record<Status | 'unknown', number>>;
  /** Features with any length inside. */
  count: number;
}

/** Length (m) of a polyline part inside the area, cutting each segment at the area's edges. */
function lengthInside(flat: Float64Array, area: PreparedArea, scratch: number[]): number {
  const [minX, minY, maxX, maxY] = area.bbox;
  let sum = 0;
  for (let i = 2; i < flat.length; i += 2) {
    const ax = flat[i - 2]!;
    const ay = flat[i - 1]!;
    const bx = flat[i]!;
    const by = flat[i + 1]!;
    if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX || Math.max(ay, by) < minY || Math.min(ay, by) > maxY)
      continue;
    area.crossings(ax, ay, bx, by, scratch);
    if (scratch.length === 0) {
      if (area.contains((ax + bx) / 2, (ay + by) / 2)) sum += haversine(ax, ay, bx, by);
      continue;
    }
    scratch.push(0, 1);
    scratch.sort((p, q) => p - q);
    for (let k = 1; k < scratch.length; k++) {
      const t0 = scratch[k - 1]!;
      const t1 = scratch[k]!;
      if (t1 - t0 < 1e-12) continue;
      const tm = (t0 + t1) / 2;
      if (!area.contains(ax + (bx - ax) * tm, ay + (by - ay) * tm)) continue;
      sum += haversine(ax + (bx - ax) * t0, ay + (by - ay) * t0, ax + (bx - ax) * t1, ay + (by - ay) * t1);
    }
  }
  return sum;
}

/** Railway and expressway always, other line categories when they have length inside; pushes the ids measured. */
export function lineLengths(entries: readonly LineEntry[], prepared: PreparedArea, featureIds: string[]): LineLength[] {
  const bbox = prepared.bbox;
  const scratch: number[] = [];
  const lineTotals = new Map<Category, LineLength>(
    REPORTED_LINE_CATEGORIES.map((category) => [category, { category, lengthM: 0, byStatus: {}, count: 0 }]),
  );
  for (const entry of entries) {
    if (!bboxesOverlap(entry.bbox, bbox)) continue;
    const [minX, minY, maxX, maxY] = entry.bbox;
    const relation = prepared.rectRelation(minX, minY, maxX, maxY);
    if (relation === RectRelation.Outside) continue;
    const inside =
      relation === RectRelation.Inside
        ? entry.lengthM
        : entry.parts.reduce((sum, part) => sum + lengthInside(part, prepared, scratch), 0);
    if (inside <= 0) continue;
    let total = lineTotals.get(entry.category);
    if (!total) {
      total = { category: entry.category, lengthM: 0, byStatus: {}, count: 0 };
      lineTotals.set(entry.category, total);
    }
    total.lengthM += inside;
    total.count += 1;
    total.byStatus[entry.status] = (total.byStatus[entry.status] ?? 0) + inside;
    featureIds.push(entry.feature.properties.id);
  }
  const lines = [...lineTotals.values()].sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
  return lines;
}
