/**
 * Sites the plan puts only "somewhere in a district" (`placement: 'district'`: their points are schematic slots
 * around the district seat) are not drawn as dots that look like real sites: each district gets one counted
 * marker ("天元区 · 14 项，位置未定") at the mean of its slots (the seat), which opens the list. Pure.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Category, PlanFeature } from '../geo/schema';
import type { Language } from '../i18n';
import { DISTRICT_EN } from '../geo/vocabulary';

export const DISTRICT_SITES_SOURCE = 'district-sites';
export const DISTRICT_SITES_LAYERS = ['district-sites-circle', 'district-sites-label'] as const;

export interface DistrictSiteProperties {
  /** One marker per district: `district-sites:<district>` (lists and label checks tell markers apart by it). */
  id: string;
  district: string;
  count: number;
  /** The sites' ids, joined by `,` (MapLibre flattens nested properties). */
  ids: string;
  label: string;
  /** The district's short name and the words after the count, for the caption of a merged marker. */
  short: string;
  unit: string;
  sep: string;
}

/**
 * At the city view the four core districts' seats lie within ~30 px of each other, so their markers would pile up:
 * they merge (MapLibre clustering, up to zoom 10) into one marker with the summed count, the districts' names and
 * all their sites, which opens the same list. From zoom 10 each district has its own again.
 */
export const DISTRICT_SITES_CLUSTER = {
  cluster: true,
  clusterRadius: 40,
  clusterMaxZoom: 9,
  clusterProperties: {
    count: ['+', ['get', 'count']],
    ids: [
      ['concat', ['accumulated'], ',', ['get', 'ids']],
      ['get', 'ids'],
    ],
    id: [
      ['concat', ['accumulated'], '+', ['get', 'id']],
      ['get', 'id'],
    ],
    short: [
      ['concat', ['accumulated'], ['get', 'sep'], ['get', 'short']],
      ['get', 'short'],
    ],
    unit: [
      ['get', 'unit'],
      ['get', 'unit'],
    ],
    sep: [
      ['get', 'sep'],
      ['get', 'sep'],
    ],
  },
} as const;

/** A marker's caption: its own label, or for merged districts "天元区、芦淞区 · 26 项，位置未定". */
export const DISTRICT_SITES_CAPTION = [
  'case',
  ['has', 'point_count'],
  ['concat', ['get', 'short'], ' · ', ['to-string', ['get', 'count']], ' ', ['get', 'unit']],
  ['get', 'label'],
] as const;

/** The caption of a merged marker from its properties (the popup's title), as the style writes it. */
export function mergedSitesLabel(properties: { short: string; count: number; unit: string }): string {
  return `${properties.short} · ${properties.count} ${properties.unit}`;
}

export function isDistrictPlaced(feature: PlanFeature): boolean {
  return feature.properties.placement === 'district';
}

/** The marker label: "天元区 · 14 项，位置未定" / "Tianyuan · 14 sites, location not fixed". */
export function districtSitesLabel(district: string, count: number, language: Language): string {
  if (language === 'en')
    return `${shortName(district, language)} · ${count} ${count === 1 ? 'site' : 'sites'}, location not fixed`;
  return `${district} · ${count} 项，位置未定`;
}

const shortName = (district: string, language: Language): string =>
  language === 'en'
    ? ((DISTRICT_EN as Record<string, string>)[district]?.replace(/ (District|City|County)$/, '') ?? district)
    : district;

/** One marker per district over the district-placed features of the visible layers. */
export function districtSitePoints(
  features: readonly PlanFeature[],
  visible: Partial<Record<Category, boolean>>,
  language: Language,
): FeatureCollection<Point, DistrictSiteProperties> {
  const groups = new Map<string, { x: number; y: number; ids: string[] }>();
  for (const feature of features) {
    const p = feature.properties;
    if (p.placement !== 'district' || !visible[p.category] || feature.geometry.type !== 'Point') continue;
    const district = typeof p.district === 'string' ? p.district : (p.district[0] ?? '');
    const [x, y] = feature.geometry.coordinates as [number, number];
    const group = groups.get(district) ?? { x: 0, y: 0, ids: [] };
    group.x += x;
    group.y += y;
    group.ids.push(p.id);
    groups.set(district, group);
  }
  const out: Feature<Point, DistrictSiteProperties>[] = [];
  for (const [district, { x, y, ids }] of groups) {
    const n = ids.length;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Math.round((x / n) * 1e5) / 1e5, Math.round((y / n) * 1e5) / 1e5] },
      properties: {
        id: `district-sites:${district}`,
        district,
        count: n,
        ids: ids.join(','),
        label: districtSitesLabel(district, n, language),
        short: shortName(district, language),
        unit: language === 'en' ? 'sites, location not fixed' : '项，位置未定',
        sep: language === 'en' ? ', ' : '、',
      },
    });
  }
  return { type: 'FeatureCollection', features: out };
}
