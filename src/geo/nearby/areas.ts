/** Area containment: the context areas (一核 / 一圈 / 一廊, growth poles, planning zones) a point lies in. */
import type { Position } from 'geojson';
import type { Category } from '../schema';
import { CONTEXT_AREA_CATEGORIES, type NearbyFeature, type NearbyProperties } from './candidates';
import { inPolygon, prepareAll } from './prepared';

/**
 * The context areas (一核 / 一圈 / 一廊 / growth poles / planning zones, or any categories given) whose polygons
 * contain the point — "you are in 一核 · 中心城区".
 */
export function areasContaining<P extends NearbyProperties>(
  features: readonly NearbyFeature<P>[],
  point: Position,
  categories: ReadonlySet<Category> = CONTEXT_AREA_CATEGORIES,
): NearbyFeature<P>[] {
  const [qx, qy] = point;
  if (qx === undefined || qy === undefined) return [];
  return prepareAll(features)
    .filter(
      (p) =>
        categories.has(p.feature.properties.category) &&
        p.polygons.length > 0 &&
        qx >= p.minX &&
        qx <= p.maxX &&
        qy >= p.minY &&
        qy <= p.maxY &&
        p.polygons.some((rings) => inPolygon(qx, qy, rings)),
    )
    .map((p) => p.feature);
}
