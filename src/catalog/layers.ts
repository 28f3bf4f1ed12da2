/**
 * The layer catalog: the single description of every map layer. Sources, paint styles, the legend, the
 * layer panel's groups and order, and which fields can be filtered all come from here; adding a layer is
 * adding an entry. Pure data — no MapLibre or React imports.
 */
import type { Category, Zone } from '../geo/schema';

export type LayerGroupId = 'structure' | 'protection' | 'zoning' | 'transport' | 'industry' | 'projects' | 'regional';

export interface Localized {
  zh: string;
  en: string;
}

export interface LayerGroup {
  id: LayerGroupId;
  title: Localized;
}

/** A legend row; `match` narrows it to features whose property equals a value (e.g. zone = 'urban'). */
export interface LegendItem {
  label: Localized;
  color: string;
  match?: { property: 'zone' | 'status' | 'kind'; value: string };
}

/** The files of geodata/plan/ (without `.geojson`); each layer's features live in exactly one of them. */
export const PLAN_FILES = [
  'structure',
  'protection',
  'zones',
  'railways',
  'roads',
  'water-air-hubs',
  'parks',
  'projects',
  'towns',
  'regional',
] as const;
export type PlanFile = (typeof PLAN_FILES)[number];

export interface LayerDefinition {
  id: Category;
  group: LayerGroupId;
  /** The geodata file that holds this layer's features: MapLibre's worker fetches it as the layer's source. */
  file: PlanFile;
  title: Localized;
  /** Base colour: fill, line and circle colours all derive from it unless the legend matches on a property. */
  color: string;
  /** Drawn under or over the others: polygons low, lines mid, points high. */
  order: number;
  visibleByDefault: boolean;
  /** Fill opacity for polygons (the panel's opacity slider multiplies it). */
  fillOpacity?: number;
  lineWidth?: number;
  /** Dashed line for planned / schematic linework. */
  dashPlanned?: boolean;
  circleRadius?: number;
  /** Show feature names as labels at this zoom and above. */
  labelMinZoom?: number;
  legend: LegendItem[];
  /** Properties this layer's features can be filtered by (the filter panel reads this). */
  filterFields: ('district' | 'status' | 'year' | 'industries' | 'scope' | 'accuracy' | 'zone' | 'kind' | 'level')[];
}

export const LAYER_GROUPS: LayerGroup[] = [
  { id: 'structure', title: { zh: '空间结构 · 一核一圈一廊', en: 'Spatial structure · core, circle, corridor' } },
  { id: 'protection', title: { zh: '保护格局 · 四山四水十二地', en: 'Protection pattern' } },
  { id: 'zoning', title: { zh: '规划分区', en: 'Planning zones' } },
  { id: 'transport', title: { zh: '综合交通', en: 'Transport' } },
  { id: 'industry', title: { zh: '产业园区', en: 'Industrial parks' } },
  { id: 'projects', title: { zh: '项目与城镇', en: 'Projects and towns' } },
  { id: 'regional', title: { zh: '区域协同', en: 'Regional context' } },
];

const single = (zh: string, en: string, color: string): LegendItem[] => [{ label: { zh, en }, color }];

