/**
 * Reading a parcel file: the format from its name or first bytes, and the reader for it — ./geojson.ts,
 * ./shapefile.ts (.zip), ./xml.ts (KML, KMZ, GPX), ./tables.ts (CSV, XLSX) — each to GeoJSON features in the
 * file's own coordinates (not yet WGS84), grouped in layers with what the file says about its CRS (./shared.ts).
 * Pure; runs in a Web Worker (no DOM).
 */
import type { ParcelFormat, ImportOptions } from '../types';
import { geojsonLayer } from './geojson';
import { decodeText, type RawFile } from './shared';
import { shapefileLayers } from './shapefile';
import { csvLayer, xlsxLayer } from './tables';
import { gpxLayer, kmlLayer, kmzLayer } from './xml';

export { EXTENSIONS, sniffFormat } from './sniff';

export async function readRaw(
  file: { name: string; bytes: ArrayBuffer },
  format: ParcelFormat,
  options: ImportOptions,
): Promise<RawFile> {
  const bytes = new Uint8Array(file.bytes);
  const name = file.name.replace(/\.[^.]+$/, '');
  switch (format) {
    case 'geojson':
      return { format, layers: [geojsonLayer(decodeText(bytes).text, name)] };
    case 'shapefile': {
      // A zip might be a KMZ or a zipped GeoJSON under another name: look inside.
      return { format, layers: await shapefileLayers(bytes) };
    }
    case 'kml':
      return { format, layers: [kmlLayer(decodeText(bytes).text, name)] };
    case 'kmz':
      return { format, layers: [await kmzLayer(bytes, name)] };
    case 'gpx':
      return { format, layers: [gpxLayer(decodeText(bytes).text, name)] };
    case 'csv': {
      const decoded = decodeText(bytes);
      const layer = csvLayer(decoded.text, name, options.csv);
      if (decoded.encoding === 'gbk')
        layer.warnings.push({ zh: 'CSV 不是 UTF-8 编码，已按 GBK 读取。', en: 'The CSV is not UTF-8; read as GBK.' });
      return { format, layers: [layer] };
    }
    case 'xlsx':
      return { format, layers: [await xlsxLayer(file.bytes, name, options.csv)] };
  }
}
