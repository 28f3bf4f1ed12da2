/**
 * The fixed vocabulary of the geodata: districts, accuracy, status, scopes, planning zones and categories.
 * Plain constants, apart from the zod schema (src/geo/schema.ts, which re-exports them), so the first screen
 * can use them without loading the validator.
 */
import districtTable from '../../geodata/sources/districts.json';

/** The nine county-level units of Zhuzhou, with their current names (渌口区 was 株洲县 until 2018). */
export const DISTRICTS = [
  '荷塘区',
  '芦淞区',
  '石峰区',
  '天元区',
  '渌口区',
  '醴陵市',
  '攸县',
  '茶陵县',
  '炎陵县',
] as const;
export type District = (typeof DISTRICTS)[number];

/** Each district's English name and link slug, from the one table of them (geodata/sources/districts.json). */
const DISTRICT_TABLE = districtTable.districts as readonly { name: District; en: string; slug: string }[];
export const DISTRICT_EN = Object.fromEntries(DISTRICT_TABLE.map((d) => [d.name, d.en])) as Record<District, string>;
/** ASCII slugs for share links (`f.dist=hetang,tianyuan`) and zone ids. */
export const DISTRICT_SLUGS = Object.fromEntries(DISTRICT_TABLE.map((d) => [d.name, d.slug])) as Record<
  District,
  string
>;

/**
 * How exact a geometry is, most exact first. `approximate`: placed at a referenced position, or a real alignment
 * with gaps ≤ 3 km. `anchored`: passes through real, referenced points (stations, interchanges, town seats) but is
 * straight between them. `schematic`: drawn from the plan's words only.
 */
export const ACCURACY = ['official', 'approximate', 'anchored', 'schematic'] as const;
export type Accuracy = (typeof ACCURACY)[number];

/** Plan status as the text states it. `proposed` = the plan only says 争取 (seek) or 谋划 (study). */
export const STATUS = ['existing', 'completed', 'under_construction', 'planned', 'proposed'] as const;
export type Status = (typeof STATUS)[number];

/** The plan's three structure scopes (一核一圈一廊). */
export const SCOPES = ['一核', '一圈', '一廊'] as const;
export type Scope = (typeof SCOPES)[number];

/** The four planning zones of 图2 (市域国土空间规划分区图). */
export const ZONES = ['ecology', 'farmland', 'urban', 'rural'] as const;
export type Zone = (typeof ZONES)[number];

/**
 * Every category a feature may have. Each one has exactly one entry in the layer catalog
 * (src/catalog/layers.ts); a unit test enforces that.
 */
export const CATEGORIES = [
  // 空间结构 一核一圈一廊
  'core_area',
  'growth_pole',
  'metro_circle',
  'corridor',
  'new_town',
  // 保护格局 四山四水十二地 四区多园
  'mountain',
  'river',
  'protected_area',
  'agri_area',
  'agri_park',
  // 规划分区
  'planning_zone',
  // 交通
  'railway',
  'expressway',
  'national_road',
  'provincial_road',
  'urban_transit',
  'waterway',
  'port',
  'airport',
  'hub',
  // 产业 与 项目
  'industrial_park',
  'project',
  'tourism',
  'town',
  // 区域协同
  'regional',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The four planning zones' names, for exports and reports. */
export const ZONE_LABELS: Record<Zone, { zh: string; en: string }> = {
  ecology: { zh: '生态保护区', en: 'Ecological protection zone' },
  farmland: { zh: '耕地保护区', en: 'Farmland protection zone' },
  urban: { zh: '城镇发展区', en: 'Urban development zone' },
  rural: { zh: '乡村发展区', en: 'Rural development zone' },
};
