#!/usr/bin/env node
/**
 * Builds the plan's spatial structure, protection pattern and regional context into geodata/plan/:
 *   structure.geojson  — 一核一圈一廊 (第五章第一节): core, growth poles and axes, new towns, circle, corridor
 *   protection.geojson — 四山四水十二地、四区多园 (第五章第二节)
 *   regional.geojson   — 长株潭一体化 and 湘赣边 context (第十一章)
 * Run `node scripts/build-structure.mjs` after `npm run basemap`; then `node scripts/build-zones.mjs`.
 *
 * Every geometry is drawn here from public knowledge of where things are, never traced from the plan's
 * figures (which the seeds do not include): each feature says how in `accuracy_note`. Every source quote is
 * looked up in the seed files, so its line number is the one `grep -n` shows. Output is deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import {
  BASEMAP_DIR,
  PLAN_DIR,
  band,
  circle,
  cleanPolygonal,
  countyAt,
  dropSlivers,
  feature,
  intersect,
  km2,
  loadCounties,
  polygonsOf,
  ring,
  roundGeometry,
  roundLine,
  smooth,
  src,
  union,
  writeCollection,
} from './build-structure-lib.mjs';

const counties = loadCounties();
const city = JSON.parse(readFileSync(join(BASEMAP_DIR, 'city.geojson'), 'utf8')).features[0].geometry;
const countyGeom = (...names) => union(...names.map((n) => counties.get(n).geometry));
const CENTRAL = ['荷塘区', '芦淞区', '石峰区', '天元区'];
const seat = (name) => counties.get(name).properties.seat;

// ---------------------------------------------------------------------------------------------------------------
// Sections of the seeds
// ---------------------------------------------------------------------------------------------------------------
const S = {
  ch5s1: '第五章第一节',
  ch5s2: '第五章第二节',
  ch5: '第五章',
  ch9s1: '第九章第一节',
  ch9s1c19: '第九章第一节（专栏19）',
  ch11s2: '第十一章第二节',
  ch11s3: '第十一章第三节',
  ch11s3c24: '第十一章第三节（专栏24）',
  ch12s2: '第十二章第二节',
  ch12s3: '第十二章第三节',
  ch13s3: '第十三章第三节',
  ch14s2: '第十四章第二节',
  ch5s3: '第五章第三节',
  intro4: '第四章第二节（专栏6）',
};
const A000 = '经纬锦绣绘新城——株洲市自然资源和规划工作引领“十四五”高质量发展纪实';
const A002 = '为株洲高质量发展 贡献荷塘力量——访荷塘区区长罗鹏程';
const A003 = '加快“一区两城”建设——访荷塘区区长罗鹏程';

// ---------------------------------------------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------------------------------------------

/**
 * Counties a geometry really covers: polygons by ≥ 1 km² or 2 %; lines by a 300 m band around them (so a river
 * that forms a boundary counts for both banks) overlapping ≥ 0.6 km²; points by containment.
 */
function districtsOf(geometry) {
  if (geometry.type === 'Point') {
    const name = countyAt(counties, geometry.coordinates);
    if (!name) throw new Error(`point ${geometry.coordinates} is outside Zhuzhou`);
    return [name];
  }
  const isLine = geometry.type === 'LineString' || geometry.type === 'MultiLineString';
  const area = isLine ? turf.buffer(feature(geometry), 0.3, { units: 'kilometers' }).geometry : geometry;
  const found = [];
  for (const [name, county] of counties) {
    const part = intersect(area, county.geometry);
    if (!part) continue;
    const a = km2(part);
    if (isLine ? a >= 0.6 : a >= 1 || a >= 0.02 * km2(geometry)) found.push(name);
  }
  return found;
}

/** The district property: one name, or the list in the schema's order; [] when wholly outside Zhuzhou. */
function districtProp(geometry, expected) {
  const found = districtsOf(geometry);
  if (expected && (found.length !== 1 || found[0] !== expected)) {
    throw new Error(
      `expected ${expected}, found ${found.join(', ') || 'none'} at ${JSON.stringify(geometry).slice(0, 80)}`,
    );
  }
  const order = [...counties.keys()];
  found.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return found.length === 1 ? found[0] : found;
}

/** Clips a polygonal geometry to an area, drops crumbs under 0.05 km² and cleans it. */
function clip(geometry, area, label) {
  const cut = intersect(geometry, area);
  if (!cut) throw new Error(`${label}: nothing left after clipping`);
  return cleanPolygonal(dropSlivers(cut, 0.05), label);
}

/** Keeps the stretch of a line between its first and last vertex inside an area. */
function trimLine(coords, area) {
  const inside = coords.map((p) => turf.booleanPointInPolygon(p, area));
  const first = inside.indexOf(true);
  const last = inside.lastIndexOf(true);
  if (first < 0) throw new Error('line never enters the area');
  return coords.slice(Math.max(0, first - 1), Math.min(coords.length, last + 2));
}

const point = (lon, lat) => ({ type: 'Point', coordinates: [lon, lat] });
const line = (coords, smoothed = true) => ({ type: 'LineString', coordinates: smoothed ? smooth(coords) : coords });

/** An ellipse (semi-axes in km, rotation in degrees anticlockwise from east) as a 72-gon. */
function ellipse([lon, lat], aKm, bKm, rotationDeg) {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  const r = (rotationDeg * Math.PI) / 180;
  const pts = [];
  for (let i = 0; i < 72; i++) {
    const t = (i / 72) * 2 * Math.PI;
    const x = aKm * Math.cos(t);
    const y = bKm * Math.sin(t);
    pts.push([lon + (x * Math.cos(r) - y * Math.sin(r)) / kx, lat + (x * Math.sin(r) + y * Math.cos(r)) / ky]);
  }
  return ring(pts);
}

/** Builds a feature: rounds/cleans geometry, fills district, checks the expected county of a single place. */
function make(props, geometry, expected) {
  const g = roundGeometry(geometry);
  let district = props.district ?? districtProp(g, expected);
  // Regional context reaching outside Zhuzhou lists the units it touches, even when there is only one.
  if (props.category === 'regional' && typeof district === 'string') district = [district];
  return feature(g, { aliases: [], ...props, district });
}

// ---------------------------------------------------------------------------------------------------------------
// Shared geometry: the 湘江 centre line of the basemap
// ---------------------------------------------------------------------------------------------------------------
const rivers = JSON.parse(readFileSync(join(BASEMAP_DIR, 'rivers.geojson'), 'utf8'));
const xiangFeature = rivers.features.find((f) => f.properties.name === '湘江');
if (!xiangFeature) throw new Error('basemap rivers.geojson has no 湘江');
const xiangAll =
  xiangFeature.geometry.type === 'LineString'
    ? xiangFeature.geometry.coordinates
    : xiangFeature.geometry.coordinates.reduce((a, b) => (a.length > b.length ? a : b));
/** The 湘江 in Zhuzhou, flowing north (upstream first). */
const xiangInCity = (() => {
  const trimmed = trimLine(xiangAll, turf.buffer(feature(city), 0.3, { units: 'kilometers' }));
  return trimmed[0][1] < trimmed[trimmed.length - 1][1] || trimmed[0][0] < trimmed[trimmed.length - 1][0]
    ? trimmed
    : [...trimmed].reverse();
})();
/** The nearest vertex of the 湘江 to a place (confluences are snapped to it). */
function onXiang(p) {
  return turf.nearestPointOnLine(turf.lineString(xiangInCity), p).geometry.coordinates;
}
/** The 湘江 between two latitudes (inclusive), in flow order. */
function xiangBetween(latSouth, latNorth, lonMin = -180) {
  return xiangInCity.filter(([x, y]) => y >= latSouth && y <= latNorth && x >= lonMin);
}

// ---------------------------------------------------------------------------------------------------------------
// Places used more than once (WGS84; county seats from the basemap, the rest approximate)
// ---------------------------------------------------------------------------------------------------------------
const P = {
  lukou: seat('渌口区'),
  liling: seat('醴陵市'),
  youxian: seat('攸县'),
  chaling: seat('茶陵县'),
  yanling: seat('炎陵县'),
  yunlong: [113.19, 27.93],
  tianxin: [113.15, 27.89],
  hetangMaterials: [113.215, 27.882],
  aviation: [113.17, 27.775],
  fashion: [113.225, 27.805],
  tianyi: [113.03, 27.82],
  fengxi: [113.165, 27.8],
  nanzhou: [113.18, 27.735],
  lukouNew: [113.145, 27.69],
  baiguan: [113.275, 27.795],
  dajing: [113.28, 27.825],
  lukouEdz: [113.17, 27.72],
  lilingEdz: [113.46, 27.675],
  dongfu: [113.4, 27.715],
};

