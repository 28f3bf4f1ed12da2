/**
 * The labels of saved measurements on the map: each value at a point inside the polygon or at the end of the
 * line. Its own module so that turf's point-on-feature (and the polygon predicates under it) is fetched only
 * when there is a measurement to label, not with the first screen (see PlannerOverlay).
 */
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, FeatureCollection } from 'geojson';
import { measureGeometry } from '../../geo/measure';
import type { Measurement } from './measureStorage';
import type { MeasureValue } from './plannerHooks';

export function measurementLabels(
  measurements: Measurement[],
  format: (value: MeasureValue | null) => string,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: measurements.map((m): Feature => {
      const value = measureGeometry(m.geometry);
      const at =
        m.geometry.type === 'Polygon'
          ? pointOnFeature({ type: 'Feature', properties: {}, geometry: m.geometry }).geometry
          : { type: 'Point' as const, coordinates: m.geometry.coordinates[m.geometry.coordinates.length - 1]! };
      // name / name_en: MapView sets every symbol layer's text-field to the feature's name in the UI language.
      const label = format(value);
      return { type: 'Feature', properties: { id: m.id, name: label, name_en: label }, geometry: at };
    }),
  };
}
