/**
 * The prepared area: a (multi)polygon's edges sorted into horizontal bands for fast point-in-polygon, segment
 * crossing, rectangle and boundary-integral queries.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf, COLLINEAR_DEG, polygonsOf, RAD, segmentTouchesRect, type BBox } from './geometry';

export const RectRelation = { Outside: 0, Inside: 1, Partial: 2 } as const;
export type RectRelation = (typeof RectRelation)[keyof typeof RectRelation];

/**
 * A (multi)polygon prepared for many point and segment queries: edges in flat arrays, bucketed into
 * horizontal bands. Even–odd rule over all rings (holes and the parts of a valid multipolygon do not overlap).
 */
export class PreparedArea {
  readonly bbox: BBox;
  readonly edgeCount: number;
  private readonly x1: Float64Array;
  private readonly y1: Float64Array;
  private readonly x2: Float64Array;
  private readonly y2: Float64Array;
  private readonly bands: Int32Array[];
  private readonly bandHeight: number;
  private readonly bandCount: number;
  /** +1 / −1 per edge: makes outer rings count counter-clockwise and holes clockwise, whatever the data's order. */
  private readonly orient: Int8Array;
  private readonly stamp: Int32Array;
  private query = 0;

  constructor(readonly geometry: Polygon | MultiPolygon) {
    const polygons = polygonsOf(geometry);
    let count = 0;
    for (const polygon of polygons) for (const ring of polygon) count += Math.max(0, ring.length - 1);
    this.edgeCount = count;
    this.x1 = new Float64Array(count);
    this.y1 = new Float64Array(count);
    this.x2 = new Float64Array(count);
    this.y2 = new Float64Array(count);
    this.orient = new Int8Array(count);
    let e = 0;
    for (const polygon of polygons) {
      for (const [r, ring] of polygon.entries()) {
        let signed = 0;
        for (let i = 1; i < ring.length; i++)
          signed += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
        const orient = (r === 0 ? 1 : -1) * (signed < 0 ? -1 : 1);
        for (let i = 1; i < ring.length; i++) {
          this.orient[e] = orient;
          const a = ring[i - 1]!;
          const b = ring[i]!;
          this.x1[e] = a[0]!;
          this.y1[e] = a[1]!;
          this.x2[e] = b[0]!;
          this.y2[e] = b[1]!;
          e++;
        }
      }
    }
    this.bbox = bboxOf(geometry);
    const bandCount = Math.max(1, Math.min(1024, Math.ceil(count / 8)));
    this.bandCount = bandCount;
    this.bandHeight = (this.bbox[3] - this.bbox[1]) / bandCount || 1;
    const lists: number[][] = Array.from({ length: bandCount }, () => []);
    for (let i = 0; i < count; i++) {
      const lo = this.band(Math.min(this.y1[i]!, this.y2[i]!));
      const hi = this.band(Math.max(this.y1[i]!, this.y2[i]!));
      for (let b = lo; b <= hi; b++) lists[b]!.push(i);
    }
    this.bands = lists.map((list) => Int32Array.from(list));
    this.stamp = new Int32Array(count);
  }

  private band(y: number): number {
    const b = Math.floor((y - this.bbox[1]) / this.bandHeight);
    return b < 0 ? 0 : b >= this.bandCount ? this.bandCount - 1 : b;
  }

  /** Point in polygon (even–odd); points exactly on an edge may go either way. */
  contains(x: number, y: number): boolean {
    const [minX, minY, maxX, maxY] = this.bbox;
    if (x < minX || x > maxX || y < minY || y > maxY) return false;
    const edges = this.bands[this.band(y)]!;
    let inside = false;
    for (let k = 0; k < edges.length; k++) {
      const i = edges[k]!;
      const ya = this.y1[i]!;
      const yb = this.y2[i]!;
      if (ya > y !== yb > y) {
        const xa = this.x1[i]!;
        const xb = this.x2[i]!;
        if (x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) inside = !inside;
      }
    }
    return inside;
  }

  /** Calls `visit` once for every edge whose band overlaps [yMin, yMax]. */
  private forEdgesInRange(yMin: number, yMax: number, visit: (i: number) => boolean | void): void {
    const q = ++this.query;
    const lo = this.band(yMin);
    const hi = this.band(yMax);
    for (let b = lo; b <= hi; b++) {
      const edges = this.bands[b]!;
      for (let k = 0; k < edges.length; k++) {
        const i = edges[k]!;
        if (this.stamp[i] === q) continue;
        this.stamp[i] = q;
        if (visit(i) === true) return;
      }
    }
  }

