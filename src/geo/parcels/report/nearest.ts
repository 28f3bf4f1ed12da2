/**
 * The nearest railway station, expressway and hub to a parcel, by the distance to its nearest point (0 when
 * inside). Stations and hubs are scanned with a box lower bound; expressway segments come from their Flatbush
 * index (box distance in near-isotropic coordinates), the exact distance picking among the candidates.
 */
import type { PlanIndexData, PointEntry, SegmentSet } from './planIndex';
import { SEGMENT_X_SCALE } from './planIndex';
import { RAD } from './area';
import { distanceToPointKm, distanceToSegmentKm, M_PER_DEG, type Shape } from './shape';
import type { Near, ParcelReport } from './types';

function nearestPoint(shape: Shape, points: readonly PointEntry[]): Near | undefined {
  let best: Near | undefined;
  const b = shape.bbox;
  const kx = (M_PER_DEG * Math.cos(b[1] * RAD)) / 1000;
  const ky = M_PER_DEG / 1000;
  for (const p of points) {
    if (best) {
      // Lower bound: distance to the parcel's box (km); skip the exact test when it cannot win.
      const dx = Math.max(b[0] - p.x, 0, p.x - b[2]) * kx;
      const dy = Math.max(b[1] - p.y, 0, p.y - b[3]) * ky;
      if (dx * dx + dy * dy >= best.km * best.km * 1.0001) continue;
    }
    const km = distanceToPointKm(shape, p.x, p.y);
    if (!best || km < best.km) best = { id: p.id, name: p.name, name_en: p.name_en, km };
  }
  return best;
}

function nearestExpressway(shape: Shape, set: SegmentSet): Near | undefined {
  if (!set.tree) return undefined;
  const cx = (shape.bbox[0] + shape.bbox[2]) / 2;
  const cy = (shape.bbox[1] + shape.bbox[3]) / 2;
  // Candidates by box distance in the tree's near-isotropic coordinates; the exact test picks among them.
  const candidates = set.tree.neighbors(cx * SEGMENT_X_SCALE, cy, 8);
  let best: Near | undefined;
  for (const i of candidates) {
    const km = distanceToSegmentKm(
      shape,
      set.coords[i * 4]!,
      set.coords[i * 4 + 1]!,
      set.coords[i * 4 + 2]!,
      set.coords[i * 4 + 3]!,
      cy,
    );
    if (!best || km < best.km) {
      const f = set.features[set.owner[i]!]!;
      best = { id: f.id, name: f.name, name_en: f.name_en, km };
    }
  }
  return best;
}

export function nearestOf(shape: Shape, index: PlanIndexData): ParcelReport['nearest'] {
  const nearest: ParcelReport['nearest'] = {};
  const station = nearestPoint(shape, index.stations);
  if (station) nearest.station = station;
  const expressway = nearestExpressway(shape, index.expressways);
  if (expressway) nearest.expressway = expressway;
  const hub = nearestPoint(shape, index.hubs);
  if (hub) nearest.hub = hub;
  return nearest;
}
