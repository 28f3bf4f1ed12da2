import { describe, expect, it } from 'vitest';
import {
  CRS_LIST,
  crsFromGeoJsonMember,
  crsFromPrj,
  detectCrs,
  fromWgs84,
  outsideZhuzhouCause,
  toWgs84,
  type CrsId,
} from '../../src/geo/crs';
import { haversine } from '../../src/geo/stats/geometry';

/**
 * Control points: three places in Zhuzhou (CGCS2000 lat/lon) converted with PROJ 9.1.1's cs2cs using the EPSG
 * definitions, e.g. `printf "27.8404 113.1475\n" | cs2cs -f %.4f EPSG:4490 EPSG:4526` (output northing easting).
 * Values pasted as [easting, northing].
 */
const POINTS: [number, number][] = [
  [113.1475, 27.8404], // 株洲站 area
  [113.507, 27.646], // 醴陵
  [113.772, 26.489], // 炎陵
];
const REFERENCE: Record<Exclude<CrsId, 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09'>, [number, number][]> = {
  // EPSG:4546
  'cgcs2000-gk3-111': [
    [711570.6424, 3082607.3951],
    [747439.6332, 3061725.5736],
    [776432.6309, 2933995.8393],
  ],
  // EPSG:4547
  'cgcs2000-gk3-114': [
    [416021.5267, 3081046.949],
    [451349.7084, 3059309.7899],
    [477268.4588, 2931031.9138],
  ],
  // EPSG:4525
  'cgcs2000-gk3-111-prefixed': [
    [37711570.6424, 3082607.3951],
    [37747439.6332, 3061725.5736],
    [37776432.6309, 2933995.8393],
  ],
  // EPSG:4526
  'cgcs2000-gk3-114-prefixed': [
    [38416021.5267, 3081046.949],
    [38451349.7084, 3059309.7899],
    [38477268.4588, 2931031.9138],
  ],
  // EPSG:4508
  'cgcs2000-gk6-19': [
    [711570.6424, 3082607.3951],
    [747439.6332, 3061725.5736],
    [776432.6309, 2933995.8393],
  ],
  // EPSG:4509
  'cgcs2000-gk6-20': [
    [120341.6583, 3086721.8641],
    [155183.2839, 3064093.6702],
    [178066.4878, 2935059.4547],
  ],
  // EPSG:4497
  'cgcs2000-gk6-19-prefixed': [
    [19711570.6424, 3082607.3951],
    [19747439.6332, 3061725.5736],
    [19776432.6309, 2933995.8393],
  ],
  // EPSG:4498
  'cgcs2000-gk6-20-prefixed': [
    [20120341.6583, 3086721.8641],
    [20155183.2839, 3064093.6702],
    [20178066.4878, 2935059.4547],
  ],
  // EPSG:3857, from proj4js's own EPSG:3857 definition (an implementation independent of src/geo/crs.ts):
  // `proj4('EPSG:4326', 'EPSG:3857').forward([113.1475, 27.8404])`.
  'web-mercator': [
    [12595522.0845, 3228866.7417],
    [12635541.4415, 3204415.356],
    [12665041.1065, 3059772.8315],
  ],
};

describe('Gauss–Krüger conversions against PROJ (cs2cs) control points', () => {
  for (const [id, refs] of Object.entries(REFERENCE) as [CrsId, [number, number][]][]) {
    it(`${id}: grid → lon/lat within 0.5 m, and back within 0.5 m`, () => {
      const toLonLat = toWgs84(id);
      const toGrid = fromWgs84(id);
      refs.forEach((grid, i) => {
        const [lon, lat] = toLonLat(grid);
        const [elon, elat] = POINTS[i]!;
        expect(haversine(lon, lat, elon, elat)).toBeLessThan(0.5);
        const [x, y] = toGrid(POINTS[i]!);
        expect(Math.abs(x - grid[0])).toBeLessThan(0.5);
        expect(Math.abs(y - grid[1])).toBeLessThan(0.5);
      });
    });
  }
  it('every CRS in the list converts (no missing definition)', () => {
    for (const { id } of CRS_LIST) {
      const out = toWgs84(id)(
        id.startsWith('cgcs2000-') ? REFERENCE[id as keyof typeof REFERENCE][0]! : [113.1475, 27.8404],
      );
      expect(Number.isFinite(out[0]) && Number.isFinite(out[1])).toBe(true);
    }
  });
});

