/** The map's view of a parcel layer: the parcels with the few properties it draws by. Pure; used in the worker too. */
import type { FeatureCollection } from 'geojson';
import type { SiteReport } from '../../geo/parcels/report';
import type { Parcel } from '../../geo/parcels/types';
import type { Verdict } from './types';

/** The parcels with the few properties the map needs (id, name, verdict). */
export function parcelCollection(parcels: Parcel[], report: SiteReport | null): FeatureCollection {
  const verdicts = new Map<string, Verdict>();
  if (report) for (const row of report.rows) verdicts.set(row.parcel_id, row.verdict);
  return {
    type: 'FeatureCollection',
    features: parcels.map((p) => ({
      type: 'Feature',
      geometry: p.geometry,
      properties: {
        parcel_id: p.properties.parcel_id,
        name: p.properties.name,
        verdict: report ? (verdicts.get(p.properties.parcel_id) ?? 'other') : 'pending',
      },
    })),
  };
}
