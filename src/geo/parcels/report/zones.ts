/**
 * A parcel against the planning zones: the area (or, for points and lines, the share) of each zone inside it,
 * and the verdict that follows.
 *
 * - Zone areas: the parcel clipped against each candidate zone from the index (see ./shape.ts); for a point,
 *   the zone it lies in (share 1); for a line, each segment's midpoint zone weighted by length.
 * - Verdict: conflict = more than CONFLICT_M2 = 1 m² (or a point/segment) in the ecology or farmland zone;
 *   urban = ≥ 99.9 % in the urban zone; else other.
 */
import { ZONES } from '../../schema';
import type { Zone } from '../../schema';
import { PreparedArea } from '../../stats';
import { search, type PlanIndexData } from './planIndex';
import { overlapSphere, type Probe, type Shape } from './shape';
import type { ParcelReport } from './types';

export const CONFLICT_M2 = 1;
const URBAN_SHARE = 0.999;

/** The zones in the parcel (zones with nothing inside left out); `schematic` when one of them is drawn so. */
export function zonesOf(probe: Probe, index: PlanIndexData): { zones: ParcelReport['zones']; schematic: boolean } {
  const { shape, sphereM2, factor, areaM2, samples, work } = probe;
  let schematic = false;
  const zoneM2 = new Map<Zone, number>();
  const schematicZones = new Set<Zone>();
  const sampleWeight = samples.reduce((s, p) => s + p.w, 0);
  for (const i of search(index.zoneTree, shape.bbox)) {
    const zone = index.zones[i]!;
    let value = 0;
    if (shape.polygonal) value = overlapSphere(zone, shape, sphereM2, work) * factor;
    else {
      zone.prepared ??= new PreparedArea(zone.geometry);
      for (const s of samples) if (zone.prepared.contains(s.x, s.y)) value += s.w;
    }
    if (value <= 0) continue;
    if (zone.schematic) {
      schematic = true;
      schematicZones.add(zone.zone!);
    }
    zoneM2.set(zone.zone!, (zoneM2.get(zone.zone!) ?? 0) + value);
  }
  const zones = ZONES.filter((z) => (zoneM2.get(z) ?? 0) > 0).map((zone) => {
    const v = zoneM2.get(zone)!;
    const rough = schematicZones.has(zone) ? { schematic: true } : {};
    if (shape.polygonal)
      return { zone, m2: Math.min(v, areaM2), share: areaM2 > 0 ? Math.min(1, v / areaM2) : 0, ...rough };
    return { zone, m2: 0, share: sampleWeight > 0 ? Math.min(1, v / sampleWeight) : 0, ...rough };
  });
  return { zones, schematic };
}

/**
 * conflict = touches the ecology or farmland zone of exact zoning; caution = touches it, but only where the zones
 * are schematic (a hint to check the official 三区三线, not a compliance result); urban = (almost) wholly in the
 * urban zone; else other.
 */
export function verdictOf(shape: Shape, zones: ParcelReport['zones']): ParcelReport['verdict'] {
  const inZone = (z: Zone) => zones.find((x) => x.zone === z);
  const touchesZone = (z: Zone) => {
    const hit = inZone(z);
    return hit !== undefined && (shape.polygonal ? hit.m2 > CONFLICT_M2 : hit.share > 0);
  };
  const touched = (['ecology', 'farmland'] as const).filter(touchesZone);
  const verdict: ParcelReport['verdict'] =
    touched.length > 0
      ? touched.every((z) => inZone(z)?.schematic)
        ? 'caution'
        : 'conflict'
      : (inZone('urban')?.share ?? 0) >= URBAN_SHARE
        ? 'urban'
        : 'other';
  return verdict;
}
