/**
 * "Which district is this?" — one answer everywhere: point in the county polygons of
 * geodata/basemap/counties.geojson, and, because those boundaries are good only to a few hundred metres, the
 * other districts within {@link DISTRICT_BORDER_TOLERANCE_M} of the point (then the answer says "near the border"
 * rather than contradict a feature's own record). Pure.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DISTRICTS, type District } from './vocabulary';
import { pointInPolygonRings } from './nearby/prepared';
import { distanceToFeature } from './nearby/query';

/** How far a county boundary may be off (open boundary data; see geodata/basemap/SOURCES.md). */
export const DISTRICT_BORDER_TOLERANCE_M = 200;

export interface DistrictAnswer {
  /** The district whose polygon holds the point; null outside all of them. */
  district: District | null;
  /** Other districts whose boundary lies within the tolerance: the point may belong to them instead. */
  alsoPossible: District[];
}

type CountyFeature = Feature<Polygon | MultiPolygon, { name?: string }>;

const ringsOf = (geometry: Polygon | MultiPolygon): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** The district at a point, and the neighbours within `toleranceM` of it. */
export function districtAt(
  counties: FeatureCollection | null | undefined,
  point: Position,
  toleranceM = DISTRICT_BORDER_TOLERANCE_M,
): DistrictAnswer {
  const [x, y] = point;
  if (!counties || x === undefined || y === undefined) return { district: null, alsoPossible: [] };
  let district: District | null = null;
  const alsoPossible: District[] = [];
  for (const feature of counties.features as CountyFeature[]) {
    const name = feature.properties?.name as District | undefined;
    const geometry = feature.geometry;
    if (!name || !DISTRICTS.includes(name) || !geometry) continue;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    if (district === null && pointInPolygonRings([x, y], ringsOf(geometry))) {
      district = name;
      continue;
    }
    if (toleranceM <= 0) continue;
    const off = distanceToFeature({ type: 'Feature', properties: { id: name, category: 'regional' }, geometry }, [
      x,
      y,
    ]);
    if (off !== null && off.distanceM <= toleranceM) alsoPossible.push(name);
  }
  return { district, alsoPossible: alsoPossible.filter((d) => d !== district) };
}

/** Whether a feature's recorded district(s) agree with the answer (within the boundary tolerance). */
export function agreesWith(answer: DistrictAnswer, recorded: District | readonly District[]): boolean {
  const list = typeof recorded === 'string' ? [recorded] : recorded;
  return list.some((d) => d === answer.district || answer.alsoPossible.includes(d));
}
