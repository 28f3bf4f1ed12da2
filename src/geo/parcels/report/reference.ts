/**
 * An official zoning file as the report's reference layer: the user's own 三区三线 / 规划分区 polygons with a zone
 * attribute replace the plan's schematic planning zones, so verdicts against them are exact (stated as conflicts)
 * and their areas exact. Pure.
 *
 * The zone of a polygon is read from the first attribute whose value names one (zh or en): 生态保护红线 /
 * 生态保护区 / ecology → ecology; 永久基本农田 / 耕地保护区 / farmland → farmland; 城镇开发边界 / 城镇发展区 /
 * urban → urban; 乡村发展区 / rural → rural. Polygons whose zone cannot be read are left out (counted).
 */
import type { PlanFeature, Zone } from '../../schema';
import { ZONE_LABELS } from '../../vocabulary';
import type { Parcel } from '../types';

const ZONE_WORDS: [Zone, RegExp][] = [
  ['ecology', /生态保护|生态红线|生态空间|^ecolog|ecological/i],
  ['farmland', /永久基本农田|基本农田|耕地保护|农田保护|^farmland|farmland protection/i],
  ['urban', /城镇开发|城镇发展|城镇建设|^urban|urban development/i],
  ['rural', /乡村发展|村庄|^rural|rural development/i],
];

/** The zone a value names, if any. */
export function zoneOfValue(value: unknown): Zone | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  for (const [zone, pattern] of ZONE_WORDS) if (pattern.test(text)) return zone;
  return null;
}

/** Attribute names that usually hold the zone, tried first. */
const ZONE_FIELDS = /^(zone|zoning|fqmc|fqlx|gnfq|qymc|ghfq|分区|规划分区|功能分区|类型|名称|name)$/i;

/** The zone of one reference polygon: a likely field first, then any attribute, then its name. */
export function zoneOfParcel(parcel: Parcel): Zone | null {
  const attrs = parcel.properties.attrs ?? {};
  const keys = Object.keys(attrs).sort((a, b) => Number(!ZONE_FIELDS.test(a)) - Number(!ZONE_FIELDS.test(b)));
  for (const key of keys) {
    const zone = zoneOfValue(attrs[key]);
    if (zone) return zone;
  }
  return zoneOfValue(parcel.properties.name);
}

export interface ReferenceZones {
  /** The polygons as planning-zone features with accuracy `official`. */
  features: PlanFeature[];
  /** Polygons left out: no zone attribute could be read, or not a polygon. */
  skipped: number;
}

/** The reference layer's polygons as official planning-zone features. */
export function referenceZones(parcels: readonly Parcel[], layerName: string): ReferenceZones {
  const features: PlanFeature[] = [];
  let skipped = 0;
  parcels.forEach((parcel, i) => {
    const g = parcel.geometry;
    const zone = zoneOfParcel(parcel);
    if (!zone || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      skipped++;
      return;
    }
    features.push({
      type: 'Feature',
      geometry: g,
      properties: {
        id: `ref-${i}`,
        name: `${ZONE_LABELS[zone].zh}（${layerName}）`,
        name_en: `${ZONE_LABELS[zone].en} (${layerName})`,
        aliases: [],
        category: 'planning_zone',
        district: [],
        source: { file: '000', section: layerName, line: 1, quote: '用户导入的正式分区' },
        accuracy: 'official',
        zone,
      },
    });
  });
  return { features, skipped };
}

/** The plan with its planning zones replaced by the reference zones. */
export function withReferenceZones(plan: readonly PlanFeature[], reference: readonly PlanFeature[]): PlanFeature[] {
  return [...plan.filter((f) => f.properties.category !== 'planning_zone'), ...reference];
}
