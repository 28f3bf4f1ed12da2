/**
 * A parcel against the protection elements: 四山 (mountain polygons), 四水 (river corridors, see
 * ./planIndex.ts) and 十二地 (protected areas).
 *
 * - Polygon and corridor elements: listed when more than CONFLICT_M2 of them lies in the parcel (for points and
 *   lines: when a sample position lies in them), with the area inside.
 * - 十二地 are points in the data (their extents are not published with the plan): they are listed when within
 *   PROTECTED_POINT_KM = 5 km of the parcel, with the distance and m2 = 0.
 */
import { PreparedArea } from '../../stats';
import { search, type PlanIndexData } from './planIndex';
import { distanceToPointKm, overlapSphere, type Probe } from './shape';
import type { ProtectionHit } from './types';
import { CONFLICT_M2 } from './zones';

export const PROTECTED_POINT_KM = 5;

/** The elements the parcel touches; `schematic` when a polygon/corridor element it touches is drawn so. */
export function protectionOf(probe: Probe, index: PlanIndexData): { protection: ProtectionHit[]; schematic: boolean } {
  const { shape, sphereM2, factor, samples, work } = probe;
  let schematic = false;
  const protection: ProtectionHit[] = [];
  for (const i of search(index.protectionTree, shape.bbox)) {
    const entry = index.protection[i]!;
    let m2 = 0;
    let touches = false;
    if (shape.polygonal) {
      m2 = overlapSphere(entry, shape, sphereM2, work) * factor;
      touches = m2 > CONFLICT_M2;
    } else {
      entry.prepared ??= new PreparedArea(entry.geometry);
      touches = samples.some((s) => entry.prepared!.contains(s.x, s.y));
    }
    if (!touches) continue;
    if (entry.schematic) schematic = true;
    protection.push({
      id: entry.id,
      name: entry.name,
      name_en: entry.name_en,
      category: entry.category,
      m2,
      km: 0,
      basis: entry.category === 'river' ? 'corridor' : 'area',
      ...(entry.schematic ? { schematic: true } : {}),
    });
  }
  for (const p of index.protectedPoints) {
    // Quick reject by degrees (5 km ≈ 0.045° lat, 0.051° lon here).
    const pad = PROTECTED_POINT_KM / 100;
    if (
      p.x < shape.bbox[0] - pad ||
      p.x > shape.bbox[2] + pad ||
      p.y < shape.bbox[1] - pad ||
      p.y > shape.bbox[3] + pad
    )
      continue;
    const km = distanceToPointKm(shape, p.x, p.y);
    if (km > PROTECTED_POINT_KM) continue;
    protection.push({ id: p.id, name: p.name, name_en: p.name_en, category: p.category, m2: 0, km, basis: 'point' });
  }
  return { protection, schematic };
}
