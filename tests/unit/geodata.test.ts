/**
 * Data checks over every file in geodata/plan: schema, unique ids, valid geometry, a style for every
 * category, and every single-district feature inside that district's boundary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { LAYER_BY_ID } from '../../src/catalog/layers';
import { PlanCollectionSchema, formatSchemaIssues, type PlanProperties } from '../../src/geo/schema';
import { geometryProblems, metresOutside, representativePoint } from '../../src/geo/validate';

const root = join(import.meta.dirname, '../../geodata');
const planDir = join(root, 'plan');
const planFiles = readdirSync(planDir).filter((name) => name.endsWith('.geojson'));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const counties = readJson(join(root, 'basemap/counties.geojson')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;
const countyByName = new Map(counties.features.map((county) => [county.properties.name, county]));

/** Open boundary data is good to a few hundred metres; points closer than this to the right district pass. */
const DISTRICT_TOLERANCE_M = 500;

const allFeatures: Feature<GeoJSON.Geometry, PlanProperties>[] = [];

describe.each(planFiles)('geodata/plan/%s', (file) => {
  const raw = readJson(join(planDir, file));
  const parsed = PlanCollectionSchema.safeParse(raw);

  it('matches the feature schema', () => {
    expect(parsed.success ? [] : formatSchemaIssues(parsed.error)).toEqual([]);
  });

  if (!parsed.success) return;
  const features = parsed.data.features as Feature<GeoJSON.Geometry, PlanProperties>[];
  allFeatures.push(...features);

  it('has valid geometry (closed rings, no self-intersections)', () => {
    const problems = features.flatMap((f) => geometryProblems(f.geometry).map((p) => `${f.properties.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('places each single-district feature inside its district', () => {
    const misplaced: string[] = [];
    for (const feature of features) {
      const { district, id } = feature.properties;
      if (typeof district !== 'string') continue;
      const county = countyByName.get(district);
      if (!county) {
        misplaced.push(`${id}: unknown district ${district}`);
        continue;
      }
      const points =
        feature.geometry.type === 'Point'
          ? [feature.geometry.coordinates]
          : feature.geometry.type === 'MultiPoint'
            ? feature.geometry.coordinates
            : [representativePoint(feature)];
      for (const point of points) {
        const off = metresOutside(point, county);
        if (off > DISTRICT_TOLERANCE_M) misplaced.push(`${id}: ${Math.round(off)} m outside ${district}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});

describe('geodata as a whole', () => {
  it('has unique ids across all files', () => {
    const seen = new Set<string>();
    const duplicates = allFeatures.map((f) => f.properties.id).filter((id) => seen.has(id) || !seen.add(id));
    expect(duplicates).toEqual([]);
  });

  it('has a catalog style and legend entry for every category in use', () => {
    const categories = new Set(allFeatures.map((f) => f.properties.category));
    const unstyled = [...categories].filter((c) => !LAYER_BY_ID.get(c)?.legend.length);
    expect(unstyled).toEqual([]);
  });

  it('gives every planning-zone feature a zone', () => {
    const zoneless = allFeatures.filter((f) => f.properties.category === 'planning_zone' && !f.properties.zone);
    expect(zoneless.map((f) => f.properties.id)).toEqual([]);
  });

  it('quotes each source verbatim from its seed file, at the stated line', () => {
    const seedsDir = join(import.meta.dirname, '../../../shared/seeds');
    let seedNames: string[] = [];
    try {
      seedNames = readdirSync(seedsDir);
    } catch {
      return; // shared/ is beside the checkout in CI and development; elsewhere this check cannot run
    }
    const seedText = new Map(
      ['000', '001', '002', '003', '004'].map((n) => {
        const name = seedNames.find((s) => s.startsWith(`${n}_`));
        return [n, name ? readFileSync(join(seedsDir, name), 'utf8') : ''] as const;
      }),
    );
    const normalise = (s: string) => s.replace(/\s+/g, '');
    const seedLines = new Map([...seedText].map(([file, text]) => [file, text.split('\n')] as const));
    // The quote must stand at its stated line (a sentence may wrap onto the neighbouring lines of the OCR text).
    const atLine = (file: string, line: number, quote: string) => {
      const around = (seedLines.get(file) ?? []).slice(Math.max(0, line - 3), line + 2).join('');
      return normalise(around).includes(normalise(quote));
    };
    const unquoted = allFeatures
      .flatMap((f) =>
        [f.properties.source, ...(f.properties.more_sources ?? [])].map((s) => [f.properties.id, s] as const),
      )
      .filter(([, s]) => !atLine(s.file, s.line, s.quote))
      .map(([id, s]) => `${id}: "${s.quote}" not at line ${s.line} of seed ${s.file}`);
    expect(unquoted).toEqual([]);
  });
});
