/**
 * Shared helpers for the plan-structure builders (build-structure.mjs, build-zones.mjs): county outlines,
 * seed-sentence sources with their line numbers, and polygon cleaning so every output passes turf.kinks.
 * Pure Node + @turf/turf; nothing is fetched.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { orderProperties } from './lib/properties.mjs';
import { round5, roundPos, samePos, tidyPolygons as tidyPolygonsWith } from './lib/geometry.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = join(ROOT, '../shared/seeds');
export const PLAN_DIR = join(ROOT, 'geodata/plan');
export const BASEMAP_DIR = join(ROOT, 'geodata/basemap');

// ---------------------------------------------------------------------------------------------------------------
// Coordinates
// ---------------------------------------------------------------------------------------------------------------

export { round5, roundPos };
export const feature = (geometry, properties = {}) => ({ type: 'Feature', properties, geometry });
export const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
export const geometryOf = (polygons) =>
  polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
export const km2 = (geometryOrFeature) =>
  turf.area(geometryOrFeature.type === 'Feature' ? geometryOrFeature : feature(geometryOrFeature)) / 1e6;

/** Rounds a line's positions and drops repeated ones. */
export function roundLine(coords) {
  const out = [];
  for (const p of coords.map(roundPos)) if (!out.length || !samePos(out[out.length - 1], p)) out.push(p);
  return out;
}

/** Rounds any geometry's positions (lines de-duplicated; polygons go through cleanPolygonal instead). */
export function roundGeometry(geometry) {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPos(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(roundPos) };
    case 'LineString':
      return { type: 'LineString', coordinates: roundLine(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(roundLine).filter((l) => l.length > 1) };
    default:
      return cleanPolygonal(polygonsOf(geometry), 'roundGeometry');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Polygon cleaning
// ---------------------------------------------------------------------------------------------------------------

/** A ring that encloses less than 1 m² has collapsed. */
const enclosesArea = (closed) => turf.area(turf.polygon([closed])) > 1;
const tidyPolygons = (polygons) => tidyPolygonsWith(polygons, enclosesArea);

/**
 * Moves the vertex nearest each crossing/touching point 2–3 × 10⁻⁵° towards the middle of its neighbours, which
 * for the convex tip of a pinch or a hole's corner means inwards: rings that touched at one point now pass
 * a metre or two apart. The area changes by a few square metres at most.
 */
function nudgeAt(polygons, points) {
  const out = polygons.map((polygon) => polygon.map((ring) => ring.map((p) => [...p])));
  for (const [x, y] of points) {
    let best = null;
    out.forEach((polygon, pi) =>
      polygon.forEach((ring, ri) =>
        ring.forEach((p, vi) => {
          if (vi === ring.length - 1) return;
          const d = Math.hypot(p[0] - x, p[1] - y);
          if (d < 5e-5 && (!best || d < best.d - 1e-12)) best = { d, pi, ri, vi };
        }),
      ),
    );
    if (!best) continue;
    const ring = out[best.pi][best.ri];
    const n = ring.length - 1;
    const prev = ring[(best.vi - 1 + n) % n];
    const next = ring[(best.vi + 1) % n];
    const v = ring[best.vi];
    const mx = (prev[0] + next[0]) / 2 - v[0];
    const my = (prev[1] + next[1]) / 2 - v[1];
    const len = Math.hypot(mx, my);
    if (len < 1e-9) continue;
    const step = Math.min(len * 0.5, 3e-5) / len;
    const moved = roundPos([v[0] + mx * step, v[1] + my * step]);
    ring[best.vi] = moved;
    if (best.vi === 0) ring[n] = moved;
  }
  return out;
}

/**
 * A valid (Multi)Polygon from Position[][][]: rounded to 5 decimals, tidied, self-unioned with polyclip when
 * turf.kinks finds crossings, and nudged apart where rings still touch. Throws if kinks remain.
 */
export function cleanPolygonal(polygons, label) {
  let current = tidyPolygons(polygons);
  if (!current.length) throw new Error(`${label}: empty polygon`);
  for (let attempt = 0; attempt < 12; attempt++) {
    const kinks = turf.kinks(feature(geometryOf(current))).features;
    if (kinks.length === 0) return geometryOf(current);
    if (attempt < 2) {
      const merged = turf.union(turf.featureCollection([feature(geometryOf(current)), feature(geometryOf(current))]));
      if (!merged) throw new Error(`${label}: polygon vanished while cleaning`);
      current = tidyPolygons(polygonsOf(merged.geometry));
    } else {
      current = tidyPolygons(
        nudgeAt(
          current,
          kinks.map((k) => k.geometry.coordinates),
        ),
      );
    }
  }
  const left = turf.kinks(feature(geometryOf(current))).features;
  throw new Error(`${label}: ${left.length} self-intersections remain, first at ${left[0]?.geometry.coordinates}`);
}

/** Drops polygon parts (and holes) smaller than minKm2. Returns Position[][][] (maybe empty). */
export function dropSlivers(geometry, minKm2) {
  const big = (ring) => turf.area(turf.polygon([ring])) / 1e6 >= minKm2;
  return polygonsOf(geometry)
    .filter((polygon) => big(polygon[0]))
    .map((polygon) => [polygon[0], ...polygon.slice(1).filter(big)]);
}

// Boolean helpers over geometries (null = empty).
export function intersect(a, b) {
  if (!a || !b) return null;
  const r = turf.intersect(turf.featureCollection([feature(a), feature(b)]));
  return r ? r.geometry : null;
}
export function difference(a, b) {
  if (!a) return null;
  if (!b) return a;
  const r = turf.difference(turf.featureCollection([feature(a), feature(b)]));
  return r ? r.geometry : null;
}
export function union(...geometries) {
  const gs = geometries.filter(Boolean);
  if (!gs.length) return null;
  if (gs.length === 1) return gs[0];
  const r = turf.union(turf.featureCollection(gs.map((g) => feature(g))));
  return r ? r.geometry : null;
}
/** A circle of radius km around [lon, lat], as a 64-gon. */
export const circle = (center, radiusKm) => turf.circle(center, radiusKm, { steps: 64, units: 'kilometers' }).geometry;
/** A band of width 2 × halfKm around a line. */
export const band = (coords, halfKm) => turf.buffer(turf.lineString(coords), halfKm, { units: 'kilometers' }).geometry;
/** Closes a hand-drawn ring and makes it a Polygon geometry. */
export const ring = (coords) => ({ type: 'Polygon', coordinates: [[...coords, coords[0]]] });

/** Smooths a hand-drawn polyline (Chaikin, 2 rounds) so schematic lines do not look jagged. */
export function smooth(coords, rounds = 2) {
  let pts = coords;
  for (let r = 0; r < rounds; r++) {
    const next = [pts[0]];
    for (let i = 0; i < pts.length - 1; i++) {
      const [a, b] = [pts[i], pts[i + 1]];
      next.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]]);
      next.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    next.push(pts[pts.length - 1]);
    pts = next;
  }
  return pts;
}

