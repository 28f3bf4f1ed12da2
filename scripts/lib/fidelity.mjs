// Fidelity figures of the plan geodata against its own gazetteer: accuracy shares, duplicate places, stacked points,
// how far each line runs from the places it names, district containment and vertex gaps of `approximate` lines.
// Used by tests/unit/fidelity.test.ts (which fails on a violation) and by `npm run coverage-report` (which prints).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { ROOT, buildPlan, placeIdsOf } from './gazetteer.mjs';
import { loadCounties, metresOutside } from './checks.mjs';
import { readCsv } from './tables.mjs';

/** Limits the issue sets: a line within 1 km of its places, approximate lines with vertices ≤ 3 km apart. */
export const LIMITS = {
  lineToPlaceKm: 1,
  approximateVertexGapKm: 3,
  duplicateMetres: 50,
  districtToleranceM: 500,
  stationToReferenceKm: 0.3,
  anchoredToPointKm: 0.5,
};

/**
 * Plan-diagram categories: the plan draws them as 示意 (structure, corridors, zones, protection patterns), so no
 * position can be "found" for them. Every other category is locatable: a real town, station, port, airfield, park,
 * project, road, railway or river.
 */
export const DIAGRAM_CATEGORIES = [
  'core_area',
  'growth_pole',
  'metro_circle',
  'corridor',
  'new_town',
  'mountain',
  'protected_area',
  'agri_area',
  'planning_zone',
  'regional',
];
/** Station features: hubs of kind 火车站/高铁站 and the 城际 station points, each at a station row of the gazetteer. */
const isStationFeature = (f, places, ref) =>
  f.geometry.type === 'Point' &&
  ref.place &&
  places.get(ref.place)?.kind === 'station' &&
  ['hub', 'urban_transit'].includes(f.properties.category);

const SUFFIXES = ['', '城区', '县城', '市区', '镇', '乡', '街道', '站', '互通', '港区'];
const stripNote = (s) => s.replace(/[（(].*?[)）]/g, '');
/** A place name without brackets and the suffix of its administrative level: 龙门镇 and 龙门 are one name. */
export const baseName = (s) => stripNote(s).replace(/(镇|乡|街道|城区|县城|市区)$/, '');

/** Name → places index over names and aliases. */
export function nameIndex(places) {
  const index = new Map();
  const add = (name, place) => {
    if (!name) return;
    if (!index.has(name)) index.set(name, []);
    if (!index.get(name).includes(place)) index.get(name).push(place);
  };
  for (const place of places.values()) for (const n of [place.name, ...place.aliases]) add(stripNote(n), place);
  return index;
}

/** The places a name may mean: exact name or alias, else with a common suffix added. */
export function lookupName(index, name) {
  for (const suffix of SUFFIXES) {
    const hit = index.get(name + suffix);
    if (hit) return hit;
  }
  return [];
}

/**
 * The place names an accuracy note says a line runs through: the CJK names listed after "through" (up to a
 * semicolon, a dash or the end), e.g. "drawn through 醴陵站, 泗汾, 皇图岭 (GeoNames) and 攸县站; …".
 */
