/** Hooks and helpers shared by the planner components (kept apart so component files export components only). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bbox } from '@turf/bbox';
import { LAYER_BY_ID } from '../../catalog/layers';
import { measureGeometry, type AreaMeasurement, type DrawingError, type LineMeasurement } from '../../geo/measure';
import type { PlanFeature, Zone } from '../../geo/schema';
import { formatArea, formatLength } from '../../geo/units';
import type { Measurement } from './measureStorage';
import type { StatsSubject } from './slice';
import { useAppStore } from '../../state/store';
import { districtLabel } from '../../ui/labels';

export type MeasureValue = LineMeasurement | AreaMeasurement | DrawingError;

/** Zone colours: the planning-zone layer's legend, so charts, popups and the map agree. */
export const ZONE_COLORS: Record<Zone, string> = Object.fromEntries(
  (LAYER_BY_ID.get('planning_zone')?.legend ?? [])
    .filter((item) => item.match)
    .map((item) => [item.match!.value, item.color]),
) as Record<Zone, string>;

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

/** Frames a feature and opens its panel. */
export function flyToFeature(feature: PlanFeature): void {
  const store = useAppStore.getState();
  store.select(feature.properties.id);
  const [w, s, e, n] = bbox(feature);
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  store.requestBounds(
    [
      [w, s],
      [e, n],
    ],
    reduced ? 0 : 700,
  );
}