// ===============================================================================================================
// structure.geojson
// ===============================================================================================================
function buildStructure() {
  const out = [];
  const central = countyGeom(...CENTRAL, '渌口区');

  // 一核 — the central city: today's built-up area on both banks plus the extensions the plan names
  // (云龙 to the north, 白关 to the east, 天易 to the west, 南洲/渌口新城 to the south).
  const coreEnvelope = ring([
    [113.0, 27.79],
    [113.005, 27.86],
    [113.05, 27.885],
    [113.09, 27.9],
    [113.115, 27.925],
    [113.14, 27.965],
    [113.165, 28.0],
    [113.2, 28.02],
    [113.24, 28.0],
    [113.25, 27.95],
    [113.255, 27.9],
    [113.27, 27.86],
    [113.3, 27.835],
    [113.325, 27.8],
    [113.305, 27.77],
    [113.255, 27.76],
    [113.21, 27.74],
    [113.205, 27.7],
    [113.175, 27.675],
    [113.135, 27.675],
    [113.115, 27.7],
    [113.105, 27.75],
    [113.075, 27.775],
    [113.035, 27.775],
  ]);
  const core = clip(coreEnvelope, central, 'core');
  out.push(
    make(
      {
        id: 'st-core-area',
        name: '中心城区发展核（一核）',
        name_en: 'Central-city development core (the core)',
        aliases: ['一核', '中心城区', '中心城区发展核'],
        category: 'core_area',
        source: src('001', S.ch5s1, '一核：中心城区发展核。构建“一主三极”空间结构'),
        more_sources: [
          src('001', S.ch5, '中心城区常住人口达到 180 万人，城市建成区面积达到 180 平方公里'),
          src('001', S.ch12s2, '以“北融、东进、拥江”为空间发展战略'),
        ],
        accuracy: 'schematic',
        accuracy_note:
          'Hand-drawn envelope of the built-up central city on both banks of the 湘江 and the extensions the plan names (云龙 north, 白关 east, 天易 west, 南洲 and 渌口新城 south), clipped to the county outlines. The plan gives no boundary.',
        scope: ['一核'],
        description:
          '“一核”：中心城区发展核，构建“一主三极”空间结构，做大做强主城区；目标到2025年中心城区常住人口180万人、建成区180平方公里。范围为示意。',
        description_en:
          'The core: the central city, structured as one main city and three growth poles; target 1.8 million residents and 180 km² of built-up area by 2025. The outline is schematic.',
      },
      core,
    ),
  );

  const mainCity = clip(
    ring([
      [113.03, 27.8],
      [113.035, 27.86],
      [113.08, 27.885],
      [113.12, 27.905],
      [113.16, 27.918],
      [113.2, 27.905],
      [113.225, 27.875],
      [113.215, 27.84],
      [113.195, 27.8],
      [113.165, 27.775],
      [113.13, 27.77],
      [113.09, 27.782],
      [113.06, 27.79],
    ]),
    countyGeom(...CENTRAL),
    'main city',
  );
  out.push(
    make(
      {
        id: 'st-main-city',
        name: '主城区（一主）',
        name_en: 'Main city (the “one main”)',
        aliases: ['一主', '主城区'],
        category: 'core_area',
        source: src('001', S.ch5s1, '做大做强主城区，加快发展以云龙大道为轴的北向增长极'),
        more_sources: [src('001', S.ch12s2, '加快构建“一主三极”组团式空间结构')],
        accuracy: 'schematic',
        accuracy_note:
          'Hand-drawn around the contiguous built-up area of 荷塘、芦淞、石峰、天元 (河东 old town, 田心, 河西 new town) as of about 2020.',
        kind: '一主',
        scope: ['一核'],
        description: '“一主三极”中的“一主”：做大做强主城区。范围为示意。',
        description_en: 'The main city of the “one main, three poles” structure. Schematic outline.',
      },
      mainCity,
    ),
  );

  // 三极 — axes (lines) and pole areas (polygons)
  const northAxis = line([
    [113.163, 27.872],
    [113.168, 27.9],
    [113.178, 27.93],
    [113.19, 27.958],
    [113.205, 27.985],
    [113.222, 28.012],
  ]);
  const eastAxis = line([
    [113.165, 27.815],
    [113.2, 27.81],
    [113.24, 27.802],
    [113.28, 27.795],
    [113.32, 27.785],
    [113.35, 27.775],
  ]);
  const southAxis = { type: 'LineString', coordinates: xiangBetween(27.69, 27.845, 113.1) };
  const poles = [
    {
      id: 'north',
      name: '北向增长极',
      name_en: 'Northern growth pole',
      axisName: '云龙大道发展轴',
      axisEn: 'Yunlong Avenue axis',
      axis: northAxis,
      axisNote:
        'Schematic: drawn from the north edge of the old town north-north-east through 云龙示范区 towards 长沙, the general course of 云龙大道; not traced from a road survey.',
      area: ring([
        [113.118, 27.885],
        [113.125, 27.93],
        [113.15, 27.972],
        [113.178, 28.008],
        [113.215, 28.02],
        [113.245, 27.995],
        [113.25, 27.935],
        [113.238, 27.878],
        [113.2, 27.868],
        [113.16, 27.872],
      ]),
      areaNote:
        'Hand-drawn around 田心 (轨道交通), 荷塘 金山 (新材料) and 云龙示范区 (大数据), the three places the plan names for this pole.',
      quote: src('001', S.ch5s1, '以云龙大道为轴的北向增长极。**依托云龙大道、长株高速等交通干道'),
      more: [src('001', S.ch5s1, '实施“北融发展”空间战略')],
      desc: '以云龙大道为轴，依托云龙大道、长株高速，实施“北融发展”战略，对接长沙，共建长株潭东部先进制造业发展带。',
      descEn:
        'Along Yunlong Avenue towards Changsha (“northern integration”): big-data park, Hetang new-materials city and the rail-transit district.',
    },
    {
      id: 'east',
      name: '东向增长极',
      name_en: 'Eastern growth pole',
      axisName: '东城大道发展轴',
      axisEn: 'Dongcheng Avenue axis',
      axis: eastAxis,
      axisNote:
        'Schematic: drawn east from 芦淞 through 白关 towards 醴陵, the general course of 东城大道 (株醴东城大道); not traced from a road survey.',
      area: ring([
        [113.185, 27.77],
        [113.18, 27.83],
        [113.225, 27.838],
        [113.27, 27.832],
        [113.32, 27.815],
        [113.345, 27.785],
        [113.31, 27.76],
        [113.26, 27.758],
        [113.22, 27.762],
      ]),
      areaNote: 'Hand-drawn around 东城大道 from 董家塅/航空城 to 白关, where the plan puts 航空城 and 服饰城.',
      quote: src('001', S.ch5s1, '以东城大道为轴的东向增长极。**依托东城大道、莲易高速等交通干道'),
      more: [src('001', S.ch5s1, '实施“东进发展”空间战略，加快建设航空城、服饰城')],
      desc: '以东城大道为轴，依托东城大道、莲易高速，实施“东进发展”战略，建设航空城、服饰城和特色产业小镇。',
      descEn: 'Along Dongcheng Avenue towards Liling (“eastward expansion”): the aviation city and the garment city.',
    },
    {
      id: 'south',
      name: '南向增长极',
      name_en: 'Southern growth pole',
      axisName: '湘江发展轴（南向）',
      axisEn: 'Xiang River axis (south)',
      axis: southAxis,
      axisNote:
        'The 湘江 centre line of the basemap (World Data Bank II, off by up to several hundred metres) from the 芦淞 riverfront south to 渌口.',
      area: ring([
        [113.0, 27.85],
        [113.06, 27.842],
        [113.11, 27.83],
        [113.16, 27.815],
        [113.185, 27.79],
        [113.2, 27.745],
        [113.205, 27.705],
        [113.18, 27.675],
        [113.14, 27.668],
        [113.115, 27.69],
        [113.1, 27.74],
        [113.07, 27.77],
        [113.03, 27.785],
        [113.0, 27.8],
      ]),
      areaNote:
        'Hand-drawn along both banks of the 湘江 from 天易 (west) and 枫溪 down to 南洲 and 渌口, the places the plan names for this pole.',
      quote: src('001', S.ch5s1, '以湘江为轴，实施“拥江发展”空间战略'),
      more: [src('001', S.ch5s1, '着力建设渌口新城，加快开发“一江两岸”')],
      desc: '以湘江为轴，推动长株潭西部科技创新发展带向南延伸，实施“拥江发展”战略，建设天易科技城、枫溪生态城、南洲新区和渌口新城。',
      descEn:
        'Along the Xiang River to the south (“embracing the river”): Tianyi science city, Fengxi eco-city, Nanzhou new district and Lukou new town.',
    },
  ];
  for (const pole of poles) {
    out.push(
      make(
        {
          id: `st-pole-${pole.id}-axis`,
          name: pole.axisName,
          name_en: pole.axisEn,
          category: 'growth_pole',
          source: pole.quote,
          more_sources: pole.more,
          accuracy: pole.id === 'south' ? 'approximate' : 'schematic',
          accuracy_note: pole.axisNote,
          kind: 'axis',
          scope: ['一核'],
          description: pole.desc,
          description_en: pole.descEn,
        },
        pole.axis,
      ),
    );
    out.push(
      make(
        {
          id: `st-pole-${pole.id}`,
          name: pole.name,
          name_en: pole.name_en,
          category: 'growth_pole',
          source: pole.quote,
          more_sources: pole.more,
          accuracy: 'schematic',
          accuracy_note: pole.areaNote,
          kind: 'pole',
          scope: ['一核'],
          description: pole.desc,
          description_en: pole.descEn,
        },
        clip(pole.area, central, pole.name),
      ),
    );
  }

  // New towns and districts of the three poles
  const towns = [
    {
      id: 'st-yunlong-bigdata',
      name: '湖南云龙大数据产业园',
      name_en: 'Hunan Yunlong Big Data Industrial Park',
      aliases: ['湖南（云龙）大数据产业园', '云龙大数据产业园'],
      at: P.yunlong,
      quote: src('001', S.ch5s1, '加快建设湖南云龙大数据产业园、荷塘新材料科技城、轨道交通产业片区'),
      more: [
        src('001', '第六章第五节', '做大做强湖南云龙大数据产业园'),
        src('001', '第十章第五节', '推动湖南（云龙）大数据产业园建设成为省级数据中心'),
      ],
      note: 'Placed in 云龙示范区 beside 云龙大道; the park’s exact site is not given in the seeds.',
      accuracy: 'schematic',
      pole: '北向增长极',
    },
    {
      id: 'st-hetang-materials',
      name: '荷塘新材料科技城',
      name_en: 'Hetang New Materials Science City',
      aliases: ['材料科技城', '世界级材料科技城'],
      at: P.hetangMaterials,
      quote: src('001', S.ch5s1, '加快建设湖南云龙大数据产业园、荷塘新材料科技城、轨道交通产业片区'),
      more: [src('002', A002, '基本建成世界级材料科技城'), src('003', A003, '荷塘区加速“材料科技城”“现代物流城”建设')],
      note: 'Placed in eastern 荷塘区 (金山 industrial area) where the district’s hard-alloy and new-materials industry is being gathered; approximate.',
      accuracy: 'approximate',
      pole: '北向增长极',
    },
    {
      id: 'st-rail-transit',
      name: '轨道交通产业片区',
      name_en: 'Rail Transit Industry District',
      aliases: ['田心轨道城', '轨道科技城'],
      at: P.tianxin,
      quote: src('001', S.ch5s1, '加快建设湖南云龙大数据产业园、荷塘新材料科技城、轨道交通产业片区'),
      more: [
        src('000', A000, '从田心轨道城的钢铁洪流到凤凰航空城的振翅苍穹'),
        src('001', S.ch12s2, '以扩大轨道交通装备产业集群效应为重点推进轨道科技城建设'),
      ],
      note: 'Placed at 田心 (石峰区), home of the CRRC Zhuzhou locomotive works around which the rail-transit cluster grows.',
      accuracy: 'approximate',
      pole: '北向增长极',
    },
    {
      id: 'st-aviation-city',
      name: '航空城',
      name_en: 'Aviation City',
      aliases: ['凤凰航空城', '株洲航空城'],
      at: P.aviation,
      quote: src('001', S.ch5s1, '实施“东进发展”空间战略，加快建设航空城、服饰城'),
      more: [
        src('000', A000, '从田心轨道城的钢铁洪流到凤凰航空城的振翅苍穹'),
        src('001', S.ch12s2, '以深化军民融合为重点推动航空城建设'),
      ],
      note: 'Placed in 芦淞区 at 董家塅, seat of the aero-engine industry; the exact extent of the 航空城 is not given.',
      accuracy: 'approximate',
      pole: '东向增长极',
    },
    {
      id: 'st-fashion-city',
      name: '服饰城',
      name_en: 'Garment City',
      aliases: ['芦淞服饰城'],
      at: P.fashion,
      quote: src('001', S.ch5s1, '实施“东进发展”空间战略，加快建设航空城、服饰城'),
      more: [src('001', S.ch12s2, '枫溪生态城、服饰城、南洲新区')],
      note: 'Schematic: placed on 东城大道 between the 芦淞 garment markets and 白关; the seeds give no site.',
      accuracy: 'schematic',
      pole: '东向增长极',
    },
    {
      id: 'st-tianyi-tech',
      name: '天易科技城',
      name_en: 'Tianyi Science and Technology City',
      at: P.tianyi,
      quote: src('001', S.ch5s1, '加快建设天易科技城、枫溪生态城、南洲新区'),
      more: [src('001', S.ch12s2, '以“四横六纵”路网建设为重点推动天易科技城开发')],
      note: 'Placed in western 天元区 towards 湘潭 易俗河 (天易 = 天元 + 易俗河); approximate.',
      accuracy: 'approximate',
      pole: '南向增长极',
    },
    {
      id: 'st-fengxi-eco',
      name: '枫溪生态城',
      name_en: 'Fengxi Eco-City',
      at: P.fengxi,
      quote: src('001', S.ch5s1, '加快建设天易科技城、枫溪生态城、南洲新区'),
      more: [src('001', S.ch12s2, '枫溪生态城、服饰城、南洲新区')],
      note: 'Placed at 枫溪 (芦淞区), south of the old town on the east bank; approximate.',
      accuracy: 'approximate',
      pole: '南向增长极',
    },
    {
      id: 'st-nanzhou',
      name: '南洲新区',
      name_en: 'Nanzhou New District',
      at: P.nanzhou,
      quote: src('001', S.ch5s1, '加快建设天易科技城、枫溪生态城、南洲新区'),
      more: [
        src('001', S.ch12s2, '枫溪生态城、服饰城、南洲新区'),
        src('001', S.ch12s3, '加快推动长株潭城际东向延伸至渌口南洲新区和醴陵市'),
      ],
      note: 'Placed at 南洲镇 (渌口区), on the east bank between 董家塅 and 渌口; approximate.',
      accuracy: 'approximate',
      pole: '南向增长极',
    },
    {
      id: 'st-lukou-new-town',
      name: '渌口新城',
      name_en: 'Lukou New Town',
      at: P.lukouNew,
      quote: src('001', S.ch5s1, '着力建设渌口新城，加快开发“一江两岸”'),
      note: 'Placed at 渌口 (the former 株洲县 seat) where the 渌水 meets the 湘江; approximate.',
      accuracy: 'approximate',
      pole: '南向增长极',
    },
    // Further new towns of the central city named in 第十二章第二节 (加快新城新片区开发)
    {
      id: 'st-wuguang',
      name: '武广片区',
      name_en: 'Wuguang district',
      aliases: ['武广新城'],
      at: [113.06, 27.8],
      quote: src('001', S.ch12s2, '以打造教育生态城为重点推动武广片区价值提升'),
      note: 'Placed beside 株洲西站 (the 武广 high-speed railway station) in 天元区, which the district surrounds; approximate.',
      accuracy: 'approximate',
    },
    {
      id: 'st-jinshan-new-town',
      name: '金山新城',
      name_en: 'Jinshan New Town',
      at: [113.212, 27.87],
      quote: src('001', S.ch12s2, '以装配式建筑产业为发展重点推进金山新城建设'),
      note: 'Placed at the 金山 industrial park in 荷塘区 (as in the town layer); approximate.',
      accuracy: 'approximate',
    },
    {
      id: 'st-gantian-industrial',
      name: '淦田工业新城',
      name_en: 'Gantian Industrial New Town',
      at: [113.155, 27.545],
      quote: src('001', S.ch12s2, '南洲新区、淦田工业新城等新城新片区建设'),
      more: [src('001', S.ch12s3, '淦田新能源等一批特色产业小镇')],
      note: 'Placed at 淦田镇 on the 湘江 in 渌口区 (position as in the town layer, schematic).',
      accuracy: 'schematic',
    },
  ];
  for (const t of towns) {
    out.push(
      make(
        {
          id: t.id,
          name: t.name,
          name_en: t.name_en,
          aliases: t.aliases ?? [],
          category: 'new_town',
          source: t.quote,
          more_sources: t.more,
          accuracy: t.accuracy,
          accuracy_note: t.note,
          kind: '新城/片区',
          status: 'planned',
          scope: ['一核'],
          description: t.pole
            ? `“一核”${t.pole}重点建设的新城/片区。`
            : '中心城区加快开发的新城新片区（第十二章第二节）。',
          description_en: t.pole
            ? `A new town or district of the ${t.pole === '北向增长极' ? 'northern' : t.pole === '东向增长极' ? 'eastern' : 'southern'} growth pole.`
            : 'A new town or district of the central city the plan speeds up (chapter 12).',
        },
        point(...t.at),
      ),
    );
  }

  // 一圈 — 株醴都市圈: the rounded hull of the central city, 渌口 and 醴陵 and the clusters between them
  const circleNodes = [
    [113.21, 27.99],
    [113.02, 27.84],
    P.lukou,
    [113.12, 27.66],
    P.liling,
    [113.56, 27.66],
    P.lilingEdz,
    P.dongfu,
    P.baiguan,
    P.dajing,
    P.nanzhou,
    [113.26, 27.9],
  ];
  const hull = turf.convex(turf.featureCollection(circleNodes.map((p) => turf.point(p))));
  const circleArea = clip(turf.buffer(hull, 5, { units: 'kilometers' }).geometry, city, 'metro circle');
  out.push(
    make(
      {
        id: 'st-metro-circle',
        name: '株醴都市圈（一圈）',
        name_en: 'Zhuzhou–Liling metropolitan circle (the circle)',
        aliases: ['一圈', '株醴都市圈'],
        category: 'metro_circle',
        source: src('001', S.ch5s1, '一圈：株醴都市圈。充分发挥长株潭城市群与新宜萍城市群的战略节点优势'),
        more_sources: [
          src('001', S.ch5s1, '以浙赣铁路、沪昆高速、莲易高速、醴娄高速、东城大道为交通动脉'),
          src('001', S.ch12s3, '加快推进株醴融城。突出交通先行、产业支撑、公共服务跟进'),
        ],
        accuracy: 'schematic',
        accuracy_note:
          'The convex hull of the central city, 渌口, 醴陵 and the clusters the plan names, buffered by 5 km and clipped to the city: a rounded band along the 渌水, 浙赣铁路 and 沪昆高速. The plan draws the circle only in its figure 1.',
        scope: ['一圈'],
        description:
          '“一圈”：株醴都市圈。以浙赣铁路、沪昆高速、莲易高速、醴娄高速、东城大道为交通动脉，突出渌水的独特作用，建设株醴新城，推进株醴融城，将醴陵打造成都市圈“副城”。',
        description_en:
          'The Zhuzhou–Liling metropolitan circle along the Lu River, the Zhejiang–Jiangxi railway and the Shanghai–Kunming expressway; Liling becomes its “second city”.',
      },
      circleArea,
    ),
  );

  // 株醴新城 — at the junction of 芦淞, 醴陵 and 渌口 (芦醴渌结合部)
  const junction = tripleJunction('芦淞区', '醴陵市', '渌口区');
  out.push(
    make(
      {
        id: 'st-zhuli-new-town',
        name: '株醴新城',
        name_en: 'Zhuzhou–Liling New Town',
        aliases: ['株醴融城发展先导区'],
        category: 'new_town',
        source: src('001', S.ch5s1, '突出渌水的独特作用，布局建设株醴新城，加快推进株醴融城'),
        more_sources: [src('001', S.ch12s3, '以芦醴渌结合部为重点建设株醴新城')],
        accuracy: 'schematic',
        accuracy_note: `A 4 km circle around the point where 芦淞区, 醴陵市 and 渌口区 meet (${junction.map((x) => x.toFixed(3)).join(', ')}), the “芦醴渌结合部” the plan names; clipped to the three units.`,
        kind: '新城',
        status: 'planned',
        scope: ['一圈'],
        description: '以芦醴渌结合部为重点建设株醴新城，打造株醴融城发展先导区。',
        description_en: 'A new town where Lusong, Liling and Lukou meet: the pilot area of Zhuzhou–Liling integration.',
      },
      clip(circle(junction, 4), countyGeom('芦淞区', '醴陵市', '渌口区'), 'zhuli new town'),
    ),
  );

  const clusterQuote = src('001', S.ch5s1, '重点建设白关服饰产业园、大京旅游度假区、渌口经开区');
  const clusterQuote2 = src('001', S.ch5s1, '醴陵经开区、东富产业园等产城融合组团');
  const clusters = [
    {
      id: 'st-liling-sub-city',
      name: '醴陵（株醴都市圈“副城”）',
      name_en: 'Liling, “second city” of the metropolitan circle',
      aliases: ['醴陵副城'],
      at: P.liling,
      quote: src('001', S.ch5s1, '将醴陵打造成为株醴都市圈的“副城”'),
      more: [src('001', S.ch12s3, '醴陵城区作为株醴都市圈中的“副城”，积极向北发展')],
      note: 'The 醴陵 city government (basemap seat).',
      accuracy: 'approximate',
      kind: '副城',
      desc: '支持醴陵做大做强，打造株醴都市圈“副城”，城区积极向北发展，2025年城区常住人口超过35万人。',
      descEn: 'Liling grows as the second city of the circle, northwards, to over 350,000 urban residents by 2025.',
    },
    {
      id: 'st-baiguan-garment',
      name: '白关服饰产业园',
      name_en: 'Baiguan Garment Industrial Park',
      at: P.baiguan,
      quote: clusterQuote,
      more: [src('001', S.ch12s3, '发展和培育五彩陶瓷、白关服饰、左权红色生态旅游')],
      note: 'Placed at 白关镇 (芦淞区) on 东城大道; approximate.',
      accuracy: 'approximate',
    },
    {
      id: 'st-dajing-resort',
      name: '大京旅游度假区',
      name_en: 'Dajing Tourism Resort',
      aliases: ['大京风景区'],
      at: P.dajing,
      quote: clusterQuote,
      note: 'Placed at 大京水库 (京水湖), the centre of the provincial 大京风景名胜区 in the eastern suburbs between 仙庾岭 and 白关; approximate.',
      accuracy: 'approximate',
    },
    {
      id: 'st-lukou-edz',
      name: '渌口经开区',
      name_en: 'Lukou Economic Development Zone',
      aliases: ['渌口经济开发区'],
      at: P.lukouEdz,
      quote: clusterQuote,
      note: 'Placed just east of 渌口 town along the 渌水; the zone’s exact extent is not given; approximate.',
      accuracy: 'schematic',
    },
    {
      id: 'st-liling-edz',
      name: '醴陵经开区',
      name_en: 'Liling Economic Development Zone',
      aliases: ['醴陵经济开发区'],
      at: P.lilingEdz,
      quote: clusterQuote2,
      more: [src('001', S.intro4, '支持醴陵经开区、株洲经开区等打造千亿产业园区')],
      note: 'Placed on the north-west side of 醴陵 city, where the zone lies; approximate.',
      accuracy: 'approximate',
    },
    {
      id: 'st-dongfu-park',
      name: '东富产业园',
      name_en: 'Dongfu Industrial Park',
      at: P.dongfu,
      quote: clusterQuote2,
      note: 'Schematic: placed in north-western 醴陵市 towards the 芦醴渌 junction, where 东富镇 is understood to lie; the exact site could not be confirmed from public sources available here.',
      accuracy: 'schematic',
    },
  ];
  for (const c of clusters) {
    out.push(
      make(
        {
          id: c.id,
          name: c.name,
          name_en: c.name_en,
          aliases: c.aliases ?? [],
          category: 'new_town',
          source: c.quote,
          more_sources: c.more,
          accuracy: c.accuracy,
          accuracy_note: c.note,
          kind: c.kind ?? '产城融合组团',
          status: c.kind ? undefined : 'planned',
          scope: ['一圈'],
          description: c.desc ?? '株醴都市圈重点建设的产城融合组团。',
          description_en: c.descEn ?? 'An industry–city cluster of the Zhuzhou–Liling metropolitan circle.',
        },
        point(...c.at),
      ),
    );
  }

  // 一廊 — 醴炎县域经济发展走廊: axis 醴陵—攸县—茶陵—炎陵 along 醴茶铁路 / G106 / 武深高速
  const corridorAxis = smooth([
    P.liling,
    [113.47, 27.52],
    [113.42, 27.3],
    [113.4, 27.15],
    P.youxian,
    [113.46, 26.9],
    P.chaling,
    [113.62, 26.66],
    [113.7, 26.56],
    P.yanling,
  ]);
  const corridorCounties = countyGeom('醴陵市', '攸县', '茶陵县', '炎陵县');
  out.push(
    make(
      {
        id: 'st-corridor-axis',
        name: '醴炎县域经济发展走廊轴线',
        name_en: 'Liling–Yanling corridor axis',
        aliases: ['一廊轴线'],
        category: 'corridor',
        source: src('001', S.ch5s1, '以醴茶铁路、106国道、武深高速为轴线'),
        accuracy: 'schematic',
        accuracy_note:
          'A smoothed line through the four county seats 醴陵—攸县—茶陵—炎陵 (basemap seats), standing for the bundle of 醴茶铁路, G106 and 武深高速; the real lines are mapped in the transport layer.',
        kind: 'axis',
        scope: ['一廊'],
        description: '以醴茶铁路、106国道、武深高速为轴线，以攸县、茶陵、炎陵等县城为中心节点。',
        description_en:
          'The corridor’s axis: the Liling–Chaling railway, G106 and the Wuhan–Shenzhen expressway, with county seats as nodes.',
      },
      { type: 'LineString', coordinates: corridorAxis },
    ),
  );
  out.push(
    make(
      {
        id: 'st-corridor',
        name: '醴炎县域经济发展走廊（一廊）',
        name_en: 'Liling–Yanling county economic corridor (the corridor)',
        aliases: ['一廊', '醴炎走廊'],
        category: 'corridor',
        source: src('001', S.ch5s1, '一廊：醴炎县域经济发展走廊。以醴茶铁路、106国道、武深高速为轴线'),
        more_sources: [src('001', S.ch5s1, '突出洣水的独特作用，加快推进城乡融合，带动县域经济发展')],
        accuracy: 'schematic',
        accuracy_note:
          'A 7 km band each side of the corridor axis (醴陵—攸县—茶陵—炎陵 seats), clipped to the four counties.',
        scope: ['一廊'],
        description:
          '“一廊”：醴炎县域经济发展走廊。对接粤港澳大湾区，加强湘赣边区域合作，以攸县、茶陵、炎陵等县城为中心节点，突出洣水的独特作用，带动县域经济发展。',
        description_en:
          'The Liling–Yanling county economic corridor: county seats as nodes, linked to the Greater Bay Area and the Hunan–Jiangxi border cooperation.',
      },
      clip(band(corridorAxis, 7), corridorCounties, 'corridor'),
    ),
  );
  const nodes = [
    {
      id: 'st-node-youxian',
      name: '攸县县城（市域副中心城市）',
      name_en: 'You County seat — sub-centre of the city region',
      county: '攸县',
      quote: src('001', S.ch5s1, '将攸县打造为市域副中心城市'),
      more: [src('001', S.ch12s3, '推动攸县县城打造成为区域副中心城市')],
      desc: '将攸县打造为市域副中心城市；加快推进攸县撤县改市，2025年城区常住人口达到22万人。',
      descEn: 'You County becomes the sub-centre of the city region (220,000 urban residents by 2025).',
    },
    {
      id: 'st-node-chaling',
      name: '茶陵县城（湘赣边界中心县）',
      name_en: 'Chaling County seat — central county of the Hunan–Jiangxi border',
      county: '茶陵县',
      quote: src('001', S.ch5s1, '茶陵打造为湘赣边界中心县'),
      more: [src('001', S.ch12s3, '茶陵县城着力打造湘赣边界的交通枢纽和物流中心')],
      desc: '茶陵打造为湘赣边界中心县，县城打造湘赣边界交通枢纽和物流中心，2025年城区常住人口达到20万人。',
      descEn: 'Chaling becomes the central county of the Hunan–Jiangxi border, a transport and logistics hub.',
    },
    {
      id: 'st-node-yanling',
      name: '炎陵县城（湘赣边区域旅游中心）',
      name_en: 'Yanling County seat — tourism centre of the Hunan–Jiangxi border',
      county: '炎陵县',
      quote: src('001', S.ch5s1, '炎陵打造为湘赣边区域旅游中心'),
      more: [src('001', S.ch12s3, '炎陵县城立足打造湘赣边区域旅游中心')],
      desc: '炎陵打造为湘赣边区域旅游中心，打造宜居宜游小城市，2025年城区常住人口达到10万人。',
      descEn: 'Yanling becomes the tourism centre of the Hunan–Jiangxi border region.',
    },
  ];
  for (const n of nodes) {
    out.push(
      make(
        {
          id: n.id,
          name: n.name,
          name_en: n.name_en,
          category: 'new_town',
          source: n.quote,
          more_sources: n.more,
          accuracy: 'approximate',
          accuracy_note: 'The county government (basemap seat) standing for the county town as a corridor node.',
          kind: '走廊中心节点',
          scope: ['一廊'],
          description: n.desc,
          description_en: n.descEn,
        },
        point(...seat(n.county)),
        n.county,
      ),
    );
  }
  return out;
}