describe('GCJ-02 and BD-09', () => {
  it('round-trips WGS84 → GCJ-02 → WGS84 and WGS84 → BD-09 → WGS84 within 0.5 m', () => {
    for (const p of POINTS) {
      for (const id of ['gcj02', 'bd09'] as const) {
        const shifted = fromWgs84(id)(p);
        const back = toWgs84(id)(shifted);
        expect(haversine(back[0], back[1], p[0], p[1])).toBeLessThan(0.5);
      }
    }
  });
  it('shifts by a few hundred metres in Zhuzhou (GCJ-02 ~ 500–700 m, BD-09 more)', () => {
    const [lon, lat] = POINTS[0]!;
    const g = fromWgs84('gcj02')([lon, lat]);
    const b = fromWgs84('bd09')([lon, lat]);
    const dg = haversine(lon, lat, g[0], g[1]);
    expect(dg).toBeGreaterThan(300);
    expect(dg).toBeLessThan(900);
    expect(haversine(lon, lat, b[0], b[1])).toBeGreaterThan(dg);
  });
  it('WGS84 and CGCS2000 geographic are the identity', () => {
    expect(toWgs84('wgs84')([113.1, 27.8])).toEqual([113.1, 27.8]);
    expect(toWgs84('cgcs2000')([113.1, 27.8])).toEqual([113.1, 27.8]);
  });
});

const ESRI_ZONE38 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_38",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",38500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_CM114 = ESRI_ZONE38.replace('Zone_38', 'CM_114E').replace('38500000.0', '500000.0');
const ESRI_CM111 = ESRI_CM114.replace('CM_114E', 'CM_111E').replace('114.0', '111.0');
const ESRI_6_ZONE20 =
  'PROJCS["CGCS2000_GK_Zone_20",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",20500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const OGC_4547 =
  'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",114],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],AXIS["Easting",EAST],AUTHORITY["EPSG","4547"]]';
const GEO_CGCS =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const GEO_WGS =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const XIAN80_ZONE38 = ESRI_ZONE38.replace(/CGCS2000_3_Degree/, 'Xian_1980_3_Degree')
  .replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980')
  .replace('D_China_2000', 'D_Xian_1980')
  .replace('SPHEROID["CGCS2000",6378137.0,298.257222101]', 'SPHEROID["Xian_1980",6378140.0,298.257]');
const UTM49 =
  'PROJCS["WGS_1984_UTM_Zone_49N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** Web Mercator as ArcGIS writes it (ESRI WKT, no authority), as GDAL/EPSG writes it, and its older names. */
const ESRI_WEB_MERCATOR =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
const OGC_3857 =
  'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]';
const POPULAR_VISUALISATION =
  'PROJCS["Popular Visualisation CRS / Mercator",GEOGCS["Popular Visualisation CRS",DATUM["Popular_Visualisation_Datum",SPHEROID["Popular Visualisation Sphere",6378137,0]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1]]';
const WKT2_3857 =
  'PROJCRS["WGS 84 / Pseudo-Mercator",BASEGEOGCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,298.257223563]]],CONVERSION["Popular Visualisation Pseudo-Mercator",METHOD["Popular Visualisation Pseudo Mercator",ID["EPSG",1024]],PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",0],PARAMETER["False easting",0],PARAMETER["False northing",0]],CS[Cartesian,2],LENGTHUNIT["metre",1],ID["EPSG",3857]]';

