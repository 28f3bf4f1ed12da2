/**
 * A plan feature's own length (lines) or area (polygons), stated as its accuracy allows (src/geo/precision.ts):
 * what the feature panel shows and the planner's exports carry, with the rounding applied. Pure.
 */
import { area as turfArea } from '@turf/area';
import { length as turfLength } from '@turf/length';
import type { Accuracy } from './vocabulary';
import type { PlanFeature } from './schema';
import { statedValue, type Rounding, type StatedNumber } from './precision';
import { SQM_PER_KM2, SQM_PER_MU } from './units';
import type { Locale } from './units';

export interface FeatureSize {
  /** Line length, km (LineString / MultiLineString). */
  lengthKm?: number;
  /** Polygon area, km² (Polygon / MultiPolygon). */
  areaKm2?: number;
}

/** The measured size of a feature's geometry (ellipsoid-free turf figures, as elsewhere); {} for points. */
export function featureSize(feature: Pick<PlanFeature, 'geometry'>): FeatureSize {
  const g = feature.geometry;
  try {
    if (g.type === 'LineString' || g.type === 'MultiLineString')
      return { lengthKm: turfLength({ type: 'Feature', properties: {}, geometry: g }, { units: 'kilometers' }) };
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') return { areaKm2: turfArea(g) / SQM_PER_KM2 };
  } catch {
    // a broken geometry has no size to state
  }
  return {};
}

export interface StatedSize {
  length?: StatedNumber;
  area?: StatedNumber;
  /** The area in 亩, stated the same way. */
  areaMu?: StatedNumber;
  rounding?: Rounding;
}

/** Decimals of an exact statement: km to 0.1 (panel) / 0.001 (exports); km² to 0.01 / 0.0001; 亩 whole / 0.01. */
const DECIMALS = { panel: { km: 1, km2: 2, mu: 0 }, export: { km: 3, km2: 4, mu: 2 } } as const;

/** A feature's size as its accuracy allows: "12.3 km" (official), "约 12 km" (approximate), "约 10 km" (schematic). */
export function statedFeatureSize(
  feature: Pick<PlanFeature, 'geometry'> & { properties: { accuracy: Accuracy } },
  locale: Locale,
  use: 'panel' | 'export' = 'panel',
): StatedSize {
  const { lengthKm, areaKm2 } = featureSize(feature);
  const accuracy = feature.properties.accuracy;
  const d = DECIMALS[use];
  if (lengthKm !== undefined) {
    const length = statedValue(lengthKm, accuracy, locale, d.km, 'km');
    return { length, rounding: length.rounding };
  }
  if (areaKm2 !== undefined) {
    const area = statedValue(areaKm2, accuracy, locale, d.km2, 'km²');
    const areaMu = statedValue(
      (areaKm2 * SQM_PER_KM2) / SQM_PER_MU,
      accuracy,
      locale,
      d.mu,
      locale === 'zh' ? '亩' : 'mu',
    );
    return { area, areaMu, rounding: area.rounding };
  }
  return {};
}
