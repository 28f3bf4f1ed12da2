import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, importFile, MAX_FILE_BYTES } from '../../src/geo/parcels/importFile';
import type { ImportResult, Parcel } from '../../src/geo/parcels/types';
import { ellipsoidalArea } from '../../src/geo/parcels/report/area';
import { encodingOfCpg } from '../../src/geo/parcels/formats/shapefile';
import { parseCoordinate } from '../../src/geo/parcels/formats/tables';
import { ringSelfIntersects } from '../../src/geo/parcels/geometry';
import { SQM_PER_MU } from '../../src/geo/units';
import { fromWgs84 } from '../../src/geo/crs';
import { haversine } from '../../src/geo/stats/geometry';

const DIR = join(import.meta.dirname, '../fixtures/sitecheck');
const load = (name: string) => {
  const buffer = readFileSync(join(DIR, name));
  return { name, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
};
const bytesOf = (text: string) => strToU8(text).buffer as ArrayBuffer;
const fromText = (name: string, text: string) => ({ name, bytes: bytesOf(text) });

/**
 * Expected areas (m², GRS80 ellipsoid), computed independently of this code: the rectangle corners on the
 * zone-38 grid converted with PROJ 9.1.1 (`cs2cs EPSG:4526 EPSG:4490`), areas with GeographicLib 2.1's
 * Planimeter (`Planimeter -p 9 -e 6378137 0.003352810681182319`). See tests/fixtures/sitecheck/README.md.
 */
const EXPECTED_M2: Record<string, number> = {
  'ZZ-001': 59989.6311,
  'ZZ-002': 99978.3854,
  'ZZ-003': 89989.4743,
  'ZZ-004': 159972.6769 - 9998.2921,
};

const areaOf = (p: Parcel) =>
  p.geometry.type === 'Polygon' || p.geometry.type === 'MultiPolygon' ? ellipsoidalArea(p.geometry) : 0;
const byId = (result: ImportResult) => new Map(result.parcels.map((p) => [p.properties.parcel_id, p]));

function expectAreas(result: ImportResult, ids: string[]) {
  const parcels = byId(result);
  for (const id of ids) {
    const parcel = parcels.get(id);
    expect(parcel, id).toBeDefined();
    // Relative error ≤ 1e-4 (0.009 亩 on 90 亩); the rectangles' edges are straight on the grid, not in lon/lat.
    expect(Math.abs(areaOf(parcel!) / EXPECTED_M2[id]! - 1), id).toBeLessThan(1e-4);
  }
}

describe('formats', () => {
  it('zipped Shapefile, CGCS2000 GK zone 38 with prefix, .prj and GBK .dbf (.cpg)', async () => {
    const result = await importFile(load('parcels-gk38-prefixed-gbk.zip'));
    expect(result.format).toBe('shapefile');
    expect(result.crs).toMatchObject({ id: 'cgcs2000-gk3-114-prefixed', how: 'prj' });
    expect(result.parcels).toHaveLength(4);
    expect(result.rejected).toEqual([]);
    expectAreas(result, ['ZZ-001', 'ZZ-002', 'ZZ-003', 'ZZ-004']);
    const p1 = byId(result).get('ZZ-001')!;
    expect(p1.properties.name).toBe('城区1号地块');
    expect(p1.properties.attrs['用途']).toBe('居住用地');
    expect(p1.properties.attrs.MJ).toBe(60000);
    // The hole is kept: ZZ-004 is 400 m × 400 m minus 100 m × 100 m.
    const p4 = byId(result).get('ZZ-004')!;
    expect(p4.geometry.type).toBe('Polygon');
    expect((p4.geometry as GeoJSON.Polygon).coordinates).toHaveLength(2);
  });

  it('.zip without .prj and .cpg: CRS detected with a warning, GBK recognised from the bytes', async () => {
    const result = await importFile(load('parcels-gk38-noprj-nocpg.zip'));
    expect(result.crs).toMatchObject({ id: 'cgcs2000-gk3-114-prefixed', how: 'detected' });
    expect(result.warnings.some((w) => /no \.prj/.test(w.en))).toBe(true);
    expect(result.warnings.some((w) => /GBK/.test(w.en))).toBe(true);
    expect(byId(result).get('ZZ-002')!.properties.name).toBe('农田2号地块');
    expectAreas(result, ['ZZ-001', 'ZZ-002', 'ZZ-003', 'ZZ-004']);
  });

  it('GeoJSON with a crs member (EPSG:4547)', async () => {
    const result = await importFile(load('parcels-epsg4547.geojson'));
    expect(result.crs).toMatchObject({ id: 'cgcs2000-gk3-114', how: 'crs-member' });
    expect(result.parcels.map((p) => p.properties.name)).toEqual(['城区1号地块', '农田2号地块', '生态3号地块']);
    expectAreas(result, ['ZZ-001', 'ZZ-002', 'ZZ-003']);
  });

  it('KML and KMZ (WGS84 by definition)', async () => {
    for (const name of ['parcels.kml', 'parcels.kmz']) {
      const result = await importFile(load(name));
      expect(result.format).toBe(name.endsWith('kmz') ? 'kmz' : 'kml');
      expect(result.crs.id).toBe('wgs84');
      expect(result.parcels).toHaveLength(3);
      expect(result.parcels[0]!.properties.name).toBe('城区1号地块');
      expectAreas(result, ['ZZ-001', 'ZZ-002', 'ZZ-003']);
    }
  });

  it('GPX: waypoints as points, the track as a line', async () => {
    const result = await importFile(load('survey.gpx'));
    expect(result.format).toBe('gpx');
    expect(result.parcels.map((p) => p.geometry.type).sort()).toEqual(['LineString', 'Point', 'Point']);
    expect(result.parcels.map((p) => p.properties.name)).toContain('踏勘路线');
  });

  it('CSV of vertices in surveyors’ order (X = northing, prefixed zone 38): swapped and grouped by 地块编号', async () => {
    const result = await importFile(load('parcels-vertices-gk38.csv'));
    expect(result.crs).toMatchObject({ id: 'cgcs2000-gk3-114-prefixed', how: 'detected', swapped: true });
    expect(result.parcels).toHaveLength(3);
    expect(result.repaired.every((r) => /not closed/.test(r.what_en))).toBe(true);
    expectAreas(result, ['ZZ-001', 'ZZ-002', 'ZZ-003']);
  });

  it('re-read with a chosen CRS, the surveyors’ table is still swapped (or not, when told)', async () => {
    const result = await importFile(load('parcels-vertices-gk38.csv'), { crs: 'cgcs2000-gk3-114-prefixed' });
    expect(result.crs).toMatchObject({ how: 'user', swapped: true });
    expectAreas(result, ['ZZ-001', 'ZZ-002', 'ZZ-003']);
    const unswapped = await importFile(load('parcels-vertices-gk38.csv'), {
      crs: 'cgcs2000-gk3-114-prefixed',
      swapXY: false,
    });
    expect(unswapped.crs.swapped).toBeUndefined();
    expect(unswapped.parcels).toHaveLength(0);
    expect(unswapped.rejected).toHaveLength(3);
  });

  it('CSV of points (名称, 经度, 纬度)', async () => {
    const result = await importFile(load('points-wgs84.csv'));
    expect(result.parcels).toHaveLength(2);
    expect(result.parcels[0]!.geometry.type).toBe('Point');
    expect(result.parcels[0]!.properties.name).toBe('城区1号踏勘点');
  });

  it('XLSX of vertices (地块编号, 经度, 纬度)', async () => {
    const result = await importFile(load('parcels-wgs84.xlsx'));
    expect(result.format).toBe('xlsx');
    expect(result.parcels).toHaveLength(3);
    expectAreas(result, ['ZZ-001', 'ZZ-002', 'ZZ-003']);
  });

  it('a GBK-encoded CSV is read as GBK', async () => {
    const gbk = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6]); // 名称 in GBK
    const rest = strToU8(',lon,lat\r\nA,113.15,27.80\r\n');
    const bytes = new Uint8Array(gbk.length + rest.length);
    bytes.set(gbk);
    bytes.set(rest, gbk.length);
    const result = await importFile({ name: 'gbk.csv', bytes: bytes.buffer });
    expect(Object.keys(result.parcels[0]!.properties.attrs)).toContain('名称');
    expect(result.warnings.some((w) => /GBK/.test(w.en))).toBe(true);
  });

  it('CSV column names given in the options', async () => {
    const result = await importFile(fromText('t.csv', 'a,b,c\r\nP,113.15,27.80\r\n'), { csv: { lon: 'b', lat: 'c' } });
    expect(result.parcels).toHaveLength(1);
    await expect(importFile(fromText('t.csv', 'a,b\r\n1,2\r\n'), { csv: { lon: 'x', lat: 'b' } })).rejects.toThrow(
      ImportError,
    );
  });

  it('a GCJ-02 file read as GCJ-02 lands on the WGS84 parcel (within 0.5 m)', async () => {
    const wgs = await importFile(load('parcels.kml'));
    const toGcj = fromWgs84('gcj02');
    const fc = {
      type: 'FeatureCollection',
      features: wgs.parcels.map((p) => ({
        type: 'Feature',
        properties: { name: p.properties.name },
        geometry: {
          type: 'Polygon',
          coordinates: (p.geometry as GeoJSON.Polygon).coordinates.map((ring) =>
            ring.map((q) => toGcj(q as [number, number])),
          ),
        },
      })),
    };
    const asWgs = await importFile(fromText('gcj.geojson', JSON.stringify(fc)));
    expect(asWgs.crs.id).toBe('wgs84'); // cannot be told apart: the note says so
    expect(asWgs.crs.note_en).toMatch(/GCJ-02/);
    const fixed = await importFile(fromText('gcj.geojson', JSON.stringify(fc)), { crs: 'gcj02' });
    const a = (wgs.parcels[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    const b = (fixed.parcels[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    expect(haversine(a[0]!, a[1]!, b[0]!, b[1]!)).toBeLessThan(0.5);
    const c = (asWgs.parcels[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    expect(haversine(a[0]!, a[1]!, c[0]!, c[1]!)).toBeGreaterThan(300);
  });

  it('the user’s CRS overrides the file', async () => {
    const result = await importFile(load('parcels-epsg4547.geojson'), { crs: 'cgcs2000-gk3-111' });
    expect(result.crs).toMatchObject({ id: 'cgcs2000-gk3-111', how: 'user' });
    // Read in the wrong zone, the parcels land ~300 km west: a warning names the cause.
    expect(result.warnings.some((w) => /wrong zone/.test(w.en))).toBe(true);
  });
});

describe('bad input', () => {
  it('empty file', async () => {
    await expect(importFile({ name: 'x.geojson', bytes: new ArrayBuffer(0) })).rejects.toMatchObject({
      en: expect.stringMatching(/empty/),
    });
  });
  it('file over the size limit (stated)', async () => {
    const big = { name: 'big.geojson', bytes: { byteLength: MAX_FILE_BYTES + 1 } as ArrayBuffer };
    await expect(importFile(big)).rejects.toMatchObject({ en: expect.stringMatching(/over the 200 MB limit/) });
  });
  it('malformed JSON', async () => {
    const error = await importFile(load('malformed.geojson')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).en).toMatch(/Malformed GeoJSON/);
    expect((error as ImportError).zh).toMatch(/GeoJSON 格式错误/);
  });
  it('JSON that is not GeoJSON', async () => {
    await expect(importFile(fromText('a.json', '{"hello": 1}'))).rejects.toThrow(/Not GeoJSON/);
  });
  it('non-Feature members of a FeatureCollection are rejected once each', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [42, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [113.1, 27.8] } }],
    });
    const result = await importFile(fromText('a.geojson', text));
    expect(result.parcels).toHaveLength(1);
    expect(result.rejected).toEqual([
      { index: 0, reason_zh: '不是 GeoJSON 要素（Feature）', reason_en: 'Not a GeoJSON Feature' },
    ]);
  });
  it('a FeatureCollection with no features', async () => {
    await expect(importFile(fromText('a.geojson', '{"type":"FeatureCollection","features":[]}'))).rejects.toThrow(
      /holds no features/,
    );
  });
  it('unknown format', async () => {
    await expect(importFile(fromText('a.abc', 'AC1032\u0000\u0000'))).rejects.toThrow(/Unknown format/);
  });
  it('a lone .shp, an old .xls, a CAD file: what to do instead', async () => {
    await expect(importFile(fromText('a.shp', 'x'))).rejects.toThrow(/Zip the Shapefile/);
    await expect(importFile(fromText('a.xls', 'x'))).rejects.toThrow(/Save it as \.xlsx/);
    await expect(importFile(fromText('a.dwg', 'x'))).rejects.toThrow(/Export it as a Shapefile/);
  });
  it('malformed KML', async () => {
    await expect(importFile(fromText('a.kml', '<kml><Document><Placemark></kml>'))).rejects.toThrow(/Malformed KML/);
  });
  it('a .zip without .shp', async () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    await expect(importFile({ name: 'a.zip', bytes: zip.buffer as ArrayBuffer })).rejects.toThrow(/no \.shp/);
  });
  it('a broken .zip', async () => {
    await expect(importFile(fromText('a.zip', 'PK\u0003\u0004garbage'))).rejects.toThrow(ImportError);
  });
  it('unknown projection in .prj: ImportError naming it when detection fails too', async () => {
    // Kilometre coordinates (not detectable) with a UTM .prj.
    const original = readFileSync(join(DIR, 'parcels-gk38-prefixed-gbk.zip'));
    void original;
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:32649' } },
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [712.5, 3082.6] } }],
    });
    const error = (await importFile(fromText('utm.geojson', geojson)).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.en).toMatch(/EPSG:32649/);
    expect(error.en).toMatch(/kilometres/);
  });
  it('unknown projection but detectable coordinates: kept, with a warning naming the projection', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:2362' } }, // Xian 1980 / 3-degree GK zone 38
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [38416021.5, 3081046.9] } },
      ],
    });
    const result = await importFile(fromText('xian80.geojson', geojson));
    expect(result.crs.id).toBe('cgcs2000-gk3-114-prefixed');
    expect(result.warnings.some((w) => /EPSG:2362/.test(w.en) && /not supported/.test(w.en))).toBe(true);
  });
  it('coordinates that cannot be placed: ImportError', async () => {
    const geojson = JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [12.5, 3.4] },
    });
    await expect(importFile(fromText('odd.geojson', geojson))).rejects.toThrow(/Cannot tell the coordinate system/);
  });
  it('mixed and broken features: valid ones kept and repaired, the rest rejected with reasons (zh + en)', async () => {
    const result = await importFile(load('mixed-and-broken.geojson'));
    const names = result.parcels.map((p) => p.properties.name);
    expect(names).toEqual(['有效地块', '未闭合环', '自相交', '点', '线']);
    const repairedNames = result.repaired.map((r) => `${r.name}: ${r.what_en}`);
    expect(repairedNames.some((t) => /未闭合环: Ring not closed/.test(t))).toBe(true);
    expect(repairedNames.some((t) => /自相交: Self-intersecting/.test(t))).toBe(true);
    const rejected = Object.fromEntries(result.rejected.map((r) => [r.name, r.reason_en]));
    expect(Object.keys(rejected).sort()).toEqual(['坐标NaN', '两点面', '无几何'].sort());
    expect(rejected['坐标NaN']).toMatch(/Invalid coordinates/);
    expect(rejected['两点面']).toMatch(/fewer than 3/);
    expect(rejected['无几何']).toMatch(/No geometry/);
    expect(result.rejected.every((r) => r.reason_zh.length > 0)).toBe(true);
    // The bow tie's repair keeps both lobes: its area is that of the two triangles (half the square).
    const bowtie = result.parcels.find((p) => p.properties.name === '自相交')!;
    const square = result.parcels.find((p) => p.properties.name === '有效地块')!;
    expect(bowtie.geometry.type).toBe('MultiPolygon');
    expect(areaOf(bowtie) / areaOf(square)).toBeCloseTo(0.5, 3);
  });
  it('unsupported geometry members and MultiPoint', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'mp' },
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [113.1, 27.8],
              [113.2, 27.8],
            ],
          },
        },
        { type: 'Feature', properties: { name: 'weird' }, geometry: { type: 'Circle', coordinates: [113.1, 27.8] } },
        {
          type: 'Feature',
          properties: { name: 'gc' },
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              {
                type: 'Polygon',
                coordinates: [
                  [
                    [113.1, 27.8],
                    [113.11, 27.8],
                    [113.11, 27.81],
                    [113.1, 27.8],
                  ],
                ],
              },
              { type: 'Point', coordinates: [113.1, 27.8] },
            ],
          },
        },
      ],
    };
    const result = await importFile(fromText('m.geojson', JSON.stringify(fc)));
    expect(result.parcels.map((p) => p.properties.parcel_id)).toEqual(['1-1', '1-2', '3']);
    expect(result.rejected[0]).toMatchObject({ name: 'weird', reason_en: 'Unsupported geometry type Circle' });
    expect(result.repaired.some((r) => r.name === 'gc' && /dropped 1/.test(r.what_en))).toBe(true);
  });
  it('CSV rows with bad numbers are rejected and the rest kept', async () => {
    const result = await importFile(
      fromText('p.csv', 'name,lon,lat\r\nA,113.15,27.80\r\nB,abc,27.8\r\nC,113.2,27.9\r\n'),
    );
    expect(result.parcels).toHaveLength(2);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.reason_en).toMatch(/Row 3/);
  });
  it('a table without coordinate columns', async () => {
    await expect(importFile(fromText('p.csv', 'a,b\r\n1,2\r\n'))).rejects.toThrow(/No coordinate columns/);
  });
  it('duplicate parcel ids are made unique, with a warning', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [1, 2].map(() => ({
        type: 'Feature',
        properties: { 地块编号: 'A' },
        geometry: { type: 'Point', coordinates: [113.1, 27.8] },
      })),
    };
    const result = await importFile(fromText('d.geojson', JSON.stringify(fc)));
    expect(result.parcels.map((p) => p.properties.parcel_id)).toEqual(['A', 'A#2']);
    expect(result.warnings.some((w) => /duplicates/.test(w.en))).toBe(true);
  });
  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importFile(load('parcels.kml'), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await importFile(load('parcels.kml'), { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });
});

