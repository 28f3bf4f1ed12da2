/**
 * The pure parts of the site check's table and map selection (issue 10): the table order, a parcel's table
 * position and page (a parcel clicked on the map → its row), layer shape and report summary, the verdicts the
 * map tiles carry, and the worker handler's `rows` / `locate` answers (the rows stay in the worker).
 */
import { VectorTile } from '@mapbox/vector-tile';
import Protobuf from 'pbf';
import { describe, expect, it } from 'vitest';
import { siteReport, siteReportInChunks } from '../../src/geo/parcels/report';
import { buildPlanIndex } from '../../src/geo/parcels/report/planIndex';
import type { ParcelReport, SiteReport } from '../../src/geo/parcels/report/types';
import { loadRealFeatures } from '../bench/fixtures';
import type { Parcel } from '../../src/geo/parcels/types';
import {
  parcelCollection,
  parcelMarker,
  parcelTiles,
  tilePbf,
  verdictCodes,
} from '../../src/features/sitecheck/mapData';
import { handleSiteRequest, newWorkerState, type SiteResponse } from '../../src/features/sitecheck/protocol';
import {
  PAGE_SIZE,
  geometryBbox,
  layerShape,
  pageCount,
  pageOf,
  positions,
  reportSummary,
  sortedOrder,
} from '../../src/features/sitecheck/reportRows';

const row = (parcel_id: string, verdict: ParcelReport['verdict'], area_m2: number): ParcelReport => ({
  parcel_id,
  name: parcel_id,
  area_m2,
  zones: [],
  protection: [],
  scopes: [],
  districts: [],
  nearest: {},
  verdict,
  schematic: parcel_id === 'c',
});

const square = (id: string, lon: number, lat: number, size = 0.001): Parcel => ({
  type: 'Feature',
  properties: { parcel_id: id, name: id, attrs: {} },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  },
});

