/**
 * Distance and direction maths of "what is planned near me": great-circle distance and bearing, the 8-point
 * compass and its words, and the local plane's scale factors.
 */

/** turf's mean Earth radius, so our figures agree with turf.distance to the millimetre. */
export const EARTH_RADIUS_M = 6371008.8;
export const RAD = Math.PI / 180;
export const M_PER_DEG = EARTH_RADIUS_M * RAD;

/** 8-point compass, clockwise from north. */
export const COMPASS_KEYS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassKey = (typeof COMPASS_KEYS)[number];
export const COMPASS_ZH: Record<CompassKey, string> = {
  N: '北',
  NE: '东北',
  E: '东',
  SE: '东南',
  S: '南',
  SW: '西南',
  W: '西',
  NW: '西北',
};
export const COMPASS_EN_LONG: Record<CompassKey, string> = {
  N: 'north',
  NE: 'north-east',
  E: 'east',
  SE: 'south-east',
  S: 'south',
  SW: 'south-west',
  W: 'west',
  NW: 'north-west',
};

export type Lang = 'zh' | 'en';

/** Great-circle distance in metres between two [lon, lat] positions. */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const a = s * s + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * t * t;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/** Initial great-circle bearing from the first to the second position, degrees clockwise from north, [0, 360). */
export function bearingDeg(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const φ1 = lat1 * RAD;
  const φ2 = lat2 * RAD;
  const dλ = (lon2 - lon1) * RAD;
  const y = Math.sin(dλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(dλ);
  const deg = Math.atan2(y, x) / RAD;
  return (deg + 360) % 360;
}

/** The 8-point compass sector of a bearing (each sector 45° wide, centred on N, NE, …). */
export function compassOf(bearing: number): CompassKey {
  const index = ((Math.round((((bearing % 360) + 360) % 360) / 45) % 8) + 8) % 8;
  return COMPASS_KEYS[index]!;
}

/** The local-plane scale factors (metres per degree east / north) at a latitude. */
export const scales = (lat: number) => ({ kx: M_PER_DEG * Math.cos(lat * RAD), ky: M_PER_DEG });
