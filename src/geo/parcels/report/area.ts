/**
 * Ellipsoidal areas: turf's spherical area (mean radius R = 6 371 008.8 m) times the ratio of the GRS80
 * ellipsoid's area element to the sphere's at the parcel's latitude, M·N/R² = (a/R)²·(1−e²)/(1−e²sin²φ)².
 * turf alone overstates areas in Zhuzhou by ~0.16 % (90 亩 read as 90.14 亩); with the factor it agrees with
 * GeographicLib's geodesic polygon area to ~1e-5 for parcels up to tens of km (tests/unit/siteReport.test.ts).
 */
import { area as turfArea } from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../../stats';

const E2 = 0.0066943800229; // GRS80 first eccentricity squared (CGCS2000 is the same to 1e-12)
const A = 6378137; // GRS80 semi-major axis
const TURF_R = 6371008.8; // the sphere @turf/area uses (@turf/helpers earthRadius)
export const RAD = Math.PI / 180;

/** Ellipsoid/sphere area ratio at a latitude (see the file comment). */
export function ellipsoidAreaFactor(lat: number): number {
  const s = Math.sin(lat * RAD);
  const w = 1 - E2 * s * s;
  return ((A / TURF_R) ** 2 * (1 - E2)) / (w * w);
}

/** Area of a (multi)polygon on the GRS80 ellipsoid, m². */
export function ellipsoidalArea(geometry: Polygon | MultiPolygon): number {
  const b = bboxOf(geometry);
  return turfArea(geometry) * ellipsoidAreaFactor((b[1] + b[3]) / 2);
}
