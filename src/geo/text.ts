/**
 * Limits on text that a user, a file or a link supplies (names, titles, notes, reasons): cut with an ellipsis,
 * so a 3-million-character title cannot freeze the page and a notice never echoes more than a line. Pure.
 */

/** Names of layers, parcels, measurements. */
export const MAX_NAME_LENGTH = 80;
/** Titles (briefing, chapter). */
export const MAX_TITLE_LENGTH = 200;
/** Notes, narration, reasons, warnings. */
export const MAX_NOTE_LENGTH = 4000;
/** What a notice may echo of outside text (a parameter value, a file's own words). */
export const MAX_ECHO_LENGTH = 60;

/** `text` cut to at most `max` characters (code points), the last one an ellipsis when it was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Enough UTF-16 units for max + 1 code points (or the whole text, when it has no more than max).
  const chars = Array.from(text.slice(0, (max + 1) * 2));
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Like clip, for a value that may not be a string at all (unknown input): '' for anything else. */
export const clipUnknown = (value: unknown, max: number): string => (typeof value === 'string' ? clip(value, max) : '');
