/**
 * The briefing format's constants, apart from its zod schema (./briefingSchema.ts) so that the first screen
 * (the story slice, the export legend) can use them without loading zod.
 */

/** Maximum camera flight the presenter waits through; longer flights lose the room. */
export const MAX_DURATION_MS = 15000;
export const DEFAULT_DURATION_MS = 2500;
export const BRIEFING_FORMAT_VERSION = 1;
