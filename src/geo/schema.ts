/**
 * The typed schema of every feature in geodata/. Pure (no DOM, no React): the app, the unit tests and the
 * scripts all validate against it, so a malformed file is rejected with the same message everywhere.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { DISTRICTS, ACCURACY, STATUS, SCOPES, ZONES, CATEGORIES } from './vocabulary';

// zod/mini: the same validation as classic zod at a third of the size (this schema runs on every first load, in
// the plan-data worker). It ships without messages: the English locale gives readable reasons.
z.config(en());

// The vocabulary lives in ./vocabulary (no zod there); re-exported so every importer of the schema keeps working.
export { DISTRICTS, DISTRICT_EN, ACCURACY, STATUS, SCOPES, ZONES, CATEGORIES } from './vocabulary';
export type { District, Accuracy, Status, Scope, Zone, Category } from './vocabulary';

const text = (min = 1) => z.string().check(z.minLength(min));

/** Where a plan feature comes from: a seed file (000–004), its section, line, and a verbatim quote. */
export const SeedSourceSchema = z.object({
  file: z.enum(['000', '001', '002', '003', '004']),
  section: text(),
  line: z.int().check(z.positive()),
  quote: z.string().check(z.minLength(2), z.maxLength(60)),
});
/** Where a basemap feature comes from: a named open dataset and its licence. */
export const DatasetSourceSchema = z.object({
  dataset: text(),
  licence: text(),
  note: z.optional(z.string()),
});
export type SeedSource = z.infer<typeof SeedSourceSchema>;

const DistrictSchema = z.enum(DISTRICTS);

export const PlanPropertiesSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'id must be lower-case ASCII, digits, - or _')),
  name: text(),
  name_en: text(),
  aliases: z._default(z.array(text()), []),
  category: z.enum(CATEGORIES),
  /** One unit, or a list (a line crossing several). An empty list = outside Zhuzhou (regional context). */
  district: z.union([DistrictSchema, z.array(DistrictSchema)]),
  source: SeedSourceSchema,
  /** Further sentences about the same feature (e.g. a 2025 news item about a 2021 plan project). */
  more_sources: z.optional(z.array(SeedSourceSchema)),
  accuracy: z.enum(ACCURACY),
  /** Why the geometry is as exact as it is, e.g. "drawn through 醴陵站 and 攸县站". */
  accuracy_note: z.optional(z.string()),
  accuracy_note_en: z.optional(z.string()),
  kind: z.optional(z.string()),
  status: z.optional(z.enum(STATUS)),
  year: z.optional(z.int().check(z.minimum(1949), z.maximum(2050))),
  level: z.optional(z.string()),
  scope: z.optional(z.array(z.enum(SCOPES))),
  industries: z.optional(z.array(text())),
  zone: z.optional(z.enum(ZONES)),
  /**
   * `district`: the plan puts the feature only "in 天元区"; its point is a schematic slot around the district seat
   * (a `spread` reference), so the map draws it as one counted marker per district and near me never measures it.
   */
  placement: z.optional(z.literal('district')),
  description: z.optional(z.string()),
  description_en: z.optional(z.string()),
});
export type PlanProperties = z.infer<typeof PlanPropertiesSchema>;

const Position = z
  .tuple([z.number(), z.number()])
  .check(
    z.refine(([lon, lat]) => lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, 'coordinate outside WGS84 range'),
  );
const Ring = z.array(Position).check(z.minLength(4));

export const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position).check(z.minLength(1)) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).check(z.minLength(2)) }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(Position).check(z.minLength(2))).check(z.minLength(1)),
  }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).check(z.minLength(1)) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(Ring).check(z.minLength(1))).check(z.minLength(1)),
  }),
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
export function formatSchemaIssues(error: z.core.$ZodError, max = 10): string[] {
  return error.issues.slice(0, max).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
