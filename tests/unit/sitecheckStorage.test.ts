/**
 * Issue 17, cases 1–3: the site check's IndexedDB records (src/features/sitecheck/persistence.ts) with an
 * in-memory idb-keyval. Two tabs importing at once keep both layers; a damaged record is dropped alone; a damaged
 * parcels record is reported as damaged (the layer and its original file are kept).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const data = new Map<IDBValidKey, unknown>();
vi.mock('idb-keyval', () => ({
  createStore: () => ({}),
  get: async (key: IDBValidKey) => data.get(key),
  set: async (key: IDBValidKey, value: unknown) => void data.set(key, value),
  del: async (key: IDBValidKey) => void data.delete(key),
  delMany: async (keys: IDBValidKey[]) => keys.forEach((k) => data.delete(k)),
  getMany: async (keys: IDBValidKey[]) => keys.map((k) => data.get(k)),
  keys: async () => [...data.keys()],
  clear: async () => data.clear(),
}));
(globalThis as { indexedDB?: unknown }).indexedDB ??= {};

const persistence = await import('../../src/features/sitecheck/persistence');
const storedLayer = await import('../../src/features/sitecheck/storedLayer');
type SiteLayer = import('../../src/features/sitecheck/types').SiteLayer;

const layer = (id: string, importedAt = '2026-01-01T00:00:00.000Z'): SiteLayer => ({
  id,
  name: `layer ${id}`,
  fileName: `${id}.geojson`,
  format: 'geojson',
  crs: { id: 'wgs84', how: 'detected', note_zh: '', note_en: '' },
  shape: { count: 1, bbox: [113, 27, 113.1, 27.1], kind: 'fill' },
  repaired: [],
  rejected: [],
  warnings: [],
  importedAt,
  visible: true,
  opacity: 0.8,
  hasSource: true,
});

beforeEach(() => data.clear());

describe('site-check storage', () => {
  it('case 1: two tabs each importing a layer keep both (one record per layer, no list written over)', async () => {
    // Tab A and tab B each know only their own layer; each saves it.
    await Promise.all([
      persistence.saveLayer(layer('A', '2026-01-01T00:00:00.000Z')),
      persistence.saveLayer(layer('B', '2026-01-01T00:00:01.000Z')),
    ]);
    const { layers } = await persistence.loadLayers();
    expect(layers.map((l) => l.id)).toEqual(['A', 'B']);
  });

  it('case 1: the other tab is told which layers changed', async () => {
    const heard = new Promise<string[]>((resolve) => {
      const other = new BroadcastChannel('zhuzhou-sitecheck');
      other.onmessage = (event: MessageEvent<{ ids: string[] }>) => {
        other.close();
        resolve(event.data.ids);
      };
    });
    await persistence.saveLayer(layer('C'));
    expect(await heard).toEqual(['C']);
  });

  it('case 3: a corrupt legacy list keeps its valid entries; a string or null entries are dropped alone', async () => {
    data.set('layers', [layer('A'), null, 'x', { id: 'bad' }, layer('B')]);
    const { layers, dropped } = await persistence.loadLayers();
    expect(layers.map((l) => l.id)).toEqual(['A', 'B']);
    expect(dropped).toBe(3);
    expect(data.has('layers')).toBe(false);
    expect(data.has('layer:A')).toBe(true);
    data.clear();
    data.set('layers', 'not a list');
    data.set('layer:Z', layer('Z'));
    const second = await persistence.loadLayers();
    expect(second.layers.map((l) => l.id)).toEqual(['Z']);
    expect(second.dropped).toBe(1);
  });

  it('case 3: a damaged layer record is dropped alone; texts are cut to their limits', async () => {
    data.set('layer:A', { ...layer('A'), name: 'n'.repeat(100_000) });
    data.set('layer:B', 42);
    data.set('layer:C', { ...layer('C'), opacity: 'x' });
    const { layers, dropped } = await persistence.loadLayers();
    expect(layers.map((l) => l.id)).toEqual(['A']);
    expect(layers[0]!.name.length).toBe(80);
    expect(dropped).toBe(2);
  });

  it('case 2–3: a missing parcels record is undefined, a damaged one throws DamagedRecord; the original stays', async () => {
    await persistence.saveLayer(layer('A'));
    await persistence.saveSource('A', new ArrayBuffer(8));
    expect(await persistence.loadParcels('A')).toBeUndefined();
    data.set('parcels:A', new Blob(['{"not json']));
    await expect(persistence.loadParcels('A')).rejects.toBeInstanceOf(persistence.DamagedRecord);
    data.set('parcels:A', new Blob(['[{"geometry":null}]']));
    await expect(persistence.loadParcels('A')).rejects.toBeInstanceOf(persistence.DamagedRecord);
    expect(await persistence.hasSource('A')).toBe(true);
    expect((await persistence.loadLayers()).layers.map((l) => l.id)).toEqual(['A']);
  });

  it('removing one layer leaves the others', async () => {
    await persistence.saveLayer(layer('A'));
    await persistence.saveLayer(layer('B'));
    await persistence.deleteLayer('A');
    expect((await persistence.loadLayers()).layers.map((l) => l.id)).toEqual(['B']);
  });
});

describe('unlisted layers (orphans)', () => {
  const { findOrphans, importTimeOfId } = storedLayer;

  it('case 1: parcels and originals no listed layer points to are found; listed, derived and foreign keys are not', () => {
    const keys = [
      'layer:A',
      'parcels:A',
      'source:A',
      'parcels:B',
      'source:B',
      'source:C',
      'parcels:D',
      'verdicts:E',
      'layers',
      'parcels:../evil',
      'source:',
      42,
      ['parcels:F'],
    ];
    expect(findOrphans(keys, ['A'])).toEqual([
      { id: 'B', parcels: true, source: true },
      { id: 'C', parcels: false, source: true },
      { id: 'D', parcels: true, source: false },
    ]);
    expect(findOrphans(keys, ['A', 'B', 'C', 'D'])).toEqual([]);
    expect(findOrphans([], [])).toEqual([]);
  });

  it('finds an orphan for every parcels/source key without a listed id (property)', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('parcels:', 'source:', 'verdicts:', 'layer:'), id)),
        fc.array(id),
        (entries, listed) => {
          const keys = entries.map(([prefix, i]) => prefix + i);
          const orphans = findOrphans(keys, listed);
          const expected = new Set(
            entries
              .filter(([prefix, i]) => (prefix === 'parcels:' || prefix === 'source:') && !listed.includes(i))
              .map(([, i]) => i),
          );
          expect(new Set(orphans.map((o) => o.id))).toEqual(expected);
          for (const o of orphans) {
            expect(o.parcels).toBe(keys.includes(`parcels:${o.id}`));
            expect(o.source).toBe(keys.includes(`source:${o.id}`));
          }
        },
      ),
    );
  });

  it('an id made by the app tells its import time; other ids do not', () => {
    const when = Date.UTC(2026, 5, 1, 8, 30);
    const id = `L${when.toString(36)}x7k2`;
    expect(importTimeOfId(id)?.getTime()).toBe(when);
    expect(importTimeOfId(`L${when.toString(36)}`)?.getTime()).toBe(when);
    expect(importTimeOfId('Lkept')).toBeNull();
    expect(importTimeOfId('A')).toBeNull();
    expect(importTimeOfId(`L${(Date.now() + 10 * 86_400_000).toString(36)}abcd`)).toBeNull();
  });

  it('case 1: the old version’s two-tab leftovers are reported as orphans by loadLayers, and nothing is deleted', async () => {
    // The old version: one `layers` list; tab B wrote [B] over tab A's [A]; A's parcels and original remain.
    data.set('layers', [layer('B')]);
    data.set('parcels:A', new Blob(['[]']));
    data.set('source:A', new ArrayBuffer(8));
    data.set('parcels:B', new Blob(['[]']));
    data.set('layer:C', 42); // a damaged record: its parcels are unlisted too
    data.set('parcels:C', new Blob(['[]']));
    const { layers, orphans } = await persistence.loadLayers();
    expect(layers.map((l) => l.id)).toEqual(['B']);
    expect(orphans).toEqual([
      { id: 'A', parcels: true, source: true },
      { id: 'C', parcels: true, source: false },
    ]);
    expect(data.has('parcels:A') && data.has('source:A') && data.has('parcels:C')).toBe(true);
    await persistence.deleteLayer('A');
    expect((await persistence.loadLayers()).orphans.map((o) => o.id)).toEqual(['C']);
  });
});

describe('site-check worker with damaged records', () => {
  it('case 2: a missing or damaged parcels record is reported as such (the layer is kept as damaged, not removed)', async () => {
    const { handleSiteRequest, newWorkerState } = await import('../../src/features/sitecheck/protocol');
    const answers: unknown[] = [];
    await handleSiteRequest(newWorkerState(), { type: 'summary', id: 1, layerId: 'A' }, (r) => answers.push(r));
    data.set('parcels:B', new Blob(['{"truncat']));
    await handleSiteRequest(newWorkerState(), { type: 'summary', id: 2, layerId: 'B' }, (r) => answers.push(r));
    expect(answers).toMatchObject([
      { type: 'error', id: 1, code: 'no_parcels' },
      { type: 'error', id: 2, code: 'damaged' },
    ]);
    // The worker's protocol module (and the importers it loads) takes seconds to transform on a busy machine.
  }, 30_000);
});

describe('case 12: a worker that dies', () => {
  it('answers every waiting job with a message in both languages, with advice (not "worker failed")', async () => {
    class DyingWorker {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: ((event: { preventDefault: () => void }) => void) | null = null;
      postMessage() {
        setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
      }
      terminate() {}
    }
    const original = (globalThis as { Worker?: unknown }).Worker;
    (globalThis as { Worker?: unknown }).Worker = DyingWorker;
    try {
      const { SiteCheckClient } = await import('../../src/features/sitecheck/client');
      const answer = await new SiteCheckClient().ask({ type: 'summary', layerId: 'A' });
      expect(answer).toMatchObject({ type: 'error', code: 'failed' });
      const { zh, en } = answer as { zh: string; en: string };
      expect(zh).toMatch(/后台处理意外中止.*请关闭其他标签页后重试/);
      expect(en).toMatch(/stopped unexpectedly.*Close other tabs/);
    } finally {
      (globalThis as { Worker?: unknown }).Worker = original;
    }
  }, 30_000);
});
