// Reading and writing the gazetteer tables of geodata/sources/: places.csv (RFC 4180, via csv-parse) and the
// feature tables (JSON, printed so that a short array or object stays on one line and a diff shows one change).
import { parse } from 'csv-parse/sync';

/** Parses a CSV text with a header row into objects; throws with the line number on malformed input. */
export function readCsv(text, label) {
  try {
    return parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: false });
  } catch (error) {
    throw new Error(`${label}: ${error.message}`);
  }
}

/** JSON with two-space indentation where values whose one-line form fits in `width` columns stay on one line. */
export function formatJson(value, width = 118) {
  const out = (v, indent) => {
    const flat = JSON.stringify(v);
    if (v === null || typeof v !== 'object' || indent.length + flat.length <= width) return flat;
    const inner = `${indent}  `;
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + out(x, inner)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${out(x, inner)}`).join(',\n')}\n${indent}}`;
  };
  return `${out(value, '')}\n`;
}

/** A feature table file: { file, layout, features: [{ …properties, geometry: reference }] }. */
export const formatTable = (table) => formatJson(table);
