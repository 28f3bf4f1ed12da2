/**
 * Coordinate systems Chinese planning data comes in, and their conversion to WGS84. Pure (runs in a Web Worker).
 */
export type CrsId =
  | 'wgs84'
  | 'cgcs2000'
  | 'gcj02'
  | 'bd09'
  | 'cgcs2000-gk3-111'
  | 'cgcs2000-gk3-114'
  | 'cgcs2000-gk3-111-prefixed'
  | 'cgcs2000-gk3-114-prefixed'
  | 'cgcs2000-gk6-19'
  | 'cgcs2000-gk6-20'
  | 'cgcs2000-gk6-19-prefixed'
  | 'cgcs2000-gk6-20-prefixed';

export interface CrsInfo {
  id: CrsId;
  label_zh: string;
  label_en: string;
}

export interface CrsGuess {
  id: CrsId;
  how: 'prj' | 'crs-member' | 'detected' | 'user';
  note_zh: string;
  note_en: string;
}

export const CRS_LIST: CrsInfo[] = [];

const notImplemented = (): never => {
  throw new Error('not implemented');
};

/** null = unknown projection (the caller reports it). */
export function crsFromPrj(wkt: string): CrsId | null {
  void wkt;
  return notImplemented();
}

export function crsFromGeoJsonMember(crs: unknown): CrsId | null {
  void crs;
  return notImplemented();
}

/** null = cannot tell. */
export function detectCrs(sample: [number, number][]): CrsGuess | null {
  void sample;
  return notImplemented();
}

export function toWgs84(id: CrsId): (xy: [number, number]) => [number, number] {
  void id;
  return notImplemented();
}
