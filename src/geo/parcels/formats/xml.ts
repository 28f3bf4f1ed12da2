/**
 * The XML readers: KML, KMZ (a zipped KML) and GPX, converted with @tmcw/togeojson on an @xmldom/xmldom
 * document (no DOM in a Web Worker). Their coordinates are WGS84 by specification.
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { FeatureCollection, Geometry } from 'geojson';
import { ImportError } from '../types';
import { decodeText, unzipEntries, type DeclaredCrs, type RawLayer } from './shared';

function parseXml(text: string, what: string): Document {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(String(message));
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(text, 'text/xml') as unknown as Document;
  } catch (error) {
    errors.push((error as Error).message);
  }
  if (!doc || !doc.documentElement || errors.length > 0) {
    const detail = (errors[0] ?? '').slice(0, 120);
    throw new ImportError(`${what} 格式错误，无法解析：${detail}`, `Malformed ${what}, cannot parse it: ${detail}`);
  }
  return doc;
}

const WGS84_BY_SPEC = (what: string): DeclaredCrs => ({ id: 'wgs84', how: 'crs-member', text: `${what} (WGS84)` });

export function kmlLayer(text: string, name: string): RawLayer {
  const fc = kml(parseXml(text, 'KML')) as FeatureCollection<Geometry | null>;
  return { name, features: fc.features, declared: WGS84_BY_SPEC('KML'), warnings: [], rejected: [] };
}

export async function kmzLayer(bytes: Uint8Array, name: string): Promise<RawLayer> {
  const notes: RawLayer['warnings'] = [];
  const entries = await unzipEntries(bytes, notes);
  const kmls = [...entries.keys()].filter((n) => n.toLowerCase().endsWith('.kml'));
  const main = kmls.find((n) => n.toLowerCase() === 'doc.kml') ?? kmls[0];
  if (!main) throw new ImportError('.kmz 中没有 .kml 文件', 'The .kmz holds no .kml file');
  const layer = kmlLayer(decodeText(entries.get(main)!).text, name);
  layer.warnings.unshift(...notes);
  return layer;
}

export function gpxLayer(text: string, name: string): RawLayer {
  const fc = gpx(parseXml(text, 'GPX')) as FeatureCollection<Geometry | null>;
  return { name, features: fc.features, declared: WGS84_BY_SPEC('GPX'), warnings: [], rejected: [] };
}