export const LAYERS: LayerDefinition[] = [
  // ── structure ───────────────────────────────────────────────
  {
    id: 'core_area',
    group: 'structure',
    file: 'structure',
    title: { zh: '一核 · 中心城区', en: 'The core · central city' },
    color: '#d62728',
    order: 30,
    visibleByDefault: true,
    fillOpacity: 0.12,
    lineWidth: 2,
    labelMinZoom: 8,
    legend: single('中心城区发展核', 'Central-city core', '#d62728'),
    filterFields: ['district', 'scope', 'accuracy'],
  },
  {
    id: 'growth_pole',
    group: 'structure',
    file: 'structure',
    title: { zh: '三极 · 增长极与发展轴', en: 'Three growth poles and axes' },
    color: '#e6550d',
    order: 40,
    visibleByDefault: true,
    fillOpacity: 0.15,
    lineWidth: 4,
    dashPlanned: true,
    labelMinZoom: 9,
    legend: single('增长极 / 发展轴', 'Growth pole / axis', '#e6550d'),
    filterFields: ['district', 'scope', 'accuracy'],
  },
  {
    id: 'metro_circle',
    group: 'structure',
    file: 'structure',
    title: { zh: '一圈 · 株醴都市圈', en: 'The circle · Zhuzhou–Liling metropolitan area' },
    color: '#9467bd',
    order: 20,
    visibleByDefault: true,
    fillOpacity: 0.1,
    lineWidth: 2,
    labelMinZoom: 7,
    legend: single('株醴都市圈', 'Zhuzhou–Liling metropolitan circle', '#9467bd'),
    filterFields: ['district', 'scope', 'accuracy'],
  },
  {
    id: 'corridor',
    group: 'structure',
    file: 'structure',
    title: { zh: '一廊 · 醴炎县域经济走廊', en: 'The corridor · Liling–Yanling county corridor' },
    color: '#8c6d31',
    order: 21,
    visibleByDefault: true,
    fillOpacity: 0.1,
    lineWidth: 5,
    labelMinZoom: 7,
    legend: single('醴炎县域经济发展走廊', 'Liling–Yanling county economic corridor', '#8c6d31'),
    filterFields: ['district', 'scope', 'accuracy'],
  },
  {
    id: 'new_town',
    group: 'structure',
    file: 'structure',
    title: { zh: '新城 · 片区 · 组团', en: 'New towns, districts and clusters' },
    color: '#c51b8a',
    order: 60,
    visibleByDefault: false,
    fillOpacity: 0.25,
    circleRadius: 6,
    labelMinZoom: 10,
    legend: single('新城 / 片区 / 组团', 'New town / district / cluster', '#c51b8a'),
    filterFields: ['district', 'scope', 'status', 'accuracy'],
  },
  // ── protection ──────────────────────────────────────────────
  {
    id: 'mountain',
    group: 'protection',
    file: 'protection',
    title: { zh: '四山 · 山体', en: 'Four mountain ranges' },
    color: '#31a354',
    order: 12,
    visibleByDefault: false,
    fillOpacity: 0.2,
    labelMinZoom: 7,
    legend: single('山体生态屏障', 'Mountain range', '#31a354'),
    filterFields: ['district', 'accuracy'],
  },
  {
    id: 'river',
    group: 'protection',
    file: 'protection',
    title: { zh: '四水 · 河道生态走廊', en: 'Four river corridors' },
    color: '#2b8cbe',
    order: 35,
    visibleByDefault: true,
    lineWidth: 3,
    labelMinZoom: 8,
    legend: single('区域性河道生态走廊', 'Regional river corridor', '#2b8cbe'),
    filterFields: ['district', 'accuracy'],
  },
  {
    id: 'protected_area',
    group: 'protection',
    file: 'protection',
    title: { zh: '十二地 · 自然保护地', en: 'Twelve protected areas' },
    color: '#006d2c',
    order: 14,
    visibleByDefault: false,
    fillOpacity: 0.3,
    circleRadius: 6,
    labelMinZoom: 8,
    legend: single('自然保护地', 'Nature protected area', '#006d2c'),
    filterFields: ['district', 'level', 'accuracy'],
  },
  {
    id: 'agri_area',
    group: 'protection',
    file: 'protection',
    title: { zh: '四区 · 农业片区', en: 'Four agricultural areas' },
    color: '#bcbd22',
    order: 11,
    visibleByDefault: false,
    fillOpacity: 0.2,
    labelMinZoom: 7,
    legend: single('农业片区', 'Agricultural area', '#bcbd22'),
    filterFields: ['district', 'accuracy'],
  },
  {
    id: 'agri_park',
    group: 'protection',
    file: 'protection',
    title: { zh: '多园 · 特色农业产业园', en: 'Agricultural industry parks' },
    color: '#8c8c00',
    order: 70,
    visibleByDefault: false,
    circleRadius: 5,
    labelMinZoom: 10,
    legend: single('特色农业产业园', 'Agricultural industry park', '#8c8c00'),
    filterFields: ['district', 'industries', 'accuracy'],
  },
  // ── zoning ──────────────────────────────────────────────────
  {
    id: 'planning_zone',
    group: 'zoning',
    file: 'zones',
    title: { zh: '四类规划分区', en: 'Four planning zones' },
    color: '#999999',
    order: 10,
    visibleByDefault: false,
    fillOpacity: 0.45,
    legend: [
      {
        label: { zh: '生态保护区', en: 'Ecological protection zone' },
        color: '#1b9e77',
        match: { property: 'zone', value: 'ecology' },
      },
      {
        label: { zh: '耕地保护区', en: 'Farmland protection zone' },
        color: '#e6ab02',
        match: { property: 'zone', value: 'farmland' },
      },
      {
        label: { zh: '城镇发展区', en: 'Urban development zone' },
        color: '#d95f02',
        match: { property: 'zone', value: 'urban' },
      },
      {
        label: { zh: '乡村发展区', en: 'Rural development zone' },
        color: '#a6d96a',
        match: { property: 'zone', value: 'rural' },
      },
    ],
    filterFields: ['district', 'zone', 'accuracy'],
  },
  // ── transport ───────────────────────────────────────────────
  {
    id: 'railway',
    group: 'transport',
    file: 'railways',
    title: { zh: '铁路 · 六纵四横', en: 'Railways · six N–S, four E–W' },
    color: '#252525',
    order: 50,
    visibleByDefault: true,
    lineWidth: 2.5,
    dashPlanned: true,
    labelMinZoom: 9,
    legend: single('铁路（虚线为规划）', 'Railway (dashed: planned)', '#252525'),
    filterFields: ['district', 'status', 'kind', 'accuracy'],
  },
  {
    id: 'expressway',
    group: 'transport',
    file: 'roads',
    title: { zh: '高速公路 · 五纵六横', en: 'Expressways · five N–S, six E–W' },
    color: '#1f78b4',
    order: 49,
    visibleByDefault: true,
    lineWidth: 2.5,
    dashPlanned: true,
    labelMinZoom: 9,
    legend: single('高速公路（虚线为规划）', 'Expressway (dashed: planned)', '#1f78b4'),
    filterFields: ['district', 'status', 'accuracy'],
  },
  {
    id: 'national_road',
    group: 'transport',
    file: 'roads',
    title: { zh: '普通国道 · 一纵四横', en: 'National roads' },
    color: '#e31a1c',
    order: 47,
    visibleByDefault: false,
    lineWidth: 1.8,
    labelMinZoom: 9,
    legend: single('普通国道', 'National road', '#e31a1c'),
    filterFields: ['district', 'status', 'accuracy'],
  },
  {
    id: 'provincial_road',
    group: 'transport',
    file: 'roads',
    title: { zh: '普通省道 · 一射四纵八横八支', en: 'Provincial roads' },
    color: '#fd8d3c',
    order: 46,
    visibleByDefault: false,
    lineWidth: 1.2,
    labelMinZoom: 10,
    legend: single('普通省道', 'Provincial road', '#fd8d3c'),
    filterFields: ['district', 'status', 'kind', 'accuracy'],
  },
  {
    id: 'urban_transit',
    group: 'transport',
    file: 'railways',
    title: { zh: '城市轨道 · 快速公交', en: 'Urban rail and BRT' },
    color: '#6a3d9a',
    order: 48,
    visibleByDefault: false,
    lineWidth: 2,
    dashPlanned: true,
    labelMinZoom: 10,
    legend: single('城市轨道 / BRT', 'Urban rail / BRT', '#6a3d9a'),
    filterFields: ['district', 'status', 'accuracy'],
  },
  {
    id: 'waterway',
    group: 'transport',
    file: 'water-air-hubs',
    title: { zh: '航道', en: 'Waterways' },
    color: '#08519c',
    order: 36,
    visibleByDefault: false,
    lineWidth: 2,
    dashPlanned: true,
    labelMinZoom: 9,
    legend: single('航道', 'Navigation channel', '#08519c'),
    filterFields: ['district', 'status', 'level', 'accuracy'],
  },
  {
    id: 'port',
    group: 'transport',
    file: 'water-air-hubs',
    title: { zh: '港区 · 码头', en: 'Ports and wharves' },
    color: '#08306b',
    order: 80,
    visibleByDefault: true,
    circleRadius: 6,
    labelMinZoom: 9,
    legend: single('港区 / 码头', 'Port / wharf', '#08306b'),
    filterFields: ['district', 'status', 'accuracy'],
  },
  {
    id: 'airport',
    group: 'transport',
    file: 'water-air-hubs',
    title: { zh: '机场 · 通用航空', en: 'Airports and general aviation' },
    color: '#3690c0',
    order: 81,
    visibleByDefault: true,
    circleRadius: 6,
    labelMinZoom: 8,
    legend: single('机场 / 通用机场', 'Airport / general-aviation field', '#3690c0'),
    filterFields: ['district', 'status', 'accuracy'],
  },
  {
    id: 'hub',
    group: 'transport',
    file: 'water-air-hubs',
    title: { zh: '综合交通枢纽 · 车站', en: 'Transport hubs and stations' },
    color: '#000000',
    order: 82,
    visibleByDefault: true,
    circleRadius: 6,
    labelMinZoom: 9,
    legend: single('枢纽 / 车站', 'Hub / station', '#000000'),
    filterFields: ['district', 'status', 'kind', 'accuracy'],
  },
  // ── industry ────────────────────────────────────────────────
  {
    id: 'industrial_park',
    group: 'industry',
    file: 'parks',
    title: { zh: '产业园区', en: 'Industrial parks' },
    color: '#7b3294',
    order: 85,
    visibleByDefault: true,
    fillOpacity: 0.3,
    circleRadius: 7,
    labelMinZoom: 9,
    legend: single('产业园区（专栏12 等）', 'Industrial park', '#7b3294'),
    filterFields: ['district', 'industries', 'level', 'scope', 'status', 'accuracy'],
  },
  // ── projects ────────────────────────────────────────────────
  {
    id: 'project',
    group: 'projects',
    file: 'projects',
    title: { zh: '重点项目', en: 'Key projects' },
    color: '#e7298a',
    order: 90,
    visibleByDefault: true,
    circleRadius: 5,
    labelMinZoom: 11,
    legend: single('重点项目', 'Key project', '#e7298a'),
    filterFields: ['district', 'status', 'year', 'kind', 'scope', 'industries', 'accuracy'],
  },
  {
    id: 'tourism',
    group: 'projects',
    file: 'projects',
    title: { zh: '文旅景区', en: 'Tourism sites' },
    color: '#66a61e',
    order: 88,
    visibleByDefault: false,
    circleRadius: 5,
    labelMinZoom: 10,
    legend: single('文旅景区 / 旅游项目', 'Tourism site', '#66a61e'),
    filterFields: ['district', 'status', 'level', 'accuracy'],
  },
  {
    id: 'town',
    group: 'projects',
    file: 'towns',
    title: { zh: '城镇体系', en: 'Towns' },
    color: '#525252',
    order: 86,
    visibleByDefault: false,
    circleRadius: 4,
    labelMinZoom: 9,
    legend: single('县城 / 中心镇 / 特色小镇', 'County seat / central town / featured town', '#525252'),
    filterFields: ['district', 'level', 'accuracy'],
  },
  // ── regional ────────────────────────────────────────────────
  {
    id: 'regional',
    group: 'regional',
    file: 'regional',
    title: { zh: '区域协同 · 长株潭与湘赣边', en: 'Regional integration' },
    color: '#636363',
    order: 5,
    visibleByDefault: false,
    fillOpacity: 0.08,
    lineWidth: 2,
    dashPlanned: true,
    circleRadius: 5,
    labelMinZoom: 7,
    legend: single('区域协同（示意）', 'Regional cooperation (schematic)', '#636363'),
    filterFields: ['accuracy', 'kind'],
  },
];

