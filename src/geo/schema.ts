/**
 * The typed schema of every feature in geodata/. Pure (no DOM, no React): the app, the unit tests and the
 * scripts all validate against it, so a malformed file is rejected with the same message everywhere.
 */
import { z } from 'zod';
import { DISTRICTS, ACCURACY, STATUS, SCOPES, ZONES, CATEGORIES } from './vocabulary';

// The vocabulary lives in ./vocabulary (no zod there); re-exported so every importer of the schema keeps working.
export { DISTRICTS, DISTRICT_EN, ACCURACY, STATUS, SCOPES, ZONES, CATEGORIES } from './vocabulary';
export type { District, Accuracy, Status, Scope, Zone, Category } from './vocabulary';

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