describe('Web Mercator (EPSG:3857)', () => {
  // 株洲站 (Zhuzhou railway station), WGS84, and its EPSG:3857 metres from proj4js's own EPSG:3857 definition.
  const STATION: [number, number] = [113.155, 27.834];
  const STATION_3857: [number, number] = [12596356.9807, 3228061.0621];
  it('株洲站: metres → lon/lat and lon/lat → metres within 1 m of an independent implementation', () => {
    const [lon, lat] = toWgs84('web-mercator')(STATION_3857);
    expect(haversine(lon, lat, STATION[0], STATION[1])).toBeLessThan(1);
    const [x, y] = fromWgs84('web-mercator')(STATION);
    expect(Math.hypot(x - STATION_3857[0], y - STATION_3857[1])).toBeLessThan(1);
  });
  it('round-trips points across Zhuzhou within 1 m (and to the millimetre)', () => {
    const there = fromWgs84('web-mercator');
    const back = toWgs84('web-mercator');
    for (let lon = 112.9; lon <= 114.2; lon += 0.1)
      for (let lat = 26; lat <= 28.2; lat += 0.1) {
        const [blon, blat] = back(there([lon, lat]));
        expect(haversine(blon, blat, lon, lat)).toBeLessThan(0.001);
      }
  });
  it('is read from ESRI, OGC WKT1 and WKT2 .prj files and the Popular Visualisation name', () => {
    expect(crsFromPrj(ESRI_WEB_MERCATOR)).toBe('web-mercator');
    expect(crsFromPrj(OGC_3857)).toBe('web-mercator');
    expect(crsFromPrj(POPULAR_VISUALISATION)).toBe('web-mercator');
    expect(crsFromPrj(WKT2_3857)).toBe('web-mercator');
    // Another central meridian or a false origin is not EPSG:3857.
    expect(crsFromPrj(ESRI_WEB_MERCATOR.replace('"Central_Meridian",0.0', '"Central_Meridian",110.0'))).toBeNull();
    expect(crsFromPrj(ESRI_WEB_MERCATOR.replace('"False_Easting",0.0', '"False_Easting",500000.0'))).toBeNull();
  });
  it('is read from a GeoJSON crs member', () => {
    const named = (name: string) => ({ type: 'name', properties: { name } });
    expect(crsFromGeoJsonMember(named('EPSG:3857'))).toBe('web-mercator');
    expect(crsFromGeoJsonMember(named('urn:ogc:def:crs:EPSG::3857'))).toBe('web-mercator');
    expect(crsFromGeoJsonMember(named('EPSG:900913'))).toBe('web-mercator');
    expect(crsFromGeoJsonMember(named('EPSG:102100'))).toBe('web-mercator');
    expect(crsFromGeoJsonMember({ type: 'EPSG', properties: { code: 3857 } })).toBe('web-mercator');
  });
  it('is detected from its coordinate ranges', () => {
    const guess = detectCrs(REFERENCE['web-mercator']);
    expect(guess?.id).toBe('web-mercator');
    expect(guess?.note_en).toMatch(/EPSG:3857/);
    expect(detectCrs(REFERENCE['web-mercator'].map(([x, y]) => [y, x]))).toMatchObject({
      id: 'web-mercator',
      swapped: true,
    });
  });
});

describe('.prj (WKT) parsing', () => {
  it('reads ESRI and OGC WKT of the supported CRSs', () => {
    expect(crsFromPrj(ESRI_ZONE38)).toBe('cgcs2000-gk3-114-prefixed');
    expect(crsFromPrj(ESRI_CM114)).toBe('cgcs2000-gk3-114');
    expect(crsFromPrj(ESRI_CM111)).toBe('cgcs2000-gk3-111');
    expect(crsFromPrj(ESRI_6_ZONE20)).toBe('cgcs2000-gk6-20-prefixed');
    expect(crsFromPrj(OGC_4547)).toBe('cgcs2000-gk3-114');
    expect(crsFromPrj(GEO_CGCS)).toBe('cgcs2000');
    expect(crsFromPrj(GEO_WGS)).toBe('wgs84');
  });
  it('returns null for datums and projections it does not support', () => {
    expect(crsFromPrj(XIAN80_ZONE38)).toBeNull();
    expect(crsFromPrj(UTM49)).toBeNull();
    expect(crsFromPrj('')).toBeNull();
    expect(crsFromPrj('not a wkt')).toBeNull();
  });
});

describe('GeoJSON crs member', () => {
  it('reads the name forms GIS software writes', () => {
    const named = (name: string) => ({ type: 'name', properties: { name } });
    expect(crsFromGeoJsonMember(named('urn:ogc:def:crs:EPSG::4547'))).toBe('cgcs2000-gk3-114');
    expect(crsFromGeoJsonMember(named('EPSG:4526'))).toBe('cgcs2000-gk3-114-prefixed');
    expect(crsFromGeoJsonMember(named('urn:ogc:def:crs:OGC:1.3:CRS84'))).toBe('wgs84');
    expect(crsFromGeoJsonMember(named('EPSG:4490'))).toBe('cgcs2000');
    expect(crsFromGeoJsonMember({ type: 'EPSG', properties: { code: 4498 } })).toBe('cgcs2000-gk6-20-prefixed');
    expect(crsFromGeoJsonMember(named('EPSG:32649'))).toBeNull();
    expect(crsFromGeoJsonMember(null)).toBeNull();
  });
});

