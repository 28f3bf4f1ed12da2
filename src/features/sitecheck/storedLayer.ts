/**
 * The stored form of an imported layer's metadata (one IndexedDB record per layer, see ./persistence.ts), checked
 * entry by entry: a damaged record is dropped alone, never the others; texts are cut to their limits and lists
 * capped, so nothing stored can stall the page. zod/mini (already on the first screen).
 */
import * as z from 'zod/mini';
import { isCrsId } from '../../geo/crsIds';
import { clip, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../geo/text';
import type { LayerShape, SiteLayerMeta } from './types';

/** At most this many rejected / repaired / warning entries are kept per layer (the rest is summarised). */
export const MAX_LISTED = 5000;
/** A layer id as newId() makes them (and older ones): short ASCII. */
export const LAYER_ID = /^[A-Za-z0-9_-]{1,64}$/;

const FORMATS = ['geojson', 'shapefile', 'kml', 'kmz', 'gpx', 'csv', 'xlsx'] as const;
const HOWS = ['prj', 'crs-member', 'detected', 'user', 'recovered'] as const;

const finite = z.number().check(z.refine(Number.isFinite));
const lon = z.number().check(z.gte(-180), z.lte(180));
const lat = z.number().check(z.gte(-90), z.lte(90));
const note = z.string();

const ShapeSchema = z.object({
  count: z.int().check(z.gte(0), z.lte(10_000_000)),
  bbox: z.nullable(z.tuple([lon, lat, lon, lat])),
  kind: z.enum(['fill', 'line', 'point']),
});

const MetaSchema = z.object({
  id: z.string().check(z.regex(LAYER_ID)),
  name: z.string(),
  fileName: z.string(),
  format: z.enum(FORMATS),
  crs: z.object({
    id: z.string().check(z.refine(isCrsId)),
    how: z.enum(HOWS),
    note_zh: note,
    note_en: note,
    swapped: z.optional(z.boolean()),
  }),
  shape: z.optional(z.unknown()),
  repaired: z.optional(z.array(z.unknown())),
  rejected: z.optional(z.array(z.unknown())),
  warnings: z.optional(z.array(z.unknown())),
  importedAt: z.string(),
  visible: z.optional(z.boolean()),
  opacity: z.optional(finite),
  hasSource: z.optional(z.boolean()),
});

const pair = (value: unknown, a: string, b: string): Record<string, string> | null => {
  if (!value || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (typeof o[a] !== 'string' || typeof o[b] !== 'string') return null;
  return { [a]: clip(o[a], MAX_NOTE_LENGTH), [b]: clip(o[b], MAX_NOTE_LENGTH) };
};

function listed<T>(items: unknown[] | undefined, read: (item: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const item of (items ?? []).slice(0, MAX_LISTED)) {
    const value = read(item);
    if (value) out.push(value);
  }
  return out;
}

const indexOf = (item: unknown) => {
  const i = (item as { index?: unknown })?.index;
  return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? i : null;
};
const nameOf = (item: unknown) => {
  const n = (item as { name?: unknown })?.name;
  return typeof n === 'string' ? { name: clip(n, MAX_NAME_LENGTH) } : {};
};

/** One stored layer record → a metadata entry, or null when it is not one (the record alone is dropped). */
export function parseLayerMeta(value: unknown): SiteLayerMeta | null {
  const parsed = z.safeParse(MetaSchema, value);
  if (!parsed.success) return null;
  const m = parsed.data;
  const shape = z.safeParse(ShapeSchema, m.shape);
  const time = Date.parse(m.importedAt);
  return {
    id: m.id,
    name: clip(m.name.trim() || m.fileName || m.id, MAX_NAME_LENGTH),
    fileName: clip(m.fileName, 255),
    format: m.format,
    crs: {
      id: m.crs.id as SiteLayerMeta['crs']['id'],
      how: m.crs.how,
      note_zh: clip(m.crs.note_zh, MAX_NOTE_LENGTH),
      note_en: clip(m.crs.note_en, MAX_NOTE_LENGTH),
      ...(m.crs.swapped ? { swapped: true } : {}),
    },
    ...(shape.success ? { shape: shape.data as LayerShape } : {}),
    repaired: listed(m.repaired, (item) => {
      const index = indexOf(item);
      const what = pair(item, 'what_zh', 'what_en');
      return index !== null && what ? { index, ...nameOf(item), what_zh: what.what_zh!, what_en: what.what_en! } : null;
    }),
    rejected: listed(m.rejected, (item) => {
      const index = indexOf(item);
      const why = pair(item, 'reason_zh', 'reason_en');
      return index !== null && why
        ? { index, ...nameOf(item), reason_zh: why.reason_zh!, reason_en: why.reason_en! }
        : null;
    }),
    warnings: listed(m.warnings, (item) => {
      const w = pair(item, 'zh', 'en');
      return w ? { zh: w.zh!, en: w.en! } : null;
    }),
    importedAt: Number.isFinite(time) ? new Date(time).toISOString() : new Date(0).toISOString(),
    visible: m.visible ?? true,
    opacity: Math.min(1, Math.max(0, m.opacity ?? 0.8)),
    hasSource: m.hasSource ?? false,
  };
}

/** The legacy index (one array of all layers, before one record per layer): its valid entries, one by one. */
export function parseLegacyIndex(value: unknown): { metas: SiteLayerMeta[]; dropped: number } {
  if (!Array.isArray(value)) return { metas: [], dropped: value === undefined ? 0 : 1 };
  const metas: SiteLayerMeta[] = [];
  let dropped = 0;
  for (const item of value.slice(0, 10_000)) {
    const meta = parseLayerMeta(item);
    if (meta) metas.push(meta);
    else dropped++;
  }
  return { metas, dropped };
}

/** A stored parcels record (a JSON text or an array): the parcels, or null when the record is damaged. */
export function parseStoredParcels<P>(value: unknown): P[] | null {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(data)) return null;
  for (const item of data) {
    const g = (item as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    if (!g || typeof g.type !== 'string' || !Array.isArray(g.coordinates)) return null;
    const props = (item as { properties?: unknown }).properties;
    if (!props || typeof props !== 'object') return null;
  }
  return data as P[];
}

/** A layer's parcels or original file kept in IndexedDB with no layer record pointing at them. */
export interface OrphanRecord {
  id: string;
  /** A `parcels:<id>` record is there (readable or not: that is found out when it is recovered). */
  parcels: boolean;
  /** A `source:<id>` record (the original file) is there. */
  source: boolean;
}

const ORPHAN_KINDS = { 'parcels:': 'parcels', 'source:': 'source' } as const;

/**
 * The layers whose parcels or original file are stored but which no valid layer record lists (left by an older
 * version's two-tab bug, a damaged record, a write cut short), from the store's keys. `listed` are the ids of the
 * valid layer records (and of layers this tab holds). Verdict records alone are derived data and make no orphan.
 * Oldest import first (ids begin with the import time). Pure.
 */
export function findOrphans(keys: readonly unknown[], listed: Iterable<string>): OrphanRecord[] {
  const known = new Set(listed);
  const found = new Map<string, OrphanRecord>();
  for (const key of keys) {
    if (typeof key !== 'string') continue;
    const prefix = key.slice(0, key.indexOf(':') + 1);
    const kind = ORPHAN_KINDS[prefix as keyof typeof ORPHAN_KINDS];
    if (!kind) continue;
    const id = key.slice(prefix.length);
    if (!LAYER_ID.test(id) || known.has(id)) continue;
    const orphan = found.get(id) ?? { id, parcels: false, source: false };
    orphan[kind] = true;
    found.set(id, orphan);
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * When a layer id made by the app (`L` + the import time in base 36 + 4 random characters) was made: its import
 * time for a recovered layer; null for another id or an implausible time.
 */
export function importTimeOfId(id: string, now = Date.now()): Date | null {
  // The time part has 8 base-36 digits from 1973 to 2059; the random part up to 4 characters.
  const match = /^L([0-9a-z]{8})[0-9a-z]{0,4}$/.exec(id);
  if (!match) return null;
  const ms = parseInt(match[1]!, 36);
  return ms >= Date.UTC(2020, 0, 1) && ms <= now + 86_400_000 ? new Date(ms) : null;
}
