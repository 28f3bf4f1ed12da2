import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/geo/schema';
import { siteReport } from '../../src/geo/parcels/report';
import { buildPlanIndex } from '../../src/geo/parcels/report/planIndex';
import { projectsOf, projectsText } from '../../src/geo/parcels/report/projects';
import { reportToCsv, reportToGeoJSON } from '../../src/geo/parcels/report/rows';
import { Shape } from '../../src/geo/parcels/report/shape';
import type { Parcel } from '../../src/geo/parcels/types';

const ROOT = join(import.meta.dirname, '../..');
const plan: PlanFeature[] = readdirSync(join(ROOT, 'geodata/plan'))
  .filter((f) => f.endsWith('.geojson'))
  .flatMap(
    (f) => (JSON.parse(readFileSync(join(ROOT, 'geodata/plan', f), 'utf8')) as { features: PlanFeature[] }).features,
  );
const counties = JSON.parse(readFileSync(join(ROOT, 'geodata/basemap/counties.geojson'), 'utf8')) as FeatureCollection;

function square(id: string, lon: number, lat: number, d: number): Parcel {
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - d, lat - d],
          [lon + d, lat - d],
          [lon + d, lat + d],
          [lon - d, lat + d],
          [lon - d, lat - d],
        ],
      ],
    },
    properties: { parcel_id: id, name: id },
  } as Parcel;
}

describe('key projects in the site report (issue 18)', () => {
  const index = buildPlanIndex(plan, counties);
  // 大坪渡口城中村改造 is a schematic point at 113.08338, 27.83477.
  const report = siteReport([square('A', 113.0834, 27.8348, 0.002), square('far', 113.9, 26.3, 0.002)], index);

  it('lists a schematic project as 示意位置附近, without a distance', () => {
    const a = report.rows.find((r) => r.parcel_id === 'A')!;
    const hit = a.projects!.find((p) => p.name === '大坪渡口城中村改造');
    expect(hit).toMatchObject({ relation: 'schematic' });
    expect(hit!.km).toBeUndefined();
    expect(projectsText([hit!], 'zh')).toBe('大坪渡口城中村改造（示意位置附近）');
    expect(projectsText([hit!], 'en')).toMatch(/near its schematic position/);
    expect(projectsText(a.projects!, 'zh')).not.toMatch(/米/);
  });

  it('the CSV has a key-projects column (zh and en headers), worded as the table, formula-safe', () => {
    const parse = (csv: string) => csv.slice(1).trim().split('\r\n');
    const zh = parse(reportToCsv(report, 'zh'));
    const header = zh[0]!.split(',');
    const col = header.indexOf('重点项目（地块内或附近）');
    expect(col).toBeGreaterThan(0);
    const rowA = zh.find((l) => l.startsWith('A,'))!;
    const a = report.rows.find((r) => r.parcel_id === 'A')!;
    expect(rowA).toContain(projectsText(a.projects!, 'zh'));
    expect(rowA).toContain('大坪渡口城中村改造（示意位置附近）');
    // the far parcel: an empty cell in that column (no other cell holds commas there)
    expect(zh.find((l) => l.startsWith('far,'))!.split(',')[col]).toBe('');
    const en = parse(reportToCsv(report, 'en'));
    expect(en[0]!.split(',')).toContain('Key projects (on or near)');
    expect(en.find((l) => l.startsWith('A,'))).toMatch(/near its schematic position/);
    // a project name a spreadsheet would run as a formula is neutralised, like every other text cell
    const evil = {
      ...report,
      rows: report.rows.map((r) => ({
        ...r,
        projects: [{ id: 'x', name: '=HYPERLINK("http://x")', name_en: '@SUM(A1)', relation: 'schematic' as const }],
      })),
    };
    expect(reportToCsv(evil, 'zh')).toContain(`"'=HYPERLINK(""http://x"")（示意位置附近）"`);
    expect(reportToCsv(evil, 'en')).toContain(`'@SUM(A1) (near its schematic position)`);
    expect(reportToCsv(evil, 'zh')).not.toMatch(/,=HYPERLINK/);
  });

  it('the GeoJSON carries the projects with their relation, and a distance only where the position allows', () => {
    const parcels = [square('A', 113.0834, 27.8348, 0.002)];
    const fc = reportToGeoJSON(report, parcels);
    const projects = fc.features[0]!.properties!.projects as { name: string; relation: string; km?: number }[];
    expect(projects.find((p) => p.name === '大坪渡口城中村改造')).toEqual({
      id: expect.any(String),
      name: '大坪渡口城中村改造',
      name_en: expect.any(String),
      relation: 'schematic',
    });
    for (const p of projects) if (p.relation !== 'near') expect(p.km).toBeUndefined();
  });

  it('lists nothing for a parcel far from every project', () => {
    expect(report.rows.find((r) => r.parcel_id === 'far')!.projects).toEqual([]);
  });

  it('gives a distance or "in the parcel" for a project placed exactly or approximately', () => {
    const shape = new Shape(square('x', 113.005, 27.005, 0.005).geometry);
    const hits = projectsOf(shape, [
      { id: 'in', name: '内', name_en: 'In', schematic: false, points: [[113.005, 27.005]] },
      { id: 'near', name: '近', name_en: 'Near', schematic: false, points: [[113.015, 27.005]] },
      { id: 'far', name: '远', name_en: 'Far', schematic: false, points: [[113.05, 27.005]] },
    ]);
    expect(hits.map((h) => [h.id, h.relation])).toEqual([
      ['in', 'on'],
      ['near', 'near'],
    ]);
    expect(hits[1]!.km).toBeGreaterThan(0.4);
    expect(hits[1]!.km).toBeLessThan(0.6);
  });
});