describe('detection from coordinate ranges', () => {
  const grid = (id: keyof typeof REFERENCE) => REFERENCE[id].slice(0, 2);
  it('lon/lat around Zhuzhou → WGS84, with the GCJ-02 caveat in the note', () => {
    const guess = detectCrs(POINTS);
    expect(guess?.id).toBe('wgs84');
    expect(guess?.how).toBe('detected');
    expect(guess?.note_en).toMatch(/GCJ-02/);
  });
  it('lat/lon (swapped) → WGS84 with swapped: true', () => {
    const guess = detectCrs(POINTS.map(([x, y]) => [y, x]));
    expect(guess?.id).toBe('wgs84');
    expect(guess?.swapped).toBe(true);
  });
  it('8-digit eastings with zone prefix 37 / 38 / 19 / 20', () => {
    expect(detectCrs(grid('cgcs2000-gk3-111-prefixed'))?.id).toBe('cgcs2000-gk3-111-prefixed');
    expect(detectCrs(grid('cgcs2000-gk3-114-prefixed'))?.id).toBe('cgcs2000-gk3-114-prefixed');
    expect(detectCrs(grid('cgcs2000-gk6-19-prefixed'))?.id).toBe('cgcs2000-gk6-19-prefixed');
    expect(detectCrs(grid('cgcs2000-gk6-20-prefixed'))?.id).toBe('cgcs2000-gk6-20-prefixed');
  });
  it('unprefixed eastings: the central meridian that lands in Zhuzhou', () => {
    expect(detectCrs(grid('cgcs2000-gk3-114'))?.id).toBe('cgcs2000-gk3-114');
    expect(detectCrs(grid('cgcs2000-gk3-111'))?.id).toBe('cgcs2000-gk3-111');
    expect(detectCrs(grid('cgcs2000-gk6-20'))?.id).toBe('cgcs2000-gk6-20');
  });
  it('surveyors’ order (X = northing first) is detected and swapped', () => {
    const guess = detectCrs(grid('cgcs2000-gk3-114-prefixed').map(([e, n]) => [n, e]));
    expect(guess?.id).toBe('cgcs2000-gk3-114-prefixed');
    expect(guess?.swapped).toBe(true);
  });
  it('cannot tell: null', () => {
    expect(detectCrs([[12.5, 3.4]])).toBeNull();
    expect(detectCrs([[416.0, 3081.0]])).toBeNull(); // kilometres
    expect(detectCrs([])).toBeNull();
    expect(detectCrs([[NaN, NaN]])).toBeNull();
  });
});

describe('outside Zhuzhou: the likely cause', () => {
  it('wrong zone', () => {
    const cause = outsideZhuzhouCause(REFERENCE['cgcs2000-gk3-114'], 'cgcs2000-gk3-111');
    expect(cause?.better).toBe('cgcs2000-gk3-114');
    expect(cause?.en).toMatch(/wrong zone/);
  });
  it('swapped x/y', () => {
    const swapped = REFERENCE['cgcs2000-gk3-114-prefixed'].map(([e, n]) => [n, e] as [number, number]);
    const cause = outsideZhuzhouCause(swapped, 'cgcs2000-gk3-114-prefixed');
    expect(cause?.swap).toBe(true);
  });
  it('wrong units (kilometres)', () => {
    const cause = outsideZhuzhouCause([[416.02, 3081.05]], 'cgcs2000-gk3-114');
    expect(cause?.en).toMatch(/kilometres/);
  });
  it('inside: null', () => {
    expect(outsideZhuzhouCause(REFERENCE['cgcs2000-gk3-114'], 'cgcs2000-gk3-114')).toBeNull();
  });
});

describe('the CRS ids kept apart from proj4 (geo/crsIds.ts)', () => {
  it('are exactly the systems CRS_LIST defines', async () => {
    const { CRS_LIST } = await import('../../src/geo/crs');
    const { CRS_ID_LIST } = await import('../../src/geo/crsIds');
    expect([...CRS_ID_LIST].sort()).toEqual(CRS_LIST.map((c) => c.id).sort());
  });
});
