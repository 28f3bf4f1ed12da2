/**
 * One label anchor per feature. MapLibre cuts GeoJSON into tiles and labels every piece of a polygon (and the
 * start of every piece of a line) in every tile it crosses, so a large area such as 北向增长极 was labelled
 * several times at one zoom. Labels are drawn from these points instead: exactly one per feature.
 * Pure: no MapLibre or React.
 */
import { along } from '@turf/along';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { length } from '@turf/length';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import { canvasLatin } from './typography';

/** Where a feature's single label goes: the point itself, the middle of its longest line, inside its largest polygon. */
export function labelAnchor(geometry: Geometry): Position | null {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'MultiPoint':
      return geometry.coordinates[0] ?? null;
    case 'LineString':
      return lineMiddle(geometry.coordinates);
    case 'MultiLineString': {
      const longest = maxBy(geometry.coordinates, (coordinates) => lineLength(coordinates));
      return longest ? lineMiddle(longest) : null;
    }
    case 'Polygon':
      return polygonInside(geometry.coordinates);
    case 'MultiPolygon': {
      const largest = maxBy(geometry.coordinates, (coordinates) => area({ type: 'Polygon', coordinates }));
      return largest ? polygonInside(largest) : null;
    }
    default:
      return null;
  }
}

function maxBy<T>(items: T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}

function lineFeature(coordinates: Position[]): Feature<LineString> {
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}

function lineLength(coordinates: Position[]): number {
  return coordinates.length < 2 ? 0 : length(lineFeature(coordinates));
}

function lineMiddle(coordinates: Position[]): Position | null {
  if (coordinates.length === 0) return null;
  if (coordinates.length === 1) return coordinates[0]!;
  const line = lineFeature(coordinates);
  return along(line, length(line) / 2).geometry.coordinates;
}

/**
 * The area centroid of a ring (shoelace formula), falling back to the vertex mean for a degenerate ring. Written
 * out rather than @turf/center-of-mass, which pulls the convex-hull code (concaveman, rbush) into the first screen.
 */
export function ringCentroid(ring: Position[]): Position {
  const [x0, y0] = ring[0] ?? [0, 0];
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    // Relative to the first vertex, for precision.
    const ax = ring[i]![0]! - x0!;
    const ay = ring[i]![1]! - y0!;
    const bx = ring[i + 1]![0]! - x0!;
    const by = ring[i + 1]![1]! - y0!;
    const cross = ax * by - bx * ay;
    twiceArea += cross;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }
  if (twiceArea === 0) {
    const n = Math.max(1, ring.length);
    return [ring.reduce((sum, p) => sum + p[0]!, 0) / n, ring.reduce((sum, p) => sum + p[1]!, 0) / n];
  }
  return [x0! + cx / (3 * twiceArea), y0! + cy / (3 * twiceArea)];
}

/** The outer ring's centroid when it lies inside the polygon (it usually does), else a point on its surface. */
function polygonInside(coordinates: Position[][]): Position {
  const polygon: Polygon = { type: 'Polygon', coordinates };
  const centre = ringCentroid(coordinates[0] ?? []);
  if (booleanPointInPolygon(centre, polygon)) return centre;
  return pointOnFeature(polygon).geometry.coordinates;
}

export type LabelOn = 'point' | 'line' | 'polygon';

export function labelOn(geometry: Geometry): LabelOn {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return 'point';
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') return 'line';
  return 'polygon';
}

export interface LabelProperties {
  id: string;
  name: string;
  name_en: string;
  /** What the label stands for: a dot (label beside it) or a line or area (label centred on the anchor). */
  label_on: LabelOn;
}

/** One label point per feature, with only what the label layers read. */
export function labelPoints(
  features: Feature<Geometry, { id: string; name: string; name_en: string }>[],
): Feature<Point, LabelProperties>[] {
  const out: Feature<Point, LabelProperties>[] = [];
  for (const feature of features) {
    const anchor = feature.geometry ? labelAnchor(feature.geometry) : null;
    if (!anchor) continue;
    const { id, name, name_en } = feature.properties;
    out.push({
      type: 'Feature',
      properties: { id, name, name_en: canvasLatin(name_en), label_on: labelOn(feature.geometry) },
      geometry: { type: 'Point', coordinates: anchor },
    });
  }
  return out;
}
