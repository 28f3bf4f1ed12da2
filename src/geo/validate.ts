/**
 * Geometry and placement checks for geodata features. Pure functions over GeoJSON, shared by the unit
 * tests, the coverage script and the app's loader (which rejects a malformed file with a clear message).
 */
import { along } from '@turf/along';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { kinks } from '@turf/kinks';
import { length } from '@turf/length';
import { pointOnFeature } from '@turf/point-on-feature';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Problems with a geometry's rings: unclosed rings and self-intersections. Empty when valid. */
export function geometryProblems(geometry: Geometry): string[] {
  const problems: string[] = [];
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  polygons.forEach((polygon, p) =>
    polygon.forEach((ring, r) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        problems.push(`polygon ${p} ring ${r} is not closed`);
      }
      if (ring.length < 4) problems.push(`polygon ${p} ring ${r} has fewer than 4 positions`);
    }),
  );
  if (problems.length === 0 && polygons.length > 0) {
    const crossings = kinks({ type: 'Feature', properties: {}, geometry } as Feature<Polygon | MultiPolygon>);
    if (crossings.features.length > 0) {
      const [lon, lat] = crossings.features[0]!.geometry.coordinates;
      problems.push(`self-intersection at ${lon?.toFixed(5)}, ${lat?.toFixed(5)}`);
    }
  }
  return problems;
}

/** A point that stands for the feature: the point itself, the middle of a line, a point inside a polygon. */
export function representativePoint(feature: Feature): Position {
  const { geometry } = feature;
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') {
    const km = length(feature as Feature<typeof geometry>);
    return along(geometry, km / 2).geometry.coordinates;
  }
  return pointOnFeature(feature).geometry.coordinates;
}

/**
 * Distance in metres from a point to a (multi)polygon: 0 inside, positive outside. Used with a tolerance
 * because open boundary datasets are only good to a few hundred metres.
 */
export function metresOutside(point: Position, area: Feature<Polygon | MultiPolygon>): number {
  if (booleanPointInPolygon(point, area)) return 0;
  return Math.abs(pointToPolygonDistance(point, area, { units: 'meters' }));
}
