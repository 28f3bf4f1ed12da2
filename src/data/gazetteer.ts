/**
 * The search gazetteer (geodata/places/gazetteer.json): township seats (9-digit division codes) and villages /
 * communities (12-digit codes) with their centre points, WGS84. Fetched on first use (near me), never on the first
 * screen; checked row by row, so a damaged row is dropped and the rest kept.
 */
import * as z from 'zod/mini';
import gazetteerUrl from '../../geodata/places/gazetteer.json?url';

export interface GazetteerPlace {
  name: string;
  code: string;
  county: string;
  /** The township a village belongs to (absent for townships). */
  township?: string;
  /** Pinyin of the name people use (committee suffix dropped), one syllable per character: "shuang jiang cun". */
  py?: string;
  lon: number;
  lat: number;
}

export interface Gazetteer {
  townships: GazetteerPlace[];
  villages: GazetteerPlace[];
  credit: string;
}

const Row = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  code: z.string().check(z.regex(/^\d{9}(\d{3})?$/)),
  county: z.string().check(z.maxLength(20)),
  township: z.optional(z.string().check(z.maxLength(40))),
  py: z.optional(z.string().check(z.regex(/^[a-z0-9 ]{0,200}$/))),
  lon: z.number().check(z.gte(108), z.lte(118)),
  lat: z.number().check(z.gte(24), z.lte(30)),
});

function rows(input: unknown): GazetteerPlace[] {
  if (!Array.isArray(input)) return [];
  const out: GazetteerPlace[] = [];
  for (const row of input) {
    const parsed = Row.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Reads the file's JSON (pure; exported for the tests). */
export function parseGazetteer(json: unknown): Gazetteer {
  const record = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  return {
    townships: rows(record.townships),
    villages: rows(record.villages),
    credit: typeof record.credit === 'string' ? record.credit.slice(0, 400) : '',
  };
}

let promise: Promise<Gazetteer> | null = null;

/** The gazetteer, fetched once; an empty one when the file cannot be fetched (search then offers the other places). */
export function loadGazetteer(): Promise<Gazetteer> {
  promise ??= fetch(gazetteerUrl)
    .then((response) => (response.ok ? response.json() : null))
    .then(parseGazetteer)
    .catch(() => parseGazetteer(null));
  return promise;
}
