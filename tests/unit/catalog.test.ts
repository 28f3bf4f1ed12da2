import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYER_BY_ID, LAYER_GROUPS, LAYERS } from '../../src/catalog/layers';
import { PLAN_FILES } from '../../src/catalog/layerDefinition';
import { CATEGORIES } from '../../src/geo/schema';
import { buildStyle } from '../../src/map/style';
import { colorExpression, labelLayersFor, styleLayersFor } from '../../src/map/catalogLayers';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

const empty = { type: 'FeatureCollection' as const, features: [] };
const basemap = { counties: empty, city: empty, neighbours: empty, rivers: empty, labels: empty };

describe('layer catalog', () => {
  it('has exactly one entry per category, each in a known group with a legend', () => {
    expect(LAYERS.map((l) => l.id).sort()).toEqual([...CATEGORIES].sort());
    const groups = new Set(LAYER_GROUPS.map((g) => g.id));
    for (const layer of LAYERS) {
      expect(groups.has(layer.group), layer.id).toBe(true);
      expect(layer.legend.length, layer.id).toBeGreaterThan(0);
      expect(layer.title.zh && layer.title.en, layer.id).toBeTruthy();
    }
  });

  it("names each layer's geodata file correctly: every feature lives in its layer's file", () => {
    const dir = new URL('../../geodata/plan/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
    expect(files.map((f) => f.replace('.geojson', '')).sort()).toEqual([...PLAN_FILES].sort());
    for (const file of files) {
      const collection = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as GeoJSON.FeatureCollection;
      for (const feature of collection.features) {
        const category = feature.properties?.category as (typeof CATEGORIES)[number];
        expect(LAYER_BY_ID.get(category)?.file, `${file}: ${String(feature.properties?.id)}`).toBe(
          file.replace('.geojson', ''),
        );
      }
    }
  });

  it('draws each layer from its file, narrowed to its own category', () => {
    const style = buildStyle(basemap, { roads: 'http://127.0.0.1/roads.geojson' }, 'zh');
    expect(style.sources['plan-roads']).toEqual({ type: 'geojson', data: 'http://127.0.0.1/roads.geojson' });
    const expressway = style.layers.filter(
      (l) => (l.metadata as Record<string, unknown>)?.['zz:category'] === 'expressway',
    );
    expect(expressway.length).toBeGreaterThan(0);
    for (const layer of expressway.filter((l) => l.type !== 'symbol')) {
      expect((layer as { source: string }).source).toBe('plan-roads');
      expect(JSON.stringify((layer as { filter: unknown }).filter)).toContain('["==",["get","category"],"expressway"]');
    }
  });

  it('builds a valid MapLibre style with no remote resources', () => {
    const style = buildStyle(basemap, {}, 'zh');
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('colours the planning zones by the legend, so the map and legend agree', () => {
    const zones = LAYERS.find((l) => l.id === 'planning_zone')!;
    const expression = colorExpression(zones) as unknown[];
    for (const item of zones.legend) {
      const index = expression.indexOf(item.match!.value);
      expect(expression[index + 1]).toBe(item.color);
    }
  });

  it('tags every style layer with its catalog layer for visibility and opacity', () => {
    for (const layer of LAYERS) {
      for (const styleLayer of [...styleLayersFor(layer), ...labelLayersFor(layer, 'en')]) {
        expect((styleLayer.metadata as Record<string, unknown>)['zz:category']).toBe(layer.id);
      }
    }
  });
});

describe('optional online basemap', () => {
  it('is off unless a https tile template is configured', async () => {
    const { onlineBasemapFromEnv } = await import('../../src/map/style');
    expect(onlineBasemapFromEnv({})).toBeUndefined();
    expect(onlineBasemapFromEnv({ VITE_ONLINE_BASEMAP_TILES: 'javascript:alert(1)' })).toBeUndefined();
    const online = onlineBasemapFromEnv({ VITE_ONLINE_BASEMAP_TILES: 'https://t.example/{z}/{x}/{y}.png' });
    expect(online?.tiles).toBe('https://t.example/{z}/{x}/{y}.png');
    const style = buildStyle(basemap, {}, 'zh', online);
    expect(style.layers.some((l) => l.id === 'online-basemap')).toBe(true);
    expect(validateStyleMin(style)).toEqual([]);
  });
});
