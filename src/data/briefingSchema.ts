/**
 * The briefing file format (geodata/briefings/*.json, downloads, the working copy): its zod schema, the parser
 * with readable messages, and the serializer. Apart from the presenting logic (./briefing.ts) so that the first
 * screen, which uses that logic, does not load the validator; it comes with the story code.
 */
import { z } from 'zod';
import { ACCURACY, CATEGORIES, DISTRICTS, SCOPES, STATUS, SeedSourceSchema, ZONES } from '../geo/schema';
import type { FilterState } from '../catalog/filter';
import { clip, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../geo/text';

import { BRIEFING_FORMAT_VERSION, DEFAULT_DURATION_MS, MAX_DURATION_MS } from './briefingFormat';

export { BRIEFING_FORMAT_VERSION, DEFAULT_DURATION_MS, MAX_DURATION_MS };

// ── schema ─────────────────────────────────────────────────────────────────────────────────────────────

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const idSchema = (what: string) =>
  z
    .string()
    .max(80, `${what} is longer than 80 characters`)
    .regex(ID_PATTERN, `${what} must be lower-case ASCII, digits, - or _`);
/** A briefing file (or working copy) larger than this is refused before it is parsed. */
export const MAX_BRIEFING_CHARS = 2_000_000;

/** A required pair of texts: Chinese first, English second (titles: cut to MAX_TITLE_LENGTH with an ellipsis). */
export const LocalizedSchema = z.object({
  zh: z
    .string()
    .trim()
    .min(1, 'Chinese text is empty')
    .transform((s) => clip(s, MAX_TITLE_LENGTH)),
  en: z
    .string()
    .trim()
    .min(1, 'English text is empty')
    .transform((s) => clip(s, MAX_TITLE_LENGTH)),
});
const note = z.string().transform((s) => clip(s, MAX_NOTE_LENGTH));
/** A pair of texts that may still be empty (narration of a freshly captured chapter; cut to MAX_NOTE_LENGTH). */
export const DraftLocalizedSchema = z.object({ zh: note, en: note });

export const LngLatSchema = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85, 'centre must be [longitude, latitude]');

export const CameraSchema = z.object({
  center: LngLatSchema,
  zoom: z.number().min(0).max(22),
  bearing: z.number().min(-360).max(360).default(0),
  pitch: z.number().min(0).max(85).default(0),
  /** Flight time in milliseconds (0 = jump). */
  duration: z.number().int().min(0).max(MAX_DURATION_MS).default(DEFAULT_DURATION_MS),
});
export type Camera = z.output<typeof CameraSchema>;

const CategorySchema = z.enum(CATEGORIES, { error: (issue) => `unknown layer id "${String(issue.input)}"` });

/** An explicit legend row, for things the catalog does not describe (e.g. "dashed = planned"). */
export const LegendEntrySchema = z.object({
  label: LocalizedSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
  shape: z.enum(['fill', 'line', 'point']).default('fill'),
});

/**
 * The filter a chapter applies: any subset of the filter panel's FilterState (src/catalog/filter.ts); fields left
 * out are not filtered.
 */
export const ChapterFiltersSchema = z
  .object({
    categories: z.array(CategorySchema),
    districts: z.array(z.enum(DISTRICTS)),
    scope: z.enum(SCOPES).nullable(),
    industries: z.array(z.string().min(1).max(40)),
    status: z.array(z.enum(STATUS)),
    yearFrom: z.number().int().min(1949).max(2050).nullable(),
    yearTo: z.number().int().min(1949).max(2050).nullable(),
    accuracy: z.array(z.enum(ACCURACY)),
    zones: z.array(z.enum(ZONES)),
  })
  .partial()
  .strict();
export type ChapterFilters = z.output<typeof ChapterFiltersSchema>;
// Compile-time guard: the chapter filter stays a subset of the planner's FilterState.
const _filtersFit: Partial<FilterState> = {} as ChapterFilters;
void _filtersFit;

