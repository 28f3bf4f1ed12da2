// The gazetteer of geodata/sources/ and the generic build of geodata/plan/ from it. Pure apart from reading files:
// buildPlan() returns the text of every plan file, so `npm run geodata` writes them and a unit test compares them.
//
//   places.csv           one row per real place (id, name, aliases, kind, county, lon, lat, datum_given, reference,
//                        licence, confidence, note)
//   features/<t>.json    one table per plan file: { file, layout, features: [{ …properties, geometry: <ref> }] }
//   areas/, lines/       stored shapes (polygons, river-following lines) as GeoJSON Features
//   alignments/          line alignments from named open datasets (G3), one Feature per feature id
//
// A geometry reference is one of
//   { "place": "<place id>" }                          a Point at that place
//   { "spread": "<place id>", "slot": n }              a schematic Point on a spiral around a host place (slot n ≥ 1)
//   { "near": "<place id>", "slot": n }                a Point at that place, moved 0.15·√n km along the same spiral
//                                                       only so that it hides no other feature standing there (research/
//                                                       project-places.csv; ≤ 0.45 km for n ≤ 9, within the place's ~1 km)
//   { "path": ["<place id>" | [lon, lat], …] }         a LineString through places (and shape vertices between them)
//   { "paths": [[…], […]] }                            a MultiLineString of such paths
//   { "shape": "areas/<id>.geojson" }                  a stored geometry
//   { "alignment": "alignments/<id>.geojson", "via": ["<place id>", …] }  a line from an open dataset; the places
//                                                       it must pass (checked by the fidelity test)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orderProperties } from './properties.mjs';
import { round5 } from './geometry.mjs';
import { readCsv } from './tables.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES = join(ROOT, 'geodata/sources');

export const PLACE_COLUMNS = [
  'id',
  'name',
  'aliases',
  'kind',
  'county',
  'lon',
  'lat',
  'datum_given',
  'reference',
  'licence',
  'confidence',
  'note',
];
export const PLACE_KINDS = [
  'county_seat',
  'subdistrict',
  'town',
  'township',
  'station',
  'port',
  'airport',
  'hub',
  'scenic',
  'park',
  'project_site',
  'interchange',
  'bridge',
  'waypoint',
  'river_point',
  'other',
];
const DATUMS = ['wgs84', 'gcj02', 'bd09', 'cgcs2000'];
const CONFIDENCE = ['high', 'medium', 'low'];

