/**
 * Downloads of the currently filtered features (GeoJSON, CSV) and of area statistics (CSV). Pure string
 * builders: the UI wraps them in a Blob. CSV follows RFC 4180 (CRLF rows, quotes doubled, fields with commas,
 * quotes or line breaks quoted), starts with a UTF-8 BOM so Excel opens Chinese text correctly, and neutralises
 * text cells that a spreadsheet would run as a formula (=, +, -, @ at the start).
 */
import type { Position } from 'geojson';
import { LAYER_BY_ID } from '../../catalog/layers';
import { DISTRICT_EN, ZONES } from '../../geo/vocabulary';
import type { Category, PlanFeature, Zone } from '../../geo/schema';
import type { AreaStatistics } from '../../geo/stats';
import { SQM_PER_KM2, SQM_PER_MU } from '../../geo/units';
import { representativePoint } from '../../geo/validate';
import { core } from '../../i18n/core';
import { toCsv } from '../../geo/csv';
import { ZONE_LABELS } from '../../geo/vocabulary';
import { districtsOf, featureScopes } from '../../geo/scope';
import { statedFeatureSize } from '../../geo/featureSize';
import { roundingOf, statedValue } from '../../geo/precision';
import type { Accuracy } from '../../geo/vocabulary';

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * A figure as its accuracy allows (src/geo/precision.ts), as a number for an export: exact figures to `decimals`,
 * approximate to two significant figures, anchored / schematic to one.
 */
const stated = (value: number, accuracy: Accuracy, decimals: number) => {
  const s = statedValue(value, accuracy, 'en', decimals);
  return s.rounding === 'exact' ? round(value, decimals) : (s.value ?? round(value, decimals));
};

/** A feature's own length / area as stated for its accuracy, and how it was rounded (nothing for points). */
function sizeColumns(feature: PlanFeature) {
  const size = statedFeatureSize(feature, 'en', 'export');
  const value = (n: { value: number | null; rounding: string } | undefined, decimals: number) =>
    n?.value == null ? undefined : n.rounding === 'exact' ? round(n.value, decimals) : n.value;
  return {
    length_km: value(size.length, 3),
    area_km2: value(size.area, 4),
    area_mu: value(size.areaMu, 2),
    size_rounding: size.rounding,
  };
}

export interface GeoJsonExportOptions {
  /** The filter that produced the features, as a query string (kept as a foreign member for provenance). */
  filter?: string;
  /** ISO time of export. */
  exportedAt?: string;
}

/**
 * The features as a GeoJSON FeatureCollection: properties as they are (names zh/en, source quote, accuracy), plus
 * for lines and polygons their length / area stated as the accuracy allows and how it was rounded
 * (`length_km` or `area_km2` + `area_mu`, `size_rounding`: exact / sig2 / sig1).
 */
export function featuresToGeoJson(features: readonly PlanFeature[], options: GeoJsonExportOptions = {}): string {
  const collection: Record<string, unknown> = {
    type: 'FeatureCollection',
    name: 'zhuzhou-plan-map-export',
    ...(options.filter !== undefined ? { filter: options.filter } : {}),
    ...(options.exportedAt ? { exported_at: options.exportedAt } : {}),
    features: features.map((f) => {
      const size = Object.fromEntries(Object.entries(sizeColumns(f)).filter(([, v]) => v !== undefined));
      return { type: 'Feature', properties: { ...f.properties, ...size }, geometry: f.geometry };
    }),
  };
  return JSON.stringify(collection);
}

export const FEATURE_CSV_COLUMNS = [
  'id',
  'name',
  'name_en',
  'aliases',
  'category',
  'category_zh',
  'category_en',
  'district',
  'district_en',
  'scope',
  'status',
  'status_zh',
  'status_en',
  'year',
  'industries',
  'zone',
  'accuracy',
  'length_km',
  'area_km2',
  'area_mu',
  'size_rounding',
  'lon',
  'lat',
  'geometry_type',
  'source_file',
  'source_section',
  'source_line',
  'source_quote',
] as const;

/**
 * One row per feature; lon/lat is the feature's representative point (a line's midpoint, a point in a polygon);
 * a line's length or a polygon's area stated as its accuracy allows, with the rounding (see featuresToGeoJson).
 */
