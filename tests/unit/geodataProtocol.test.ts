/**
 * The plan-data worker's work (src/data/geodataProtocol.ts): fetch every served plan file, parse and validate
 * it; a file that cannot be fetched or is broken is reported by name and the other files still load.
 */
import { describe, expect, it } from 'vitest';
import { fetchAndParse } from '../../src/data/geodataProtocol';

const hub = {
  type: 'Feature',
  properties: {
    id: 'hub-a',
    name: '株洲西站',
    name_en: 'Zhuzhou West Station',
    aliases: [],
    category: 'hub',
    district: '天元区',
    source: { file: '001', section: '第五章第三节', line: 447, quote: '株洲西综合客运枢纽' },
    accuracy: 'approximate',
  },
  geometry: { type: 'Point', coordinates: [113.08, 27.84] },
};

const served: Record<string, { status: number; body: string } | 'offline'> = {
  'http://x/hubs.geojson': { status: 200, body: JSON.stringify({ type: 'FeatureCollection', features: [hub] }) },
  'http://x/broken.geojson': { status: 200, body: '{"type": "FeatureCollection", "features": [' },
  'http://x/missing.geojson': { status: 404, body: 'not found' },
  'http://x/unreachable.geojson': 'offline',
};

const fakeFetch = (async (url: string) => {
  const entry = served[url];
  if (!entry || entry === 'offline') throw new TypeError('Failed to fetch');
  return new Response(entry.body, { status: entry.status });
}) as typeof fetch;

describe('fetchAndParse', () => {
  it('loads the good file and reports each bad one by name, without throwing', async () => {
    const results = await fetchAndParse(
      ['hubs', 'broken', 'missing', 'unreachable'].map((name) => ({
        file: `${name}.geojson`,
        url: `http://x/${name}.geojson`,
      })),
      fakeFetch,
    );
    const byFile = Object.fromEntries(results.map((r) => [r.file, r]));
    expect(byFile['hubs.geojson']!.features.map((f) => f.properties.id)).toEqual(['hub-a']);
    expect(byFile['hubs.geojson']!.problems).toEqual([]);
    expect(byFile['broken.geojson']!.features).toEqual([]);
    expect(byFile['broken.geojson']!.problems[0]).toMatch(/^not valid JSON/);
    expect(byFile['missing.geojson']!.problems).toEqual(['could not be fetched (HTTP 404)']);
    expect(byFile['unreachable.geojson']!.problems).toEqual(['could not be fetched (Failed to fetch)']);
  });
});
