#!/usr/bin/env node
/**
 * Builds geodata/plan/zones.geojson: the four planning zones of 第五章第二节 (实施分区管控) — 生态保护区,
 * 耕地保护区, 城镇发展区, 乡村发展区 — tiling every county, one feature per (zone, county).
 *
 * The plan publishes only one sentence per zone and a small figure (图2, not in the seeds), so the zones are
 * SCHEMATIC and drawn by the rule table geodata/sources/zones/rules.json: an ordered list of rules, each turning
 * features of geodata/plan/*.geojson (read now, by id or category) into an area; the first rule that covers a
 * piece of ground decides its zone, and what no rule covers is rural. geodata/sources/zones/METHOD.md explains
 * the rules; this script rewrites the share table in it, between its `shares` markers.
 * Run after the other builders (it reads their output); `npm run geodata` calls it last.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import {
  PLAN_DIR,
  ROOT,
  cleanPolygonal,
  difference,
  feature,
  geometryOf,
  intersect,
  km2,
  loadCounties,
  polygonsOf,
  src,
  union,
  writeCollection,
} from './build-structure-lib.mjs';
import { PROPERTY_ORDER } from './lib/properties.mjs';
import { readCsv } from './lib/tables.mjs';

const ZONES_DIR = join(ROOT, 'geodata/sources/zones');
const METHOD = join(ZONES_DIR, 'METHOD.md');
const table = JSON.parse(readFileSync(join(ZONES_DIR, 'rules.json'), 'utf8'));
const counties = loadCounties();
const city = union(...[...counties.values()].map((c) => c.geometry));
const quote = (s) => src(s.seed, s.section, s.quote);

// ---------------------------------------------------------------------------------------------------------------
// Inputs: features of geodata/plan selected by id or category
// ---------------------------------------------------------------------------------------------------------------
const planFiles = new Map();
const planFile = (file) => {
  if (!planFiles.has(file)) planFiles.set(file, JSON.parse(readFileSync(join(PLAN_DIR, file), 'utf8')).features);
  return planFiles.get(file);
};
/**
 * The villages of the search gazetteer (geodata/sources/villages.csv: Vonng/adcode centre points, WGS84) as Point
 * features; `name_pattern` keeps those whose name matches (e.g. 村 — the villages, not the urban 社区).
 */
const villageFeatures = (pattern) =>
  readCsv(readFileSync(join(ROOT, 'geodata/sources/villages.csv'), 'utf8'), 'villages.csv')
    .filter((v) => !pattern || new RegExp(pattern).test(v.name))
    .map((v) => feature({ type: 'Point', coordinates: [Number(v.lon), Number(v.lat)] }, { id: v.code, name: v.name }));
const missing = [];
function select({ file, ids, category, exclude_id_prefix: exclude, name_pattern: pattern }) {
  if (file === 'villages.csv') return villageFeatures(pattern);
  const features = planFile(file);
  if (ids) {
    const found = ids.map((id) => features.find((f) => f.properties.id === id));
    ids.forEach((id, i) => found[i] || missing.push(`${file}#${id}`));
    return found.filter(Boolean);
  }
  return features.filter(
    (f) => f.properties.category === category && !(exclude && f.properties.id.startsWith(exclude)),
  );
}

/** A feature grown by km (a point becomes a circle, a line a band, a polygon keeps its shape at 0). */
function grow(f, km, steps = 32) {
  if (f.geometry.type === 'Point')
    return km > 0 ? turf.circle(f.geometry.coordinates, km, { steps, units: 'kilometers' }).geometry : null;
  if (km === 0) return /Polygon/.test(f.geometry.type) ? f.geometry : null;
  return turf.buffer(f, km, { units: 'kilometers', steps: 8 })?.geometry ?? null;
}

/** A geometry grown (km > 0) or shrunk (km < 0); Position[][] is taken as one polygon. */
const grown = (g, km) =>
  turf.buffer(feature(Array.isArray(g) ? { type: 'Polygon', coordinates: g } : g), km, {
    units: 'kilometers',
    steps: 8,
  })?.geometry ?? null;

