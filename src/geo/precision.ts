/**
 * How exactly a figure derived from a geometry may be stated, by that geometry's accuracy — the one place that
 * decides it (near me, feature details, area statistics, site check and the exports all ask here). Pure.
 *
 * - `official`    → as measured (distances to 10 m, areas and shares to their usual decimals), with a direction;
 * - `approximate` → rounded to two significant figures and marked "约 / about" ("约 1.2 km", "约 37%"), with a direction;
 * - `anchored`, `schematic` → one significant figure at most: a distance becomes a class ("示意，约 0.5–2 km"),
 *   areas and shares one significant figure ("约 700 亩", "约 40%"), and no compass direction.
 *
 * A figure that combines several geometries takes the least exact of their accuracies ({@link leastExact}).
 */
import { ACCURACY, type Accuracy } from './vocabulary';
import { formatNumber, formatShare, type Locale } from './units';

/** How a stated figure was rounded (exports carry it next to the value). */
export type Rounding = 'exact' | 'sig2' | 'sig1' | 'class';

/** The rounding rule of an accuracy. */
export function roundingOf(accuracy: Accuracy): Exclude<Rounding, 'class'> {
  if (accuracy === 'official') return 'exact';
  if (accuracy === 'approximate') return 'sig2';
  return 'sig1';
}

/** Whether the geometry is too rough for a compass direction or a metre figure (anchored / schematic). */
export const isDiagrammatic = (accuracy: Accuracy) => accuracy === 'anchored' || accuracy === 'schematic';

/** The least exact of several accuracies (official when none is given). */
export function leastExact(accuracies: Iterable<Accuracy | undefined>): Accuracy {
  let worst = 0;
  for (const a of accuracies) if (a) worst = Math.max(worst, ACCURACY.indexOf(a));
  return ACCURACY[worst]!;
}

/** `value` rounded to `digits` significant figures (0 stays 0). */
export function roundSignificant(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (digits - 1 - magnitude);
  const rounded = Math.round(value * factor) / factor;
  // Strip float noise such as 0.30000000000000004.
  return Number(rounded.toPrecision(digits));
}

/** Decimals needed to print a value rounded to `digits` significant figures. */
function decimalsOf(rounded: number, digits: number): number {
  if (rounded === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  return Math.max(0, digits - 1 - magnitude);
}

const ABOUT: Record<Locale, string> = { zh: '约 ', en: 'about ' };

export interface StatedNumber {
  /** The text to show, unit included. */
  text: string;
  /** The value as stated (rounded), in the unit asked for; null when only a class is stated. */
  value: number | null;
  rounding: Rounding;
}

/** The classes a diagrammatic distance is stated in, km: below 0.5, 0.5–2, 2–5, 5–10, 10–20, 20 and more. */
export const DISTANCE_CLASSES_KM = [0.5, 2, 5, 10, 20] as const;

function distanceClass(metres: number, lang: Locale): string {
  const km = metres / 1000;
  const bounds = DISTANCE_CLASSES_KM;
  if (km < bounds[0]) return lang === 'zh' ? '0.5 km 以内' : 'within 0.5 km';
  for (let i = 1; i < bounds.length; i++) {
    if (km < bounds[i]!) return `${lang === 'zh' ? '约 ' : 'about '}${bounds[i - 1]}–${bounds[i]} km`;
  }
  return lang === 'zh' ? `${bounds[bounds.length - 1]} km 以上` : `over ${bounds[bounds.length - 1]} km`;
}

/** "850 m", "2.4 km", "120 km": metres to 10 m below 1 km, one decimal below 100 km (the exact statement). */
export function exactDistance(distanceM: number): string {
  const m = Math.max(0, distanceM);
  if (m < 995) return `${Math.max(10, Math.round(m / 10) * 10)} m`;
  const km = m / 1000;
  return km < 99.95 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** What a schematic / anchored distance is prefixed with. */
export const DIAGRAM_PREFIX: Record<'anchored' | 'schematic', Record<Locale, string>> = {
  schematic: { zh: '示意位置，', en: 'schematic, ' },
  anchored: { zh: '走向示意，', en: 'indicative course, ' },
};

/**
 * A distance as the accuracy allows: official "850 m" / "2.4 km"; approximate "约 850 m" / "约 2.4 km" (two
 * significant figures); anchored / schematic a class only: "示意位置，约 0.5–2 km".
 */
export function statedDistance(distanceM: number, accuracy: Accuracy, lang: Locale): StatedNumber {
  const m = Math.max(0, distanceM);
  if (accuracy === 'official') return { text: exactDistance(m), value: m, rounding: 'exact' };
  if (accuracy === 'approximate') {
    const rounded = Math.max(10, roundSignificant(m, 2));
    const text =
      rounded < 1000 ? `${rounded} m` : `${formatNumber(rounded / 1000, 'en', decimalsOf(rounded / 1000, 2))} km`;
    return { text: `${ABOUT[lang]}${text}`, value: rounded, rounding: 'sig2' };
  }
  return { text: `${DIAGRAM_PREFIX[accuracy][lang]}${distanceClass(m, lang)}`, value: null, rounding: 'class' };
}

/** The compass direction may be given only for official and approximate geometry. */
export function directionAllowed(accuracy: Accuracy): boolean {
  return !isDiagrammatic(accuracy);
}

/**
 * A value in some unit (亩, km², m², 公顷) as the accuracy allows: official with `decimals`; approximate two
 * significant figures, anchored / schematic one, both with "约". `unit` is appended after a space when given.
 */
export function statedValue(
  value: number,
  accuracy: Accuracy,
  locale: Locale,
  decimals: number,
  unit = '',
): StatedNumber {
  const suffix = unit ? ` ${unit}` : '';
  const rounding = roundingOf(accuracy);
  if (rounding === 'exact' || !Number.isFinite(value)) {
    return { text: `${formatNumber(value, locale, decimals)}${suffix}`, value, rounding: 'exact' };
  }
  const digits = rounding === 'sig2' ? 2 : 1;
  const rounded = roundSignificant(value, digits);
  return {
    text: `${ABOUT[locale]}${formatNumber(rounded, locale, decimalsOf(rounded, digits))}${suffix}`,
    value: rounded,
    rounding,
  };
}

/** A share 0…1 as a percentage as the accuracy allows: "37.2%", "约 37%", "约 40%". */
export function statedShare(share: number, accuracy: Accuracy, locale: Locale): StatedNumber {
  const rounding = roundingOf(accuracy);
  if (rounding === 'exact' || !Number.isFinite(share)) {
    return { text: formatShare(share, locale, 1), value: share, rounding: 'exact' };
  }
  const digits = rounding === 'sig2' ? 2 : 1;
  const percent = roundSignificant(share * 100, digits);
  return {
    text: `${ABOUT[locale]}${formatNumber(percent, locale, decimalsOf(percent, digits))}%`,
    value: percent / 100,
    rounding,
  };
}
