/**
 * The report as rows for export: the verdict labels, the CSV (one row per parcel and a total row, zh or en
 * headers; the key projects a parcel is on or near as the report's table words them) and the parcels as GeoJSON
 * with their report rows as flat properties.
 */
import { DISTRICT_EN, ZONES } from '../../schema';
import { SQM_PER_HA, SQM_PER_MU } from '../../units';
import { ZONE_LABELS } from '../../vocabulary';
import { CSV_BOM, csvRow } from '../../csv';
import { SCOPE_EN } from '../../scope';
import type { Parcel } from '../types';
import { roundingOf, statedShare, statedValue } from '../../precision';
import type { Near, ParcelReport, ProtectionHit, SiteReport, ZoneShare } from './types';
import { projectsText, type ProjectHit } from './projects';

/** A zone's 亩 and % as stated for its accuracy (schematic zones: one significant figure). */
function zoneFigures(hit: ZoneShare | undefined): [number, number] {
  if (!hit) return [0, 0];
  const accuracy = hit.schematic ? 'schematic' : 'official';
  const mu = statedValue(hit.m2 / SQM_PER_MU, accuracy, 'en', 2).value ?? 0;
  const share = statedShare(hit.share, accuracy, 'en').value ?? 0;
  return hit.schematic ? [mu, Math.round(share * 10000) / 100] : [r2(mu), r2(share * 100)];
}

export const VERDICT_LABELS: Record<ParcelReport['verdict'], { zh: string; en: string }> = {
  conflict: {
    zh: '冲突（涉及生态保护区或耕地保护区）',
    en: 'Conflict (touches the ecological or farmland protection zone)',
  },
  caution: {
    zh: '与示意保护分区重叠 — 需以正式三区三线核实',
    en: 'Overlaps a schematic protection zone — check against the official zoning (三区三线)',
  },
  urban: { zh: '全部位于城镇发展区', en: 'Wholly in the urban development zone' },
  other: { zh: '其他', en: 'Other' },
};

const r2 = (v: number) => Math.round(v * 100) / 100;
const r4 = (v: number) => Math.round(v * 10000) / 10000;

