#!/usr/bin/env node
/**
 * Builds geodata/plan/zones.geojson: the four planning zones of 第五章第二节 (实施分区管控) — 生态保护区,
 * 耕地保护区, 城镇发展区, 乡村发展区 — covering the whole city with no gap and no overlap, one feature per
 * (zone, county) so that statistics by district work.
 *
 * The plan publishes only a small figure (图2) and one sentence per zone, so the zones are SCHEMATIC, derived
 * here by rule from the county outlines (geodata/basemap), the structure and protection layers
 * (geodata/plan/structure.geojson, protection.geojson — run build-structure.mjs first) and a short list of
 * places written below:
 *   urban    = the main city (一主) + circles round the growth-pole new towns, the county towns, the named parks and the larger
 *              towns of 专栏25 (“主要分布在中心城区、县城、开发园区及镇区”);
 *   ecology  = the four mountain bodies (四山), circles round the protected areas (十二地), the mountain belts on
 *              the 江西 border and 攸县’s western ridge, and 炎陵 outside its central valley
 *              (“主要分布在攸县、茶陵和炎陵”);
 *   farmland = the plains named by the plan: south of the central districts (天元 south, 渌口 along the 湘江),
 *              醴陵, the 攸县 basin and northern 茶陵 (“主要分布在市辖区南部、醴陵、攸县和茶陵北部”);
 *   rural    = everything left.
 * Where rules overlap, urban wins over ecology, ecology over farmland, farmland over rural.
 * Pieces under SLIVER_KM2 are folded into a neighbouring zone of the same county, so the four zones of each
 * county add up to the county exactly (to rounding).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import {
  PLAN_DIR,
  band,
  circle,
  cleanPolygonal,
  countyAt,
  difference,
  dropSlivers,
  feature,
  geometryOf,
  intersect,
  km2,
  loadCounties,
  polygonsOf,
  ring,
  src,
  union,
  writeCollection,
} from './build-structure-lib.mjs';

const SLIVER_KM2 = 0.2;
const counties = loadCounties();
const readPlan = (file) => JSON.parse(readFileSync(join(PLAN_DIR, file), 'utf8')).features;
const structure = readPlan('structure.geojson');
const protection = readPlan('protection.geojson');
const regional = readPlan('regional.geojson');
const byId = (features, id) => {
  const f = features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`${id} not found: run build-structure.mjs first`);
  return f;
};
const seat = (name) => counties.get(name).properties.seat;

// ---------------------------------------------------------------------------------------------------------------
// Urban: county towns, parks and towns (WGS84; towns approximate — only their county is certain)
// ---------------------------------------------------------------------------------------------------------------
/** [name, [lon, lat], county, radius km]. Radii give areas of the order of each place’s built-up land. */
const URBAN_PLACES = [
  // 中心城区: the new towns and parks of the three growth poles around the main city (一主)
  ['云龙新城', [113.2, 27.955], '荷塘区', 2.5],
  ['云龙新城（石峰）', [113.18, 27.95], '石峰区', 2],
  ['荷塘新材料科技城', [113.215, 27.882], '荷塘区', 1.5],
  ['航空城', [113.17, 27.775], '芦淞区', 2],
  ['服饰城', [113.225, 27.805], '芦淞区', 1.5],
  ['白关', [113.275, 27.795], '芦淞区', 1.5],
  ['天易科技城', [113.03, 27.82], '天元区', 2],
  ['南洲新区', [113.18, 27.735], '渌口区', 1.5],
  ['渌口新城', [113.145, 27.69], '渌口区', 2],
  ['渌口经开区', [113.17, 27.72], '渌口区', 1.5],
  ['醴陵城区', seat('醴陵市'), '醴陵市', 4.5],
  ['醴陵经开区', [113.46, 27.675], '醴陵市', 2.5],
  ['攸县县城', seat('攸县'), '攸县', 3.5],
  ['茶陵县城', seat('茶陵县'), '茶陵县', 3.2],
  ['炎陵县城', seat('炎陵县'), '炎陵县', 2.2],
  // 四级城镇 (专栏25)
  ['淦田', [113.13, 27.57], '渌口区', 1.5],
  ['左权', [113.43, 27.69], '醴陵市', 1.5],
  ['东富', [113.4, 27.735], '醴陵市', 1.5],
  // 五级城镇 (专栏25)
  ['朱亭', [113.05, 27.435], '渌口区', 1],
  ['三门', [113.05, 27.635], '天元区', 1],
  ['白兔潭', [113.63, 27.8], '醴陵市', 1],
  ['泗汾', [113.47, 27.52], '醴陵市', 1],
  ['李畋', [113.68, 27.86], '醴陵市', 1],
  ['茶山', [113.42, 27.55], '醴陵市', 1],
  ['明月', [113.6, 27.7], '醴陵市', 1],
  ['腰潞', [113.6, 26.98], '茶陵县', 1],
  ['网岭', [113.3, 27.09], '攸县', 1],
  ['皇图岭', [113.42, 27.22], '攸县', 1],
  ['酒埠江', [113.5, 27.07], '攸县', 1],
  ['鹿原', [113.67, 26.46], '炎陵县', 1],
];

