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

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export interface GeoJsonExportOptions {
  /** The filter that produced the features, as a query string (kept as a foreign member for provenance). */
  filter?: string;
  /** ISO time of export. */
  exportedAt?: string;
}

/** The features as a GeoJSON FeatureCollection (properties unchanged: names zh/en, source quote included). */
export function featuresToGeoJson(features: readonly PlanFeature[], options: GeoJsonExportOptions = {}): string {
  const collection: Record<string, unknown> = {
    type: 'FeatureCollection',
    name: 'zhuzhou-plan-map-export',
    ...(options.filter !== undefined ? { filter: options.filter } : {}),
    ...(options.exportedAt ? { exported_at: options.exportedAt } : {}),
    features: features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: f.geometry })),
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
  'lon',
  'lat',
  'geometry_type',
  'source_file',
  'source_section',
  'source_line',
  'source_quote',
] as const;

/** One row per feature; lon/lat is the feature's representative point (a line's midpoint, a point in a polygon). */
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
] as const;

/** Area statistics as CSV: the total, each zone and the unzoned rest, counts by category, line lengths. */
export function statsToCsv(stats: AreaStatistics, title?: { zh: string; en: string }): string {
  const area = (m2: number) => [round(m2, 1), round(m2 / SQM_PER_MU, 2), round(m2 / SQM_PER_KM2, 4)];
  const rows: (string | number | undefined)[][] = [[...STATS_CSV_COLUMNS]];
  rows.push(['area', 'total', title?.zh ?? '统计范围', title?.en ?? 'Area', ...area(stats.areaM2), 100]);
  for (const zone of stats.zones) {
    rows.push([
      'zone',
      zone.zone,
      ZONE_LABELS[zone.zone].zh,
      ZONE_LABELS[zone.zone].en,
      ...area(zone.areaM2),
      round(zone.share * 100, 2),
    ]);
  }
  rows.push([
    'zone',
    'unzoned',
    '无分区数据',
    'No zone data',
    ...area(stats.unzonedM2),
    round(stats.areaM2 > 0 ? (stats.unzonedM2 / stats.areaM2) * 100 : 0, 2),
  ]);
  for (const [category, count] of Object.entries(stats.counts) as [Category, number][]) {
    const layer = LAYER_BY_ID.get(category);
    rows.push(['count', category, layer?.title.zh, layer?.title.en, '', '', '', '', count]);
  }
  for (const line of stats.lines) {
    const layer = LAYER_BY_ID.get(line.category);
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
      round(line.lengthM / 1000, 3),
    ]);
  }
  // Every row as wide as the header.
  return toCsv(
    rows.map((row) => [...row, ...new Array<string>(Math.max(0, STATS_CSV_COLUMNS.length - row.length)).fill('')]),
  );
}

/** Every zone key, for consumers that want a fixed column order. */
export const ZONE_ORDER: readonly Zone[] = ZONES;
