/**
 * The parcel as the report tests it (a Probe): its paths, box and prepared area, its spherical and ellipsoidal
 * areas, the sample points standing in for a point or line parcel, the overlap of an indexed area with it, and
 * distances from it to points and segments.
 *
 * - Overlaps: the boundary-integral clip of src/geo/stats.ts (fastIntersectionArea, exact as turf.intersect),
 *   after a bounding-box relation test (a parcel whose box lies inside an area is wholly in it).
 * - Points and lines as parcels: area 0; tested by the point, or by each line segment's midpoint weighted by
 *   its length.
 * - Distances: to the nearest point of the parcel (0 when inside), local equirectangular metres (< 0.1 %
 *   error within 100 km).
 */
import { area as turfArea } from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf, fastIntersectionArea, haversine, newScratch, PreparedArea, RectRelation } from '../../stats';
import type { BBox } from '../../stats';
import type { Parcel } from '../types';
import { ellipsoidAreaFactor, RAD } from './area';

/** Scratch buffers for the clip, reused across parcels. */
export type Scratch = ReturnType<typeof newScratch>;

/** A test position of a non-polygonal parcel with its weight (length for a line segment, 1 for a point). */
export interface Sample {
  x: number;
  y: number;
  w: number;
}

/** Local planar metres per degree at a latitude. */
export const M_PER_DEG = (6371008.8 * Math.PI) / 180;

export class Shape {
  /** Rings (polygons) or paths (lines) or a single point. */
  readonly paths: Position[][];
  readonly polygonal: boolean;
  readonly bbox: BBox;
  private preparedArea: PreparedArea | null = null;

  constructor(private readonly geometry: Parcel['geometry']) {
    const g = geometry;
    this.bbox = bboxOf(g);
    this.polygonal = g.type === 'Polygon' || g.type === 'MultiPolygon';
    this.paths =
      g.type === 'Polygon' || g.type === 'MultiLineString'
        ? g.coordinates
        : g.type === 'MultiPolygon'
          ? g.coordinates.flat()
          : g.type === 'LineString'
            ? [g.coordinates]
            : [[g.coordinates]];
  }

  /** The parcel prepared for clipping and point tests (built on first use: most parcels never need it). */
  get prepared(): PreparedArea | null {
    if (!this.polygonal) return null;
    this.preparedArea ??= new PreparedArea(this.geometry as Polygon | MultiPolygon);
    return this.preparedArea;
  }

  /** Point in the parcel (false for points and lines), with a bbox test first. */
  contains(x: number, y: number): boolean {
    const b = this.bbox;
    if (!this.polygonal || x < b[0] || x > b[2] || y < b[1] || y > b[3]) return false;
    return this.prepared!.contains(x, y);
  }
}

/** Squared planar distance (m²) from (px,py) to segment a–b, all in local metres. */
function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Distance (km) from a parcel to a point: 0 inside a polygon parcel, else to its nearest edge / vertex. */
export function distanceToPointKm(shape: Shape, x: number, y: number): number {
  if (shape.contains(x, y)) return 0;
  const kx = M_PER_DEG * Math.cos(y * RAD);
  const ky = M_PER_DEG;
  let best = Infinity;
  for (const path of shape.paths) {
    if (path.length === 1) {
      const dx = (path[0]![0]! - x) * kx;
      const dy = (path[0]![1]! - y) * ky;
      best = Math.min(best, dx * dx + dy * dy);
      continue;
    }
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1]!;
      const b = path[i]!;
      best = Math.min(best, segDist2(0, 0, (a[0]! - x) * kx, (a[1]! - y) * ky, (b[0]! - x) * kx, (b[1]! - y) * ky));
    }
  }
  return Math.sqrt(best) / 1000;
}

function segmentsIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = o(ax, ay, bx, by, cx, cy);
  const d2 = o(ax, ay, bx, by, dx, dy);
  const d3 = o(cx, cy, dx, dy, ax, ay);
  const d4 = o(cx, cy, dx, dy, bx, by);
  return d1 * d2 <= 0 && d3 * d4 <= 0 && !(d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0);
}

/** Distance (km) from a parcel to a segment (0 when it crosses or lies inside). */
export function distanceToSegmentKm(shape: Shape, ax: number, ay: number, bx: number, by: number, lat: number): number {
  if (shape.contains(ax, ay) || shape.contains(bx, by)) return 0;
  const kx = M_PER_DEG * Math.cos(lat * RAD);
  const ky = M_PER_DEG;
  let best = Infinity;
  const sax = ax * kx;
  const say = ay * ky;
  const sbx = bx * kx;
  const sby = by * ky;
  for (const path of shape.paths) {
    for (let i = 0; i < path.length; i++) {
      const px = path[i]![0]! * kx;
      const py = path[i]![1]! * ky;
      best = Math.min(best, segDist2(px, py, sax, say, sbx, sby));
      if (i === 0) continue;
      const qx = path[i - 1]![0]! * kx;
      const qy = path[i - 1]![1]! * ky;
      if (segmentsIntersect(qx, qy, px, py, sax, say, sbx, sby)) return 0;
      best = Math.min(best, segDist2(sax, say, qx, qy, px, py), segDist2(sbx, sby, qx, qy, px, py));
    }
  }
  return Math.sqrt(best) / 1000;
}

/** Area (spherical m²) of an entry inside a polygonal parcel. */
export function overlapSphere(
  entry: { prepared?: PreparedArea; geometry: Polygon | MultiPolygon; sphereM2: number },
  shape: Shape,
  sphereM2: number,
  work: Scratch,
): number {
  entry.prepared ??= new PreparedArea(entry.geometry);
  const [minX, minY, maxX, maxY] = shape.bbox;
  const relation = entry.prepared.rectRelation(minX, minY, maxX, maxY);
  if (relation === RectRelation.Outside) return 0;
  if (relation === RectRelation.Inside) return sphereM2;
  return Math.min(sphereM2, fastIntersectionArea(entry.prepared, shape.prepared!, work));
}

/** The test positions of a non-polygonal parcel with their weights (length for lines, 1 for a point). */
export function samplesOf(shape: Shape): Sample[] {
  const out: Sample[] = [];
  for (const path of shape.paths) {
    if (path.length === 1) out.push({ x: path[0]![0]!, y: path[0]![1]!, w: 1 });
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1]!;
      const b = path[i]!;
      out.push({ x: (a[0]! + b[0]!) / 2, y: (a[1]! + b[1]!) / 2, w: haversine(a[0]!, a[1]!, b[0]!, b[1]!) });
    }
  }
  return out;
}

/** A parcel under test: its shape, its areas and (for points and lines) its sample positions. */
export interface Probe {
  shape: Shape;
  /** Ellipsoid/sphere area ratio at the parcel's mid latitude. */
  factor: number;
  /** Spherical (turf) area, m²; 0 for points and lines. */
  sphereM2: number;
  /** Ellipsoidal area, m²; 0 for points and lines. */
  areaM2: number;
  /** Empty for polygonal parcels. */
  samples: Sample[];
  work: Scratch;
}

export function probeOf(parcel: Parcel, work: Scratch): Probe {
  const shape = new Shape(parcel.geometry);
  const midLat = (shape.bbox[1] + shape.bbox[3]) / 2;
  const factor = ellipsoidAreaFactor(midLat);
  const sphereM2 = shape.polygonal ? turfArea(parcel.geometry) : 0;
  const areaM2 = sphereM2 * factor;
  const samples = shape.polygonal ? [] : samplesOf(shape);
  return { shape, factor, sphereM2, areaM2, samples, work };
}
