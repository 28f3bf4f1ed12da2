/**
 * Length and area units for the measure tool and the area statistics: conversion and locale-aware
 * formatting. Pure (no DOM, no React).
 *
 * 1 亩 (mu) = 2000/3 m² exactly (the statutory 市亩: 60 平方丈, 1 丈 = 10/3 m), so 1 km² = 1500 亩 and
 * 1 公顷 (hectare) = 15 亩. Values are kept in metres / square metres and converted only for display.
 */

export type Locale = 'zh' | 'en';
export type LengthUnit = 'm' | 'km';
export type AreaUnit = 'm2' | 'ha' | 'mu' | 'km2';
/** `auto` picks m or km (m² or km²) by magnitude. */
export type LengthUnitChoice = LengthUnit | 'auto';
export type AreaUnitChoice = AreaUnit | 'auto';

export const LENGTH_UNITS: readonly LengthUnit[] = ['m', 'km'];
export const AREA_UNITS: readonly AreaUnit[] = ['m2', 'ha', 'mu', 'km2'];

/** Square metres in one 亩: 2000/3, exactly (no rounding anywhere else either). */
export const SQM_PER_MU = 2000 / 3;
export const SQM_PER_HA = 10_000;
export const SQM_PER_KM2 = 1_000_000;

const METRES_PER: Record<LengthUnit, number> = { m: 1, km: 1000 };
const SQM_PER: Record<AreaUnit, number> = { m2: 1, ha: SQM_PER_HA, mu: SQM_PER_MU, km2: SQM_PER_KM2 };

const LABELS: Record<Locale, Record<LengthUnit | AreaUnit, string>> = {
  zh: { m: '米', km: '千米', m2: '平方米', ha: '公顷', mu: '亩', km2: '平方千米' },
  en: { m: 'm', km: 'km', m2: 'm²', ha: 'ha', mu: 'mu', km2: 'km²' },
};

/** Long names for unit pickers ("亩 (mu)"): the short label alone is ambiguous to non-Chinese readers. */
const NAMES: Record<Locale, Record<LengthUnit | AreaUnit, string>> = {
  zh: { m: '米', km: '千米', m2: '平方米', ha: '公顷', mu: '亩', km2: '平方千米' },
  en: {
    m: 'metres',
    km: 'kilometres',
    m2: 'square metres',
    ha: 'hectares',
    mu: 'mu (亩, 666.67 m²)',
    km2: 'square kilometres',
  },
};

export function isLengthUnit(value: unknown): value is LengthUnit {
  return typeof value === 'string' && (LENGTH_UNITS as readonly string[]).includes(value);
}

export function isAreaUnit(value: unknown): value is AreaUnit {
  return typeof value === 'string' && (AREA_UNITS as readonly string[]).includes(value);
}

/** Metres → the given unit. */
export function convertLength(metres: number, unit: LengthUnit): number {
  return metres / METRES_PER[unit];
}

/** Square metres → the given unit. */
export function convertArea(squareMetres: number, unit: AreaUnit): number {
  return squareMetres / SQM_PER[unit];
}

/** A value in the given unit → square metres. */
export function toSquareMetres(value: number, unit: AreaUnit): number {
  return value * SQM_PER[unit];
}

/** A value in the given unit → metres. */
export function toMetres(value: number, unit: LengthUnit): number {
  return value * METRES_PER[unit];
}

export function unitLabel(unit: LengthUnit | AreaUnit, locale: Locale): string {
  return LABELS[locale][unit];
}

export function unitName(unit: LengthUnit | AreaUnit, locale: Locale): string {
  return NAMES[locale][unit];
}

/** m under 1 km, km from 1 km. */
export function autoLengthUnit(metres: number): LengthUnit {
  return Math.abs(metres) < 1000 ? 'm' : 'km';
}

/** m² under 0.1 km² (10 公顷), km² above — the way planning documents switch. */
export function autoAreaUnit(squareMetres: number): AreaUnit {
  return Math.abs(squareMetres) < 100_000 ? 'm2' : 'km2';
}

/** Decimal places that keep three to four significant figures without showing float noise. */
export function decimalsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || abs >= 100) return 0;
  if (abs >= 10) return 1;
  if (abs >= 1) return 2;
  if (abs >= 0.01) return 3;
  return 4;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Locale-aware number: grouping separators, fixed decimals. Not-finite values render as an em dash. */
export function formatNumber(value: number, locale: Locale, decimals = decimalsFor(value)): string {
  if (!Number.isFinite(value)) return '—';
  const key = `${locale}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(key, format);
  }
  // Avoid "-0".
  return format.format(Object.is(value, -0) ? 0 : value);
}

/** Joins a number and a unit label: "1,500 亩", "1.25 km", "1.25 千米". */
function withUnit(number: string, unit: LengthUnit | AreaUnit, locale: Locale): string {
  return `${number} ${unitLabel(unit, locale)}`;
}

export interface FormatOptions {
  locale: Locale;
  /** Fixed decimals; by default chosen from the magnitude. */
  decimals?: number;
}

/** "850 m", "12.4 km", "850 米", "12.4 千米". */
export function formatLength(metres: number, unit: LengthUnitChoice, options: FormatOptions): string {
  const chosen = unit === 'auto' ? autoLengthUnit(metres) : unit;
  const value = convertLength(metres, chosen);
  return withUnit(formatNumber(value, options.locale, options.decimals ?? decimalsFor(value)), chosen, options.locale);
}

/** "1,500 亩", "1.00 km²", "100 公顷", "2,345 m²". */
export function formatArea(squareMetres: number, unit: AreaUnitChoice, options: FormatOptions): string {
  const chosen = unit === 'auto' ? autoAreaUnit(squareMetres) : unit;
  const value = convertArea(squareMetres, chosen);
  return withUnit(formatNumber(value, options.locale, options.decimals ?? decimalsFor(value)), chosen, options.locale);
}

/** A share 0…1 as a percentage: "12.3%". */
export function formatShare(share: number, locale: Locale, decimals = 1): string {
  if (!Number.isFinite(share)) return '—';
  return `${formatNumber(share * 100, locale, decimals)}%`;
}
