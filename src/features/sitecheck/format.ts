/** Number formats of the site-check tables: m², 公顷 and 亩 from square metres (src/geo/units.ts). */
import { SQM_PER_HA, SQM_PER_MU, formatNumber, formatShare, type Locale } from '../../geo/units';

export const m2Text = (m2: number, locale: Locale) => formatNumber(m2, locale, 0);
export const haText = (m2: number, locale: Locale) => formatNumber(m2 / SQM_PER_HA, locale, 2);
export const muText = (m2: number, locale: Locale) => formatNumber(m2 / SQM_PER_MU, locale, 2);
export const shareText = (share: number, locale: Locale) => formatShare(share, locale, 1);
export const kmText = (km: number, locale: Locale) => formatNumber(km, locale, km < 10 ? 2 : 1);
