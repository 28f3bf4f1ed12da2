/**
 * The GeoJSON reader: a FeatureCollection, a Feature, a bare geometry or an array of features, with the
 * (pre-2016) `crs` member when the file has one. Members that are not Features are rejected, not dropped.
 */
import type { Feature, Geometry } from 'geojson';
import { crsFromGeoJsonMember } from '../../crs';
import { ImportError, type Rejected } from '../types';
import type { RawLayer } from './shared';

const NOT_GEOJSON = () =>
  new ImportError(
    '不是 GeoJSON：缺少 FeatureCollection、Feature 或几何对象',
    'Not GeoJSON: no FeatureCollection, Feature or geometry object',
  );

/** Text with NUL or many control characters: the bytes of a binary file (a .zip, an image) under a .geojson name. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return control > head.length * 0.05;
}

export function geojsonLayer(text: string, name: string): RawLayer {
  if (looksBinary(text))
    throw new ImportError(
      '不是 GeoJSON：这是一个二进制文件（例如 .zip 或图片），不是文本。请检查文件是否选错或扩展名是否改错。',
      'Not GeoJSON: this is a binary file (a .zip or an image, say), not text. Check the file and its extension.',
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Only where it failed: the message of JSON.parse quotes the file's own text.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = at ? { zh: `（第 ${at} 个字符附近）`, en: ` (near character ${at})` } : { zh: '', en: '' };
    const deep = error instanceof RangeError;
    throw new ImportError(
      deep ? '不是 GeoJSON：嵌套层次过深，无法读取' : `GeoJSON 格式错误，不是有效的 JSON${where.zh}`,
      deep ? 'Not GeoJSON: nested too deeply to read' : `Malformed GeoJSON: not valid JSON${where.en}`,
    );
  }
  const object = data as { type?: string; features?: unknown; crs?: unknown; geometry?: unknown };
  let features: Feature<Geometry | null>[];
  if (Array.isArray(data)) {
    if (!data.some((item) => (item as { type?: unknown } | null)?.type === 'Feature')) throw NOT_GEOJSON();
    features = data as Feature<Geometry | null>[];
  } else if (object?.type === 'FeatureCollection' && Array.isArray(object.features))
    features = object.features as Feature<Geometry | null>[];
  else if (object?.type === 'Feature') features = [data as Feature<Geometry | null>];
  else if (
    typeof object?.type === 'string' &&
    ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'].includes(
      object.type,
    )
  )
    features = [{ type: 'Feature', properties: {}, geometry: data as Geometry }];
  else throw NOT_GEOJSON();
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
