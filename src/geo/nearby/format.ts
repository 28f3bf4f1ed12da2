/**
 * Labels of a nearby result: "东北 2.4 km" / "NE 2.4 km", and the sentence screen readers hear. The figure is
 * stated as the feature's accuracy allows (src/geo/precision.ts): "东北 约 2.4 km" for approximate geometry, a
 * class without a direction for anchored and schematic geometry ("示意位置，约 0.5–2 km").
 */
import type { Accuracy } from '../vocabulary';
import { directionAllowed, exactDistance, statedDistance } from '../precision';
import type { NearbyProperties, NearbyResult } from './candidates';
import { COMPASS_EN_LONG, COMPASS_ZH, type CompassKey, type Lang } from './direction';

/** "850 m", "2.4 km", "12.3 km", "120 km": metres (to 10 m) below 1 km, one decimal below 100 km. */
export function formatDistance(distanceM: number): string {
  return exactDistance(distanceM);
}

/** The compass word in a language: 东北 / NE. */
export function compassLabel(key: CompassKey, lang: Lang): string {
  return lang === 'zh' ? COMPASS_ZH[key] : key;
}

type Measured = Pick<NearbyResult, 'distanceM' | 'inside' | 'compass'> & { accuracy?: Accuracy };

/** The accuracy a result is stated with: the feature's (official when it has none). */
export const resultAccuracy = (result: { accuracy?: Accuracy; feature?: { properties: NearbyProperties } }): Accuracy =>
  result.accuracy ?? result.feature?.properties.accuracy ?? 'official';

/**
 * The list label: "东北 2.4 km" / "NE 2.4 km"; "东北 约 850 m"; "示意位置，约 0.5–2 km"; inside a polygon
 * "位于其范围内" / "You are inside" (or "大致位于其范围内" for a schematic polygon); closer than 1 m "就在此处".
 */
export function formatDistanceDirection(
  result: Measured & { feature?: { properties: NearbyProperties } },
  lang: Lang,
): string {
  const accuracy = resultAccuracy(result);
  const rough = !directionAllowed(accuracy);
  if (result.inside) {
    if (rough) return lang === 'zh' ? '大致位于其示意范围内' : 'Roughly inside its schematic area';
    return lang === 'zh' ? '位于其范围内' : 'You are inside';
  }
  const distance = statedDistance(result.distanceM, accuracy, lang).text;
  if (rough) return distance;
  if (result.compass === null) return lang === 'zh' ? '就在此处' : 'Right here';
  return `${compassLabel(result.compass, lang)} ${distance}`;
}

/** A sentence for screen readers: "东北方向 2.4 公里" / "2.4 kilometres north-east". */
export function accessibleDistanceDirection(
  result: Measured & { feature?: { properties: NearbyProperties } },
  lang: Lang,
): string {
  const accuracy = resultAccuracy(result);
  if (result.inside || result.compass === null || !directionAllowed(accuracy))
    return formatDistanceDirection(result, lang);
  const distance = statedDistance(result.distanceM, accuracy, lang).text.replace(
    / km$/,
    lang === 'zh' ? ' 公里' : ' kilometres',
  );
  const spoken = distance.replace(/ m$/, lang === 'zh' ? ' 米' : ' metres');
  return lang === 'zh' ? `${COMPASS_ZH[result.compass]}方向 ${spoken}` : `${spoken} ${COMPASS_EN_LONG[result.compass]}`;
}