/** Rule areas lose vertices closer than ~30 m to the line through their neighbours (schematic anyway). */
const simplified = (g, tolerance = 0.0003) => (g ? turf.simplify(feature(g), { tolerance }).geometry : null);

/** The radius of a circle of population × m² per person. */
const radiusKm = (population) => Math.sqrt((population * table.m2_per_person) / Math.PI) / 1000;

function ruleArea(rule) {
  if (rule.remote_from) {
    const near = rule.remote_from.flatMap(({ select: s, distance_km: d, steps }) =>
      select(s).map((f) => grow(f, d, steps)),
    );
    return difference(city, simplified(union(...near)));
  }
  const pieces = select(rule.select).map((f) => {
    const p = f.properties;
    if (rule.population_by_id || rule.population)
      return grow(f, radiusKm(rule.population_by_id?.[p.id] ?? rule.population));
    return grow(f, rule.buffer_km_by_id?.[p.id] ?? rule.buffer_km_by_kind?.[p.kind] ?? rule.buffer_km, rule.steps);
  });
  const area = union(...pieces);
  // closing (grow, then shrink by the same distance) fuses neighbouring circles into one basin
  const closed = rule.close_km ? grown(grown(area, rule.close_km), -rule.close_km) : area;
  return intersect(simplified(closed, rule.simplify_deg), city);
}

const rules = table.rules.map((rule) => ({
  ...rule,
  area: ruleArea(rule),
  sources: [rule.source, ...(rule.more_sources ?? [])].map(quote),
}));
quote(table.m2_per_person_source);

// ---------------------------------------------------------------------------------------------------------------
// Per county: the first rule that covers ground decides; what none covers is rural
// ---------------------------------------------------------------------------------------------------------------
const ZONES = ['urban', 'ecology', 'farmland', 'rural'];
const SLIVER = table.sliver_km2;
/** Parts of a rule's piece smaller than the sliver size are left to later rules (their holes are kept). */
const withoutCrumbs = (geometry) => {
  const kept = geometry ? polygonsOf(geometry).filter((p) => km2(geometryOf([[p[0]]])) >= SLIVER) : [];
  return kept.length ? geometryOf(kept) : null;
};
/** City-wide: the ground each rule decides (its area less everything an earlier rule took). */
let taken = null;
/** Positions rounded to 6 decimals (0.1 m), where polyclip cannot finish a ring at full precision. */
const snapped = (g) =>
  g && {
    ...g,
    coordinates: polygonsOf(g).map((poly) => poly.map((r) => r.map(([x, y]) => [+x.toFixed(6), +y.toFixed(6)]))),
    type: 'MultiPolygon',
  };
/** A boolean operation retried on snapped, then slightly simplified, operands when polyclip fails. */
function robust(op, a, b) {
  const tries = [
    () => op(a, b),
    () => op(snapped(a), snapped(b)),
    () => op(simplified(snapped(a)), simplified(snapped(b))),
  ];
  for (const [i, attempt] of tries.entries()) {
    try {
      return attempt();
    } catch (error) {
      if (i === tries.length - 1) throw error;
    }
  }
}
for (const rule of rules) {
  rule.piece = withoutCrumbs(robust(difference, rule.area, taken));
  taken = robust(union, taken, rule.piece);
}
/**
 * cleanPolygonal (round to 5 decimals, mend kinks), part by part where the whole will not clean. A part that
 * will not clean (a hole touching its outline at a point, where rounding makes the edges cross) has its holes
 * grown by 2 m, which opens the touch into a notch; failing that it is shrunk by 2 m. Either leaves a 2 m seam
 * of gap, hundredths of a km² at most (the tiling check below still holds).
 */
