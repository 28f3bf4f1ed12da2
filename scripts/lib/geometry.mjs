// Geometry helpers shared by the geodata build scripts (basemap, structure, zones): rounding to 5 decimals and
// tidying polygon rings (duplicate points, A-B-A spikes, degenerate rings) so the output passes the kinks check.

export const round5 = (x) => Math.round(x * 1e5) / 1e5 + 0; // + 0 turns -0 into 0
export const roundPos = ([lon, lat]) => [round5(lon), round5(lat)];
export const samePos = (a, b) => a[0] === b[0] && a[1] === b[1];

/** Planar ring area in square degrees (only for telling rings apart, never for figures). */
export function planarRingArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(sum / 2);
}

/** Removes consecutive duplicates and back-tracking spikes (A, B, A) from a closed ring; returns a closed ring. */
export function tidyRing(ring, encloses = (closed) => planarRingArea(closed) > 0) {
  let pts = ring.map(roundPos);
  if (pts.length && samePos(pts[0], pts[pts.length - 1])) pts = pts.slice(0, -1);
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    const next = [];
    for (const p of pts) {
      if (next.length && samePos(next[next.length - 1], p)) {
        changed = true;
        continue;
      }
      next.push(p);
    }
    while (next.length > 1 && samePos(next[0], next[next.length - 1])) {
      next.pop();
      changed = true;
    }
    // spikes: p[i-1] == p[i+1] means the ring goes out to p[i] and straight back
    const n = next.length;
    const keep = next.map(() => true);
    for (let i = 0; i < n && n >= 3; i++) {
      const prev = next[(i - 1 + n) % n];
      const after = next[(i + 1) % n];
      if (keep[(i - 1 + n) % n] && keep[i] && samePos(prev, after)) {
        keep[i] = false;
        keep[(i + 1) % n] = false; // drop the spike tip and the repeated base point
        changed = true;
      }
    }
    pts = next.filter((_, i) => keep[i]);
  }
  if (pts.length < 3) return null;
  const closed = [...pts, pts[0]];
  return encloses(closed) ? closed : null; // e.g. collinear leftovers enclose nothing
}

/** Tidies every ring; drops degenerate rings (and polygons whose outer ring is degenerate). */
export function tidyPolygons(polygons, encloses) {
  return polygons
    .map((polygon) => polygon.map((ring) => ring && tidyRing(ring, encloses)))
    .filter((polygon) => polygon[0] !== null)
    .map((polygon) => polygon.filter((ring) => ring !== null));
}
