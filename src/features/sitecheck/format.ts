/** Number formats of the site-check tables: m², 公顷 and 亩 from square metres (src/geo/units.ts). */
import { SQM_PER_HA, SQM_PER_MU, formatNumber, formatShare, type Locale } from '../../geo/units';
import { statedShare, statedValue } from '../../geo/precision';
import type { ZoneShare } from '../../geo/parcels/report/types';

export const m2Text = (m2: number, locale: Locale) => formatNumber(m2, locale, 0);
export const haText = (m2: number, locale: Locale) => formatNumber(m2 / SQM_PER_HA, locale, 2);
export const muText = (m2: number, locale: Locale) => formatNumber(m2 / SQM_PER_MU, locale, 2);
export const shareText = (share: number, locale: Locale) => formatShare(share, locale, 1);
export const kmText = (km: number, locale: Locale) => formatNumber(km, locale, km < 10 ? 2 : 1);

/** A zone's (or a schematic element's) 亩 as its accuracy allows: exact to 0.01 亩, schematic one significant figure. */
export const zoneMuText = (z: Pick<ZoneShare, 'm2' | 'schematic'>, locale: Locale) =>
  statedValue(z.m2 / SQM_PER_MU, z.schematic ? 'schematic' : 'official', locale, 2).text;
/** A zone's share as its accuracy allows: "37.2%" exact, "约 40%" schematic. */
export const zoneShareText = (z: Pick<ZoneShare, 'share' | 'schematic'>, locale: Locale) =>
  statedShare(z.share, z.schematic ? 'schematic' : 'official', locale).text;
