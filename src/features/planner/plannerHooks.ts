/** Hooks and helpers shared by the planner components (kept apart so component files export components only). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { measureGeometry, type AreaMeasurement, type DrawingError, type LineMeasurement } from '../../geo/measure';
import { formatArea, formatLength } from '../../geo/units';
import type { Measurement } from './measureStorage';
import type { StatsSubject } from './slice';
import { useAppStore } from '../../state/store';
import { districtLabel } from '../../ui/labels';

export type MeasureValue = LineMeasurement | AreaMeasurement | DrawingError;

export function useMeasurementValue(m: Measurement): MeasureValue {
  return useMemo(() => measureGeometry(m.geometry), [m.geometry]);
}

/** Formats a measurement in the chosen units and language ("1,500 亩", "12.4 km"), or its error message. */
export function useFormat(): (value: MeasureValue | null) => string {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const units = useAppStore((s) => s.units);
  return useMemo(
    () => (value: MeasureValue | null) => {
      if (!value) return '';
      if (!value.ok) return t(`planner.measure.errors.${value.error}`);
      if (value.kind === 'distance') return formatLength(value.metres, units.length, { locale: language });
      return formatArea(value.squareMetres, units.area, { locale: language });
    },
    [t, language, units],
  );
}

/** The statistics subject's name in both languages, for titles and the CSV. */
export function useSubjectTitle(subject: StatsSubject | null): { zh: string; en: string } {
  const { i18n } = useTranslation();
  const measurement = useAppStore((s) =>
    subject?.kind === 'measurement' ? s.measurements.find((m) => m.id === subject.id) : undefined,
  );
  if (!subject) return { zh: '', en: '' };
  const both = (key: string, values?: Record<string, unknown>) => ({
    zh: i18n.getFixedT('zh')(key, values),
    en: i18n.getFixedT('en')(key, values),
  });
  if (subject.kind === 'district') return { zh: subject.district, en: districtLabel(subject.district, 'en') };
  if (subject.kind === 'scope') return both(`planner.scope.${subject.scope}`);
  if (subject.kind === 'polygon') return subject.title;
  return both('planner.measure.item.area', { n: measurement?.n ?? '' });
}