const GAP_KM = 0.002;
function cleanPart(p, label) {
  const attempts = [
    () => [p],
    () =>
      polygonsOf(
        difference({ type: 'Polygon', coordinates: [p[0]] }, union(...p.slice(1).map((h) => grown([h], GAP_KM)))),
      ),
    () => polygonsOf(grown(p, -GAP_KM)),
    () => polygonsOf(grown(p, -3 * GAP_KM)),
    () => polygonsOf(grown(grown(p, -3 * GAP_KM), GAP_KM)),
    () => polygonsOf(turf.simplify(feature(grown(p, -GAP_KM)), { tolerance: 0.00005, highQuality: true }).geometry),
    // a degenerate spike (an edge running out and back along itself): simplified away at ~2 m
    () => polygonsOf(turf.simplify(feature(geometryOf([p])), { tolerance: 0.00002, highQuality: true }).geometry),
  ];
  for (const [i, attempt] of attempts.entries()) {
    try {
      const polygons = attempt();
      if (!polygons.length) return [];
      const out = polygonsOf(cleanPolygonal(polygons, label));
      if (i)
        console.warn(
          i === attempts.length - 1
            ? `${label}: a part of ${km2(geometryOf([p])).toFixed(3)} km² cleaned by simplifying a degenerate spike`
            : `${label}: a part of ${km2(geometryOf([p])).toFixed(3)} km² cleaned with a ${(i > 2 ? 3 : 1) * GAP_KM * 1000} m seam`,
        );
      return out;
    } catch (error) {
      if (process.env.ZONES_DEBUG) console.warn(`${label}: attempt ${i}: ${error.message}`); // next attempt
    }
  }
  if (km2(geometryOf([[p[0]]])) < 0.01) return [];
  throw new Error(`${label}: a part of ${km2(geometryOf([p])).toFixed(3)} km² will not clean`);
}
function clean(geometry, label) {
  try {
    return cleanPolygonal(polygonsOf(geometry), label);
  } catch {
    let parts = polygonsOf(geometry).flatMap((p) => cleanPart(p, label));
    // Parts that now touch one another: shrink the smaller part at each crossing by the seam.
    for (let attempt = 0; ; attempt++) {
      try {
        return cleanPolygonal(parts, label);
      } catch (error) {
        if (attempt > 5) throw error;
        const at = turf.kinks(feature(geometryOf(parts))).features.map((k) => k.geometry.coordinates);
        const hit = (p) => {
          const [w, s, e, n] = turf.bbox(feature(geometryOf([p])));
          return at.some(([x, y]) => x >= w - 1e-4 && x <= e + 1e-4 && y >= s - 1e-4 && y <= n + 1e-4);
        };
        const touching = parts.filter(hit).sort((a, b) => km2(geometryOf([a])) - km2(geometryOf([b])));
        if (!touching.length) throw error;
        const smallest = touching[0];
        console.warn(
          `${label}: a part of ${km2(geometryOf([smallest])).toFixed(3)} km² shrunk by a ${GAP_KM * 1000} m seam`,
        );
        const shrunk = grown(smallest, -GAP_KM);
        parts = [...parts.filter((p) => p !== smallest), ...(shrunk ? polygonsOf(shrunk) : [])];
      }
    }
  }
}
const bboxOverlap = (a, b) => !(a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1]);

function zonesOfCounty(name) {
  const county = counties.get(name).geometry;
  const box = turf.bbox(county);
  const z = { urban: null, ecology: null, farmland: null };
  const byRule = {}; // rule id → km² it decided here
  for (const rule of rules) {
    if (!rule.piece || !bboxOverlap(box, turf.bbox(rule.piece))) continue;
    const piece = intersect(rule.piece, county);
    if (!piece || km2(piece) < 1e-3) continue;
    byRule[rule.id] = km2(piece);
    // a rural rule only keeps its ground from the rules after it: rural is what is left at the end
    if (rule.zone !== 'rural') z[rule.zone] = union(z[rule.zone], piece);
  }
  for (const zone of ['urban', 'ecology', 'farmland']) if (z[zone]) z[zone] = clean(z[zone], `${name} ${zone}`);
  const rest = difference(difference(difference(county, z.urban), z.ecology), z.farmland);
  z.rural = rest && km2(rest) > 1e-3 ? clean(rest, `${name} rural`) : null;
  return { z, byRule };
}