// ---------------------------------------------------------------------------------------------------------------
// Ecology: mountain belts drawn from terrain knowledge (in addition to 四山 and 十二地)
// ---------------------------------------------------------------------------------------------------------------
/**
 * 炎陵’s valleys: the 洣水 basin round the county town and 鹿原, the 斜濑水 (upper 洣水) to the south and the
 * 河漠水 to the north-east; everything else in 炎陵 is counted as mountain.
 */
const YANLING_VALLEY_CORE = ring([
  [113.58, 26.64],
  [113.7, 26.64],
  [113.8, 26.6],
  [113.86, 26.54],
  [113.84, 26.45],
  [113.76, 26.41],
  [113.66, 26.42],
  [113.58, 26.48],
]);
const YANLING_VALLEY = union(
  YANLING_VALLEY_CORE,
  band([seat('炎陵县'), [113.82, 26.42], [113.87, 26.34], [113.9, 26.28]], 2.5),
  band([seat('炎陵县'), [113.83, 26.52], [113.9, 26.55], [113.96, 26.58]], 2),
);
const ECOLOGY_BELTS = [
  // 茶陵: the 江西 border (武功山—万洋山 foothills) and the southern hills towards 炎陵
  ring([
    [113.74, 27.14],
    [113.95, 27.1],
    [113.95, 26.5],
    [113.62, 26.5],
    [113.66, 26.62],
    [113.76, 26.72],
    [113.78, 26.95],
  ]),
  // 攸县: the western ridge (明月峰, 严仙岭) on the 衡东 border
  ring([
    [113.15, 27.3],
    [113.24, 27.27],
    [113.25, 27.12],
    [113.22, 27.0],
    [113.26, 26.86],
    [113.2, 26.76],
    [113.12, 26.9],
  ]),
  // 攸县: the south-eastern hills towards 茶陵 and 江西
  ring([
    [113.55, 27.02],
    [113.72, 27.04],
    [113.78, 26.96],
    [113.6, 26.92],
  ]),
  // 醴陵: the north-eastern hills on the 浏阳 / 上栗 border (官庄湖, 沩山)
  ring([
    [113.5, 27.98],
    [113.78, 27.98],
    [113.78, 27.83],
    [113.62, 27.84],
    [113.52, 27.88],
  ]),
  // 醴陵: the south-eastern hills on the 萍乡 / 攸县 border
  ring([
    [113.6, 27.5],
    [113.76, 27.52],
    [113.76, 27.38],
    [113.58, 27.38],
  ]),
];

