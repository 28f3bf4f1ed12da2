/**
 * Types of the site check (a planner's own parcels held against the plan). Pure; shared by the importer
 * (src/geo/parcels/importFile.ts), the report (src/geo/parcels/report/) and the UI (src/features/sitecheck).
 */
import type { CrsGuess, CrsId } from '../crs';

export type ParcelFormat = 'geojson' | 'shapefile' | 'kml' | 'kmz' | 'gpx' | 'csv' | 'xlsx';

export interface ParcelProps {
  parcel_id: string;
  name: string;
  attrs: Record<string, string | number | null>;
}

export type Parcel = GeoJSON.Feature<
  GeoJSON.Polygon | GeoJSON.MultiPolygon | GeoJSON.Point | GeoJSON.LineString | GeoJSON.MultiLineString,
  ParcelProps
>;

export interface Rejected {
  index: number;
  name?: string;
  reason_zh: string;
  reason_en: string;
}

export interface Repaired {
  index: number;
  name?: string;
  what_zh: string;
  what_en: string;
}

export interface ImportResult {
  fileName: string;
  format: ParcelFormat;
  crs: CrsGuess;
  /** WGS84, valid (repaired where possible). */
  parcels: Parcel[];
  repaired: Repaired[];
  rejected: Rejected[];
  /** e.g. "lands outside Zhuzhou — probably a GCJ-02 file read as WGS84". */
  warnings: { zh: string; en: string }[];
}

/** A whole-file failure: empty, too large, unknown format, malformed, unknown projection when no guess is possible. */
export class ImportError extends Error {
  readonly zh: string;
  readonly en: string;
  /** 'crs': the coordinate system could not be decided — the user can pick one and import again. */
  readonly code?: 'crs';
  constructor(zh: string, en: string, code?: 'crs') {
    super(en);
    this.name = 'ImportError';
    this.zh = zh;
    this.en = en;
    if (code) this.code = code;
  }
}

/** The stated size limit of one imported file: 200 MB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface ImportOptions {
  /** Overrides the file's own CRS and the detection (the user's choice). */
  crs?: CrsId;
  /** true: the file has y (northing/latitude) first, swap before converting; false: never swap. Default: detect. */
  swapXY?: boolean;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Column names for CSV/XLSX (auto-detected otherwise). */
  csv?: { lon?: string; lat?: string; parcel?: string };
}
