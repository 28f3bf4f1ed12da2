#!/usr/bin/env node
/**
 * Writes geodata/sources/alignments/<feature-id>.geojson from the source vertex lists in raw/<feature-id>.json.
 * Run: `node geodata/sources/alignments/build-alignments.mjs` (deterministic; nothing is fetched).
 *
 * Each raw file holds the vertices exactly as the named public source gives them (`parts`), the source, licence and
 * reference, and the places the line runs through (`via`, with the position used to check them and where that
 * position comes from). The script
 *  - densifies every segment longer than MAX_STEP_KM with points on that same segment (great-circle interpolation
 *    between two consecutive source vertices — never between made-up points), so no two vertices are more than
 *    MAX_STEP_KM apart; the source's own accuracy (e.g. a simplification tolerance) is stated in the raw file;
 *  - rounds to 5 decimals (WGS84, ~1 m);
 *  - fails if a via place is more than VIA_MAX_KM from the line;
 *  - reports, for every via name also found in the gazetteer tables (../places.csv, ../research/*.csv), how far that
 *    row's position is from the line (information for the gazetteer; the check above uses the raw file's position).
 */
import * as turf from '@turf/turf';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MAX_STEP_KM = 2;
const VIA_MAX_KM = 1;
const round = (x) => Math.round(x * 1e5) / 1e5;

/** Densify one source vertex list: equal steps on each segment longer than MAX_STEP_KM. */
export function densify(coords) {
  const out = [coords[0]];
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1];
    const b = coords[i];
    const d = turf.distance(a, b);
    const n = Math.ceil(d / MAX_STEP_KM);
    for (let k = 1; k < n; k++) {
      out.push(turf.along(turf.lineString([a, b]), (d * k) / n).geometry.coordinates);
    }
    out.push(b);
  }
  return out.map(([x, y]) => [round(x), round(y)]);
}

function maxGap(parts) {
  let m = 0;
  for (const l of parts) for (let i = 1; i < l.length; i++) m = Math.max(m, turf.distance(l[i - 1], l[i]));
  return m;
}

function distToLine(pt, parts) {
  return Math.min(...parts.map((l) => turf.pointToLineDistance(turf.point(pt), turf.lineString(l))));
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, embedded commas/newlines). */
function readCsv(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((v) => v !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function gazetteerRows() {
  const files = [join(here, '../places.csv')];
  const research = join(here, '../research');
  if (existsSync(research)) {
    for (const f of readdirSync(research).sort()) if (f.endsWith('.csv')) files.push(join(research, f));
  }
  const rows = [];
  for (const f of files) {
    if (!existsSync(f)) continue;
    for (const r of readCsv(f)) rows.push({ ...r, file: f.slice(here.length - 'alignments'.length) });
  }
  return rows;
}

const rawDir = join(here, 'raw');
const gaz = gazetteerRows();
const report = [];
let failed = false;
for (const f of readdirSync(rawDir).sort()) {
  if (!f.endsWith('.json')) continue;
  const raw = JSON.parse(readFileSync(join(rawDir, f), 'utf8'));
  const parts = raw.parts.map(densify);
  const gap = maxGap(parts);
  const via = [];
  for (const v of raw.via) {
    const d = distToLine([v.lon, v.lat], parts);
    if (d > VIA_MAX_KM) {
      failed = true;
      console.error(`${raw.feature_id}: via ${v.name} is ${d.toFixed(2)} km from the line (max ${VIA_MAX_KM})`);
    }
    via.push(v.name);
    const key = v.name.replace(/站$/, '');
    for (const g of gaz) {
      const names = [g.name, ...(g.aliases ? g.aliases.split('|') : [])];
      if (!names.some((n) => n === v.name || n.replace(/站$/, '') === key)) continue;
      const dg = distToLine([Number(g.lon), Number(g.lat)], parts);
      report.push(`  ${raw.feature_id}  ${v.name}: ${g.file} row "${g.name}" is ${dg.toFixed(2)} km from the line`);
    }
  }
  const feature = {
    type: 'Feature',
    id: raw.feature_id,
    properties: {
      feature_id: raw.feature_id,
      name: raw.name,
      source_dataset: raw.source_dataset,
      licence: raw.licence,
      reference: raw.reference,
      max_vertex_gap_km: Math.round(gap * 100) / 100,
      via,
    },
    geometry:
      parts.length === 1
        ? { type: 'LineString', coordinates: parts[0] }
        : { type: 'MultiLineString', coordinates: parts },
  };
  writeFileSync(join(here, `${raw.feature_id}.geojson`), JSON.stringify(feature) + '\n');
  const km = parts.reduce((s, l) => s + turf.length(turf.lineString(l)), 0);
  console.log(
    `${raw.feature_id.padEnd(34)} ${String(parts.reduce((s, l) => s + l.length, 0)).padStart(5)} vertices` +
      `  ${km.toFixed(1).padStart(6)} km  max gap ${gap.toFixed(2)} km  via ${via.join(', ')}`,
  );
}
if (report.length) console.log('Gazetteer rows for via places:\n' + report.join('\n'));
if (failed) process.exit(1);