describe('table order and positions', () => {
  const rows = [row('a', 'urban', 50), row('b', 'conflict', 10), row('c', 'other', 30), row('d', 'conflict', 90)];

  it('puts conflicts first, urban last, larger first within each', () => {
    expect(Array.from(sortedOrder(rows), (i) => rows[i]!.parcel_id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('is stable for equal rows (by parcel order)', () => {
    const same = [row('x', 'other', 5), row('y', 'other', 5), row('z', 'other', 5)];
    expect(Array.from(sortedOrder(same))).toEqual([0, 1, 2]);
  });

  it('inverts the order: each parcel index → its table position', () => {
    const order = sortedOrder(rows);
    const position = positions(order);
    for (let p = 0; p < order.length; p++) expect(position[order[p]!]).toBe(p);
    expect(position[0]).toBe(3); // 'a' (urban) is last
  });

  it('finds the page of a position', () => {
    expect(pageOf(0)).toBe(0);
    expect(pageOf(PAGE_SIZE - 1)).toBe(0);
    expect(pageOf(PAGE_SIZE)).toBe(1);
    expect(pageOf(99_999, 100)).toBe(999);
    expect(pageOf(-1)).toBe(0);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(100_000, 100)).toBe(1000);
    expect(pageCount(101, 100)).toBe(2);
  });
});

describe('layer shape and report summary', () => {
  it('gives count, extent and kind', () => {
    const parcels = [square('a', 113, 27), square('b', 113.5, 27.5)];
    expect(layerShape(parcels)).toEqual({ count: 2, bbox: [113, 27, 113.501, 27.501], kind: 'fill' });
    const point: Parcel = {
      type: 'Feature',
      properties: { parcel_id: 'p', name: 'p', attrs: {} },
      geometry: { type: 'Point', coordinates: [113.1, 27.2] },
    };
    expect(layerShape([point])).toEqual({ count: 1, bbox: [113.1, 27.2, 113.1, 27.2], kind: 'point' });
    expect(layerShape([])).toEqual({ count: 0, bbox: null, kind: 'line' });
    expect(geometryBbox(square('a', 113, 27).geometry)).toEqual([113, 27, 113.001, 27.001]);
  });

  it('counts verdicts and notes schematic rows', () => {
    const report: SiteReport = {
      rows: [row('a', 'urban', 1), row('b', 'conflict', 1), row('c', 'other', 1), row('d', 'conflict', 1)],
      total: { area_m2: 4, zones: [], conflicts: 2, cautions: 0, urban: 1 },
    };
    expect(reportSummary(report)).toEqual({
      total: report.total,
      count: 4,
      schematic: true,
      verdicts: { conflict: 2, caution: 0, urban: 1, other: 1 },
    });
  });
});

describe('map tiles', () => {
  it('carry each parcel as a feature with id = its index, its parcel_id and verdict', () => {
    const parcels = [square('a', 113, 27, 0.01), square('b', 113.02, 27, 0.01)];
    const report: SiteReport = {
      rows: [row('a', 'urban', 1), row('b', 'conflict', 1)],
      total: { area_m2: 2, zones: [], conflicts: 1, cautions: 0, urban: 1 },
    };
    const z = 10;
    const x = Math.floor(((113.01 + 180) / 360) * 2 ** z);
    const latRad = (27.005 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * 2 ** z);
    const read = (verdicts: Uint8Array | null) => {
      const data = tilePbf(parcelTiles(parcels, verdicts), z, x, y)!;
      const layer = new VectorTile(new Protobuf(data)).layers.parcels!;
      return Array.from({ length: layer.length }, (_, i) => {
        const f = layer.feature(i);
        return { id: f.id, ...f.properties };
      })
        .filter((f) => !('marker_below' in f))
        .sort((a, b) => Number(a.id) - Number(b.id));
    };
    expect(read(null)).toEqual([
      { id: 0, parcel_id: 'a', verdict: 'pending' },
      { id: 1, parcel_id: 'b', verdict: 'pending' },
    ]);
    expect(read(verdictCodes(report))).toEqual([
      { id: 0, parcel_id: 'a', verdict: 'urban' },
      { id: 1, parcel_id: 'b', verdict: 'conflict' },
    ]);
    expect(tilePbf(parcelTiles(parcels, null), z, x + 5, y)).toBeNull();
  });

  it('carry a marker per polygon, drawn below the zoom at which the polygon spans a few pixels (issue 18)', () => {
    // A 500 × 400 m parcel: 8 px wide from zoom ~10.1 (512 px tiles); at the framing zoom 8 it is 2 px.
    const dLon = 500 / (111320 * Math.cos((27.8 * Math.PI) / 180));
    const parcel = square('a', 113.1, 27.8, dLon);
    const marker = parcelMarker(parcel.geometry)!;
    expect(marker.below).toBeGreaterThan(9.5);
    expect(marker.below).toBeLessThan(11);
    expect(marker.at[0]).toBeCloseTo(113.1 + dLon / 2, 6);
    expect(parcelMarker({ type: 'Point', coordinates: [113, 27] })).toBeNull();
    const collection = parcelCollection([parcel], null);
    expect(collection.features).toHaveLength(2);
    expect(collection.features[1]).toMatchObject({
      id: 0,
      geometry: { type: 'Point' },
      properties: { verdict: 'pending' },
    });
  });
});

describe('worker handler: rows and locate', () => {
  it('answers a page of sorted rows with their parcel index and bbox, and the position of a parcel', async () => {
    const state = newWorkerState();
    const answers: SiteResponse[] = [];
    const post = (r: SiteResponse) => answers.push(r);
    await handleSiteRequest(state, { type: 'plan', id: 1, features: [], counties: emptyCounties }, post);
    // 250 parcels of growing size: all 'other' (no plan), so the table is largest first.
    const parcels = Array.from({ length: 250 }, (_, i) => square(`P${i}`, 113 + i * 0.01, 27, 0.0005 + i * 1e-6));
    state.parcels.set('L1', parcels);
    await handleSiteRequest(state, { type: 'rows', id: 2, layerId: 'L1', from: 100, count: 100 }, post);
    const page = answers.find((a) => a.id === 2);
    expect(page?.type).toBe('rows');
    if (page?.type !== 'rows') return;
    expect(page.total).toBe(250);
    expect(page.from).toBe(100);
    expect(page.rows).toHaveLength(100);
    // Position 100 is the 101st largest: parcel 149.
    expect(page.rows[0]!.index).toBe(149);
    expect(page.rows[0]!.parcel_id).toBe('P149');
    expect(page.rows[0]!.bbox).toEqual(geometryBbox(parcels[149]!.geometry));

    await handleSiteRequest(state, { type: 'locate', id: 3, layerId: 'L1', index: 149 }, post);
    expect(answers.find((a) => a.id === 3)).toEqual({ type: 'located', id: 3, position: 100 });
    await handleSiteRequest(state, { type: 'locate', id: 4, layerId: 'L1', index: 999 }, post);
    expect(answers.find((a) => a.id === 4)).toEqual({ type: 'located', id: 4, position: -1 });
    // The last page is short.
    await handleSiteRequest(state, { type: 'rows', id: 5, layerId: 'L1', from: 200, count: 100 }, post);
    const last = answers.find((a) => a.id === 5);
    expect(last?.type === 'rows' && last.rows.map((r) => r.index)).toEqual(
      Array.from({ length: 50 }, (_, i) => 49 - i),
    );
  });

  it('says so when a layer has no parcels', async () => {
    const state = newWorkerState();
    const answers: SiteResponse[] = [];
    await handleSiteRequest(state, { type: 'rows', id: 1, layerId: 'none', from: 0, count: 10 }, (r) =>
      answers.push(r),
    );
    expect(answers[0]).toMatchObject({ type: 'error', code: 'no_parcels' });
  });
});

describe('worker handler: the reference layer', () => {
  it('checks the other layers against the reference zoning, never the reference layer against itself', async () => {
    const state = newWorkerState();
    const answers: SiteResponse[] = [];
    const post = (r: SiteResponse) => answers.push(r);
    const zoning = {
      ...square('F1', 113.1, 27.8, 0.01),
      properties: { parcel_id: 'F1', name: 'F1', attrs: { 分区: '永久基本农田' } },
    };
    state.parcels.set('Z', [zoning]);
    state.parcels.set('P', [square('P1', 113.102, 27.802, 0.002)]);
    await handleSiteRequest(
      state,
      { type: 'plan', id: 1, features: [], counties: emptyCounties, reference: { layerId: 'Z', name: 'official' } },
      post,
    );
    expect(answers.find((a) => a.id === 1)).toMatchObject({ type: 'planned', reference: { zones: 1, skipped: 0 } });
    const verdictsOnTile = async (layerId: string, id: number) => {
      await handleSiteRequest(state, { type: 'tile', id, layerId, z: 0, x: 0, y: 0 }, post);
      const answer = answers.find((a) => a.id === id && a.type === 'tile');
      if (answer?.type !== 'tile' || !answer.data) return [];
      const layer = new VectorTile(new Protobuf(answer.data)).layers.parcels!;
      return Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties.verdict);
    };
    // Another layer's parcel on the official farmland: an exact conflict, drawn as one.
    await handleSiteRequest(state, { type: 'report', id: 2, layerId: 'P' }, post);
    const report = answers.find((a) => a.id === 2 && a.type !== 'progress');
    expect(report).toMatchObject({ type: 'report', report: { verdicts: { conflict: 1 } } });
    expect(await verdictsOnTile('P', 3)).toContain('conflict');
    // The reference layer itself, even if its report is asked for (as with its import): its map carries no
    // verdict — against itself every polygon would be a "conflict".
    expect(await verdictsOnTile('Z', 4)).toEqual(expect.arrayContaining(['pending']));
    await handleSiteRequest(state, { type: 'report', id: 5, layerId: 'Z' }, post);
    const own = await verdictsOnTile('Z', 6);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((v) => v === 'pending')).toBe(true);
    // No longer the reference: its parcels are checked (against the plan) and coloured again.
    await handleSiteRequest(
      state,
      { type: 'plan', id: 7, features: [], counties: emptyCounties, reference: null },
      post,
    );
    await handleSiteRequest(state, { type: 'report', id: 8, layerId: 'Z' }, post);
    expect((await verdictsOnTile('Z', 9)).every((v) => v !== 'pending')).toBe(true);
  });
});

describe('report in chunks', () => {
  it('gives the same report as in one go, pausing between chunks', async () => {
    const index = buildPlanIndex(loadRealFeatures(), emptyCounties);
    const parcels = Array.from({ length: 60 }, (_, i) =>
      square(`P${i}`, 113.0 + (i % 10) * 0.02, 27.75 + Math.floor(i / 10) * 0.02, 0.004),
    );
    let pauses = 0;
    const chunked = await siteReportInChunks(
      parcels,
      index,
      async () => {
        pauses++;
      },
      undefined,
      7,
    );
    expect(pauses).toBe(8); // 60 parcels in chunks of 7: 9 chunks, a pause between each
    expect(chunked).toEqual(siteReport(parcels, index));
  });
});

const emptyCounties: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
