/**
 * Where a parcel lies administratively and in the plan's structure: its districts (by overlap, largest first)
 * and its scopes (一核, 一圈, 一廊: those of its districts, plus the scope areas it overlaps).
 */
import { SCOPES } from '../../schema';
import type { District, Scope } from '../../schema';
import { fastIntersectionArea, RectRelation } from '../../stats';
import { scopesOfDistrict } from '../../scope';
import { search, type PlanIndexData } from './planIndex';
import type { Probe } from './shape';
import { CONFLICT_M2 } from './zones';

export function placesOf(probe: Probe, index: PlanIndexData): { districts: District[]; scopes: Scope[] } {
  const { shape, sphereM2, samples, work } = probe;
  const districtShare: { d: District; v: number }[] = [];
  for (const i of search(index.countyTree, shape.bbox)) {
    const county = index.counties[i]!;
    let v = 0;
    if (shape.polygonal) {
      const [minX, minY, maxX, maxY] = shape.bbox;
      const relation = county.prepared.rectRelation(minX, minY, maxX, maxY);
      if (relation === RectRelation.Inside) v = sphereM2;
      else if (relation === RectRelation.Partial) v = fastIntersectionArea(county.prepared, shape.prepared!, work);
      if (v <= CONFLICT_M2) v = 0;
    } else {
      for (const s of samples) if (county.prepared.contains(s.x, s.y)) v += s.w;
    }
    if (v > 0) districtShare.push({ d: county.district, v });
  }
  districtShare.sort((a, b) => b.v - a.v);
  const districts = districtShare.map((x) => x.d);
  const scopeSet = new Set<Scope>(districts.flatMap((d) => scopesOfDistrict(d)));
  for (const entry of index.scopeAreas) {
    if (scopeSet.has(entry.scope)) continue;
    const b = entry.bbox;
    if (shape.bbox[2] < b[0] || shape.bbox[0] > b[2] || shape.bbox[3] < b[1] || shape.bbox[1] > b[3]) continue;
    const [minX, minY, maxX, maxY] = shape.bbox;
    const relation = entry.prepared.rectRelation(minX, minY, maxX, maxY);
    if (relation === RectRelation.Inside) scopeSet.add(entry.scope);
    else if (relation === RectRelation.Partial) {
      const hit = shape.polygonal
        ? fastIntersectionArea(entry.prepared, shape.prepared!, work) > CONFLICT_M2
        : samples.some((s) => entry.prepared.contains(s.x, s.y));
      if (hit) scopeSet.add(entry.scope);
    }
  }
  const scopes = SCOPES.filter((s) => scopeSet.has(s));
  return { districts, scopes };
}