describe('helpers', () => {
  it('parses coordinates as people write them', () => {
    expect(parseCoordinate('113.5')).toBe(113.5);
    expect(parseCoordinate('113,5')).toBe(113.5);
    expect(parseCoordinate('113°30′00″E')).toBeCloseTo(113.5, 9);
    expect(parseCoordinate('27°49\'12"')).toBeCloseTo(27.82, 9);
    expect(parseCoordinate('')).toBeNaN();
    expect(parseCoordinate('abc')).toBeNaN();
  });
  it('reads .cpg names', () => {
    expect(encodingOfCpg('UTF-8')).toBe('utf-8');
    expect(encodingOfCpg('GBK')).toBe('gbk');
    expect(encodingOfCpg('ANSI 936')).toBe('gbk');
    expect(encodingOfCpg('936')).toBe('gbk');
    expect(encodingOfCpg('')).toBeNull();
  });
  it('finds self-intersections in small and large rings', () => {
    const bowtie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(ringSelfIntersects(bowtie)).toBe(true);
    expect(
      ringSelfIntersects([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(false);
    const circle = Array.from({ length: 200 }, (_, i) => [
      Math.cos((i / 200) * 2 * Math.PI),
      Math.sin((i / 200) * 2 * Math.PI),
    ]);
    expect(ringSelfIntersects([...circle, circle[0]!])).toBe(false);
    const twisted = circle.slice();
    [twisted[10], twisted[100]] = [twisted[100]!, twisted[10]!];
    expect(ringSelfIntersects([...twisted, twisted[0]!])).toBe(true);
  });
  it('mu conversion used in the expectations', () => {
    expect(EXPECTED_M2['ZZ-001']! / SQM_PER_MU).toBeCloseTo(89.9844, 3);
  });
});

/** A Point .shp (no .shx or .dbf needed by the reader) with the given coordinates. */
function pointShp(points: [number, number][]): Uint8Array {
  const bytes = new Uint8Array(100 + points.length * 28);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, 9994); // file code, big-endian
  view.setInt32(24, bytes.length / 2); // file length in 16-bit words
  view.setInt32(28, 1000, true);
  view.setInt32(32, 1, true); // Point
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) =>
    view.setFloat64(36 + i * 8, v, true),
  );
  points.forEach(([x, y], i) => {
    const at = 100 + i * 28;
    view.setInt32(at, i + 1);
    view.setInt32(at + 4, 10); // content length in words
    view.setInt32(at + 8, 1, true);
    view.setFloat64(at + 12, x, true);
    view.setFloat64(at + 20, y, true);
  });
  return bytes;
}