/** The point where three county outlines meet (the vertex of the first closest to both others). */
function tripleJunction(a, b, c) {
  const [ga, gb, gc] = [a, b, c].map((n) => counties.get(n));
  let best = null;
  for (const polygon of polygonsOf(ga.geometry)) {
    for (const p of polygon[0]) {
      const d =
        Math.abs(turf.pointToPolygonDistance(p, gb, { units: 'meters' })) +
        Math.abs(turf.pointToPolygonDistance(p, gc, { units: 'meters' }));
      if (!best || d < best.d) best = { d, p };
    }
  }
  if (best.d > 1000) throw new Error(`${a}/${b}/${c} do not meet (${best.d} m)`);
  return best.p;
}

// ===============================================================================================================
// protection.geojson
// ===============================================================================================================
function buildProtection() {
  const out = [];
  const patternQuote = (q) => src('001', S.ch5s2, q);

  // 四山 — schematic mountain bodies
  const mountainQuote = patternQuote('“四山”为大京山-雪峰山、阔坊山-大安山、云阳山-九曲山、八担山-钟形山4处山体');
  const mountains = [
    {
      id: 'pr-mountain-dajing-xuefeng',
      name: '大京山-雪峰山',
      name_en: 'Dajing–Xuefeng hills',
      geom: ellipse([113.3, 27.8], 8, 3.5, 60),
      within: countyGeom(...CENTRAL, '醴陵市', '渌口区'),
      note: 'Schematic: an ellipse around 大京 (the 大京风景名胜区 and 京水湖 in the eastern suburbs between 仙庾岭 and 白关). The 雪峰山 of this pair could not be located from sources available here (it is not the great 雪峰山 of western Hunan), so the ellipse only marks the 大京 end.',
    },
    {
      id: 'pr-mountain-kuofang-daan',
      name: '阔坊山-大安山',
      name_en: 'Kuofang–Da’an mountains',
      geom: ring([
        [113.62, 27.43],
        [113.78, 27.41],
        [113.87, 27.25],
        [113.85, 27.08],
        [113.74, 27.02],
        [113.64, 27.08],
        [113.6, 27.22],
      ]),
      within: countyGeom('攸县'),
      note: 'Schematic: neither peak could be located from sources available here. Drawn on 攸县’s high eastern border with 江西 (the western end of the 武功山 range, the county’s highest ground), the only range left once the other three are placed; treat the position as a guess.',
    },
    {
      id: 'pr-mountain-yunyang-jiuqu',
      name: '云阳山-九曲山',
      name_en: 'Yunyang–Jiuqu mountains',
      geom: ring([
        [113.38, 26.9],
        [113.46, 26.89],
        [113.515, 26.84],
        [113.515, 26.76],
        [113.49, 26.7],
        [113.42, 26.66],
        [113.37, 26.74],
      ]),
      within: countyGeom('茶陵县'),
      note: 'Schematic: drawn around 云阳山 (云阳国家森林公园) just west of 茶陵 county town and the hills south-west of it; 九曲山 could not be located, so the southern half is a guess.',
    },
    {
      id: 'pr-mountain-badan-zhongxing',
      name: '八担山-钟形山',
      name_en: 'Badan–Zhongxing mountains',
      geom: ring([
        [113.93, 26.68],
        [114.11, 26.62],
        [114.11, 26.35],
        [114.02, 26.2],
        [113.92, 26.08],
        [113.84, 26.18],
        [113.9, 26.38],
        [113.88, 26.55],
      ]),
      within: countyGeom('炎陵县'),
      note: 'Schematic: neither peak could be located from sources available here. Drawn along 炎陵’s eastern and southern mountains (the 万洋山 section of the 罗霄山脉 on the 江西 border, with 桃源洞 and 神农谷), the county’s main mountain body.',
    },
  ];
  for (const m of mountains) {
    out.push(
      make(
        {
          id: m.id,
          name: m.name,
          name_en: m.name_en,
          category: 'mountain',
          source: mountainQuote,
          accuracy: 'schematic',
          accuracy_note: m.note,
          description: '“四山”之一，以水源涵养、水土保持、生物多样性保护为主。位置为示意。',
          description_en:
            'One of the four mountain bodies, protected for water conservation, soil retention and biodiversity. Schematic position.',
        },
        clip(m.geom, m.within, m.name),
      ),
    );
  }

  // 四水 — river corridors (trimmed where they leave the city)
  const cityPad = turf.buffer(feature(city), 0.2, { units: 'kilometers' });
  const riverQuote = patternQuote('“四水”为湘江、渌水、洙水和攸水4条区域性河道生态走廊');
  const luConfluence = onXiang([113.15, 27.7]);
  const mi = smooth([
    [113.94, 26.24],
    [113.88, 26.33],
    [113.82, 26.42],
    P.yanling,
    [113.7, 26.47],
    [113.64, 26.53],
    [113.61, 26.63],
    [113.57, 26.72],
    P.chaling,
    [113.49, 26.86],
    [113.44, 26.94],
    P.youxian,
    [113.32, 27.04],
    [113.24, 27.06],
    [113.17, 27.08],
  ]);
  const riversDef = [
    {
      id: 'pr-river-xiang',
      name: '湘江',
      name_en: 'Xiang River',
      aliases: ['湘江（株洲段）'],
      coords: xiangInCity,
      more: [
        src('001', S.ch5s1, '以湘江为轴，实施“拥江发展”空间战略'),
        src('001', S.ch11s2, '继续实施湘江保护和治理“一号工程”'),
      ],
      accuracy: 'approximate',
      note: 'The basemap’s 湘江 centre line (World Data Bank II via GSHHG, off the true channel by up to several hundred metres), trimmed to the city.',
      desc: '“四水”之一：湘江，株洲的母亲河，自南向北流经渌口、天元、芦淞、石峰。',
      descEn: 'One of the four rivers: the Xiang, flowing north through Lukou and the central city.',
    },
    {
      id: 'pr-river-lu',
      name: '渌水',
      name_en: 'Lu River',
      aliases: ['渌江'],
      coords: smooth([
        [113.71, 27.625],
        [113.64, 27.632],
        [113.58, 27.64],
        [113.53, 27.646],
        P.liling,
        [113.45, 27.64],
        [113.41, 27.63],
        [113.37, 27.622],
        [113.32, 27.636],
        [113.27, 27.655],
        [113.22, 27.676],
        [113.18, 27.69],
        luConfluence,
      ]),
      more: [src('001', S.ch5s1, '突出渌水的独特作用，布局建设株醴新城')],
      accuracy: 'approximate',
      note: 'Drawn through known places: from the 江西 (萍乡) border through 醴陵 city west to its mouth at 渌口 on the 湘江; the course between them is a smooth simplified line (off by up to several km).',
      desc: '“四水”之一：渌水（渌江），自江西萍乡入境，经醴陵城区西流，于渌口汇入湘江；株醴都市圈突出渌水的独特作用。',
      descEn: 'One of the four rivers: the Lu, from Pingxiang through Liling to the Xiang at Lukou.',
    },
    {
      id: 'pr-river-mi',
      name: '洣水',
      name_en: 'Mi River',
      aliases: ['洙水'],
      coords: mi,
      more: [src('001', S.ch5s1, '突出洣水的独特作用，加快推进城乡融合')],
      accuracy: 'approximate',
      note: 'Drawn through known towns: from the 万洋山 in southern 炎陵 past 炎陵, 茶陵 and 攸县 county towns to the 衡东 border (it joins the 湘江 in 衡东县, outside Zhuzhou); the course between the towns is simplified (off by up to several km). The seed’s 洙水 is an OCR error for 洣水.',
      desc: '“四水”之一：洣水（原文OCR作“洙水”），发源于炎陵，经炎陵、茶陵、攸县西北流，出境后于衡东汇入湘江；“一廊”突出洣水的独特作用。',
      descEn:
        'One of the four rivers: the Mi (OCR “洙水”), from Yanling through Chaling and You County to the Xiang in Hengdong.',
    },
    {
      id: 'pr-river-you',
      name: '攸水',
      name_en: 'You River',
      aliases: ['攸河'],
      coords: smooth([[113.76, 27.2], [113.66, 27.13], [113.56, 27.1], [113.5, 27.08], [113.44, 27.05], P.youxian]),
      accuracy: 'approximate',
      note: 'Drawn through known places: from 攸县’s eastern mountains past 酒埠江 (酒仙湖) west to 攸县 county town, where it joins the 洣水; simplified (off by up to several km).',
      desc: '“四水”之一：攸水，发源于攸县东部山区，经酒埠江西流，于攸县县城附近汇入洣水。',
      descEn: 'One of the four rivers: the You, from eastern You County past Jiubujiang to the Mi at the county town.',
    },
  ];
  for (const r of riversDef) {
    out.push(
      make(
        {
          id: r.id,
          name: r.name,
          name_en: r.name_en,
          aliases: r.aliases,
          category: 'river',
          source: riverQuote,
          more_sources: r.more,
          accuracy: r.accuracy,
          accuracy_note: r.note,
          description: r.desc,
          description_en: r.descEn,
        },
        {
          type: 'LineString',
          coordinates: roundLine(r.id === 'pr-river-xiang' ? r.coords : trimLine(r.coords, cityPad)),
        },
      ),
    );
  }

  // 十二地 — nature protected areas as publicly known (the plan names none of them)
  const pa = patternQuote('“十二地”为12处自然保护地，以水源涵养和水土保持为主');
  const protectedAreas = [
    [
      'pr-pa-taoyuandong',
      '湖南炎陵桃源洞国家级自然保护区',
      'Taoyuandong National Nature Reserve',
      '国家级',
      '自然保护区',
      [114.02, 26.47],
      '炎陵县',
      'approximate',
      'In the 万洋山 on 炎陵’s eastern border with 井冈山, around 桃源洞 and 酃峰 (Hunan’s highest peak).',
    ],
    [
      'pr-pa-shennonggu',
      '湖南神农谷国家森林公园',
      'Shennonggu National Forest Park',
      '国家级',
      '森林公园',
      [113.97, 26.52],
      '炎陵县',
      'approximate',
      'North-east 炎陵 (the former 桃源洞国家森林公园, renamed 2005), next to the nature reserve.',
    ],
    [
      'pr-pa-hemoshui',
      '湖南炎陵河漠水国家湿地公园',
      'Yanling Hemoshui National Wetland Park',
      '国家级',
      '湿地公园',
      [113.85, 26.52],
      '炎陵县',
      'schematic',
      'Placed on the 河漠水 between 神农谷 and 炎陵 county town; the park’s extent is not known here.',
    ],
    [
      'pr-pa-xiangshan',
      '湘山省级森林公园',
      'Xiangshan Provincial Forest Park',
      '省级',
      '森林公园',
      [113.755, 26.492],
      '炎陵县',
      'approximate',
      'On the western edge of 炎陵 county town (湘山, also called 炎帝公园).',
    ],
    [
      'pr-pa-yunyang',
      '湖南云阳国家森林公园',
      'Yunyang National Forest Park',
      '国家级',
      '森林公园',
      [113.49, 26.8],
      '茶陵县',
      'approximate',
      '云阳山, just west of 茶陵 county town.',
    ],
    [
      'pr-pa-dongyanghu',
      '湖南茶陵东阳湖国家湿地公园',
      'Chaling Dongyanghu National Wetland Park',
      '国家级',
      '湿地公园',
      [113.59, 26.79],
      '茶陵县',
      'schematic',
      'Placed on the 洣水 east of 茶陵 county town; the park’s exact site is not known here.',
    ],
    [
      'pr-pa-jiubujiang',
      '湖南酒埠江国家地质公园',
      'Jiubujiang National Geopark',
      '国家级',
      '地质公园',
      [113.55, 27.1],
      '攸县',
      'approximate',
      'At 酒埠江 and 酒仙湖 in eastern 攸县 (karst caves 白龙洞, 仙人桥); the provincial 酒埠江风景名胜区 covers the same ground.',
    ],
    [
      'pr-pa-youzhou',
      '湖南攸州国家森林公园',
      'Youzhou National Forest Park',
      '国家级',
      '森林公园',
      [113.7, 27.2],
      '攸县',
      'schematic',
      'In 攸县 (county certain); its position inside the county is not known here, so it is placed in the eastern forest belt — a guess.',
    ],
    [
      'pr-pa-guanzhuanghu',
      '湖南醴陵官庄湖国家湿地公园',
      'Liling Guanzhuanghu National Wetland Park',
      '国家级',
      '湿地公园',
      [113.58, 27.88],
      '醴陵市',
      'approximate',
      '官庄水库 (官庄湖) in north-eastern 醴陵, about 30 km from the city, on the 浏阳 border.',
    ],
    [
      'pr-pa-xianyueshan',
      '仙岳山省级森林公园',
      'Xianyueshan Provincial Forest Park',
      '省级',
      '森林公园',
      [113.495, 27.625],
      '醴陵市',
      'approximate',
      '仙岳山, the hill just south of 醴陵 city.',
    ],
    [
      'pr-pa-jiulangshan',
      '九郎山省级森林公园',
      'Jiulangshan Provincial Forest Park',
      '省级',
      '森林公园',
      [113.08, 27.93],
      '石峰区',
      'approximate',
      'The northern outskirts of the central city, inside the 长株潭生态绿心.',
    ],
    [
      'pr-pa-dajing',
      '湖南株洲大京风景名胜区',
      'Dajing Scenic Area',
      '省级',
      '风景名胜区',
      P.dajing,
      '芦淞区',
      'approximate',
      '大京水库 (京水湖) in the eastern suburbs, between 仙庾岭/婆仙岭 to the north and 白关 to the south.',
    ],
  ];
  for (const [id, name, nameEn, level, kind, at, county, accuracy, note] of protectedAreas) {
    out.push(
      make(
        {
          id,
          name,
          name_en: nameEn,
          category: 'protected_area',
          source: pa,
          accuracy,
          accuracy_note: `${note} Shown as a point: the boundary is not mapped.`,
          kind,
          level,
          description:
            '“十二地”为12处自然保护地。规划未列出名单，本图据公开资料列出株洲已知的自然保护地（自然保护区、森林公园、湿地公园、地质公园、风景名胜区），未必与规划的12处一一对应。',
          description_en:
            'The plan counts twelve protected areas but names none; this is one of Zhuzhou’s publicly known protected areas, so the set is a reconstruction, not the plan’s list.',
        },
        point(...at),
        county,
      ),
    );
  }

  // 四区 — agricultural areas, following county lines
  const agriQuote = patternQuote(
    '分别为株醴都市休闲农业区、攸县丘岗传统农业区、茶陵丘岗传统农业区和炎陵山地特色农业区',
  );
  const agri = [
    [
      'pr-agri-zhuli',
      '株醴都市休闲农业区',
      'Zhuzhou–Liling urban leisure agriculture area',
      [...CENTRAL, '渌口区', '醴陵市'],
      '市辖区（含渌口区）与醴陵市',
    ],
    [
      'pr-agri-youxian',
      '攸县丘岗传统农业区',
      'You County hill-and-ridge traditional agriculture area',
      ['攸县'],
      '攸县全境',
    ],
    [
      'pr-agri-chaling',
      '茶陵丘岗传统农业区',
      'Chaling hill-and-ridge traditional agriculture area',
      ['茶陵县'],
      '茶陵县全境',
    ],
    ['pr-agri-yanling', '炎陵山地特色农业区', 'Yanling mountain specialty agriculture area', ['炎陵县'], '炎陵县全境'],
  ];
  for (const [id, name, nameEn, names, extent] of agri) {
    const geom = cleanPolygonal(dropSlivers(countyGeom(...names), 0.5), name);
    out.push(
      make(
        {
          id,
          name,
          name_en: nameEn,
          category: 'agri_area',
          source: agriQuote,
          accuracy: 'schematic',
          accuracy_note: `Drawn as ${extent} (basemap county outlines): the plan names each area after its counties but draws no boundary.`,
          description: '“四区”之一：具有区域发展特色的农业片区。范围按县市区界示意。',
          description_en: 'One of the four agricultural areas; shown by county boundaries.',
        },
        geom,
      ),
    );
  }

  // 多园 — specialty agricultural parks and towns the seeds name
  const parkQuote = patternQuote('“多园”为各农业片区内重点发展的特色农业产业园');
  const c19 = (q) => src('001', S.ch9s1c19, q);
  const c27 = (q) => src('001', '第十二章第五节（专栏27）', q);
  const parks = [
    [
      'pr-park-yanling-peach',
      '炎陵黄桃产业园（炎陵黄桃小镇）',
      'Yanling yellow-peach park and town',
      [113.8, 26.5],
      '炎陵县',
      ['黄桃'],
      c19('支持攸县香干小镇、茶陵红茶小镇、炎陵黄桃小镇'),
      [c19('打造炎陵黄桃、茶陵红茶、白关丝瓜、攸县香干等农产品区域公用品牌')],
      'schematic',
      'Placed near 炎陵 county town in the 黄桃 belt (中村、下村、策源、十都、霞阳、水口、沔渡, 专栏18); the park’s site is not given.',
    ],
    [
      'pr-park-chaling-tea',
      '茶陵红茶产业园（茶陵红茶小镇）',
      'Chaling black-tea park and town',
      [113.6958, 26.7883],
      '茶陵县',
      ['红茶', '茶叶'],
      c19('支持攸县香干小镇、茶陵红茶小镇、炎陵黄桃小镇'),
      [c19('推进茶陵红茶、攸县大豆、醴陵油茶'), c27('红茶小镇(严塘)')],
      'approximate',
      'At 严塘, where 专栏27 puts the 红茶小镇 (position as in the town layer, approximate); the park’s own site is not given.',
    ],
    [
      'pr-park-youxian-tofu',
      '攸县香干产业园（攸县香干小镇）',
      'You County dried-tofu park and town',
      [113.485, 27.345],
      '攸县',
      ['香干', '大豆'],
      c19('支持攸县香干小镇、茶陵红茶小镇、炎陵黄桃小镇'),
      [c19('推进茶陵红茶、攸县大豆、醴陵油茶'), c27('香干特色小镇(皇图岭)')],
      'approximate',
      'At 皇图岭, where 专栏27 puts the 香干特色小镇 (position as in the town layer, approximate); 专栏18 also lists 网岭、石羊塘、新市 for 香干.',
    ],
    [
      'pr-park-baiguan-loofah',
      '白关丝瓜产业园（白关丝瓜小镇）',
      'Baiguan loofah park and town',
      P.baiguan,
      '芦淞区',
      ['丝瓜'],
      c19('芦淞区白关丝瓜等“一县一特”主导优势特色产业'),
      [
        c19('白关丝瓜小镇等创建农业特色小镇'),
        src('003', '聚焦高质量发展 加快建设现代化新芦淞——访芦淞区委书记唐卫湘', '着力将白关丝瓜打造成中国丝瓜第一品牌'),
      ],
      'approximate',
      'At 白关镇 (芦淞区).',
    ],
    [
      'pr-park-lukou-pepper',
      '王十万黄辣椒产业园',
      'Wangshiwan yellow-pepper park',
      [113.04, 27.385],
      '渌口区',
      ['辣椒'],
      c19('渌口区王十万黄辣椒'),
      [],
      'schematic',
      'Placed at 朱亭 in southern 渌口区 (position as in the town layer), the area of the 王十万 yellow pepper; schematic within the district.',
    ],
    [
      'pr-park-liling-oiltea',
      '醴陵油茶产业园',
      'Liling camellia-oil park',
      [113.55, 27.58],
      '醴陵市',
      ['油茶'],
      c19('推进茶陵红茶、攸县大豆、醴陵油茶'),
      [],
      'schematic',
      'County-level specialty with no named site: placed in the hills south-east of 醴陵 city as a marker for the county.',
    ],
    [
      'pr-park-chashan',
      '醴陵市茶山镇（省级农业产业强镇）',
      'Chashan, provincial agricultural-industry town',
      [113.3, 27.55],
      '醴陵市',
      [],
      c19('支持醴陵市茶山镇、天元区三门镇、芦淞区白关镇、荷塘区仙庾镇'),
      [],
      'schematic',
      'Town position as in the town layer (schematic); only the city (醴陵) is certain.',
    ],
    [
      'pr-park-sanmen',
      '天元区三门镇（省级农业产业强镇）',
      'Sanmen, provincial agricultural-industry town',
      [113.05, 27.635],
      '天元区',
      [],
      c19('支持醴陵市茶山镇、天元区三门镇、芦淞区白关镇、荷塘区仙庾镇'),
      [],
      'schematic',
      'Town position approximated in southern 天元区; only the district is certain.',
    ],
    [
      'pr-park-xianyu',
      '荷塘区仙庾镇（省级农业产业强镇）',
      'Xianyu, provincial agricultural-industry town',
      [113.245, 27.885],
      '荷塘区',
      [],
      c19('支持醴陵市茶山镇、天元区三门镇、芦淞区白关镇、荷塘区仙庾镇'),
      [],
      'approximate',
      'Near 仙庾岭 in eastern 荷塘区.',
    ],
  ];
  for (const [id, name, nameEn, at, county, industries, source, more, accuracy, note] of parks) {
    out.push(
      make(
        {
          id,
          name,
          name_en: nameEn,
          category: 'agri_park',
          source,
          more_sources: [parkQuote, ...more],
          accuracy,
          accuracy_note: note,
          industries: industries.length ? industries : undefined,
          description:
            '“多园”为各农业片区内重点发展的特色农业产业园。规划未逐一列出产业园名称，本图以规划点名的“一县一特”产业、农业特色小镇和省级农业产业强镇示意。',
          description_en:
            'The plan does not name its agricultural parks; this marks a specialty industry, featured farming town or provincial agricultural-industry town the plan does name.',
        },
        point(...at),
        county,
      ),
    );
  }
  return out;
}

