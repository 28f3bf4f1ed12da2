import { describe, expect, it } from 'vitest';
import { LAYER_GROUPS, LAYERS } from '../../src/catalog/layers';
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

  it('builds a valid MapLibre style with no remote resources', () => {
    const style = buildStyle(basemap, 'zh');
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
    const style = buildStyle(basemap, 'zh', online);
    expect(style.layers.some((l) => l.id === 'online-basemap')).toBe(true);
    expect(validateStyleMin(style)).toEqual([]);
  });
});