// ---------------------------------------------------------------------------------------------------------------
// Farmland: the plains the plan names
// ---------------------------------------------------------------------------------------------------------------
const FARMLAND_PLAINS = [
  // 市辖区南部: southern 天元 and 渌口 along the 湘江
  ring([
    [112.96, 27.76],
    [113.1, 27.76],
    [113.18, 27.68],
    [113.21, 27.6],
    [113.19, 27.45],
    [113.11, 27.33],
    [113.02, 27.3],
    [112.95, 27.38],
    [112.94, 27.55],
  ]),
  // 醴陵: the 渌水 valley and the southern plain (泗汾)
  ring([
    [113.25, 27.7],
    [113.4, 27.74],
    [113.58, 27.7],
    [113.6, 27.6],
    [113.55, 27.5],
    [113.5, 27.42],
    [113.4, 27.47],
    [113.3, 27.58],
  ]),
  // 攸县: the central basin of the 攸水 and 洣水
  ring([
    [113.26, 27.3],
    [113.45, 27.33],
    [113.53, 27.18],
    [113.5, 27.05],
    [113.42, 26.95],
    [113.3, 26.88],
    [113.24, 26.98],
    [113.25, 27.15],
  ]),
  // 茶陵北部: the 洣水 plain north of the county town
  ring([
    [113.4, 27.08],
    [113.72, 27.06],
    [113.74, 26.9],
    [113.64, 26.8],
    [113.53, 26.82],
    [113.44, 26.88],
  ]),
];

// ---------------------------------------------------------------------------------------------------------------
// Rules → zone areas (whole city)
// ---------------------------------------------------------------------------------------------------------------
/**
 * Where a town is: the town layer's point (geodata/plan/towns.geojson, written by the towns builder) when it
 * has one in the right county, so the urban circles sit on the town markers; else the fallback above.
 */
const townLayer = existsSync(join(PLAN_DIR, 'towns.geojson')) ? readPlan('towns.geojson') : [];
function townPosition(name, fallback, county) {
  const hit = townLayer.find(
    (f) =>
      f.properties.category === 'town' &&
      !f.properties.id.startsWith('town-feat-') &&
      f.geometry.type === 'Point' &&
      (f.properties.name === name || f.properties.name === `${name}镇` || f.properties.name === `${name}乡`) &&
      countyAt(counties, f.geometry.coordinates) === county,
  );
  return hit ? hit.geometry.coordinates : fallback;
}
const townsUsed = [];
function placeCircle([name, fallback, county, radius]) {
  const at = townPosition(name, fallback, county);
  if (at !== fallback) townsUsed.push(name);
  if (countyAt(counties, at) !== county) throw new Error(`${name} ${at} is not in ${county}`);
  return intersect(circle(at, radius), counties.get(county).geometry);
}

const mainCity = byId(structure, 'st-main-city').geometry;
const urbanRule = union(mainCity, ...URBAN_PLACES.map(placeCircle));

const PA_RADIUS_KM = { 自然保护区: 6, 森林公园: 3, 湿地公园: 1.5, 地质公园: 4, 风景名胜区: 2.5 };
const protectedCircles = protection
  .filter((f) => f.properties.category === 'protected_area')
  .map((f) => circle(f.geometry.coordinates, PA_RADIUS_KM[f.properties.kind] ?? 2));
const mountains = protection.filter((f) => f.properties.category === 'mountain').map((f) => f.geometry);
const yanling = counties.get('炎陵县').geometry;
const greenHeart = byId(regional, 'reg-green-heart').geometry;
const ecologyRule = union(
  ...mountains,
  ...protectedCircles,
  ...ECOLOGY_BELTS,
  difference(yanling, YANLING_VALLEY),
  greenHeart,
);
const farmlandRule = union(...FARMLAND_PLAINS);

// ---------------------------------------------------------------------------------------------------------------
// Per county: urban > ecology > farmland > rural, slivers folded into a neighbour
// ---------------------------------------------------------------------------------------------------------------
const ZONES = ['urban', 'ecology', 'farmland', 'rural'];
const tidy = (geometry, label) => {
  if (!geometry) return null;
  const kept = dropSlivers(geometry, SLIVER_KM2);
  return kept.length ? cleanPolygonal(kept, label) : null;
};

