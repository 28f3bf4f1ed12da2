/**
 * The site-check report against the real plan data, checked against independent computations with turf
 * (intersect, booleanPointInPolygon, pointToLineDistance) and against GeographicLib areas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  area as turfArea,
  booleanPointInPolygon,
  buffer,
  featureCollection,
  intersect,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { District, PlanFeature, Zone } from '../../src/geo/schema';
import { importFile } from '../../src/geo/parcels/importFile';
import { siteReport } from '../../src/geo/parcels/report';
import { ellipsoidAreaFactor, ellipsoidalArea } from '../../src/geo/parcels/report/area';
import { buildPlanIndex, RIVER_CORRIDOR_M, type PlanIndex } from '../../src/geo/parcels/report/planIndex';
import { reportToCsv, reportToGeoJSON } from '../../src/geo/parcels/report/rows';
import type { SiteReport } from '../../src/geo/parcels/report/types';
import type { Parcel } from '../../src/geo/parcels/types';
import { SCOPE_DISTRICTS } from '../../src/geo/scope';
import { SQM_PER_MU } from '../../src/geo/units';

const ROOT = join(import.meta.dirname, '../..');
const plan: PlanFeature[] = readdirSync(join(ROOT, 'geodata/plan'))
  .filter((f) => f.endsWith('.geojson'))
  .flatMap(
    (f) => (JSON.parse(readFileSync(join(ROOT, 'geodata/plan', f), 'utf8')) as { features: PlanFeature[] }).features,
  );
const counties = JSON.parse(readFileSync(join(ROOT, 'geodata/basemap/counties.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: District }
>;
const load = (name: string) => {
  const b = readFileSync(join(ROOT, 'tests/fixtures/sitecheck', name));
  return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
};

const polygonal = (p: Parcel) => p.geometry as Polygon | MultiPolygon;
const asFeature = (g: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry: g,
});

/** Independent: turf.intersect of every zone polygon with the parcel, scaled by the same ellipsoid factor. */
function turfZoneAreas(parcel: Polygon | MultiPolygon): Map<Zone, number> {
  const out = new Map<Zone, number>();
  const lat = (() => {
    const ys = JSON.stringify(parcel.coordinates)
      .match(/-?\d+\.\d+/g)!
      .map(Number)
      .filter((_, i) => i % 2 === 1);
    return (Math.min(...ys) + Math.max(...ys)) / 2;
  })();
  for (const f of plan) {
    if (f.properties.category !== 'planning_zone' || !f.properties.zone) continue;
    const hit = intersect(featureCollection([asFeature(f.geometry as Polygon | MultiPolygon), asFeature(parcel)]));
    if (!hit) continue;
    const m2 = turfArea(hit) * ellipsoidAreaFactor(lat);
    out.set(f.properties.zone, (out.get(f.properties.zone) ?? 0) + m2);
  }
  return out;
}

let index: PlanIndex;
let parcels: Parcel[];
let report: SiteReport;

beforeAll(async () => {
  index = buildPlanIndex(plan, counties);
  parcels = (await importFile(load('parcels-gk38-prefixed-gbk.zip'))).parcels;
  report = siteReport(parcels, index);
});

