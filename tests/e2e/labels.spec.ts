import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems, openApp, waitForIdle } from './helpers';

/** Every plan layer that has labels, so the views below show as many labels as the map can. */
const ALL_LABELLED =
  'core_area,growth_pole,metro_circle,corridor,new_town,river,protected_area,railway,expressway,national_road,' +
  'urban_transit,waterway,port,airport,hub,industrial_park,project,tourism,town';

interface RenderedLabels {
  /** layer id → label texts as drawn */
  texts: { layer: string; key: string; text: string }[];
  /** characters whose glyph came out without ink, or as the font's missing-glyph box */
  blank: string[];
  tofu: string[];
  glyphsChecked: number;
}

/** Reads the labels MapLibre placed at this view and checks the glyph bitmaps it drew them with. */
async function renderedLabels(page: Page): Promise<RenderedLabels> {
  return page.evaluate(() => {
    const { map, store } = window.zhuzhouPlanMap!;
    const language = store.getState().language;
    const symbolLayers = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && map.getLayoutProperty(l.id, 'visibility') !== 'none');
    const features = map.queryRenderedFeatures({ layers: symbolLayers.map((l) => l.id) });
    const texts = features.map((f) => {
      const p = f.properties as Record<string, string | undefined>;
      const text = (language === 'en' ? (p.name_en ?? p.name) : p.name) ?? '';
      return { layer: f.layer.id, key: p.id ?? `${p.kind}:${p.name}`, text };
    });

    type Glyph = { bitmap: { width: number; height: number; data: Uint8Array } } | null | undefined;
    interface Manager {
      entries: Record<string, { glyphs: Record<number, Glyph> }>;
      _drawGlyph(entry: unknown, stack: string, id: number): Glyph;
    }
    const manager = (map as unknown as { style: { glyphManager: Manager } }).style.glyphManager;
    const stack = (map.getLayoutProperty(symbolLayers[0]!.id, 'text-font') as string[]).join(',');
    const entry = manager.entries[stack]!;
    // The box a font draws for a character it lacks: an unassigned code point drawn the same way.
    const missing = manager._drawGlyph({ ...entry }, stack, 0x0378);
    const same = (a: Glyph, b: Glyph) =>
      !!a &&
      !!b &&
      a.bitmap.width === b.bitmap.width &&
      a.bitmap.height === b.bitmap.height &&
      a.bitmap.data.every((v, i) => v === b.bitmap.data[i]);
    const blank: string[] = [];
    const tofu: string[] = [];
    const chars = new Set(texts.flatMap((t) => [...t.text]).filter((c) => c.trim() !== ''));
    for (const char of chars) {
      const glyph = entry.glyphs[char.codePointAt(0)!];
      if (!glyph || !glyph.bitmap.data.some((v) => v > 128)) blank.push(char);
      else if (same(glyph, missing)) tofu.push(char);
    }
    return { texts, blank, tofu, glyphsChecked: chars.size };
  });
}

const PAIRS: [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['“', '”'],
  ['《', '》'],
  ['【', '】'],
];

function brokenBrackets(text: string): boolean {
  return PAIRS.some(([open, close]) => {
    let depth = 0;
    for (const char of text) {
      if (char === open) depth++;
      else if (char === close && --depth < 0) return true;
    }
    return depth !== 0;
  });
}

const VIEWS = [
  { name: 'whole city', query: '' },
  { name: 'city centre at zoom 10', query: '&map=10/27.85/113.14' },
  { name: 'city centre at zoom 11.5', query: '&map=11.5/27.84/113.14' },
  { name: 'Liling at zoom 11', query: '&map=11/27.65/113.5' },
];

