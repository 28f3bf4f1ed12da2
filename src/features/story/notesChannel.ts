/**
 * The messages between the presenting window and the speaker-notes window (BroadcastChannel, same origin).
 * The main window sends the state (chapter, its text and notes, the next chapter, language, start time); the
 * notes window asks for it when it opens and may send navigation back. Every message is validated: another tab
 * of the same site could post anything on the channel.
 */
import { z } from 'zod';
import type { Briefing } from '../../data/briefing';
import { DraftLocalizedSchema, LocalizedSchema } from '../../data/briefingSchema';

export const NOTES_CHANNEL = 'zhuzhou-plan-map:briefing';

const ChapterTextSchema = z.object({
  title: LocalizedSchema,
  narration: DraftLocalizedSchema,
  notes: DraftLocalizedSchema.optional(),
});
export type ChapterText = z.output<typeof ChapterTextSchema>;

const StateSchema = z.object({
  type: z.literal('state'),
  briefingTitle: LocalizedSchema,
  /** 0-based. */
  index: z.number().int().min(0),
  count: z.number().int().min(1),
  current: ChapterTextSchema,
  next: ChapterTextSchema.nullable(),
  language: z.enum(['zh', 'en']),
  /** When presenting started (ms since epoch), for the elapsed-time clock. */
  startedAt: z.number(),
  blank: z.boolean(),
});
export type NotesState = z.output<typeof StateSchema>;

export const NOTES_COMMANDS = ['next', 'prev', 'first', 'last', 'blank', 'reset-view'] as const;
export type NotesCommand = (typeof NOTES_COMMANDS)[number] | `jump:${number}`;

const CommandSchema = z.union([
  z.enum(NOTES_COMMANDS),
  z
    .string()
    .regex(/^jump:[1-9][0-9]?$/)
    .transform((s) => s as `jump:${number}`),
]);

export const NotesMessageSchema = z.discriminatedUnion('type', [
  StateSchema,
  /** The notes window opened (or reloaded) and wants the state. */
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('command'), command: CommandSchema }),
  /** The main window left story mode or closed. */
  z.object({ type: z.literal('closed') }),
]);
export type NotesMessage = z.output<typeof NotesMessageSchema>;

export function parseNotesMessage(data: unknown): NotesMessage | null {
  const result = NotesMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}

const text = (chapter: Briefing['chapters'][number]): ChapterText => ({
  title: chapter.title,
  narration: chapter.narration,
  ...(chapter.notes ? { notes: chapter.notes } : {}),
});

/** The state message for a chapter of a briefing. */
export function notesState(
  briefing: Briefing,
  index: number,
  language: 'zh' | 'en',
  startedAt: number,
  blank: boolean,
): NotesState {
  const current = briefing.chapters[index] ?? briefing.chapters[0]!;
  const next = briefing.chapters[index + 1];
  return {
    type: 'state',
    briefingTitle: briefing.title,
    index: Math.min(index, briefing.chapters.length - 1),
    count: briefing.chapters.length,
    current: text(current),
    next: next ? text(next) : null,
    language,
    startedAt,
    blank,
  };
}
