/** The site check's own state types: an imported parcel layer, its report's state, the running import. */
import type { CrsGuess } from '../../geo/crs';
import type { ParcelReport, SiteReport } from '../../geo/parcels/report/types';
import type { ImportResult } from '../../geo/parcels/types';

export type BBox4 = [number, number, number, number];

/** The source-layer name of the parcel tiles the worker cuts (see mapData.ts). */
export const TILE_LAYER = 'parcels';
/** Tiles are cut down to this zoom (MapLibre overzooms beyond it). */
export const TILE_MAX_ZOOM = 16;

/** How a layer's parcels are drawn (and its legend swatch): polygons as fills, else lines, else points. */
export type ParcelKind = 'fill' | 'line' | 'point';

/**
 * What the main thread knows of a layer's parcels. The parcels themselves (100,000 of them, say) stay in the
 * site-check worker and IndexedDB: cloning them to the main thread and keeping them in the store cost seconds.
 */
export interface LayerShape {
  count: number;
  /** WGS84 [west, south, east, north]; null when there are no coordinates. */
  bbox: BBox4 | null;
  kind: ParcelKind;
}

/** An import's outcome as the main thread gets it: the ImportResult without its parcels, plus their shape. */
export type ImportSummary = Omit<ImportResult, 'parcels'> & { shape: LayerShape };

/**
 * What the main thread keeps of a report: totals and counts. The rows stay in the worker, sorted (conflicts
 * first), and the table asks for the page it shows.
 */
export interface ReportSummary {
  total: SiteReport['total'];
  count: number;
  /** Whether any row rests on schematic zones (the caveat is shown). */
  schematic: boolean;
  verdicts: Record<ParcelReport['verdict'], number>;
}

/** A report row as the table gets it: its parcel's index in the layer (= the map feature's id) and bbox. */
export type TableRow = ParcelReport & { index: number; bbox: BBox4 | null };

/**
 * How a layer's coordinate system was decided: as the importer says, or `recovered` — the layer was recovered from
 * parcels an older version left unlisted (already WGS84; the file's own coordinate system was not recorded).
 */
export type SiteCrs = Omit<CrsGuess, 'how'> & { how: CrsGuess['how'] | 'recovered' };

/** An imported parcel layer: what was imported, how, and how it is shown. Kept in IndexedDB. */
export interface SiteLayer {
  id: string;
  name: string;
  fileName: string;
  format: ImportResult['format'];
  crs: SiteCrs;
  /** Count, extent and kind of the parcels (which are kept by the worker and in IndexedDB, not here). */
  shape: LayerShape;
  repaired: ImportResult['repaired'];
  rejected: ImportResult['rejected'];
  warnings: ImportResult['warnings'];
  /** ISO time of the import. */
  importedAt: string;
  visible: boolean;
  opacity: number;
  /** Whether the original file is kept (needed to re-import in another coordinate system). */
  hasSource: boolean;
  /** The layer is the reference zoning (an official 三区三线 / 规划分区 file): reports use its zones, exactly. */
  reference?: boolean;
}

/** The index entry in IndexedDB (entries saved before the shape was kept have none: it is read again). */
export type SiteLayerMeta = Omit<SiteLayer, 'shape'> & { shape?: LayerShape };

export type ReportState =
  | { status: 'computing'; fraction: number }
  | { status: 'ready'; report: ReportSummary; ms: number }
  | { status: 'error'; zh: string; en: string }
  /** The layer is the reference zoning itself: it is what the others are checked against, never checked itself. */
  | { status: 'reference' };

/** The import in progress (one at a time). */
export interface SiteJob {
  fileName: string;
  stage: 'read' | 'import' | 'report';
  fraction: number;
}

/** The last import's outcome line (an i18n key with values; `reason` in both languages). */
export interface SiteMessage {
  level: 'info' | 'error';
  key: string;
  values: Record<string, string | number>;
  reason?: { zh: string; en: string };
}

export type Verdict = 'conflict' | 'caution' | 'urban' | 'other' | 'pending';

/**
 * Map and legend colours: conflicts (against exact zoning) red, overlaps with schematic protection zones amber
 * (a caution, not a result), fully urban green, the rest neutral (colour-blind safe pairs).
 */
export const VERDICT_COLORS: Record<Verdict, string> = {
  conflict: '#d7191c',
  caution: '#e08a00',
  urban: '#1a9641',
  other: '#6b6358',
  pending: '#9e9a93',
};
