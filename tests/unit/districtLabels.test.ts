import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { buildStyle } from '../../src/map/style';
import { districtSitePoints, mergedSitesLabel } from '../../src/map/districtSites';
import type { PlanFeature } from '../../src/geo/schema';

/**
 * The district names at the city view: the four core seats lie within ~30 px of each other there, so the style
 * stands each name on its own side of its seat. This checks, from the style itself and the label points, that the
 * nine names' boxes do not overlap at the zooms a desktop or phone opens at.
 */
const labels = JSON.parse(readFileSync('geodata/basemap/labels.geojson', 'utf8')) as FeatureCollection<
  Point,
  { name: string; kind: string }
>;
const counties = labels.features.filter((f) => f.properties.kind === 'county');
const empty = { type: 'FeatureCollection' as const, features: [] };
const style = buildStyle({ counties: empty, city: empty, neighbours: empty, rivers: empty, labels: empty }, {}, 'zh');
const layer = style.layers.find((l) => l.id === 'counties-label')!;
const layout = (layer as { layout: Record<string, unknown> }).layout;

function evaluate(property: string, zoom: number, feature: Feature<Point, { name: string }>): unknown {
  const spec = (latest as unknown as { layout_symbol: Record<string, StylePropertySpecification> }).layout_symbol[
    property
  ]!;
  const parsed = createExpression(layout[property], spec);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate({ zoom }, { type: 'Point', properties: feature.properties } as never);
}

/** Screen position (px) of a lon/lat at a zoom, Web Mercator. */
function project([lon, lat]: number[], zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom; // MapLibre's 512 px tiles
  const y = Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360));
  return [((lon! + 180) / 360) * scale, (0.5 - y / (2 * Math.PI)) * scale];
}

type Box = [number, number, number, number];

/** The label's box: CJK glyphs are one em wide; the anchor says which point of the box sits on the seat. */
function box(feature: Feature<Point, { name: string }>, zoom: number, anchor: string, offset: number[]): Box {
  const size = evaluate('text-size', zoom, feature) as number;
  const width = [...feature.properties.name].length * size;
  const height = size * 1.2;
  const [x, y] = project(feature.geometry.coordinates, zoom);
  const ox = x + offset[0]! * size;
  const oy = y + offset[1]! * size;
  const left = anchor.includes('left') ? ox : anchor.includes('right') ? ox - width : ox - width / 2;
  const top = anchor.startsWith('top') ? oy : anchor.startsWith('bottom') ? oy - height : oy - height / 2;
  return [left, top, left + width, top + height];
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function overlappingPairs(zoom: number, placed: boolean): string[] {
  const boxes = counties.map((f) => ({
    name: f.properties.name,
    box: placed
      ? box(f, zoom, evaluate('text-anchor', zoom, f) as string, evaluate('text-offset', zoom, f) as number[])
      : box(f, zoom, 'center', [0, 0]),
  }));
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (overlap(a.box, b.box)) pairs.push(`${a.name}/${b.name}`);
    }),
  );
  return pairs;
}

describe('district names at the city view', () => {
  it('has the nine districts', () => {
    expect(counties).toHaveLength(9);
  });

  // Phone (375 px) opens near zoom 7.4, the desktop near 8.3; from zoom 10 every name is centred on its seat.
  for (const zoom of [7.6, 8, 8.3, 9, 9.5]) {
    it(`no two names overlap at zoom ${zoom}`, () => {
      expect(overlappingPairs(zoom, true)).toEqual([]);
    });
  }

  it('would overlap if centred on their seats (the check can fail)', () => {
    expect(overlappingPairs(8.3, false).length).toBeGreaterThan(0);
  });
});

describe('unsited projects of the core districts', () => {
  const site = (id: string, district: string, lon: number, lat: number): PlanFeature =>
    ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { id, name: id, name_en: id, category: 'project', district, placement: 'district' },
    }) as unknown as PlanFeature;

  it('each marker carries what a merged marker needs for its caption', () => {
    const points = districtSitePoints(
      [site('a', '天元区', 113.07, 27.83), site('b', '天元区', 113.08, 27.83), site('c', '芦淞区', 113.15, 27.79)],
      { project: true },
      'zh',
    );
    const [tianyuan, lusong] = points.features.map((f) => f.properties);
    expect(tianyuan).toMatchObject({ short: '天元区', count: 2, unit: '项，位置未定', sep: '、' });
    // MapLibre's clusterProperties join them as the style says: names with the separator, counts summed.
    const merged = { short: `${tianyuan!.short}${tianyuan!.sep}${lusong!.short}`, count: 3, unit: lusong!.unit };
    expect(mergedSitesLabel(merged)).toBe('天元区、芦淞区 · 3 项，位置未定');
    const en = districtSitePoints([site('a', '天元区', 113.07, 27.83)], { project: true }, 'en').features[0]!;
    expect(en.properties).toMatchObject({ short: 'Tianyuan', unit: 'sites, location not fixed', sep: ', ' });
  });
});