for (const language of ['zh', 'en'] as const) {
  for (const view of VIEWS) {
    test(`labels at ${view.name} (${language}): every glyph drawn, brackets whole, one label per feature`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const problems = collectProblems(page);
      await openApp(page, `?lang=${language}&layers=${ALL_LABELLED}${view.query}`);
      // On a loaded machine the labels may still be being placed when the first idle wait gives up.
      await expect
        .poll(
          async () => {
            await waitForIdle(page);
            return (await renderedLabels(page)).texts.length;
          },
          { timeout: 60_000, message: 'labels drawn' },
        )
        .toBeGreaterThan(8);
      await waitForIdle(page);
      const result = await renderedLabels(page);
      expect(result.glyphsChecked).toBeGreaterThan(15);
      if (language === 'zh' && view.query) {
        expect(
          result.texts.some((t) => t.text.includes('（')),
          'a label with full-width brackets',
        ).toBe(true);
      }
      expect(result.blank, 'characters drawn without ink').toEqual([]);
      expect(result.tofu, 'characters drawn as the missing-glyph box').toEqual([]);
      expect(result.texts.filter((t) => brokenBrackets(t.text)).map((t) => t.text)).toEqual([]);
      const seen = new Map<string, number>();
      for (const t of result.texts) {
        const key = `${t.layer.replace(/-label(-area)?$/, '')}|${t.key}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      expect(
        [...seen].filter(([, n]) => n > 1).map(([key]) => key),
        'features labelled twice',
      ).toEqual([]);
      expectNoProblems(problems);
    });
  }
}

test('a full-width bracket has ink where the label is drawn (pixels, not just the glyph atlas)', async ({ page }) => {
  await openApp(page, '?layers=metro_circle&map=9/27.75/113.3');
  // Draw one label alone, large, on an empty background, and count dark pixels left and right of its centre.
  const dark = await page.evaluate(async () => {
    const { map } = window.zhuzhouPlanMap!;
    for (const l of map.getStyle().layers)
      if (l.type !== 'background') map.setLayoutProperty(l.id, 'visibility', 'none');
    const centre = map.getCenter();
    map.addSource('probe', {
      type: 'geojson',
      data: { type: 'Point', coordinates: [centre.lng, centre.lat] },
    });
    map.addLayer({
      id: 'probe',
      type: 'symbol',
      source: 'probe',
      layout: { 'text-field': '（（（', 'text-font': ['Noto Sans CJK SC'], 'text-size': 48 },
      paint: { 'text-color': '#000000' },
    });
    await new Promise((resolve) => map.once('idle', resolve));
    const canvas = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 80 && data[i + 1]! < 80 && data[i + 2]! < 80) count++;
    return count;
  });
  expect(dark).toBeGreaterThan(100);
});

test('at the city view the core districts’ unsited projects are one marker that lists them all', async ({ page }) => {
  const problems = collectProblems(page);
  await openApp(page, '?layers=project&map=8.3/27.5/113.4');
  const marker = await page.evaluate(() => {
    const { map } = window.zhuzhouPlanMap!;
    const merged = map
      .queryRenderedFeatures({ layers: ['district-sites-circle'] })
      .find((f) => f.properties.point_count !== undefined && String(f.properties.short).includes('天元区'));
    if (!merged) return null;
    const [lon, lat] = (merged.geometry as GeoJSON.Point).coordinates as [number, number];
    const at = map.project([lon, lat]);
    return { x: at.x, y: at.y + 24, count: Number(merged.properties.count), short: String(merged.properties.short) };
  });
  expect(marker, 'a merged marker for the core districts').not.toBeNull();
  expect(marker!.short).toMatch(/芦淞区/);
  const canvas = (await page.locator('.map canvas').boundingBox())!;
  await page.mouse.click(canvas.x + marker!.x, canvas.y + marker!.y);
  const popup = page.locator('.district-sites-popup');
  await expect(popup).toBeVisible();
  await expect(popup.locator('strong')).toHaveText(new RegExp(`天元区.* · ${marker!.count} 项，位置未定`));
  await expect(popup.locator('li')).toHaveCount(marker!.count);
  // From zoom 10 each district has its own marker again.
  await openApp(page, '?layers=project&map=10.5/27.84/113.12');
  const single = await page.evaluate(() =>
    window
      .zhuzhouPlanMap!.map.queryRenderedFeatures({ layers: ['district-sites-circle'] })
      .map((f) => f.properties.point_count),
  );
  expect(single.length).toBeGreaterThan(1);
  expect(single.every((n) => n === undefined)).toBe(true);
  expectNoProblems(problems);
});