// ---------------------------------------------------------------------------------------------------------------
// Counties
// ---------------------------------------------------------------------------------------------------------------

/** The nine county outlines of geodata/basemap/counties.geojson (WGS84), by name. */
export function loadCounties() {
  const path = process.env.COUNTIES_PATH || join(BASEMAP_DIR, 'counties.geojson');
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run basemap first`);
  const fc = JSON.parse(readFileSync(path, 'utf8'));
  return new Map(fc.features.map((f) => [f.properties.name, f]));
}

/** The county containing a point (null when outside all of them). */
export function countyAt(counties, point) {
  for (const [name, f] of counties) if (turf.booleanPointInPolygon(point, f)) return name;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Seed sources
// ---------------------------------------------------------------------------------------------------------------

const seedCache = new Map();
function seedLines(file) {
  if (!seedCache.has(file)) {
    const name = readdirSync(SEEDS_DIR).find((n) => n.startsWith(`${file}_`));
    if (!name) throw new Error(`seed ${file} not found in ${SEEDS_DIR}`);
    seedCache.set(file, readFileSync(join(SEEDS_DIR, name), 'utf8').split('\n'));
  }
  return seedCache.get(file);
}

/**
 * A source object for a verbatim quote: finds the (first) line holding it, whitespace ignored, so the line
 * number is the one `grep -n` shows. Throws when the quote is not in the seed or longer than 60 characters.
 * `nth` picks a later occurrence when the same words appear on several lines.
 */
export function src(file, section, quote, nth = 1) {
  if (quote.length > 60) throw new Error(`quote longer than 60 characters: ${quote}`);
  const norm = (s) => s.replace(/\s+/g, '');
  const lines = seedLines(file);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (norm(lines[i]).includes(norm(quote)) && ++seen === nth) return { file, section, line: i + 1, quote };
  }
  throw new Error(`quote not found in seed ${file}: ${quote}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------------

/** Writes a FeatureCollection with properties in schema order, one feature per line for readable diffs. */
export function writeCollection(path, features) {
  const ids = new Set();
  for (const f of features) {
    if (ids.has(f.properties.id)) throw new Error(`duplicate id ${f.properties.id}`);
    ids.add(f.properties.id);
  }
  const ordered = features.map((f) => ({
    type: 'Feature',
    properties: orderProperties(f.properties),
    geometry: f.geometry,
  }));
  const body = ordered.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}
