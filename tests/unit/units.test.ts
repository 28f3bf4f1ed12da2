import { describe, expect, it } from 'vitest';
import {
  SQM_PER_MU,
  autoAreaUnit,
  autoLengthUnit,
  convertArea,
  convertLength,
  formatArea,
  formatLength,
  formatNumber,
  formatShare,
  isAreaUnit,
  isLengthUnit,
  toMetres,
  toSquareMetres,
  unitLabel,
} from '../../src/geo/units';

describe('unit conversion', () => {
  it('defines 1 亩 as exactly 2000/3 m²', () => {
    expect(SQM_PER_MU).toBe(2000 / 3);
    expect(toSquareMetres(3, 'mu')).toBe(2000);
    expect(convertArea(2000, 'mu')).toBe(3);
  });

  it('relates km², 公顷 and 亩 as the statutory figures say', () => {
    expect(convertArea(1_000_000, 'km2')).toBe(1);
    expect(convertArea(1_000_000, 'ha')).toBe(100);
    expect(convertArea(1_000_000, 'mu')).toBeCloseTo(1500, 9);
    expect(convertArea(10_000, 'mu')).toBeCloseTo(15, 12);
    expect(convertArea(toSquareMetres(1, 'ha'), 'mu')).toBeCloseTo(15, 12);
    expect(convertArea(123.456, 'm2')).toBe(123.456);
  });

  it('converts lengths both ways', () => {
    expect(convertLength(1234, 'km')).toBe(1.234);
    expect(convertLength(1234, 'm')).toBe(1234);
    expect(toMetres(2.5, 'km')).toBe(2500);
  });

  it('round-trips every area unit', () => {
    for (const unit of ['m2', 'ha', 'mu', 'km2'] as const) {
      expect(convertArea(toSquareMetres(7.25, unit), unit)).toBeCloseTo(7.25, 12);
    }
  });

  it('validates unit names', () => {
    expect(isAreaUnit('mu')).toBe(true);
    expect(isAreaUnit('acre')).toBe(false);
    expect(isLengthUnit('km')).toBe(true);
    expect(isLengthUnit('mi')).toBe(false);
  });
});

describe('auto units', () => {
  it('switches m → km at 1 km and m² → km² at 0.1 km²', () => {
    expect(autoLengthUnit(999)).toBe('m');
    expect(autoLengthUnit(1000)).toBe('km');
    expect(autoAreaUnit(99_999)).toBe('m2');
    expect(autoAreaUnit(100_000)).toBe('km2');
  });
});

describe('formatting', () => {
  it('formats areas with zh and en labels', () => {
    expect(formatArea(1_000_000, 'mu', { locale: 'zh' })).toBe('1,500 亩');
    expect(formatArea(1_000_000, 'mu', { locale: 'en' })).toBe('1,500 mu');
    expect(formatArea(1_000_000, 'ha', { locale: 'zh' })).toBe('100 公顷');
    expect(formatArea(1_000_000, 'km2', { locale: 'en' })).toBe('1.00 km²');
    expect(formatArea(1_000_000, 'km2', { locale: 'zh' })).toBe('1.00 平方千米');
    expect(formatArea(2345, 'auto', { locale: 'en' })).toBe('2,345 m²');
    expect(formatArea(2_500_000, 'auto', { locale: 'en' })).toBe('2.50 km²');
  });

  it('formats lengths with zh and en labels', () => {
    expect(formatLength(850, 'auto', { locale: 'en' })).toBe('850 m');
    expect(formatLength(12_400, 'auto', { locale: 'en' })).toBe('12.4 km');
    expect(formatLength(12_400, 'km', { locale: 'zh' })).toBe('12.4 千米');
    expect(formatLength(12_400, 'm', { locale: 'zh' })).toBe('12,400 米');
    expect(formatLength(12_400, 'km', { locale: 'en', decimals: 2 })).toBe('12.40 km');
  });

  it('never shows NaN or -0', () => {
    expect(formatNumber(Number.NaN, 'zh')).toBe('—');
    expect(formatArea(Number.POSITIVE_INFINITY, 'mu', { locale: 'en' })).toBe('— mu');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatShare(Number.NaN, 'en')).toBe('—');
  });

  it('formats shares as percentages', () => {
    expect(formatShare(0.1234, 'en')).toBe('12.3%');
    expect(formatShare(1, 'zh', 0)).toBe('100%');
    expect(formatArea(0.5, 'm2', { locale: 'en' })).toBe('0.500 m²');
    expect(formatArea(0, 'mu', { locale: 'zh' })).toBe('0 亩');
  });

  it('labels every unit in both languages', () => {
    for (const unit of ['m', 'km', 'm2', 'ha', 'mu', 'km2'] as const) {
      expect(unitLabel(unit, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(unitLabel(unit, 'en')).toMatch(/^[a-z²]+$/);
    }
  });
});