  /**
   * Parameters t ∈ (0, 1) along the segment where it crosses an edge of the area (unsorted). When `overlaps`
   * is given, stretches where the segment runs along an edge (a shared boundary) are reported there as
   * [tStart, tEnd, direction] triples — direction +1 when the edge, in its normalised orientation, runs the
   * same way as the segment, −1 when against — and their ends are added to the crossings.
   */
  crossings(ax: number, ay: number, bx: number, by: number, out: number[], overlaps?: number[]): void {
    out.length = 0;
    if (overlaps) overlaps.length = 0;
    const rx = bx - ax;
    const ry = by - ay;
    const sMinX = Math.min(ax, bx);
    const sMaxX = Math.max(ax, bx);
    const rLength = Math.hypot(rx, ry);
    if (rLength === 0) return;
    this.forEdgesInRange(Math.min(ay, by), Math.max(ay, by), (i) => {
      const qx = this.x1[i]!;
      const qy = this.y1[i]!;
      const sx = this.x2[i]! - qx;
      const sy = this.y2[i]! - qy;
      if (Math.max(qx, qx + sx) < sMinX || Math.min(qx, qx + sx) > sMaxX) return;
      const denom = rx * sy - ry * sx;
      const wx = qx - ax;
      const wy = qy - ay;
      // Distances of the edge's ends from the segment's line: both within COLLINEAR_DEG = a shared stretch.
      const d1 = (wx * ry - wy * rx) / rLength;
      const d2 = ((wx + sx) * ry - (wy + sy) * rx) / rLength;
      if (Math.abs(d1) <= COLLINEAR_DEG && Math.abs(d2) <= COLLINEAR_DEG) {
        if (overlaps) {
          const r2 = rLength * rLength;
          const t0 = (wx * rx + wy * ry) / r2;
          const t1 = t0 + (sx * rx + sy * ry) / r2;
          const lo = Math.max(0, Math.min(t0, t1));
          const hi = Math.min(1, Math.max(t0, t1));
          if (hi - lo > 1e-12) {
            overlaps.push(lo, hi, (t1 > t0 ? 1 : -1) * this.orient[i]!);
            if (lo > 0) out.push(lo);
            if (hi < 1) out.push(hi);
          }
        }
        return;
      }
      if (denom === 0) return;
      const t = (wx * sy - wy * sx) / denom;
      const u = (wx * ry - wy * rx) / denom;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) out.push(t);
    });
  }

  /**
   * Green's theorem half of an intersection area: Σ over the pieces of this area's boundary that lie inside
   * `other` of x0·y1 − x1·y0, in the equal-area coordinates turf.area uses (x = λ in radians, y = sin φ),
   * relative to an origin. The boundary of A ∩ B is (∂A inside B) + (∂B inside A), so
   * area(A ∩ B) = R²/2 · (A.boundaryInside(B, 'same') + B.boundaryInside(A, 'none')) — exactly turf.area of
   * the intersection polygon.
   *
   * Pieces lying on the other's boundary (areas cut from the same county lines share edges) belong to the
   * intersection's boundary once if both areas lie on the same side, i.e. the edges run the same way after
   * normalising orientation: `shared` says whether this pass counts them ('same') or leaves them to the
   * other pass ('none'). Edges that cancel out (a tiling's internal border, present twice in opposite
   * directions) are not boundary: the point test decides.
   */
  boundaryInside(other: PreparedArea, ox: number, oy: number, shared: 'same' | 'none', scratch: Scratch): number {
    const [minX, minY, maxX, maxY] = other.bbox;
    const { cuts, overlaps } = scratch;
    let sum = 0;
    for (let i = 0; i < this.edgeCount; i++) {
      const ax = this.x1[i]!;
      const ay = this.y1[i]!;
      const bx = this.x2[i]!;
      const by = this.y2[i]!;
      if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX || Math.max(ay, by) < minY || Math.min(ay, by) > maxY)
        continue;
      other.crossings(ax, ay, bx, by, cuts, overlaps);
      cuts.push(0, 1);
      if (cuts.length > 2) cuts.sort((p, q) => p - q);
      let part = 0;
      let px = ax * RAD - ox;
      let py = Math.sin(ay * RAD) - oy;
      let previous = 0;
      for (let k = 1; k < cuts.length; k++) {
        const t = cuts[k]!;
        const qx = (ax + (bx - ax) * t) * RAD - ox;
        const qy = Math.sin((ay + (by - ay) * t) * RAD) - oy;
        if (t - previous > 1e-12) {
          const tm = (previous + t) / 2;
          let net = 0;
          for (let o = 0; o < overlaps.length; o += 3) {
            if (tm > overlaps[o]! && tm < overlaps[o + 1]!) net += overlaps[o + 2]!;
          }
          const inside =
            net !== 0
              ? shared === 'same' && net * this.orient[i]! > 0
              : other.contains(ax + (bx - ax) * tm, ay + (by - ay) * tm);
          if (inside) part += px * qy - qx * py;
        }
        px = qx;
        py = qy;
        previous = t;
      }
      sum += this.orient[i]! * part;
    }
    return sum;
  }

  /** Whether a rectangle lies wholly outside, wholly inside, or across the area's boundary. */
  rectRelation(minX: number, minY: number, maxX: number, maxY: number): RectRelation {
    const b = this.bbox;
    if (maxX < b[0] || minX > b[2] || maxY < b[1] || minY > b[3]) return RectRelation.Outside;
    let crossed = false;
    this.forEdgesInRange(minY, maxY, (i) => {
      if (segmentTouchesRect(this.x1[i]!, this.y1[i]!, this.x2[i]!, this.y2[i]!, minX, minY, maxX, maxY)) {
        crossed = true;
        return true;
      }
    });
    if (crossed) return RectRelation.Partial;
    return this.contains(minX, minY) ? RectRelation.Inside : RectRelation.Outside;
  }
}

/** Reusable work arrays for the boundary integral. */
export interface Scratch {
  cuts: number[];
  overlaps: number[];
}
export const newScratch = (): Scratch => ({ cuts: [], overlaps: [] });
