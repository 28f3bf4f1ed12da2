/**
 * The GeoJSON reader: a FeatureCollection, a Feature, a bare geometry or an array of features, with the
 * (pre-2016) `crs` member when the file has one. Members that are not Features are rejected, not dropped.
 */
import type { Feature, Geometry } from 'geojson';
import { crsFromGeoJsonMember } from '../../crs';
import { ImportError, type Rejected } from '../types';
import type { RawLayer } from './shared';

export function geojsonLayer(text: string, name: string): RawLayer {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message.slice(0, 120);
    throw new ImportError(`GeoJSON 格式错误，无法解析：${detail}`, `Malformed GeoJSON, cannot parse it: ${detail}`);
  }
  const object = data as { type?: string; features?: unknown; crs?: unknown; geometry?: unknown };
  let features: Feature<Geometry | null>[];
  if (Array.isArray(data)) features = data as Feature<Geometry | null>[];
  else if (object?.type === 'FeatureCollection' && Array.isArray(object.features))
    features = object.features as Feature<Geometry | null>[];
  else if (object?.type === 'Feature') features = [data as Feature<Geometry | null>];
  else if (
    typeof object?.type === 'string' &&
    ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'].includes(
      object.type,
    )
  )
    features = [{ type: 'Feature', properties: {}, geometry: data as Geometry }];
  else
    throw new ImportError(
      '不是 GeoJSON：缺少 FeatureCollection、Feature 或几何对象',
      'Not GeoJSON: no FeatureCollection, Feature or geometry object',
    );
  const rejected: Rejected[] = [];
  features = features.map((feature, index) => {
    if (!feature || typeof feature !== 'object' || (feature as { type?: string }).type !== 'Feature') {
      rejected.push({ index, reason_zh: '不是 GeoJSON 要素（Feature）', reason_en: 'Not a GeoJSON Feature' });
      return { type: 'Feature', properties: {}, geometry: null };
    }
    return feature;
  });
  const layer: RawLayer = { name, features, warnings: [], rejected };
  if (object && typeof object === 'object' && 'crs' in object && object.crs) {
    layer.declared = { id: crsFromGeoJsonMember(object.crs), how: 'crs-member', text: JSON.stringify(object.crs) };
  }
  return layer;
}