function protectionText(hits: readonly ProtectionHit[], lang: 'zh' | 'en'): string {
  return hits
    .map((h) => {
      const name = lang === 'zh' ? h.name : h.name_en;
      if (h.basis === 'point')
        return lang === 'zh' ? `${name}（${r2(h.km)} 千米内）` : `${name} (within ${r2(h.km)} km)`;
      const mu = statedValue(
        h.m2 / SQM_PER_MU,
        h.schematic ? 'schematic' : 'official',
        lang,
        2,
        lang === 'zh' ? '亩' : 'mu',
      );
      return `${name} ${mu.text}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/** The report as CSV (BOM, CRLF, formula-safe; see src/logic/exportData.ts), one row per parcel and a total row. */
export function reportToCsv(report: SiteReport, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const header = [
    zh ? '地块编号' : 'Parcel id',
    zh ? '名称' : 'Name',
    zh ? '面积（平方米）' : 'Area (m²)',
    zh ? '面积（公顷）' : 'Area (ha)',
    zh ? '面积（亩）' : 'Area (mu)',
    ...ZONES.flatMap((z) => [
      zh ? `${ZONE_LABELS[z].zh}（亩）` : `${ZONE_LABELS[z].en} (mu)`,
      zh ? `${ZONE_LABELS[z].zh}（%）` : `${ZONE_LABELS[z].en} (%)`,
    ]),
    zh ? '保护要素' : 'Protection elements',
    zh ? '规划结构' : 'Plan scope',
    zh ? '行政区' : 'District',
    zh ? '最近火车站' : 'Nearest railway station',
    zh ? '距火车站（千米）' : 'Station distance (km)',
    zh ? '最近高速公路' : 'Nearest expressway',
    zh ? '距高速公路（千米）' : 'Expressway distance (km)',
    zh ? '最近交通枢纽' : 'Nearest hub',
    zh ? '距枢纽（千米）' : 'Hub distance (km)',
    zh ? '重点项目（地块内或附近）' : 'Key projects (on or near)',
    zh ? '结论' : 'Verdict',
    zh ? '分区为示意' : 'Zones schematic',
    zh ? '分区面积取整' : 'Zone figures rounded',
  ];
  const zoneCells = (zones: SiteReport['total']['zones']) =>
    ZONES.flatMap((z) => zoneFigures(zones.find((x) => x.zone === z)));
  const roundingCell = (zones: SiteReport['total']['zones']) =>
    roundingOf(zones.some((z) => z.schematic) ? 'schematic' : 'official') === 'exact'
      ? zh
        ? '精确'
        : 'exact'
      : zh
        ? '示意分区：一位有效数字'
        : 'schematic zones: one significant figure';
  const near = (n: Near | undefined) => [n ? (zh ? n.name : n.name_en) : '', n ? r2(n.km) : ''];
  const rows: (string | number)[][] = [header];
  for (const row of report.rows) {
    rows.push([
      row.parcel_id,
      row.name,
      r2(row.area_m2),
      r4(row.area_m2 / SQM_PER_HA),
      r4(row.area_m2 / SQM_PER_MU),
      ...zoneCells(row.zones),
      protectionText(row.protection, lang),
      row.scopes.map((s) => (zh ? s : SCOPE_EN[s])).join(zh ? '、' : '; '),
      row.districts.map((d) => (zh ? d : DISTRICT_EN[d])).join(zh ? '、' : '; '),
      ...near(row.nearest.station),
      ...near(row.nearest.expressway),
      ...near(row.nearest.hub),
      projectsText(row.projects ?? [], lang),
      zh ? VERDICT_LABELS[row.verdict].zh : VERDICT_LABELS[row.verdict].en,
      row.schematic ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
      roundingCell(row.zones),
    ]);
  }
  const t = report.total;
  rows.push([
    zh ? '合计' : 'Total',
    zh
      ? `${report.rows.length} 个地块；冲突 ${t.conflicts}；需核实 ${t.cautions ?? 0}；全部城镇 ${t.urban}`
      : `${report.rows.length} parcels; ${t.conflicts} conflicts; ${t.cautions ?? 0} to check; ${t.urban} wholly urban`,
    r2(t.area_m2),
    r4(t.area_m2 / SQM_PER_HA),
    r4(t.area_m2 / SQM_PER_MU),
    ...zoneCells(t.zones),
  ]);
  return CSV_BOM + rows.map(csvRow).join('\r\n') + '\r\n';
}

/** The parcels with their report rows as flat properties (areas in m², 公顷 and 亩), plus their own attributes. */
export function reportToGeoJSON(report: SiteReport, parcels: Parcel[]): GeoJSON.FeatureCollection {
  const byId = new Map(report.rows.map((r) => [r.parcel_id, r]));
  return {
    type: 'FeatureCollection',
    features: parcels.map((parcel) => {
      const row = byId.get(parcel.properties.parcel_id);
      const properties: Record<string, unknown> = {
        parcel_id: parcel.properties.parcel_id,
        name: parcel.properties.name,
      };
      if (row) {
        properties.area_m2 = r2(row.area_m2);
        properties.area_ha = r4(row.area_m2 / SQM_PER_HA);
        properties.area_mu = r4(row.area_m2 / SQM_PER_MU);
        for (const z of ZONES) {
          const hit = row.zones.find((x) => x.zone === z);
          const [mu, percent] = zoneFigures(hit);
          properties[`${z}_mu`] = hit?.schematic ? mu : hit ? r4(hit.m2 / SQM_PER_MU) : 0;
          properties[`${z}_share`] = hit?.schematic ? percent / 100 : hit ? r4(hit.share) : 0;
          if (hit) properties[`${z}_accuracy`] = hit.schematic ? 'schematic' : 'official';
        }
        properties.zone_rounding = row.zones.some((z) => z.schematic) ? 'sig1' : 'exact';
        properties.protection = row.protection.map((h) => ({
          ...h,
          m2: h.schematic ? (statedValue(h.m2, 'schematic', 'en', 0).value ?? 0) : r2(h.m2),
          km: r2(h.km),
        }));
        properties.scopes = row.scopes;
        properties.districts = row.districts;
        for (const key of ['station', 'expressway', 'hub'] as const) {
          const n = row.nearest[key];
          properties[`nearest_${key}`] = n?.name ?? null;
          properties[`nearest_${key}_km`] = n ? r2(n.km) : null;
        }
        // As exactly as each project is placed: a distance (0.1 km) only for exact / approximate positions.
        properties.projects = (row.projects ?? []).map((h: ProjectHit) => ({
          id: h.id,
          name: h.name,
          name_en: h.name_en,
          relation: h.relation,
          ...(h.km !== undefined ? { km: Math.round(h.km * 10) / 10 } : {}),
        }));
        properties.verdict = row.verdict;
        properties.schematic = row.schematic;
      }
      properties.attrs = parcel.properties.attrs;
      return { type: 'Feature', properties, geometry: parcel.geometry };
    }),
  };
}
