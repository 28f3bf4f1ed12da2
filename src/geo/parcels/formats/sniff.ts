/**
 * A parcel file's format from its name or first bytes (apart from the readers, so that the main thread can tell a
 * kept original file's format without loading them). Pure.
 */
import type { ParcelFormat } from '../types';

export const EXTENSIONS: Record<string, ParcelFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  zip: 'shapefile',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  csv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
};

/** The format from the extension, else from the first bytes; null when unknown. */
export function sniffFormat(fileName: string, bytes: Uint8Array): ParcelFormat | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (EXTENSIONS[ext]) return EXTENSIONS[ext]!;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'shapefile';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (/<kml[\s>]/i.test(head)) return 'kml';
  if (/<gpx[\s>]/i.test(head)) return 'gpx';
  return null;
}