// ---------------------------------------------------------------------------------------------------------------
// Features
// ---------------------------------------------------------------------------------------------------------------
// District → link slug, from the one table of them.
const SLUG = Object.fromEntries(
  JSON.parse(readFileSync(join(ROOT, 'geodata/sources/districts.json'), 'utf8')).districts.map((d) => [d.name, d.slug]),
);
const SECTION = '第五章第二节';
const allFour = src('001', SECTION, '将市域国土空间划分为生态保护区、耕地保护区、城镇发展区及乡村发展区四类规划分区');
const ZONE_INFO = {
  ecology: {
    zh: '生态保护区',
    en: 'Ecological protection zone',
    source: src('001', SECTION, '生态保护区是具有特殊重要生态功能或生态敏感脆弱、必须强制性严格保护的区域'),
    desc: '具有特殊重要生态功能或生态敏感脆弱、必须强制性严格保护的区域，主要分布在攸县、茶陵和炎陵。',
    descEn:
      'Land of vital ecological function or fragility under strict protection, mainly in You, Chaling and Yanling.',
  },
  farmland: {
    zh: '耕地保护区',
    en: 'Farmland protection zone',
    source: src('001', SECTION, '耕地保护区内包含永久基本农田保护区和一般耕地区'),
    desc: '包含永久基本农田保护区和一般耕地区，主要分布在市辖区南部、醴陵、攸县和茶陵北部等区域。',
    descEn:
      'Permanent basic farmland and general farmland, mainly south of the central districts, in Liling, You and northern Chaling.',
  },
  urban: {
    zh: '城镇发展区',
    en: 'Urban development zone',
    source: src('001', SECTION, '城镇发展区是城镇开发边界围合的范围'),
    desc: '城镇开发边界围合的范围，是城镇集中开发建设的区域，主要分布在中心城区、县城、开发园区及镇区。',
    descEn:
      'Inside the urban development boundary: the central city, county towns, development parks and town centres.',
  },
  rural: {
    zh: '乡村发展区',
    en: 'Rural development zone',
    source: src('001', SECTION, '乡村发展区是农田保护区外,为满足农林牧渔等农业发展'),
    desc: '农田保护区外，为满足农林牧渔等农业发展以及农民集中生活和生产配套为主的区域。',
    descEn: 'Land outside the farmland zone for farming, forestry, herding and fishing and for village life.',
  },
};
const HAS_NOTE_EN = PROPERTY_ORDER.includes('accuracy_note_en');
const pct = (a, total) => ((100 * a) / total).toFixed(1);

function notes(zone, byRule) {
  const used = rules.filter((r) => r.zone === zone && byRule[r.id]);
  const how = 'see geodata/sources/zones/METHOD.md; rules apply in order, the first that covers ground decides';
  if (zone === 'rural')
    return {
      zh: `按规则推算的示意范围：${used.map((r) => `${r.what_zh}（约${Math.round(byRule[r.id])}平方公里）`).join('；')}${used.length ? '；' : ''}以及县域内其他规则均未覆盖的土地（规则表 geodata/sources/zones/rules.json）。`,
      en: `Derived by rule, not traced from the plan’s figure 2 (${how}): ${used.map((r) => `${r.id} — ${r.what} (${Math.round(byRule[r.id])} km²); `).join('')}the land no other rule covers.`,
    };
  return {
    zh: `按规则推算的示意范围（规则表 geodata/sources/zones/rules.json）：${used.map((r) => `${r.what_zh}（约${Math.round(byRule[r.id])}平方公里）`).join('；')}。`,
    en: `Derived by rule, not traced from the plan’s figure 2 (${how}): ${used.map((r) => `${r.id} — ${r.what} (${Math.round(byRule[r.id])} km²)`).join('; ')}.`,
  };
}