export function featuresToCsv(features: readonly PlanFeature[]): string {
  const rows: (string | number | undefined)[][] = [[...FEATURE_CSV_COLUMNS]];
  for (const feature of features) {
    const p = feature.properties;
    const layer = LAYER_BY_ID.get(p.category);
    const districts = districtsOf(p);
    let point: Position | null = null;
    try {
      point = representativePoint(feature);
    } catch {
      point = null;
    }
    rows.push([
      p.id,
      p.name,
      p.name_en,
      (p.aliases ?? []).join('；'),
      p.category,
      layer?.title.zh,
      layer?.title.en,
      districts.join('；'),
      districts.map((d) => DISTRICT_EN[d]).join('; '),
      featureScopes(feature).join('；'),
      p.status,
      p.status ? core.zh.status[p.status] : undefined,
      p.status ? core.en.status[p.status] : undefined,
      p.year,
      (p.industries ?? []).join('；'),
      p.zone,
      p.accuracy,
      ...(({ length_km, area_km2, area_mu, size_rounding }) => [length_km, area_km2, area_mu, size_rounding])(
        sizeColumns(feature),
      ),
      point ? round(point[0]!, 5) : undefined,
      point ? round(point[1]!, 5) : undefined,
      feature.geometry.type,
      p.source.file,
      p.source.section,
      p.source.line,
      p.source.quote,
    ]);
  }
  return toCsv(rows);
}

export const STATS_CSV_COLUMNS = [
  'section',
  'key',
  'name_zh',
  'name_en',
  'area_m2',
  'area_mu',
  'area_km2',
  'share_percent',
  'count',
  'length_km',
  'accuracy',
  'rounding',
] as const;

/**
 * Area statistics as CSV: the total, each zone and the unzoned rest, counts by category, line lengths. Figures
 * from the plan's geometry are stated as its accuracy allows (src/geo/precision.ts): the zones' areas and shares
 * by the planning zones' accuracy, a length by its layer's; each row carries that accuracy and the rounding
 * (exact / sig2 / sig1). The total is the drawn area itself: exact. `accuracyOf` gives a layer's least exact
 * accuracy (official when not given).
 */
export function statsToCsv(
  stats: AreaStatistics,
  title?: { zh: string; en: string },
  accuracyOf: (category: Category) => Accuracy = () => 'official',
): string {
  const zoneAccuracy = accuracyOf('planning_zone');
  const area = (m2: number, accuracy: Accuracy) => [
    stated(m2, accuracy, 1),
    stated(m2 / SQM_PER_MU, accuracy, 2),
    stated(m2 / SQM_PER_KM2, accuracy, 4),
  ];
  const share = (fraction: number) => stated(fraction * 100, zoneAccuracy, 2);
  const zoneRounding = roundingOf(zoneAccuracy);
  const rows: (string | number | undefined)[][] = [[...STATS_CSV_COLUMNS]];
  rows.push([
    'area',
    'total',
    title?.zh ?? '统计范围',
    title?.en ?? 'Area',
    ...area(stats.areaM2, 'official'),
    100,
    '',
    '',
    '',
    'exact',
  ]);
  for (const zone of stats.zones) {
    rows.push([
      'zone',
      zone.zone,
      ZONE_LABELS[zone.zone].zh,
      ZONE_LABELS[zone.zone].en,
      ...area(zone.areaM2, zoneAccuracy),
      share(zone.share),
      '',
      '',
      zoneAccuracy,
      zoneRounding,
    ]);
  }
  rows.push([
    'zone',
    'unzoned',
    '无分区数据',
    'No zone data',
    ...area(stats.unzonedM2, zoneAccuracy),
    share(stats.areaM2 > 0 ? stats.unzonedM2 / stats.areaM2 : 0),
    '',
    '',
    zoneAccuracy,
    zoneRounding,
  ]);
  for (const [category, count] of Object.entries(stats.counts) as [Category, number][]) {
    const layer = LAYER_BY_ID.get(category);
    rows.push(['count', category, layer?.title.zh, layer?.title.en, '', '', '', '', count]);
  }
  for (const line of stats.lines) {
    const layer = LAYER_BY_ID.get(line.category);
    const accuracy = accuracyOf(line.category);
    rows.push([
      'length',
      line.category,
      layer?.title.zh,
      layer?.title.en,
      '',
      '',
      '',
      '',
      line.count,
      stated(line.lengthM / 1000, accuracy, 3),
      accuracy,
      roundingOf(accuracy),
    ]);
  }
  // Every row as wide as the header.
  return toCsv(
    rows.map((row) => [...row, ...new Array<string>(Math.max(0, STATS_CSV_COLUMNS.length - row.length)).fill('')]),
  );
}

/** Every zone key, for consumers that want a fixed column order. */
export const ZONE_ORDER: readonly Zone[] = ZONES;
