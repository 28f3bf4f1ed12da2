/**
 * The ids of the coordinate systems the site check reads (their definitions and conversions: ./crs.ts), apart from
 * proj4 and gcoord so that checking a stored value (first screen) does not load them.
 */
export const CRS_ID_LIST = [
  'wgs84',
  'cgcs2000',
  'gcj02',
  'bd09',
  'cgcs2000-gk3-111',
  'cgcs2000-gk3-114',
  'cgcs2000-gk3-111-prefixed',
  'cgcs2000-gk3-114-prefixed',
  'cgcs2000-gk6-19',
  'cgcs2000-gk6-20',
  'cgcs2000-gk6-19-prefixed',
  'cgcs2000-gk6-20-prefixed',
  'web-mercator',
] as const;

export type CrsId = (typeof CRS_ID_LIST)[number];

const IDS = new Set<string>(CRS_ID_LIST);
export const isCrsId = (value: unknown): value is CrsId => typeof value === 'string' && IDS.has(value);