function zonesOfCounty(name) {
  const county = counties.get(name).geometry;
  const z = {};
  z.urban = tidy(intersect(urbanRule, county), `${name} urban`);
  z.ecology = tidy(difference(intersect(ecologyRule, county), z.urban), `${name} ecology`);
  z.farmland = tidy(difference(difference(intersect(farmlandRule, county), z.urban), z.ecology), `${name} farmland`);
  const rest = difference(difference(difference(county, z.urban), z.ecology), z.farmland);
  // Rural keeps its big parts; each crumb joins the zone it borders most (or is dropped if it borders none).
  const restParts = rest ? polygonsOf(rest) : [];
  const big = restParts.filter((p) => km2(geometryOf([p])) >= SLIVER_KM2);
  z.rural = big.length ? cleanPolygonal(big, `${name} rural`) : null;
  for (const crumb of restParts.filter((p) => km2(geometryOf([p])) < SLIVER_KM2)) {
    const g = geometryOf([crumb]);
    const grown = turf.buffer(feature(g), 0.02, { units: 'kilometers' }).geometry;
    let best = null;
    for (const zone of ZONES) {
      if (!z[zone]) continue;
      const touch = intersect(grown, z[zone]);
      const a = touch ? km2(touch) : 0;
      if (a > 0 && (!best || a > best.a)) best = { zone, a };
    }
    if (best) z[best.zone] = cleanPolygonal(polygonsOf(union(z[best.zone], g)), `${name} ${best.zone}`);
  }
  return z;
}

// ---------------------------------------------------------------------------------------------------------------
// Features
// ---------------------------------------------------------------------------------------------------------------
const SLUG = {
  荷塘区: 'hetang',
  芦淞区: 'lusong',
  石峰区: 'shifeng',
  天元区: 'tianyuan',
  渌口区: 'lukou',
  醴陵市: 'liling',
  攸县: 'youxian',
  茶陵县: 'chaling',
  炎陵县: 'yanling',
};
const SECTION = '第五章第二节';
const allFour = src('001', SECTION, '将市域国土空间划分为生态保护区、耕地保护区、城镇发展区及乡村发展区四类规划分区');
const ZONE_INFO = {
  ecology: {
    zh: '生态保护区',
    en: 'Ecological protection zone',
    source: src('001', SECTION, '生态保护区是具有特殊重要生态功能或生态敏感脆弱、必须强制性严格保护的区域'),
    more: [src('001', SECTION, '必须强制性严格保护的区域,主要分布在攸县、茶陵和炎陵')],
    rule: 'the four mountain bodies (四山) and circles round the protected areas (十二地) of protection.geojson, the mountain belts on the 江西 border, 攸县’s western ridge and 醴陵’s north-eastern and south-eastern hills, all of 炎陵 outside its central valley, and the 长株潭生态绿心',
    desc: '具有特殊重要生态功能或生态敏感脆弱、必须强制性严格保护的区域，主要分布在攸县、茶陵和炎陵。',
    descEn:
      'Land of vital ecological function or fragility under strict protection, mainly in You, Chaling and Yanling.',
  },
  farmland: {
    zh: '耕地保护区',
    en: 'Farmland protection zone',
    source: src('001', SECTION, '耕地保护区内包含永久基本农田保护区和一般耕地区'),
    more: [src('001', SECTION, '主要分布在市辖区南部、醴陵、攸县和茶陵北部等区域')],
    rule: 'hand-drawn plains the plan names: southern 天元 and 渌口 along the 湘江, the 渌水 valley and southern plain of 醴陵, the 攸县 basin and the 洣水 plain of northern 茶陵',
    desc: '包含永久基本农田保护区和一般耕地区，主要分布在市辖区南部、醴陵、攸县和茶陵北部等区域。',
    descEn:
      'Permanent basic farmland and general farmland, mainly south of the central districts, in Liling, You and northern Chaling.',
  },
  urban: {
    zh: '城镇发展区',
    en: 'Urban development zone',
    source: src('001', SECTION, '城镇发展区是城镇开发边界围合的范围'),
    more: [src('001', SECTION, '主要分布在中心城区、县城、开发园区及镇区')],
    rule: 'the main city (st-main-city) plus circles round the new towns and parks of the three growth poles (1.5–2.5 km), the county towns (2.2–4.5 km), 醴陵经开区 and the larger towns of 专栏25 (1–1.5 km, at the town layer’s approximate positions)',
    desc: '城镇开发边界围合的范围，是城镇集中开发建设的区域，主要分布在中心城区、县城、开发园区及镇区。',
    descEn:
      'Inside the urban development boundary: the central city, county towns, development parks and town centres.',
  },
  rural: {
    zh: '乡村发展区',
    en: 'Rural development zone',
    source: src('001', SECTION, '乡村发展区是农田保护区外,为满足农林牧渔等农业发展'),
    more: [],
    rule: 'everything in the county that no other zone takes',
    desc: '农田保护区外，为满足农林牧渔等农业发展以及农民集中生活和生产配套为主的区域。',
    descEn: 'Land outside the farmland zone for farming, forestry, herding and fishing and for village life.',
  },
};

