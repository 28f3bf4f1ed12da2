/**
 * The tracking view's data: the rows of the promised-vs-delivered table and their CSV (the history file is fetched
 * once, on first use, by src/data/history.ts). The statuses themselves are derived in src/geo/history.ts.
 */
import {
  decide,
  isListed,
  planGroup,
  PLAN_YEAR,
  TRACK_CLASSES,
  type HistoryEntry,
  type HistoryFile,
  type TrackClass,
} from '../../geo/history';
import type { PlanFeature } from '../../geo/schema';
import type { District } from '../../geo/vocabulary';

/** One tracked feature in a year: its class then and the sentence that says so. */
export interface TrackRow {
  feature: PlanFeature;
  entries: HistoryEntry[];
  listed: boolean;
  group: string;
  district: District | 'several';
  cls: TrackClass | null;
  entry: HistoryEntry | null;
  cls2021: TrackClass | null;
  entry2021: HistoryEntry | null;
}

export function districtKey(feature: PlanFeature): District | 'several' {
  const d = feature.properties.district;
  if (typeof d === 'string') return d as District;
  return d.length === 1 ? (d[0] as District) : 'several';
}

/** Every tracked feature that the loaded plan data has, with its class in `year` (and in 2021). */
export function trackRows(file: HistoryFile, byId: ReadonlyMap<string, PlanFeature>, year: number): TrackRow[] {
  const rows: TrackRow[] = [];
  for (const [id, entries] of Object.entries(file.features)) {
    const feature = byId.get(id);
    if (!feature) continue;
    const now = decide(entries, year);
    const then = decide(entries, PLAN_YEAR);
    rows.push({
      feature,
      entries,
      listed: isListed(entries),
      group: planGroup(entries),
      district: districtKey(feature),
      cls: now?.cls ?? null,
      entry: now?.entry ?? null,
      cls2021: then?.cls ?? null,
      entry2021: then?.entry ?? null,
    });
  }
  return rows;
}

export function countRows(rows: readonly TrackRow[]): Record<TrackClass, number> {
  const counts = Object.fromEntries(TRACK_CLASSES.map((c) => [c, 0])) as Record<TrackClass, number>;
  for (const row of rows) if (row.cls) counts[row.cls] += 1;
  return counts;
}

const field = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const cite = (e: HistoryEntry | null) => (e ? `${e.source.file}:${e.source.line} ${e.source.quote}` : '');

/**
 * The table as CSV (RFC 4180, CRLF, UTF-8 with BOM for spreadsheet programs): every tracked feature shown on the
 * map in `year`, with its class in 2021 and in `year` and the sentence for each.
 */
export function rowsToCsv(rows: readonly TrackRow[], year: number): string {
  const header = [
    'id',
    'name',
    'name_en',
    'listed_in_plan',
    'plan_section',
    'district',
    'class_2021',
    'source_2021',
    `class_${year}`,
    `date_${year}`,
    `source_${year}`,
  ];
  const lines = rows
    .filter((r) => r.cls !== null)
    .map((r) =>
      [
        r.feature.properties.id,
        r.feature.properties.name,
        r.feature.properties.name_en,
        r.listed ? 'yes' : 'no',
        r.group,
        r.district,
        r.cls2021 ?? '',
        cite(r.entry2021),
        r.cls ?? '',
        r.entry?.date ?? '',
        cite(r.entry),
      ]
        .map(field)
        .join(','),
    );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
