/** The site check's own state types: an imported parcel layer, its report's state, the running import. */
import type { CrsGuess } from '../../geo/crs';
import type { SiteReport } from '../../geo/parcels/report';
import type { ImportResult, Parcel } from '../../geo/parcels/types';

/** An imported parcel layer: what was imported, how, and how it is shown. Kept in IndexedDB. */
export interface SiteLayer {
  id: string;
  name: string;
  fileName: string;
  format: ImportResult['format'];
  crs: CrsGuess;
  /** WGS84, as the importer returned them. */
  parcels: Parcel[];
  repaired: ImportResult['repaired'];
  rejected: ImportResult['rejected'];
  warnings: ImportResult['warnings'];
  /** ISO time of the import. */
  importedAt: string;
  visible: boolean;
  opacity: number;
  /** Whether the original file is kept (needed to re-import in another coordinate system). */
  hasSource: boolean;
}

/** The layer without its parcels (the index entry in IndexedDB). */
export type SiteLayerMeta = Omit<SiteLayer, 'parcels'>;

export type ReportState =
  | { status: 'computing'; fraction: number }
  | { status: 'ready'; report: SiteReport; ms: number }
  | { status: 'error'; zh: string; en: string };

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

export type Verdict = 'conflict' | 'urban' | 'other' | 'pending';

/** Map and legend colours: conflicts red, fully urban green, the rest neutral (colour-blind safe pairs). */
export const VERDICT_COLORS: Record<Verdict, string> = {
  conflict: '#d7191c',
  urban: '#1a9641',
  other: '#6b6358',
  pending: '#9e9a93',
};