export const ChapterSchema = z
  .object({
    id: idSchema('chapter id'),
    title: LocalizedSchema,
    narration: DraftLocalizedSchema,
    /** Speaker notes, shown only in the presenter's notes window. */
    notes: DraftLocalizedSchema.optional(),
    camera: CameraSchema,
    /** Layer id → opacity (0..1). Layers not listed are off. */
    layers: z.partialRecord(CategorySchema, z.number().min(0, 'opacity below 0').max(1, 'opacity above 1')),
    /** Feature ids (geodata/plan) drawn highlighted in this chapter. */
    highlight: z.array(idSchema('feature id')).default([]),
    /** Filter applied in this chapter (part of the filter panel's FilterState); absent = no filter. */
    filters: ChapterFiltersSchema.optional(),
    /** Legend of the chapter: layer ids and/or explicit rows. Absent = the legends of the visible layers. */
    legend: z.array(z.union([CategorySchema, LegendEntrySchema])).optional(),
    /** The plan sections the narration is drawn from, quoted verbatim. */
    cites: z.array(SeedSourceSchema).default([]),
    /** Plan tracking: the map shows the tracked features by their status in this year (successive chapters with
     * years step through them, e.g. 2021 → 2026). Absent = tracking is not shown. */
    year: z.number().int().min(2021).max(2026).optional(),
  })
  .strict();
export type Chapter = z.output<typeof ChapterSchema>;
export type ChapterInput = z.input<typeof ChapterSchema>;

export const BriefingSchema = z
  .object({
    /** Format version of the file, so a later format can still read old downloads. */
    version: z.literal(BRIEFING_FORMAT_VERSION).default(BRIEFING_FORMAT_VERSION),
    id: idSchema('briefing id'),
    title: LocalizedSchema,
    subtitle: LocalizedSchema.optional(),
    chapters: z.array(ChapterSchema).min(1, 'a briefing needs at least one chapter').max(99),
  })
  .strict()
  .superRefine((briefing, ctx) => {
    const seen = new Set<string>();
    briefing.chapters.forEach((chapter, index) => {
      if (seen.has(chapter.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['chapters', index, 'id'],
          message: `duplicate chapter id "${chapter.id}"`,
        });
      }
      seen.add(chapter.id);
    });
  });
export type Briefing = z.output<typeof BriefingSchema>;

export type ParseResult = { ok: true; briefing: Briefing } | { ok: false; errors: string[] };

/** How many problems a failed parse reports; the rest are summarised in one line. */
const MAX_ERRORS = 12;

/**
 * Reads a briefing from a JSON string or an already parsed value. Never throws: a bad file gives one readable
 * line per problem, naming the chapter by number and title ("Chapter 3 “三极” › camera.zoom: …").
 */
export function parseBriefing(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_BRIEFING_CHARS)
      return {
        ok: false,
        errors: [`The file is too large (over ${MAX_BRIEFING_CHARS / 1_000_000} million characters)`],
      };
    try {
      value = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        errors: [`Not valid JSON: ${clip(error instanceof Error ? error.message : String(error), 200)}`],
      };
    }
  }
  const parsed = BriefingSchema.safeParse(value);
  if (parsed.success) return { ok: true, briefing: parsed.data };
  const issues = parsed.error.issues;
  const errors = issues.slice(0, MAX_ERRORS).map((issue) => {
    const unknownLayers = issue.code === 'unrecognized_keys' && issue.path[issue.path.length - 1] === 'layers';
    const message = unknownLayers ? `unknown layer id ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    return clip(describeIssue(issue.path.slice(0, 8), clip(message, 200), value), 300);
  });
  if (issues.length > MAX_ERRORS) errors.push(`… and ${issues.length - MAX_ERRORS} more problems`);
  return { ok: false, errors };
}

function describeIssue(path: PropertyKey[], message: string, raw: unknown): string {
  if (path[0] === 'chapters' && typeof path[1] === 'number') {
    const index = path[1];
    const chapter = (raw as { chapters?: { title?: { zh?: unknown } }[] } | null)?.chapters?.[index];
    const title = typeof chapter?.title?.zh === 'string' ? ` “${clip(chapter.title.zh, 40)}”` : '';
    const rest = path.slice(2).map(String).join('.');
    return `Chapter ${index + 1}${title}${rest ? ` › ${rest}` : ''}: ${message}`;
  }
  return `${path.map(String).join('.') || '(file)'}: ${message}`;
}

/** The JSON a planner downloads: stable key order, two-space indent, trailing newline. */
export function serializeBriefing(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2)}\n`;
}
