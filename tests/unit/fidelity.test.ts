/**
 * Fidelity of the plan geodata to its gazetteer (issue 9): one row per place, no stacked non-schematic points,
 * approximate points only at referenced positions, lines through the places they name, features inside their
 * district, approximate lines with vertices ≤ 3 km apart. The figures are printed by `npm run coverage-report`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, buildPlan } from '../../scripts/lib/gazetteer.mjs';
import { LIMITS, baseName, kmToLine, maxVertexGapKm, measure, namesInNote } from '../../scripts/lib/fidelity.mjs';

const m = measure(ROOT);

describe('gazetteer fidelity', () => {
  it('has no two rows for one place', () => {
    expect(m.duplicates).toEqual([]);
  });

  it('stacks no non-schematic point on another feature (features of one place may share its row)', () => {
    expect(m.stackedViolations).toEqual([]);
  });

  it('puts approximate points only at places with a citable position (confidence high or medium)', () => {
    expect(m.unreferenced).toEqual([]);
  });

  it(`runs every line within ${LIMITS.lineToPlaceKm} km of each place its path, via list or note names`, () => {
    const far = m.lineGaps
      .filter((g) => g.km > LIMITS.lineToPlaceKm)
      .map((g) => `${g.id} ${g.name} ${g.km.toFixed(1)} km`);
    expect(far).toEqual([]);
    expect(m.lineGaps.length).toBeGreaterThan(100);
  });

  it('keeps every single-district feature inside its district', () => {
    expect(m.districtMisses).toEqual([]);
  });

  it(`gives approximate lines no vertex gap over ${LIMITS.approximateVertexGapKm} km`, () => {
    const long = m.vertexGaps
      .filter((g) => g.km > LIMITS.approximateVertexGapKm)
      .map((g) => `${g.id} ${g.km.toFixed(1)} km`);
    expect(long).toEqual([]);
  });

  it('gives every plan feature an accuracy note in Chinese and in English', () => {
    const built = buildPlan(ROOT).features.map((b) => b.feature.properties);
    const zones = JSON.parse(readFileSync(join(ROOT, 'geodata/plan/zones.geojson'), 'utf8')) as {
      features: { properties: { id: string; accuracy_note?: string; accuracy_note_en?: string } }[];
    };
    const all = [...built, ...zones.features.map((f) => f.properties)];
    expect(all.filter((p) => !p.accuracy_note || !p.accuracy_note_en).map((p) => p.id)).toEqual([]);
  });

  it(`puts every station feature within ${LIMITS.stationToReferenceKm} km of the OSM point of its name`, () => {
    expect(m.stations.length).toBeGreaterThan(10);
    const off = m.stations.filter((s) => s.km === null || s.km > LIMITS.stationToReferenceKm);
    expect(off.map((s) => `${s.id} ${s.name} ${s.km === null ? 'no OSM point' : `${s.km.toFixed(2)} km`}`)).toEqual([]);
  });

  it(`runs every anchored line within ${LIMITS.anchoredToPointKm} km of each referenced point it claims`, () => {
    expect(m.anchored.length).toBeGreaterThan(20);
    const bad = m.anchored.filter(
      (a) => a.km > LIMITS.anchoredToPointKm || !['high', 'medium'].includes(a.confidence ?? ''),
    );
    expect(bad.map((a) => `${a.id} ${a.place} ${a.confidence} ${a.km.toFixed(2)} km`)).toEqual([]);
  });

  // Issue 15 targets 55 % overall and 30 % of the locatable features; not reached yet (most projects, tourism sites
  // and parks have no referenced site: the seeds put them only in a district, or name a place without a point).
  // This ratchet keeps the shares from growing back while they are worked down (reached: 62.0 % and 52.0 %).
  it('keeps the schematic shares from growing (ratchet: 62.1 % overall, 52 % of the locatable features)', () => {
    const sum = (side: 'diagram' | 'locatable', k: 'schematic' | 'total') =>
      Object.values(m.split[side]).reduce((n, c) => n + c[k], 0);
    expect(m.byAccuracy.schematic / m.total).toBeLessThanOrEqual(0.621);
    expect(sum('locatable', 'schematic') / sum('locatable', 'total')).toBeLessThanOrEqual(0.52);
  });

  it('counts every plan feature once by accuracy', () => {
    expect(m.byAccuracy.official + m.byAccuracy.approximate + m.byAccuracy.anchored + m.byAccuracy.schematic).toBe(
      m.total,
    );
  });
});

describe('fidelity helpers', () => {
  it('reads the places a note says a line runs through', () => {
    expect(namesInNote('drawn through 醴陵站, 泗汾, 皇图岭 (GeoNames) and 攸县站; positions estimated')).toEqual([
      '醴陵站',
      '泗汾',
      '皇图岭',
      '攸县站',
    ]);
    expect(namesInNote('schematic: drawn through 株洲南(七斗冲) and 渌口城区 — the rest')).toEqual([
      '株洲南',
      '渌口城区',
    ]);
    expect(namesInNote('follows the basemap river')).toEqual([]);
  });

  it('treats 龙门 and 龙门镇 as one name', () => {
    expect(baseName('龙门镇')).toBe(baseName('龙门'));
    expect(baseName('株洲站')).not.toBe(baseName('株洲'));
  });

  it('measures distances to a line and gaps between vertices in km', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [113, 27],
        [113.1, 27],
      ],
    };
    expect(kmToLine([113.05, 27.009], line)).toBeCloseTo(1.0, 1);
    expect(maxVertexGapKm(line)).toBeCloseTo(9.9, 1);
  });
});

describe('the fidelity checks catch a broken table', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fidelity-'));
  cpSync(join(ROOT, 'geodata'), join(scratch, 'geodata'), { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('notices an approximate point moved onto another feature, a duplicate row and a line far from its place', () => {
    const hubs = join(scratch, 'geodata/sources/features/water-air-hubs.json');
    const table = JSON.parse(readFileSync(hubs, 'utf8'));
    const approx = table.features.filter(
      (f: { accuracy: string; geometry: { place?: string } }) => f.accuracy === 'approximate' && f.geometry.place,
    );
    approx[1].geometry = { ...approx[0].geometry };
    const line = table.features.find((f: { geometry: { path?: unknown[] } }) => f.geometry.path);
    line.accuracy_note = `${line.accuracy_note}; drawn through 长沙黄花国际机场`;
    writeFileSync(hubs, JSON.stringify(table));
    const csvPath = join(scratch, 'geodata/sources/places.csv');
    const csv = readFileSync(csvPath, 'utf8');
    const first = csv.split('\n')[1]!;
    writeFileSync(csvPath, `${csv}${first.replace(/^[^,]+,/, 'copy-of-first,')}\n`);
    const broken = measure(scratch);
    expect(broken.stackedViolations.length).toBeGreaterThan(0);
    expect(broken.duplicates.map((d) => d.b)).toContain('copy-of-first');
    expect(broken.lineGaps.some((g) => g.id === line.id && g.km > LIMITS.lineToPlaceKm)).toBe(true);
  });
});