/** Opacities the map paints at 100 % layer opacity (the style and the exported legend both read these). */
export const PAINT_OPACITY = { fillDefault: 0.2, line: 0.95, outline: 0.9, circle: 0.95 } as const;

/** How a briefing chapter highlights its features on the map (story mode), and the legend row that says so. */
export const HIGHLIGHT = {
  color: '#ff6a00',
  fillOpacity: 0.18,
  label: { zh: '本章重点（高亮）', en: 'Highlighted in this chapter' },
} as const;

export const LAYER_BY_ID = new Map(LAYERS.map((layer) => [layer.id, layer]));

export type SwatchKind = 'fill' | 'line' | 'point';

/** How a layer mostly draws, for its legend swatch. */
export function swatchKind(layer: LayerDefinition): SwatchKind {
  if (layer.circleRadius !== undefined && layer.fillOpacity === undefined) return 'point';
  if (layer.fillOpacity !== undefined) return 'fill';
  return 'line';
}

/** Zone colours: the planning-zone layer's legend, so charts, popups and the map agree. */
export const ZONE_COLORS: Record<Zone, string> = Object.fromEntries(
  (LAYER_BY_ID.get('planning_zone')?.legend ?? [])
    .filter((item) => item.match)
    .map((item) => [item.match!.value, item.color]),
) as Record<Zone, string>;