describe('Web Mercator (EPSG:3857) files (issue 17, case 10)', () => {
  // 株洲站: WGS84 and its EPSG:3857 metres (proj4js's own EPSG:3857 definition).
  const STATION: [number, number] = [113.155, 27.834];
  const STATION_3857: [number, number] = [12596356.9807, 3228061.0621];
  const ESRI_WEB_MERCATOR =
    'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
  const POPULAR_VISUALISATION =
    'PROJCS["Popular Visualisation CRS / Mercator",GEOGCS["Popular Visualisation CRS",DATUM["Popular_Visualisation_Datum",SPHEROID["Popular Visualisation Sphere",6378137,0]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1]]';
  const expectStation = (result: ImportResult) => {
    expect(result.crs.id).toBe('web-mercator');
    const [lon, lat] = (result.parcels[0]!.geometry as GeoJSON.Point).coordinates as [number, number];
    expect(haversine(lon, lat, STATION[0], STATION[1])).toBeLessThan(1);
  };

  for (const [label, prj] of [
    ['Web_Mercator_Auxiliary_Sphere', ESRI_WEB_MERCATOR],
    ['Popular Visualisation', POPULAR_VISUALISATION],
  ] as const) {
    it(`a Shapefile whose .prj is ${label} imports at 株洲站, within 1 m`, async () => {
      const zip = zipSync({ 'station.shp': pointShp([STATION_3857]), 'station.prj': strToU8(prj) });
      const result = await importFile({ name: 'station.zip', bytes: zip.buffer as ArrayBuffer });
      expect(result.crs.how).toBe('prj');
      expectStation(result);
      expect(result.warnings.some((w) => /outside Zhuzhou|not supported/.test(w.en))).toBe(false);
    });
  }

  for (const name of ['EPSG:3857', 'urn:ogc:def:crs:EPSG::3857']) {
    it(`a GeoJSON whose crs names ${name} imports at 株洲站, within 1 m`, async () => {
      const geojson = JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name } },
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: STATION_3857 } }],
      });
      const result = await importFile(fromText('station.geojson', geojson));
      expect(result.crs.how).toBe('crs-member');
      expectStation(result);
    });
  }

  it('Web Mercator metres without any declaration are detected', async () => {
    const geojson = JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: STATION_3857 },
    });
    const result = await importFile(fromText('station.geojson', geojson));
    expect(result.crs.how).toBe('detected');
    expectStation(result);
  });
});
