import { expect, test } from '@playwright/test';
import { collectProblems, expectNoProblems, openApp, openSidePanel, urlParam, waitForIdle } from './helpers';

test.describe('the app shell', () => {
  test('opens on the whole city with a drawn basemap, offline and without errors', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page);
    await expect(page.getByRole('heading', { name: '株洲规划一张图' })).toBeVisible();

    // All nine county seats are inside the initial view.
    const outside = await page.evaluate(() => {
      const { map } = window.zhuzhouPlanMap!;
      const bounds = map.getBounds();
      const labels = map.querySourceFeatures('labels', { filter: ['==', ['get', 'kind'], 'county'] });
      const names = new Set(labels.map((f) => String(f.properties.name)));
      const outsideView = labels
        .filter((f) => !bounds.contains((f.geometry as GeoJSON.Point).coordinates as [number, number]))
        .map((f) => String(f.properties.name));
      return { count: names.size, outsideView };
    });
    expect(outside.count).toBe(9);
    expect(outside.outsideView).toEqual([]);

    // The canvas is not blank: many pixels differ from the background colour, in several colours.
    const drawn = await page.evaluate(() => {
      const source = window.zhuzhouPlanMap!.map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = 200;
      canvas.height = 150;
      const context = canvas.getContext('2d')!;
      context.drawImage(source, 0, 0, 200, 150);
      const { data } = context.getImageData(0, 0, 200, 150);
      const colours = new Set<string>();
      let nonBackground = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add(`${r >> 4},${g >> 4},${b >> 4}`);
        if (Math.abs(r - 0xee) + Math.abs(g - 0xf0) + Math.abs(b - 0xec) > 24) nonBackground++;
      }
      return { colours: colours.size, share: nonBackground / (200 * 150) };
    });
    expect(drawn.colours).toBeGreaterThan(8);
    expect(drawn.share).toBeGreaterThan(0.2);
    expectNoProblems(problems);
  });

  test('switches every visible string to English and back', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(page.getByRole('heading', { name: 'Zhuzhou Plan Map' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Layers' })).toBeVisible();
    await openSidePanel(page);
    await expect(page.getByText('Railways · six N–S, four E–W')).toBeVisible();
    expect(urlParam(page, 'lang')).toBe('en');
    // No Chinese left in the panels and header except the language button and place-name twins.
    const chineseInPanel = await page
      .locator('.side-panel')
      .evaluate((el) => /[\u4e00-\u9fff]/.test(el.textContent ?? ''));
    expect(chineseInPanel).toBe(false);
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect(page.getByRole('heading', { name: '株洲规划一张图' })).toBeVisible();
    expectNoProblems(problems);
  });

  test('toggles a layer on the map and in the URL, and back restores it', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page);
    const visibility = () =>
      page.evaluate(() => window.zhuzhouPlanMap!.map.getLayoutProperty('railway-line', 'visibility') as string);
    expect(await visibility()).toBe('visible');
    await openSidePanel(page);
    await page.getByRole('checkbox', { name: /铁路 · 六纵四横/ }).uncheck();
    await expect.poll(visibility).toBe('none');
    await expect.poll(() => urlParam(page, 'layers')).not.toContain('railway');
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: /铁路 · 六纵四横/ })).toBeChecked();
    await expect.poll(visibility).toBe('visible');
    expectNoProblems(problems);
  });

  test('opens a feature panel with its source quote and accuracy on click', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?v=1&map=11/27.84/113.14&layers=hub');
    const target = await page.evaluate(() => {
      const { map, store } = window.zhuzhouPlanMap!;
      const hubs = store
        .getState()
        .data.features.filter((f) => f.properties.category === 'hub' && f.geometry.type === 'Point');
      const bounds = map.getBounds();
      const visible = hubs.find((f) => bounds.contains((f.geometry as GeoJSON.Point).coordinates as [number, number]));
      if (!visible) return null;
      const point = map.project((visible.geometry as GeoJSON.Point).coordinates as [number, number]);
      return { id: visible.properties.id, name: visible.properties.name, x: point.x, y: point.y };
    });
    expect(target, 'a transport hub inside the central-city view').not.toBeNull();
    const mapBox = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(mapBox.x + target!.x, mapBox.y + target!.y);
    const panel = page.locator('.feature-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(target!.name);
    await expect(panel.locator('blockquote')).not.toBeEmpty();
    await expect(panel.locator('.badge')).toBeVisible();
    expect(urlParam(page, 'sel')).toBe(target!.id);
    await panel.getByRole('button', { name: '关闭详情' }).click();
    await expect(panel).toBeHidden();
    expectNoProblems(problems);
  });

  test('the feature panel states a line’s length and a zone’s area only as exactly as the geometry allows', async ({
    page,
  }) => {
    const problems = collectProblems(page);
    const panel = page.locator('.feature-panel');
    const field = (label: string) => panel.locator('.feature-fields div').filter({ hasText: label }).locator('dd');
    const significant = (n: string) =>
      n
        .replace(/[^\d.]/g, '')
        .replace('.', '')
        .replace(/^0+/, '')
        .replace(/0+$/, '').length;
    // A schematic railway: one significant figure, "约 N0 km".
    await openApp(page, '?layers=railway,planning_zone,hub&sel=rail-yuechangheng');
    await expect(panel).toBeVisible();
    const schematic = (await field('长度').textContent()) ?? '';
    expect(schematic).toMatch(/^约 [\d,.]+ km$/);
    expect(significant(schematic)).toBeLessThanOrEqual(1);
    // An approximate one: two significant figures.
    await page.evaluate(() => window.zhuzhouPlanMap!.store.getState().select('rail-jingguang-hsr'));
    await expect(field('长度')).toHaveText(/^约 [\d,.]+ km$/);
    expect(significant((await field('长度').textContent()) ?? '')).toBeLessThanOrEqual(2);
    // A rule-drawn planning zone: its area in km² and 亩, one significant figure each.
    await page.evaluate(() => window.zhuzhouPlanMap!.store.getState().select('zone-farmland-tianyuan'));
    await expect(field('面积')).toHaveText(/^约 [\d,.]+ km²（约 [\d,]+ 亩）$/);
    for (const n of ((await field('面积').textContent()) ?? '').match(/[\d,.]+/g) ?? [])
      expect(significant(n), n).toBeLessThanOrEqual(1);
    // A point has neither.
    await page.evaluate(() => window.zhuzhouPlanMap!.store.getState().select('hub-zhuzhou-west-passenger'));
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('株洲西');
    await expect(panel.locator('.feature-fields dt').filter({ hasText: /^(长度|面积)$/ })).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('restores camera, layers, selection and language from a link, also after reload', async ({ page }) => {
    const problems = collectProblems(page);
    const id = await (async () => {
      await openApp(page);
      return page.evaluate(() => window.zhuzhouPlanMap!.store.getState().data.features[0]!.properties.id);
    })();
    const query = `?v=1&map=10.5/27.8/113.15&layers=railway:0.5,expressway&sel=${id}&lang=en`;
    for (const step of ['open', 'reload']) {
      if (step === 'open') await openApp(page, query);
      else {
        await page.reload();
        await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
        await waitForIdle(page);
      }
      const state = await page.evaluate(() => {
        const s = window.zhuzhouPlanMap!.store.getState();
        return {
          zoom: s.camera.zoom,
          center: s.camera.center,
          railway: s.visible.railway,
          railwayOpacity: s.opacity.railway,
          hub: s.visible.hub,
          selectedId: s.selectedId,
          language: s.language,
        };
      });
      expect(state.zoom).toBeCloseTo(10.5, 1);
      expect(state.center[0]).toBeCloseTo(113.15, 2);
      expect(state.center[1]).toBeCloseTo(27.8, 2);
      expect(state).toMatchObject({ railway: true, railwayOpacity: 0.5, hub: false, selectedId: id, language: 'en' });
      await expect(page.locator('.feature-panel')).toBeVisible();
    }
    expectNoProblems(problems);
  });

  test('falls back to defaults with a notice on a malformed or hostile link', async ({ page }) => {
    const problems = collectProblems(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await openApp(
      page,
      '?v=1&map=abc/1/2&layers=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E&mode=hack&lang=xx',
    );
    const notice = page.locator('.notice');
    await expect(notice).toContainText('链接中的部分参数无法识别');
    await expect(notice).toContainText('map');
    expect(await page.locator('img[src="x"], script:text("alert")').count()).toBe(0);
    const state = await page.evaluate(() => {
      const s = window.zhuzhouPlanMap!.store.getState();
      return { railway: s.visible.railway, mode: s.mode, language: s.language, selectedId: s.selectedId };
    });
    expect(state).toEqual({ railway: true, mode: 'explore', language: 'zh', selectedId: null });
    expect(dialogs).toBe(0);
    await notice.getByRole('button', { name: '关闭提示' }).first().click();
    await expect(notice).toHaveCount(0);

    await openApp(page, '?v=99&map=9/27/113');
    await expect(page.locator('.notice')).toContainText('链接版本 99 不受支持');
    expectNoProblems(problems);
  });

  test('a broken plan file is named in a notice; its valid neighbours and the other files still draw', async ({
    page,
    context,
  }) => {
    const problems = collectProblems(page);
    // Both readers get the broken copy: the app's validating worker and MapLibre's own worker.
    await context.route(/\/assets\/roads-[^/]*\.geojson$/, (route) =>
      route.fulfill({ contentType: 'application/geo+json', body: '{"type":"FeatureCollection","features":[{"type":' }),
    );
    await openApp(page);
    await expect(page.locator('.notice')).toContainText('roads.geojson');
    const drawn = await page.evaluate(async () => {
      const map = window.zhuzhouPlanMap!.map;
      const count = async (id: string) =>
        (await (map.getSource(id) as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> }).getData())
          .features.length;
      return { roads: await count('plan-roads'), railways: await count('plan-railways') };
    });
    expect(drawn.roads).toBe(0);
    expect(drawn.railways).toBeGreaterThan(0);
    // No expressway left in the app's own data either (list, search, statistics read it).
    const expressways = await page.evaluate(
      () =>
        window.zhuzhouPlanMap!.store.getState().data.features.filter((f) => f.properties.category === 'expressway')
          .length,
    );
    expect(expressways).toBe(0);
    expectNoProblems(problems);
  });

  test('explains a missing WebGL and still lists the layers', async ({ page }) => {
    const problems = collectProblems(page);
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('不支持 WebGL');
    await expect(page.locator('.no-webgl summary').first()).toBeVisible();
    await openSidePanel(page);
    await expect(page.getByRole('checkbox', { name: /铁路 · 六纵四横/ })).toBeVisible();
    expectNoProblems(problems);
  });
});