const features = [];
const shares = [];
for (const [name, county] of counties) {
  const { z, byRule } = zonesOfCounty(name);
  const countyKm2 = km2(county.geometry);
  const row = { county: name, countyKm2 };
  for (const zone of ZONES) {
    row[zone] = z[zone] ? km2(z[zone]) : 0;
    if (!z[zone]) continue;
    const info = ZONE_INFO[zone];
    const area = row[zone];
    const note = notes(zone, byRule);
    const zoneRules = rules.filter((r) => r.zone === zone && byRule[r.id]);
    features.push(
      feature(z[zone], {
        id: `zone-${zone}-${SLUG[name]}`,
        name: `${info.zh}（${name}）`,
        name_en: `${info.en} (${county.properties.name_en})`,
        aliases: [],
        category: 'planning_zone',
        district: name,
        source: info.source,
        more_sources: [...zoneRules.flatMap((r) => r.sources), allFour].filter(
          (s, i, all) => all.findIndex((t) => t.line === s.line && t.quote === s.quote) === i,
        ),
        accuracy: 'schematic',
        accuracy_note: HAS_NOTE_EN ? note.zh : note.en,
        ...(HAS_NOTE_EN ? { accuracy_note_en: note.en } : {}),
        zone,
        description: `${info.desc}（示意范围，约${Math.round(area)}平方公里，占${name}的${pct(area, countyKm2)}%。）`,
        description_en: `${info.descEn} Schematic; about ${Math.round(area)} km² (${pct(area, countyKm2)} % of the unit).`,
      }),
    );
  }
  shares.push(row);
}
writeCollection(join(PLAN_DIR, 'zones.geojson'), features);

// ---------------------------------------------------------------------------------------------------------------
// The share table in METHOD.md, and a check that the zones tile each county
// ---------------------------------------------------------------------------------------------------------------
const total = { county: '全市 city', countyKm2: 0, urban: 0, ecology: 0, farmland: 0, rural: 0 };
for (const r of shares) for (const k of ['countyKm2', ...ZONES]) total[k] += r[k];
const lines = [
  '| county | km² | 城镇发展区 urban % | 生态保护区 ecology % | 耕地保护区 farmland % | 乡村发展区 rural % |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...[...shares, total].map(
    (r) =>
      `| ${r.county} | ${r.countyKm2.toFixed(0)} | ${ZONES.map((zone) => pct(r[zone], r.countyKm2)).join(' | ')} |`,
  ),
];
const ruleLines = [
  '| # | rule | zone | km² it decides | % of the city |',
  '| ---: | --- | --- | ---: | ---: |',
  ...rules.map((r, i) => {
    const a = r.piece ? km2(r.piece) : 0;
    return `| ${i + 1} | \`${r.id}\` | ${r.zone} | ${a.toFixed(0)} | ${pct(a, total.countyKm2)} |`;
  }),
];
/** Rewrites the block between `<!-- name:start … -->` and `<!-- name:end -->` in METHOD.md. */
function writeBlock(doc, name, body) {
  const start = `<!-- ${name}:start (written by scripts/build-zones.mjs) -->`;
  const end = `<!-- ${name}:end -->`;
  const [head, rest] = doc.split(start);
  if (rest === undefined || !rest.includes(end))
    throw new Error(`${METHOD}: the ${start} … ${end} markers are missing`);
  return `${head}${start}\n${body.join('\n')}\n${end}${rest.split(end)[1]}`;
}
writeFileSync(METHOD, writeBlock(writeBlock(readFileSync(METHOD, 'utf8'), 'shares', lines), 'rules', ruleLines));

let worstGap = 0; // share of the county
let worstOverlap = 0; // km²
for (const [name, county] of counties) {
  const parts = features.filter((f) => f.properties.district === name).map((f) => f.geometry);
  const sum = parts.reduce((s, g) => s + km2(g), 0);
  let overlap = 0;
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j < parts.length; j++) {
      const o = intersect(parts[i], parts[j]);
      if (o) overlap += km2(o);
    }
  worstGap = Math.max(worstGap, Math.abs(km2(county.geometry) - (sum - overlap)) / km2(county.geometry));
  worstOverlap = Math.max(worstOverlap, overlap);
}
console.log([...lines, '', ...ruleLines].join('\n'));
if (missing.length) console.warn(`build-zones: ${missing.length} inputs not found (skipped): ${missing.join(', ')}`);
const tiling = `worst gap ${(100 * worstGap).toFixed(3)} % of a county, worst overlap ${worstOverlap.toFixed(4)} km²`;
if (worstGap > 0.001 || worstOverlap > 0.05) throw new Error(`zones do not tile the counties: ${tiling}`);
console.log(`zones.geojson: ${features.length} features; ${tiling}`);