// ===============================================================================================================
// regional.geojson
// ===============================================================================================================
function buildRegional() {
  const out = [];
  const one = src('001', S.ch11s2, '一轴即湘江现代服务业发展轴');
  const heart = ring([
    [112.9, 28.1],
    [113.0, 28.11],
    [113.1, 28.09],
    [113.2, 28.06],
    [113.26, 28.03],
    [113.22, 27.99],
    [113.14, 27.96],
    [113.08, 27.92],
    [113.03, 27.87],
    [112.97, 27.86],
    [112.92, 27.9],
    [112.89, 27.97],
    [112.88, 28.04],
  ]);
  out.push(
    make(
      {
        id: 'reg-green-heart',
        name: '长株潭生态绿心',
        name_en: 'Chang–Zhu–Tan ecological green heart',
        aliases: ['绿心', '长株潭城市群生态绿心'],
        category: 'regional',
        source: src('001', S.ch11s2, '一心即以长株潭生态绿心为主体,依托云龙示范区'),
        more_sources: [
          src('001', S.ch11s2, '严格落实长株潭生态绿心法治化保护'),
          src('001', S.ch14s2, '大力推进长株潭城市群生态绿心区域的保护和治理'),
          src('000', A000, '积极推动长株潭生态绿心总规优化'),
        ],
        accuracy: 'schematic',
        accuracy_note:
          'Hand-drawn from its published limits: north to the 长沙 ring road and 浏阳河, west to 坪塘—响水, east to 镇头, south to 易俗河—群丰 (about 530 km²). Not the statutory boundary.',
        kind: '生态绿心',
        description:
          '“一轴一心、三带多组团”中的“一心”：以长株潭生态绿心为主体，依托云龙示范区，联动暮云、跳马、昭山，共建长株潭生态绿色融合发展示范区。',
        description_en:
          'The green heart between Changsha, Zhuzhou and Xiangtan; Zhuzhou’s part lies around Yunlong and Qunfeng.',
      },
      heart,
    ),
  );
  const belts = [
    {
      id: 'reg-xiang-axis',
      name: '湘江现代服务业发展轴',
      name_en: 'Xiang River modern-services axis',
      coords: [
        [112.96, 28.26],
        [112.965, 28.12],
        [112.985, 28.0],
        [112.94, 27.9],
        [112.93, 27.86],
        [113.0, 27.86],
        [113.06, 27.865],
        [113.12, 27.85],
        [113.13, 27.8],
        [113.14, 27.72],
      ],
      quote: one,
      note: 'Schematic: along the 湘江 from 长沙 through 湘潭 to 株洲 and south to 渌口.',
      desc: '“一轴”：湘江现代服务业发展轴。',
      descEn: 'The axis: modern services along the Xiang River through the three cities.',
    },
    {
      id: 'reg-east-belt',
      name: '长株潭东部先进制造业发展带',
      name_en: 'Eastern advanced-manufacturing belt',
      coords: [
        [113.02, 28.33],
        [113.12, 28.22],
        [113.14, 28.09],
        [113.19, 27.975],
        [113.17, 27.88],
        [113.15, 27.77],
      ],
      quote: src('001', S.ch11s2, '共同建设长株潭东部先进制造业发展带'),
      more: [src('001', S.ch5s1, '共同建设长株潭东部先进制造业发展带，推动株洲经开区与长沙雨花区')],
      note: 'Schematic: from 金霞 and 长沙经开区 past 黄花机场 and 雨花经开区 to 株洲经开区 (云龙), 田心, 荷塘 and 董家塅, the parks the plan lists.',
      desc: '依托黄花国际机场、长沙南站、京港澳高速，联动金霞、长沙经开区、临空区、雨花经开区、株洲经开区、田心高科园、荷塘工业集中区、董家塅高科园。',
      descEn: 'From Changsha’s airport and development zones south to Zhuzhou’s Tianxin, Hetang and Dongjiaduan parks.',
    },
    {
      id: 'reg-west-belt',
      name: '长株潭西部科技创新发展带',
      name_en: 'Western science-and-innovation belt',
      coords: [
        [112.89, 28.24],
        [112.9, 28.1],
        [112.89, 27.93],
        [112.96, 27.84],
        [113.05, 27.815],
        [113.09, 27.76],
        [113.11, 27.7],
      ],
      quote: src('001', S.ch11s2, '共同建设长株潭西部科技创新发展带'),
      more: [src('001', S.ch5s1, '推动长株潭西部科技创新发展带向南延伸')],
      note: 'Schematic: along the west bank of the 湘江 from 岳麓/长沙高新区 through 湘潭 to 株洲高新区河西示范园, then south (the plan extends it southward along the river).',
      desc: '依托湘江西岸教育科创资源，联动岳麓高新区、长沙高新区、湘潭、株洲高新区河西示范园；株洲推动其向南延伸。',
      descEn: 'West-bank science and education belt, extended southward in Zhuzhou along the Xiang.',
    },
    {
      id: 'reg-south-belt',
      name: '长株潭南部新兴产业发展带',
      name_en: 'Southern emerging-industries belt',
      coords: [
        [112.92, 27.84],
        [113.0, 27.82],
        [113.08, 27.81],
        [113.2, 27.79],
        [113.32, 27.74],
        [113.47, 27.68],
        [113.55, 27.65],
      ],
      quote: src('001', S.ch11s2, '依托沪昆高速,联动湘潭高新区、湘潭岳塘经开区、株洲高新区'),
      more: [src('001', S.ch11s2, '共同建设长株潭南部新兴产业发展带')],
      note: 'Schematic: along the 沪昆高速 from 湘潭 through 株洲高新区 and 白关 to 醴陵经开区.',
      desc: '依托沪昆高速，联动湘潭高新区、岳塘经开区、株洲高新区、醴陵经开区、渌水经开区，发展新能源汽车、新材料、陶瓷等。',
      descEn: 'Along the Shanghai–Kunming expressway from Xiangtan through Zhuzhou to Liling.',
    },
  ];
  for (const b of belts) {
    out.push(
      make(
        {
          id: b.id,
          name: b.name,
          name_en: b.name_en,
          category: 'regional',
          source: b.quote,
          more_sources: b.more,
          accuracy: 'schematic',
          accuracy_note: b.note,
          kind: b.id === 'reg-xiang-axis' ? '发展轴' : '发展带',
          description: b.desc,
          description_en: b.descEn,
        },
        line(b.coords),
      ),
    );
  }
  const groups = [
    ['reg-group-liling-youxian', '醴陵—攸县组团', 'Liling–You County cluster', ['醴陵市', '攸县']],
    ['reg-group-chaling-yanling', '茶陵—炎陵组团', 'Chaling–Yanling cluster', ['茶陵县', '炎陵县']],
  ];
  for (const [id, name, nameEn, names] of groups) {
    out.push(
      make(
        {
          id,
          name,
          name_en: nameEn,
          category: 'regional',
          source: src('001', S.ch11s2, '重点打造长株潭一体化中的醴陵—攸县组团和茶陵—炎陵组团'),
          accuracy: 'schematic',
          accuracy_note: `Drawn as the outline of ${names.join(' and ')} (basemap county outlines).`,
          kind: '组团',
          description: '立足全域统筹、城乡一体，长株潭一体化“多组团”之一。',
          description_en: 'One of the clusters of Chang–Zhu–Tan integration that reach into the southern counties.',
        },
        cleanPolygonal(dropSlivers(countyGeom(...names), 0.5), name),
      ),
    );
  }
  // 湘赣边区域合作示范区 — only the part around Zhuzhou, drawn lightly
  const jiangxiSide = ring([
    [113.6, 27.98],
    [114.2, 27.9],
    [114.45, 27.5],
    [114.45, 26.9],
    [114.35, 26.4],
    [114.1, 26.0],
    [113.9, 26.05],
    [113.95, 26.6],
    [113.85, 27.0],
    [113.75, 27.5],
  ]);
  const border = cleanPolygonal(
    dropSlivers(union(countyGeom('醴陵市', '攸县', '茶陵县', '炎陵县'), jiangxiSide), 0.5),
    'xianggan zone',
  );
  out.push(
    make(
      {
        id: 'reg-xianggan-zone',
        name: '湘赣边区域合作示范区（株洲相关部分）',
        name_en: 'Hunan–Jiangxi border cooperation demonstration zone (part around Zhuzhou)',
        aliases: ['湘赣边区域合作示范区', '湘赣边'],
        category: 'regional',
        district: ['醴陵市', '攸县', '茶陵县', '炎陵县'],
        source: src('001', S.ch11s3, '加快湘赣边区域合作示范区建设'),
        more_sources: [
          src('001', S.ch5s1, '加强湘赣边区域合作，以攸县、茶陵、炎陵等县城为中心节点'),
          src('001', S.ch9s1c19, '积极参与湘赣边区域合作示范区创建工作'),
          src('001', S.intro4, '10、建设湘赣边美丽乡村走廊'),
        ],
        accuracy: 'schematic',
        accuracy_note:
          'The outlines of 醴陵, 攸县, 茶陵 and 炎陵 joined to a loose hand-drawn envelope of the facing 江西 counties (萍乡, 莲花, 永新, 井冈山 area). The whole zone spans 24 counties from 平江/修水 to the 郴州 border; only the part around Zhuzhou is drawn.',
        kind: '示范区',
        description:
          '加快湘赣边区域合作示范区建设，推动湘赣边交通互联、产业互动、旅游互动、环境共治，将株洲打造成湘赣边区域中心城市。株洲的醴陵、攸县、茶陵、炎陵属示范区。',
        description_en:
          'The Hunan–Jiangxi border cooperation zone; Liling, You, Chaling and Yanling are in it, with Pingxiang and Ji’an counties across the border.',
      },
      border,
    ),
  );
  out.push(
    make(
      {
        id: 'reg-shaoshan-jinggangshan',
        name: '韶山—井冈山红色旅游铁路（经醴茶铁路）',
        name_en: 'Shaoshan–Jinggangshan red-tourism rail route',
        aliases: ['韶山至井冈山铁路', '韶山至井冈山特色旅游专列', '韶山至炎陵红色旅游专列'],
        category: 'regional',
        source: src('001', S.ch11s3, '开通韶山至井冈山铁路'),
        more_sources: [
          src('001', S.intro4, '6、贯通韶山至井冈山铁路'),
          src('001', S.ch5s3, '开通运营韶山经醴茶铁路至井冈山特色旅游专列'),
          src('001', S.ch13s3, '推动开通韶山至炎陵红色旅游专列'),
        ],
        accuracy: 'schematic',
        accuracy_note:
          'Schematic route through the stations it serves: 韶山—湘潭—株洲—醴陵—攸县—茶陵, then east to 井冈山; the railways themselves are in the transport layer.',
        kind: '旅游线路',
        status: 'planned',
        description:
          '开通韶山至井冈山铁路，醴茶铁路电气化改造达到160—200公里时速，打造初心之路、胜利之路、富民之路、旅游之路；另推动开通韶山至炎陵红色旅游专列。',
        description_en: 'A red-tourism train route from Shaoshan via the Liling–Chaling railway to Jinggangshan.',
      },
      line([
        [112.52, 27.92],
        [112.9, 27.86],
        [113.14, 27.83],
        [113.3, 27.77],
        P.liling,
        [113.45, 27.35],
        P.youxian,
        P.chaling,
        [113.8, 26.75],
        [114.1, 26.72],
        [114.25, 26.8],
      ]),
    ),
  );
  out.push(
    make(
      {
        id: 'reg-xianggan-tour-loop',
        name: '湘赣边旅游环线',
        name_en: 'Hunan–Jiangxi border tourism loop',
        category: 'regional',
        source: src('001', S.ch11s3, '打造湘赣边旅游环线'),
        more_sources: [src('001', S.ch11s3c24, '围绕示范区红色景点互通联动')],
        accuracy: 'schematic',
        accuracy_note:
          'Schematic loop through the county towns on both sides of the border: 醴陵—萍乡—莲花—永新—井冈山—炎陵—茶陵—攸县—醴陵. The plan names the loop but not its route.',
        kind: '旅游环线',
        status: 'planned',
        description: '促进湘赣边红色景点互通联动，打造湘赣边旅游环线。',
        description_en: 'A tourism loop linking red-heritage sites on both sides of the Hunan–Jiangxi border.',
      },
      line([
        P.liling,
        [113.85, 27.62],
        [113.96, 27.13],
        [114.24, 26.94],
        [114.17, 26.57],
        P.yanling,
        P.chaling,
        P.youxian,
        [113.47, 27.4],
        P.liling,
      ]),
    ),
  );
  return out;
}

// ===============================================================================================================
const structure = buildStructure();
const protection = buildProtection();
const regional = buildRegional();
writeCollection(join(PLAN_DIR, 'structure.geojson'), structure);
writeCollection(join(PLAN_DIR, 'protection.geojson'), protection);
writeCollection(join(PLAN_DIR, 'regional.geojson'), regional);
const count = (fs) =>
  Object.entries(fs.reduce((m, f) => ({ ...m, [f.properties.category]: (m[f.properties.category] ?? 0) + 1 }), {}))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
console.log(`structure.geojson: ${structure.length} (${count(structure)})`);
console.log(`protection.geojson: ${protection.length} (${count(protection)})`);
console.log(`regional.geojson: ${regional.length} (${count(regional)})`);