export function namesInNote(note = '') {
  const names = [];
  for (const m of note.matchAll(/\bthrough ([^;—]*)/g)) {
    for (const token of m[1].split(/,\s*|\s+and\s+|\s*—\s*/)) {
      const name = /^([\u4e00-\u9fff]+)/.exec(stripNote(token).trim())?.[1];
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

const lines = (geometry) =>
  geometry.type === 'LineString'
    ? [geometry.coordinates]
    : geometry.type === 'MultiLineString'
      ? geometry.coordinates
      : [];

/** Kilometres from a position to a (multi)line. */
export function kmToLine(position, geometry) {
  return Math.min(
    ...lines(geometry).map((l) => turf.pointToLineDistance(position, turf.lineString(l), { units: 'kilometers' })),
  );
}

/** Largest distance between consecutive vertices, km. */
export function maxVertexGapKm(geometry) {
  let max = 0;
  for (const l of lines(geometry))
    for (let i = 1; i < l.length; i++) max = Math.max(max, turf.distance(l[i - 1], l[i], { units: 'kilometers' }));
  return max;
}

const positionsOf = (geometry) => {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    default:
      return geometry.coordinates.flat(2);
  }
};

/** Everything the fidelity test and the coverage report need; `root` is the checkout. */
export function measure(root = ROOT) {
  const { features: built, places } = buildPlan(root);
  const zonesPath = join(root, 'geodata/plan/zones.geojson');
  const zones = existsSync(zonesPath) ? JSON.parse(readFileSync(zonesPath, 'utf8')).features : [];
  const counties = loadCounties(root);
  const index = nameIndex(places);

  // accuracy shares over every plan feature (zones included)
  const all = [...built.map((b) => b.feature), ...zones];
  const byAccuracy = { official: 0, approximate: 0, anchored: 0, schematic: 0 };
  for (const f of all) byAccuracy[f.properties.accuracy] += 1;

  // duplicate places: same name (ignoring 镇/乡/街道/城区 and brackets) + kind + county, or < 50 m apart with it
  const duplicates = [];
  const list = [...places.values()];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      if (baseName(a.name) !== baseName(b.name)) continue;
      const m = turf.distance([a.lon, a.lat], [b.lon, b.lat], { units: 'meters' });
      if ((a.kind === b.kind && a.county === b.county) || m < LIMITS.duplicateMetres)
        duplicates.push({ a: a.id, b: b.id, name: a.name, metres: Math.round(m) });
    }

  // stacked points
  const points = built.filter((b) => b.feature.geometry.type === 'Point');
  const at = new Map();
  for (const b of points) {
    const k = b.feature.geometry.coordinates.join(',');
    if (!at.has(k)) at.set(k, []);
    at.get(k).push(b);
  }
  const seats = new Set(counties ? [...counties.values()].map((c) => c.properties.seat.join(',')) : []);
  const stackedPoints = points.filter((b) => at.get(b.feature.geometry.coordinates.join(',')).length > 1);
  /** A feature is its place when one of its names is one of the place's names (株洲站 for 株洲综合客运枢纽). */
  const isThePlace = (b) => {
    const place = places.get(b.ref.place);
    if (!place) return false;
    const own = new Set([place.name, ...place.aliases].map(baseName));
    return [b.feature.properties.name, ...(b.feature.properties.aliases ?? [])].some((n) => own.has(baseName(n)));
  };
  /** Non-schematic points sharing a coordinate with a feature that is not the same place (or is spread). */
  const stackedViolations = stackedPoints
    .filter((b) => b.feature.properties.accuracy !== 'schematic')
    .filter((b) =>
      at
        .get(b.feature.geometry.coordinates.join(','))
        .some((o) => o !== b && !(o.ref.place === b.ref.place && isThePlace(o) && isThePlace(b))),
    )
    .map((b) => b.feature.properties.id);
  /** Features that are one place (several plan features of one station or town, each referring to its row). */
  const coLocated = stackedPoints
    .filter((b) => !stackedViolations.includes(b.feature.properties.id))
    .map((b) => b.feature.properties.id);
  const onSeat = points.filter((b) => seats.has(b.feature.geometry.coordinates.join(','))).length;
  /** Approximate points must stand at a place whose position has a citable reference (confidence high/medium). */
  const unreferenced = points
    .filter((b) => b.feature.properties.accuracy === 'approximate')
    .filter((b) => {
      // a `near` point is at its place, moved ≤ 0.45 km only so that it hides no other feature there
      const at = b.ref.place ?? (b.ref.near && b.ref.slot <= 9 ? b.ref.near : undefined);
      return !at || !['high', 'medium'].includes(places.get(at)?.confidence);
    })
    .map((b) => b.feature.properties.id);

  // lines against the places they name (path/via ids and the names of the accuracy note)
  const lineGaps = [];
  const unresolved = [];
  for (const b of built) {
    const g = b.feature.geometry;
    if (g.type !== 'LineString' && g.type !== 'MultiLineString') continue;
    const id = b.feature.properties.id;
    const named = new Map();
    for (const pid of placeIdsOf(b.ref)) if (places.has(pid)) named.set(pid, places.get(pid));
    for (const name of namesInNote(b.feature.properties.accuracy_note)) {
      const candidates = lookupName(index, name);
      if (!candidates.length) {
        unresolved.push({ id, name });
        continue;
      }
      const nearest = candidates.reduce((best, p) =>
        kmToLine([p.lon, p.lat], g) < kmToLine([best.lon, best.lat], g) ? p : best,
      );
      named.set(nearest.id, nearest);
    }
    for (const p of named.values()) lineGaps.push({ id, place: p.id, name: p.name, km: kmToLine([p.lon, p.lat], g) });
  }
  lineGaps.sort((x, y) => y.km - x.km);

  // stations against their OSM reference point (geodata/sources/stations-osm.csv, the point of the same name)
  const osmPath = join(root, 'geodata/sources/stations-osm.csv');
  const osm = existsSync(osmPath) ? readCsv(readFileSync(osmPath, 'utf8'), 'stations-osm.csv') : [];
  const stations = [];
  for (const b of built) {
    if (!isStationFeature(b.feature, places, b.ref)) continue;
    const place = places.get(b.ref.place);
    const own = [place.name, ...place.aliases];
    const reference = osm.find((o) => own.includes(o.name));
    stations.push({
      id: b.feature.properties.id,
      name: place.name,
      km: reference ? turf.distance(b.feature.geometry.coordinates, [+reference.lon, +reference.lat]) : null,
    });
  }
  // anchored lines against every point they claim to pass through (path ids, via ids)
  const anchored = [];
  for (const b of built) {
    if (b.feature.properties.accuracy !== 'anchored') continue;
    for (const pid of placeIdsOf(b.ref)) {
      const p = places.get(pid);
      anchored.push({
        id: b.feature.properties.id,
        place: pid,
        confidence: p?.confidence,
        km: p ? kmToLine([p.lon, p.lat], b.feature.geometry) : Infinity,
      });
    }
  }
  // accuracy shares, split into plan-diagram and locatable features, per category
  const split = { diagram: {}, locatable: {} };
  for (const f of all) {
    const side = DIAGRAM_CATEGORIES.includes(f.properties.category) ? 'diagram' : 'locatable';
    const c = (split[side][f.properties.category] ??= {
      official: 0,
      approximate: 0,
      anchored: 0,
      schematic: 0,
      total: 0,
    });
    c[f.properties.accuracy] += 1;
    c.total += 1;
  }

  // single-district features inside their district; vertex gaps of approximate lines
  const districtMisses = [];
  const vertexGaps = [];
  for (const { feature } of built) {
    const { id, district, accuracy } = feature.properties;
    if (counties && typeof district === 'string') {
      const worst = Math.max(...positionsOf(feature.geometry).map((p) => metresOutside(p, counties.get(district))));
      if (worst > LIMITS.districtToleranceM) districtMisses.push({ id, district, metres: Math.round(worst) });
    }
    if (accuracy === 'approximate' && lines(feature.geometry).length)
      vertexGaps.push({ id, km: maxVertexGapKm(feature.geometry) });
  }
  vertexGaps.sort((x, y) => y.km - x.km);

  return {
    total: all.length,
    byAccuracy,
    places: places.size,
    duplicates,
    points: points.length,
    stackedPoints: stackedPoints.length,
    stackedViolations,
    coLocated,
    onSeat,
    unreferenced,
    lineGaps,
    unresolved,
    districtMisses,
    vertexGaps,
    stations,
    anchored,
    split,
  };
}