const features = [];
const stats = [];
for (const [name, county] of counties) {
  const z = zonesOfCounty(name);
  const countyKm2 = km2(county.geometry);
  for (const zone of ZONES) {
    if (!z[zone]) continue;
    const info = ZONE_INFO[zone];
    const area = km2(z[zone]);
    stats.push({ county: name, zone, area, countyKm2 });
    features.push(
      feature(z[zone], {
        id: `zone-${zone}-${SLUG[name]}`,
        name: `${info.zh}（${name}）`,
        name_en: `${info.en} (${county.properties.name_en})`,
        aliases: [],
        category: 'planning_zone',
        district: name,
        source: info.source,
        more_sources: [...info.more, allFour],
        accuracy: 'schematic',
        accuracy_note: `Derived by rule, not traced from the plan’s figure 2: ${info.rule}; where rules overlap urban > ecology > farmland > rural, and pieces under ${SLIVER_KM2} km² join a neighbouring zone. About ${Math.round(area)} km² here.`,
        zone,
        description: `${info.desc}（示意范围，约${Math.round(area)}平方公里，占${name}的${((100 * area) / countyKm2).toFixed(0)}%。）`,
        description_en: `${info.descEn} Schematic; about ${Math.round(area)} km² (${((100 * area) / countyKm2).toFixed(0)} % of the unit).`,
      }),
    );
  }
}
writeCollection(join(PLAN_DIR, 'zones.geojson'), features);

// ---------------------------------------------------------------------------------------------------------------
// Report: areas, and a check that the zones tile each county (no gap, no overlap)
// ---------------------------------------------------------------------------------------------------------------
const cityKm2 = [...counties.values()].reduce((s, c) => s + km2(c.geometry), 0);
for (const zone of ZONES) {
  const a = stats.filter((s) => s.zone === zone).reduce((s, x) => s + x.area, 0);
  console.log(
    `${ZONE_INFO[zone].zh} ${zone.padEnd(8)} ${a.toFixed(0).padStart(6)} km²  ${((100 * a) / cityKm2).toFixed(1)} %`,
  );
}
let worst = 0;
for (const [name, county] of counties) {
  const parts = features.filter((f) => f.properties.district === name).map((f) => f.geometry);
  const sum = parts.reduce((s, g) => s + km2(g), 0);
  let overlap = 0;
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j < parts.length; j++) {
      const o = intersect(parts[i], parts[j]);
      if (o) overlap += km2(o);
    }
  const gap = km2(county.geometry) - (sum - overlap);
  worst = Math.max(worst, Math.abs(gap), overlap);
  console.log(
    `  ${name}: ${parts.length} zones, ${sum.toFixed(2)} of ${km2(county.geometry).toFixed(2)} km², overlap ${overlap.toFixed(4)}, gap ${gap.toFixed(4)}`,
  );
}
if (worst > 0.05) throw new Error(`zones do not tile the counties (worst gap/overlap ${worst.toFixed(3)} km²)`);
console.log(`zones.geojson: ${features.length} features, city ${cityKm2.toFixed(0)} km²`);
console.log(`town positions from towns.geojson: ${townsUsed.join('、') || 'none'}`);