/** places.csv as a Map id → place ({ …row, lon, lat as numbers, aliases as an array }); throws on a bad row. */
export function loadPlaces(root = ROOT) {
  const path = join(root, 'geodata/sources/places.csv');
  const rows = readCsv(readFileSync(path, 'utf8'), 'geodata/sources/places.csv');
  const places = new Map();
  const problems = [];
  rows.forEach((row, i) => {
    const at = `places.csv row ${i + 2} (${row.id || 'no id'})`;
    const missing = PLACE_COLUMNS.filter((c) => !(c in row));
    if (missing.length) problems.push(`${at}: missing column(s) ${missing.join(', ')}`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(row.id ?? '')) problems.push(`${at}: id must be a lower-case ascii slug`);
    if (places.has(row.id)) problems.push(`${at}: id repeats`);
    const lon = Number(row.lon);
    const lat = Number(row.lat);
    if (!(lon > 70 && lon < 140 && lat > 15 && lat < 55)) problems.push(`${at}: lon/lat not a position in China`);
    if (!PLACE_KINDS.includes(row.kind)) problems.push(`${at}: unknown kind "${row.kind}"`);
    if (!DATUMS.includes(row.datum_given)) problems.push(`${at}: datum_given must be one of ${DATUMS.join(', ')}`);
    if (!CONFIDENCE.includes(row.confidence)) problems.push(`${at}: confidence must be high, medium or low`);
    if (!row.name) problems.push(`${at}: no name`);
    if (!row.reference) problems.push(`${at}: no reference`);
    places.set(row.id, {
      ...row,
      lon: round5(lon),
      lat: round5(lat),
      aliases: row.aliases ? row.aliases.split('|') : [],
    });
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return places;
}

export const PLACEMENT_COLUMNS = [
  'id',
  'place',
  'accuracy',
  'why',
  'seed',
  'line',
  'quote',
  'accuracy_note',
  'accuracy_note_en',
];
/** Kilometres per √slot of a `near` reference: a display offset, well inside a referenced place's ~1 km. */
export const NEAR_STEP_KM = 0.15;
const PLACEMENTS = 'geodata/sources/research/project-places.csv';

/**
 * research/project-places.csv: the reviewed placements of parks, projects and tourism sites at the most specific
 * real place the seeds name (one row per feature: the place id, why, and the seed quote that names the place).
 * A place id `v-<12-digit code>` is a village of villages.csv (Vonng/adcode). Returns Map feature id → row.
 */
export function loadPlacements(root = ROOT) {
  const path = join(root, PLACEMENTS);
  if (!existsSync(path)) return new Map();
  const rows = readCsv(readFileSync(path, 'utf8'), PLACEMENTS);
  const out = new Map();
  const problems = [];
  rows.forEach((row, i) => {
    const at = `${PLACEMENTS} row ${i + 2} (${row.id || 'no id'})`;
    const missing = PLACEMENT_COLUMNS.filter((c) => !row[c]);
    if (row.slot && !(Number.isInteger(Number(row.slot)) && Number(row.slot) >= 1 && Number(row.slot) <= 9))
      problems.push(`${at}: slot must be empty or 1–9`);
    if (missing.length) problems.push(`${at}: empty column(s) ${missing.join(', ')}`);
    if (!['approximate', 'schematic'].includes(row.accuracy))
      problems.push(`${at}: accuracy must be approximate or schematic`);
    if (out.has(row.id)) problems.push(`${at}: feature id repeats`);
    out.set(row.id, { ...row, line: Number(row.line), slot: row.slot ? Number(row.slot) : 0 });
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}

/** What a placement's display offset adds to its accuracy notes (nothing at the point itself). */
function nearNote(slot) {
  if (!slot) return { zh: '', en: '' };
  const m = Math.round((NEAR_STEP_KM * 1000 * Math.sqrt(slot)) / 10) * 10;
  return {
    zh: `；为不遮挡同一点上的其他要素，点位自该点偏移约${m}米`,
    en: ` Shown about ${m} m from that point so that it hides no other feature there.`,
  };
}

/** The villages of villages.csv a placement names, as gazetteer places (id v-<code>, kind village). */
function villagePlaces(root, ids) {
  const wanted = new Set(ids.filter((id) => /^v-\d{12}$/.test(id)).map((id) => id.slice(2)));
  if (!wanted.size) return [];
  const rows = readCsv(readFileSync(join(root, 'geodata/sources/villages.csv'), 'utf8'), 'villages.csv');
  return rows
    .filter((r) => wanted.has(r.code))
    .map((r) => ({
      id: `v-${r.code}`,
      name: r.name,
      aliases: [],
      kind: 'village',
      county: r.county,
      lon: round5(Number(r.lon)),
      lat: round5(Number(r.lat)),
      datum_given: r.datum_given,
      reference: r.reference,
      licence: r.licence,
      confidence: r.confidence,
      note: `${r.township} ${r.code}${r.note ? `; ${r.note}` : ''}`,
    }));
}

/** The feature tables, in file-name order. */
export function loadTables(root = ROOT) {
  const dir = join(root, 'geodata/sources/features');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => ({ table: n, ...JSON.parse(readFileSync(join(dir, n), 'utf8')) }));
}

const readShape = (root, rel) => {
  const path = join(root, 'geodata/sources', rel);
  if (!existsSync(path)) throw new Error(`geodata/sources/${rel} not found`);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return json.type === 'Feature' ? json.geometry : json;
};

/**
 * Slot n (1, 2, …) of a sunflower (Vogel) spiral around a host point: radius stepKm·√n, angle n × 137.5°, so
 * every slot is distinct, neighbours stay about stepKm apart and the host point itself (slot 0) stays free.
 */
export function spreadPosition([lon, lat], slot, stepKm = 0.5) {
  const r = stepKm * Math.sqrt(slot);
  const angle = slot * Math.PI * (3 - Math.sqrt(5));
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  return [round5(lon + (r * Math.sin(angle)) / kx), round5(lat + (r * Math.cos(angle)) / 110.57)];
}

/** Resolves a geometry reference against the places; `at` names the feature for messages. */
export function resolveGeometry(ref, places, root, at) {
  const pos = (x) => {
    if (Array.isArray(x)) return x;
    const p = places.get(x);
    if (!p) throw new Error(`${at}: unknown place id "${x}"`);
    return [p.lon, p.lat];
  };
  const line = (path) => {
    const out = [];
    for (const p of path.map(pos)) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    if (out.length < 2) throw new Error(`${at}: a line needs two distinct positions`);
    return out;
  };
  if (ref.place) return { type: 'Point', coordinates: pos(ref.place) };
  if (ref.spread) return { type: 'Point', coordinates: spreadPosition(pos(ref.spread), ref.slot, ref.km) };
  if (ref.near) return { type: 'Point', coordinates: spreadPosition(pos(ref.near), ref.slot, NEAR_STEP_KM) };
  if (ref.path) return { type: 'LineString', coordinates: line(ref.path) };
  if (ref.paths) return { type: 'MultiLineString', coordinates: ref.paths.map(line) };
  if (ref.shape) return readShape(root, ref.shape);
  if (ref.alignment) return readShape(root, ref.alignment);
  throw new Error(`${at}: geometry reference must have place, near, spread, path, paths, shape or alignment`);
}

/** The place ids a geometry reference names (the places its feature must pass through or stand at). */
export function placeIdsOf(ref) {
  if (ref.place) return [ref.place];
  if (ref.near) return [ref.near];
  if (ref.path) return ref.path.filter((x) => typeof x === 'string');
  if (ref.paths) return ref.paths.flat().filter((x) => typeof x === 'string');
  if (ref.via) return ref.via;
  return [];
}

/** A plan file's text in its layout: `indent1` (JSON, one-space indent) or `lines` (one feature a line). */
export function formatCollection(layout, features) {
  if (layout === 'indent1') return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`;
  if (layout === 'lines')
    return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  throw new Error(`unknown layout ${layout}`);
}

/**
 * Builds every plan file the tables describe. Returns { files: Map(file → text), features: [{ file, feature, ref }],
 * places }. Throws (with every problem listed) on an unknown place, a duplicate id or a shape that is missing.
 */
export function buildPlan(root = ROOT) {
  const places = loadPlaces(root);
  const placements = loadPlacements(root);
  for (const v of villagePlaces(
    root,
    [...placements.values()].map((r) => r.place),
  ))
    places.set(v.id, v);
  const files = new Map();
  const built = [];
  const ids = new Set();
  const problems = [];
  for (const { table, file, layout, features } of loadTables(root)) {
    const out = [];
    for (const tableRow of features) {
      const placement = placements.get(tableRow.id);
      const row = placement
        ? {
            ...tableRow,
            accuracy: placement.accuracy,
            accuracy_note: placement.accuracy_note + nearNote(placement.slot).zh,
            accuracy_note_en: placement.accuracy_note_en + nearNote(placement.slot).en,
            geometry: placement.slot ? { near: placement.place, slot: placement.slot } : { place: placement.place },
          }
        : tableRow;
      const { geometry: ref, ...properties } = row;
      const at = `features/${table} ${properties.id}`;
      if (ids.has(properties.id)) problems.push(`${at}: id repeats`);
      ids.add(properties.id);
      try {
        const feature = {
          type: 'Feature',
          // A point spread around a district seat stands for "somewhere in the district": the map draws it as a
          // per-district count, and near me never measures it.
          properties: orderProperties(
            places.get(ref?.spread)?.kind === 'county_seat' ? { ...properties, placement: 'district' } : properties,
          ),
          geometry: resolveGeometry(ref, places, root, at),
        };
        out.push(feature);
        built.push({ file, feature, ref, ...(placement ? { placement } : {}) });
      } catch (error) {
        problems.push(error.message);
      }
    }
    files.set(file, formatCollection(layout, out));
  }
  for (const id of placements.keys())
    if (!built.some((b) => b.feature.properties.id === id)) problems.push(`${PLACEMENTS}: no feature ${id}`);
  if (problems.length) throw new Error(problems.join('\n'));
  return { files, features: built, places };
}
