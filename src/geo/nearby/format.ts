/** Labels of a nearby result: "东北 2.4 km" / "NE 2.4 km", and the sentence screen readers hear. */
import type { NearbyResult } from './candidates';
import { COMPASS_EN_LONG, COMPASS_ZH, type CompassKey, type Lang } from './direction';

/** "850 m", "2.4 km", "12.3 km", "120 km": metres (to 10 m) below 1 km, one decimal below 100 km. */
export function formatDistance(distanceM: number): string {
  const m = Math.max(0, distanceM);
  if (m < 995) return `${Math.max(10, Math.round(m / 10) * 10)} m`;
  const km = m / 1000;
  return km < 99.95 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** The compass word in a language: 东北 / NE. */
export function compassLabel(key: CompassKey, lang: Lang): string {
  return lang === 'zh' ? COMPASS_ZH[key] : key;
}

/**
 * The list label: "东北 2.4 km" / "NE 2.4 km"; "东北 850 m"; inside a polygon "位于其范围内" / "You are inside";
 * closer than 1 m "就在此处" / "Right here".
 */
export function formatDistanceDirection(
  result: Pick<NearbyResult, 'distanceM' | 'inside' | 'compass'>,
  lang: Lang,
): string {
  if (result.inside) return lang === 'zh' ? '位于其范围内' : 'You are inside';
  if (result.compass === null) return lang === 'zh' ? '就在此处' : 'Right here';
  return `${compassLabel(result.compass, lang)} ${formatDistance(result.distanceM)}`;
}

/** A sentence for screen readers: "东北方向 2.4 km" / "2.4 km north-east". */
export function accessibleDistanceDirection(
  result: Pick<NearbyResult, 'distanceM' | 'inside' | 'compass'>,
  lang: Lang,
): string {
  if (result.inside || result.compass === null) return formatDistanceDirection(result, lang);
  const distance = formatDistance(result.distanceM).replace(' km', lang === 'zh' ? ' 公里' : ' kilometres');
  const spoken = distance.replace(/ m$/, lang === 'zh' ? ' 米' : ' metres');
  return lang === 'zh' ? `${COMPASS_ZH[result.compass]}方向 ${spoken}` : `${spoken} ${COMPASS_EN_LONG[result.compass]}`;
}