describe('areas', () => {
  it('parcel areas match GeographicLib (Planimeter) to 1e-4', () => {
    const expected: Record<string, number> = {
      'ZZ-001': 59989.6311,
      'ZZ-002': 99978.3854,
      'ZZ-003': 89989.4743,
      'ZZ-004': 149974.3848,
    };
    for (const row of report.rows) expect(Math.abs(row.area_m2 / expected[row.parcel_id]! - 1)).toBeLessThan(1e-4);
  });
  it('plain turf (spherical) would be ~0.16 % too large here: the ellipsoid factor matters', () => {
    const p = polygonal(parcels[0]!);
    expect(turfArea(p) / ellipsoidalArea(p)).toBeGreaterThan(1.0014);
    expect(turfArea(p) / ellipsoidalArea(p)).toBeLessThan(1.0018);
  });
  it('zone areas per parcel equal turf.intersect of the zone polygons (≤ 0.01 m² or 1e-6)', () => {
    for (const [i, row] of report.rows.entries()) {
      const expected = turfZoneAreas(polygonal(parcels[i]!));
      const got = new Map(row.zones.map((z) => [z.zone, z.m2]));
      for (const zone of new Set([...expected.keys(), ...got.keys()])) {
        const e = expected.get(zone) ?? 0;
        const g = got.get(zone) ?? 0;
        expect(Math.abs(g - e), `${row.parcel_id} ${zone}`).toBeLessThan(Math.max(0.01, e * 1e-6));
      }
      const shares = row.zones.reduce((s, z) => s + z.share, 0);
      expect(shares).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
  it('the total is the sum of the rows', () => {
    const sum = report.rows.reduce((s, r) => s + r.area_m2, 0);
    expect(report.total.area_m2).toBeCloseTo(sum, 6);
    for (const z of report.total.zones) {
      expect(z.m2).toBeCloseTo(
        report.rows.reduce((s, r) => s + (r.zones.find((x) => x.zone === z.zone)?.m2 ?? 0), 0),
        6,
      );
    }
    expect(report.total.conflicts).toBe(report.rows.filter((r) => r.verdict === 'conflict').length);
  });
});

describe('verdicts, districts, scopes', () => {
  it('verdict follows the zones: caution (schematic zones) when farmland/ecology inside, urban when wholly urban', () => {
    for (const [i, row] of report.rows.entries()) {
      const z = turfZoneAreas(polygonal(parcels[i]!));
      const conflict = (z.get('ecology') ?? 0) > 1 || (z.get('farmland') ?? 0) > 1;
      const urban = !conflict && (z.get('urban') ?? 0) / row.area_m2 >= 0.999;
      // The plan's zones are schematic: touching a protection zone is a caution, never a conflict (issue 16).
      expect(row.verdict, row.parcel_id).toBe(conflict ? 'caution' : urban ? 'urban' : 'other');
      expect(row.schematic).toBe(row.zones.length > 0);
    }
    // The fixture was laid out on purpose: 1 urban, 2 farmland, 3 ecology.
    const v = Object.fromEntries(report.rows.map((r) => [r.parcel_id, r.verdict]));
    expect(v['ZZ-001']).toBe('urban');
    expect(v['ZZ-002']).toBe('caution');
    expect(v['ZZ-003']).toBe('caution');
  });
  it('districts by point-in-polygon of the corners (turf), scopes from the districts', () => {
    for (const [i, row] of report.rows.entries()) {
      const ring = (polygonal(parcels[i]!) as Polygon).coordinates[0]!;
      const expected = new Set<District>();
      for (const corner of ring)
        for (const c of counties.features) if (booleanPointInPolygon(point(corner), c)) expected.add(c.properties.name);
      expect(new Set(row.districts), row.parcel_id).toEqual(expected);
      for (const d of row.districts)
        for (const [scope, list] of Object.entries(SCOPE_DISTRICTS))
          if (list.includes(d)) expect(row.scopes).toContain(scope);
    }
  });
});

describe('nearest station, expressway, hub', () => {
  it('equal to a brute-force turf computation (within 1 % or 20 m)', () => {
    const stations = plan.filter(
      (f) =>
        f.geometry.type === 'Point' &&
        ((f.properties.category === 'hub' && /高铁站|火车站/.test(f.properties.kind ?? '')) ||
          (f.properties.category === 'hub' && f.properties.kind === '客运枢纽' && /站/.test(f.properties.name)) ||
          (f.properties.category === 'urban_transit' && f.properties.kind === '城际站')),
    );
    const expressways = plan.filter((f) => f.properties.category === 'expressway');
    for (const [i, row] of report.rows.entries()) {
      const parcel = polygonal(parcels[i]!) as Polygon;
      const boundary = polygonToLine(parcel) as Feature<GeoJSON.LineString | GeoJSON.MultiLineString>;
      const rings =
        boundary.geometry.type === 'LineString' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates;
      let bestStation = { id: '', km: Infinity };
      for (const s of stations) {
        for (const ring of rings) {
          const km = pointToLineDistance(
            s.geometry as GeoJSON.Point,
            { type: 'LineString', coordinates: ring },
            { units: 'kilometers' },
          );
          if (km < bestStation.km) bestStation = { id: s.properties.id, km };
        }
      }
      expect(row.nearest.station?.id).toBe(bestStation.id);
      expect(Math.abs(row.nearest.station!.km - bestStation.km)).toBeLessThan(Math.max(0.02, bestStation.km * 0.01));
      let bestRoad = { id: '', km: Infinity };
      for (const e of expressways) {
        const g = e.geometry as GeoJSON.LineString | GeoJSON.MultiLineString;
        const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        for (const line of lines)
          for (const corner of parcel.coordinates[0]!) {
            const km = pointToLineDistance(corner, { type: 'LineString', coordinates: line }, { units: 'kilometers' });
            if (km < bestRoad.km) bestRoad = { id: e.properties.id, km };
          }
      }
      expect(row.nearest.expressway?.id).toBe(bestRoad.id);
      // Corners only bound the distance from above; the parcel edge may be a little nearer.
      expect(row.nearest.expressway!.km).toBeLessThanOrEqual(bestRoad.km * 1.01 + 0.001);
      expect(row.nearest.expressway!.km).toBeGreaterThan(bestRoad.km - 0.5);
      expect(row.nearest.hub).toBeDefined();
    }
  });
});

describe('protection elements', () => {
  const square = (w: number, s: number, e: number, n: number): Parcel => ({
    type: 'Feature',
    properties: { parcel_id: 'x', name: 'x', attrs: {} },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  });
  it(`a parcel across 湘江 overlaps its ${RIVER_CORRIDOR_M} m corridor by the turf buffer ∩ parcel area`, () => {
    const parcel = square(113.125, 27.797, 113.135, 27.805);
    const row = siteReport([parcel], index).rows[0]!;
    const hit = row.protection.find((p) => p.id === 'pr-river-xiang');
    expect(hit).toMatchObject({ category: 'river', basis: 'corridor' });
    const river = plan.find((f) => f.properties.id === 'pr-river-xiang')!;
    const corridor = buffer(river.geometry as GeoJSON.LineString, RIVER_CORRIDOR_M / 1000, { units: 'kilometers' })!;
    const inside = intersect(featureCollection([corridor as Feature<Polygon>, asFeature(polygonal(parcel))]))!;
    const expected = turfArea(inside) * ellipsoidAreaFactor(27.801);
    expect(Math.abs(hit!.m2 - expected)).toBeLessThan(Math.max(0.01, expected * 1e-6));
    expect(hit!.m2).toBeGreaterThan(0);
    expect(hit!.m2).toBeLessThan(row.area_m2);
  });
  it('a parcel far from any river has no corridor overlap; point elements are listed with a distance', () => {
    const taoyuan = plan.find((f) => f.properties.id === 'pr-pa-taoyuandong')!;
    const [x, y] = (taoyuan.geometry as GeoJSON.Point).coordinates as [number, number];
    const row = siteReport([square(x + 0.01, y, x + 0.012, y + 0.002)], index).rows[0]!;
    const hit = row.protection.find((p) => p.id === 'pr-pa-taoyuandong');
    expect(hit).toMatchObject({ basis: 'point', m2: 0 });
    expect(hit!.km).toBeGreaterThan(0.9);
    expect(hit!.km).toBeLessThan(1.1);
  });
});

describe('points and lines as parcels', () => {
  it('a point gets the zone it lies in (share 1) and area 0; a line its zones by length', async () => {
    const gpx = await importFile(load('survey.gpx'));
    const r = siteReport(gpx.parcels, index);
    for (const row of r.rows) expect(row.area_m2).toBe(0);
    const wpt = r.rows.find((row) => row.name === '城区1号踏勘点')!;
    expect(wpt.zones).toEqual([{ zone: 'urban', m2: 0, share: 1, schematic: true }]);
    expect(wpt.verdict).toBe('urban');
    const track = r.rows.find((row) => row.name === '踏勘路线')!;
    expect(track.zones.reduce((s, z) => s + z.share, 0)).toBeCloseTo(1, 6);
  });
  it('outside Zhuzhou: no zones, no districts, verdict other', () => {
    const far: Parcel = {
      type: 'Feature',
      properties: { parcel_id: 'far', name: 'far', attrs: {} },
      geometry: { type: 'Point', coordinates: [116.4, 39.9] },
    };
    const row = siteReport([far], index).rows[0]!;
    expect(row).toMatchObject({ zones: [], districts: [], scopes: [], verdict: 'other', schematic: false });
  });
});

describe('exports', () => {
  it('CSV: BOM, 亩 and 公顷 columns, a row per parcel and a total row, in both languages', () => {
    const zh = reportToCsv(report, 'zh');
    expect(zh.startsWith('\uFEFF')).toBe(true);
    const lines = zh.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(report.rows.length + 2);
    const header = lines[0]!.split(',');
    expect(header).toContain('面积（亩）');
    expect(header).toContain('面积（公顷）');
    expect(header).toContain('耕地保护区（亩）');
    const first = lines[1]!.split(',');
    const muCol = header.indexOf('面积（亩）');
    expect(Number(first[muCol])).toBeCloseTo(report.rows[0]!.area_m2 / SQM_PER_MU, 3);
    expect(lines.at(-1)!.startsWith('合计')).toBe(true);
    const en = reportToCsv(report, 'en');
    expect(en).toContain('Area (mu)');
    expect(en).toContain('Area (ha)');
    expect(en).toContain('Overlaps a schematic protection zone');
  });
  it('GeoJSON: every parcel with area_mu, zone shares and the verdict', () => {
    const fc = reportToGeoJSON(report, parcels);
    expect(fc.features).toHaveLength(parcels.length);
    const p = fc.features[0]!.properties!;
    expect(p.area_mu).toBeCloseTo(report.rows[0]!.area_m2 / SQM_PER_MU, 3);
    expect(p.verdict).toBe(report.rows[0]!.verdict);
    expect(p).toHaveProperty('farmland_mu');
    expect(fc.features[0]!.geometry).toEqual(parcels[0]!.geometry);
  });
});
