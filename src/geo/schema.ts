/**
 * The typed schema of every feature in geodata/. Pure (no DOM, no React): the app, the unit tests and the
 * scripts all validate against it, so a malformed file is rejected with the same message everywhere.
 */
import { z } from 'zod';

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

export const DISTRICT_EN: Record<District, string> = {
  荷塘区: 'Hetang District',
  芦淞区: 'Lusong District',
  石峰区: 'Shifeng District',
  天元区: 'Tianyuan District',
  渌口区: 'Lukou District',
  醴陵市: 'Liling City',
  攸县: 'You County',
  茶陵县: 'Chaling County',
  炎陵县: 'Yanling County',
};

/** The four districts of the central city (市辖区 that form 一核 with 渌口区 partly). */
export const ACCURACY = ['official', 'approximate', 'schematic'] as const;
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

/** Where a plan feature comes from: a seed file (000–004), its section, line, and a verbatim quote. */
export const SeedSourceSchema = z.object({
  file: z.enum(['000', '001', '002', '003', '004']),
  section: z.string().min(1),
  line: z.number().int().positive(),
  quote: z.string().min(2).max(60),
});
/** Where a basemap feature comes from: a named open dataset and its licence. */
export const DatasetSourceSchema = z.object({
  dataset: z.string().min(1),
  licence: z.string().min(1),
  note: z.string().optional(),
});
export type SeedSource = z.infer<typeof SeedSourceSchema>;

const DistrictSchema = z.enum(DISTRICTS);

export const PlanPropertiesSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'id must be lower-case ASCII, digits, - or _'),
    name: z.string().min(1),
    name_en: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    category: z.enum(CATEGORIES),
    /** One unit, or a list (a line crossing several). An empty list = outside Zhuzhou (regional context). */
    district: z.union([DistrictSchema, z.array(DistrictSchema)]),
    source: SeedSourceSchema,
    /** Further sentences about the same feature (e.g. a 2025 news item about a 2021 plan project). */
    more_sources: z.array(SeedSourceSchema).optional(),
    accuracy: z.enum(ACCURACY),
    /** Why the geometry is as exact as it is, e.g. "drawn through 醴陵站 and 攸县站". */
    accuracy_note: z.string().optional(),
    accuracy_note_en: z.string().optional(),
    kind: z.string().optional(),
    status: z.enum(STATUS).optional(),
    year: z.number().int().min(1949).max(2050).optional(),
    level: z.string().optional(),
    scope: z.array(z.enum(SCOPES)).optional(),
    industries: z.array(z.string().min(1)).optional(),
    zone: z.enum(ZONES).optional(),
    description: z.string().optional(),
    description_en: z.string().optional(),
  })
  .strict();
export type PlanProperties = z.infer<typeof PlanPropertiesSchema>;

const Position = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, 'coordinate outside WGS84 range');
const Ring = z.array(Position).min(4);

export const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position).min(1) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2)).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);

export const PlanFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: PlanPropertiesSchema,
  geometry: GeometrySchema,
});
export type PlanFeature = GeoJSON.Feature<GeoJSON.Geometry, PlanProperties>;

export const PlanCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(PlanFeatureSchema),
});

/** Turns a zod error into one readable line per problem: "features.3.properties.source.quote: too long". */
export function formatSchemaIssues(error: z.ZodError, max = 10): string[] {
  return error.issues.slice(0, max).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
