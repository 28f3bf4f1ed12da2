/**
 * Planner tools end to end (issue 4): draw a polygon and read its area in 亩; filter by district (URL, back
 * button, clearing); search in pinyin with the keyboard; a malformed filter link; what-is-here and district
 * statistics with CSV export; export of the filtered features. Runs in both projects (desktop and phone).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { area as turfArea } from '@turf/turf';
import { collectProblems, expectNoProblems, openApp, openSidePanel, urlParam, waitForIdle } from './helpers';

/** 1 亩 = 2000/3 m², exactly. */
const SQM_PER_MU = 2000 / 3;
/** A camera over the central city (天元区), so the test polygon lies in zoned, urban land. */
const CENTRAL = 'map=11/27.83/113.10';

const isPhone = async (page: Page) => ((await page.locator('.map').boundingBox())?.width ?? 1280) < 640;

/** The text of a downloaded file. */
const downloadText = async (download: Download) => readFile((await download.path())!, 'utf8');

/** Reads "1,234 亩" / "12.4 千米" as a number. */
const number = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

async function openTab(page: Page, name: string): Promise<void> {
  await openSidePanel(page);
  await page.getByRole('tab', { name }).click();
}

/** Clicks the map at the given canvas pixels and returns them as WGS84 lon/lat (from the map itself). */
async function clickMap(page: Page, points: [number, number][]): Promise<[number, number][]> {
  const box = (await page.locator('.map canvas').boundingBox())!;
  const lngLats: [number, number][] = [];
  for (const [x, y] of points) {
    await page.mouse.move(box.x + x, box.y + y);
    await page.mouse.click(box.x + x, box.y + y);
    await page.waitForTimeout(150);
    lngLats.push(
      await page.evaluate(
        ([px, py]) => {
          const p = window.zhuzhouPlanMap!.map.unproject([px!, py!]);
          return [p.lng, p.lat] as [number, number];
        },
        [x, y],
      ),
    );
  }
  return lngLats;
}

async function expectNoSeriousA11yViolations(page: Page, include: string, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include(include).exclude('.maplibregl-canvas').analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
}

test.describe('planner tools', () => {
  test('draws a polygon and reads its area in 亩, live and after finishing; it survives a reload', async ({ page }) => {
    test.slow(); // software WebGL: drawing, a reload and statistics
    const problems = collectProblems(page);
    await openApp(page, `?${CENTRAL}&mode=measure`);
    const panel = page.locator('.measure-panel');
    await expect(panel.getByRole('heading', { name: '测量距离与面积' })).toBeVisible();
    await expect(panel.getByRole('radio', { name: '面积' })).toBeChecked();

    // A quadrilateral in the map's free upper part (the phone's measure sheet covers the lower half).
    const box = (await page.locator('.map canvas').boundingBox())!;
    const phone = await isPhone(page);
    const [x0, y0, w, h] = phone ? [60, 40, 220, 160] : [420, 160, 300, 260];
    const corners = await clickMap(page, [
      [x0, y0],
      [x0 + w, y0 + 10],
      [x0 + w - 20, y0 + h],
      [x0 + 10, y0 + h - 10],
    ]);
    // Live value while drawing (the cursor is the next corner).
    await page.mouse.move(box.x + x0 + 5, box.y + y0 + h / 2);
    await expect(panel.locator('.measure-live-value')).toContainText('亩');
    await page.keyboard.press('Enter');

    const item = panel.locator('.measure-item');
    await expect(item).toHaveCount(1);
    const shown = number(await item.locator('.measure-value').textContent());
    const expectedMu = turfArea({ type: 'Polygon', coordinates: [[...corners, corners[0]!]] }) / SQM_PER_MU;
    expect(await item.locator('.measure-value').textContent()).toMatch(/^[\d,]+ 亩$/);
    expect(Math.abs(shown - expectedMu) / expectedMu).toBeLessThan(0.005);
    // A value label is drawn on the map too.
    await expect
      .poll(() =>
        page.evaluate(
          () => window.zhuzhouPlanMap!.map.queryRenderedFeatures({ layers: ['planner-measurement-labels'] }).length,
        ),
      )
      .toBe(1);

    // The unit is the user's choice and is remembered; the measurement survives a reload.
    await panel.getByLabel('面积单位').selectOption('km2');
    await expect(item.locator('.measure-value')).toHaveText(/平方千米$/);
    await page.reload();
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await expect(panel.locator('.measure-item')).toHaveCount(1);
    await expect(panel.locator('.measure-value')).toHaveText(/平方千米$/);
    const km2 = number(await panel.locator('.measure-value').textContent());
    expect(Math.abs(km2 - (expectedMu * SQM_PER_MU) / 1e6) / km2).toBeLessThan(0.01);

    // Statistics for the drawn polygon, in the panel.
    await panel.getByLabel('面积单位').selectOption('mu');
    await panel.getByRole('button', { name: '区域统计' }).click();
    const stats = panel.locator('.stats-view');
    await expect(stats.locator('tr[data-zone="urban"]')).toBeVisible();
    expect(
      Math.abs(Number(await stats.getAttribute('data-area-m2')) / SQM_PER_MU - expectedMu) / expectedMu,
    ).toBeLessThan(0.005);
    if (!phone) await expectNoSeriousA11yViolations(page, '.measure-panel', 'measure panel');

    // Deleting it empties the list (and the storage).
    await panel.getByRole('button', { name: /^删除面积 1$/ }).click();
    await expect(panel.locator('.measure-item')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('zhuzhou-plan-map.measurements.v1'))).toBe('[]');
    expectNoProblems(problems);
  });

  test('a self-intersecting polygon gets a clear message, not NaN', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, `?${CENTRAL}&mode=measure`);
    const phone = await isPhone(page);
    const [x0, y0, s] = phone ? [80, 40, 160] : [450, 200, 240];
    // A bow tie: the second edge crosses the fourth.
    await clickMap(page, [
      [x0, y0],
      [x0 + s, y0 + s],
      [x0 + s, y0],
      [x0, y0 + s],
    ]);
    await page.keyboard.press('Enter');
    const panel = page.locator('.measure-panel');
    await expect(panel).toContainText('图形自相交');
    expect(await panel.textContent()).not.toMatch(/NaN|Infinity/);
    expectNoProblems(problems);
  });

  test('filters by district: counts, map, list and URL follow; back undoes; clearing is one click', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await openTab(page, '筛选');
    const summary = page.locator('.filter-summary');
    await expect(summary).toHaveText(/^显示 (\d+) \/ \1 个要素$/);
    const total = number((await summary.textContent())!.split('/')[1]!);

    const liling = page.getByRole('checkbox', { name: /^醴陵市/ });
    const expected = number(
      await page.locator('.filter-check', { has: liling }).locator('.filter-count').textContent(),
    );
    await liling.check();
    await expect(summary).toHaveText(`显示 ${expected} / ${total} 个要素`);
    expect(expected).toBeLessThan(total);
    expect(urlParam(page, 'f.dist')).toBe('liling');

    // Every feature on the map lies (at least partly) in 醴陵市.
    await waitForIdle(page);
    const districts = await page.evaluate(async () => {
      const map = window.zhuzhouPlanMap!.map;
      const sources = Object.keys(map.getStyle().sources).filter((id) => id.startsWith('plan-'));
      const all: unknown[] = [];
      for (const id of sources) {
        const source = map.getSource(id) as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
        all.push(...(await source.getData()).features.map((f) => f.properties?.district));
      }
      return all;
    });
    expect(districts.length).toBe(expected);
    for (const d of districts) expect(Array.isArray(d) ? d : [d]).toContain('醴陵市');

    // The list shows the same features.
    await openTab(page, '列表');
    const listed = await page.locator('.feature-list li button[data-id]').count();
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(expected);

    // Back button undoes the filter.
    await page.goBack();
    await expect.poll(() => urlParam(page, 'f.dist')).toBeNull();
    await openTab(page, '筛选');
    await expect(summary).toHaveText(`显示 ${total} / ${total} 个要素`);
    await expect(page.getByRole('checkbox', { name: /^醴陵市/ })).not.toBeChecked();

    // Scope + district, then one click clears everything.
    await page.getByRole('radio', { name: /一廊/ }).check();
    await page.getByRole('checkbox', { name: /^攸县/ }).check();
    expect(urlParam(page, 'f.scope')).toBe('corridor');
    await page.getByRole('button', { name: /清除全部筛选/ }).click();
    await expect(summary).toHaveText(`显示 ${total} / ${total} 个要素`);
    expect(urlParam(page, 'f.scope')).toBeNull();
    expect(urlParam(page, 'f.dist')).toBeNull();
    if (!(await isPhone(page))) await expectNoSeriousA11yViolations(page, '.side-panel', 'filter panel');
    expectNoProblems(problems);
  });

  test('exports the filtered features as GeoJSON and CSV with names in both languages', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?f.dist=youxian&f.cat=industrial_park,project');
    await openTab(page, '筛选');
    const shown = number((await page.locator('.filter-summary').textContent())!.split('/')[0]!);
    expect(shown).toBeGreaterThan(0);

    const [geojsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GeoJSON' }).click(),
    ]);
    const geojson = JSON.parse(await downloadText(geojsonDownload));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(shown);
    for (const f of geojson.features) {
      expect(['industrial_park', 'project']).toContain(f.properties.category);
      expect(f.properties.name_en.length).toBeGreaterThan(0);
      expect(f.properties.source.quote.length).toBeGreaterThan(1);
    }

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    const csv = await downloadText(csvDownload);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,name_en,/);
    expect(lines[0]).toContain('source_quote');
    expect(lines[0]).toContain(',accuracy,length_km,area_km2,area_mu,size_rounding,');
    expect(lines.length).toBeGreaterThanOrEqual(shown + 1);
    expectNoProblems(problems);
  });

  test('searches in pinyin initials and full pinyin; Enter flies to the feature and opens it', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page);
    const box = page.getByRole('combobox', { name: '搜索规划要素' });
    await box.fill('txgd');
    const list = page.getByRole('listbox', { name: '搜索规划要素' });
    await expect(list).toBeVisible();
    const options = list.getByRole('option');
    await expect(options.first()).toBeVisible();
    // 田心轨道城 (an alias of the 田心 park / rail district) is among the results.
    await expect(list).toContainText('田心轨道城');

    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const id = await options.first().getAttribute('data-id');
    const cameraBefore = await page.evaluate(() => window.zhuzhouPlanMap!.map.getZoom());
    await box.press('Enter');
    await expect(list).toBeHidden();
    await expect(page.locator(`.feature-panel[data-feature="${id}"]`)).toBeVisible();
    expect(urlParam(page, 'sel')).toBe(id);
    await expect.poll(() => page.evaluate(() => window.zhuzhouPlanMap!.map.getZoom())).toBeGreaterThan(cameraBefore);

    // Full pinyin finds it too; Escape closes the list, a second Escape clears the box.
    await box.fill('tianxin');
    await expect(list).toContainText('田心');
    await box.press('Escape');
    await expect(list).toBeHidden();
    await box.press('Escape');
    await expect(box).toHaveValue('');
    expectNoProblems(problems);
  });

  test('a link with a filter draws only the filtered features, from the first frame', async ({ page }) => {
    const problems = collectProblems(page);
    // Record what each plan source holds whenever MapLibre reports a source loaded, from the very first one.
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: string[][]; zhuzhouPlanMap?: { map: import('maplibre-gl').Map } };
      w.__seen = [];
      const timer = setInterval(() => {
        const map = w.zhuzhouPlanMap?.map;
        if (!map) return;
        clearInterval(timer);
        const record = async () => {
          for (const id of Object.keys(map.getStyle().sources).filter((s) => s.startsWith('plan-'))) {
            const source = map.getSource(id) as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
            const data = await source.getData();
            w.__seen.push(data.features.map((f) => JSON.stringify(f.properties?.district)));
          }
        };
        void record();
        map.on('sourcedata', (event) => {
          if (event.isSourceLoaded && String(event.sourceId).startsWith('plan-')) void record();
        });
      }, 0);
    });
    await openApp(page, '?f.dist=liling');
    await waitForIdle(page);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[][] }).__seen);
    const all = seen.flat();
    expect(all.length).toBeGreaterThan(0);
    for (const district of all) expect(district).toContain('醴陵市');
    expectNoProblems(problems);
  });

  test('a malformed filter in the link falls back to no filter with a notice', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?f.dist=atlantis&f.cat=project');
    // The notice names the parameter, never echoes the link's value back.
    await expect(page.getByRole('status').filter({ hasText: /无法识别（f\.dist）/ })).toBeVisible();
    await openTab(page, '筛选');
    await expect(page.locator('.filter-summary')).toHaveText(/^显示 (\d+) \/ \1 个要素$/);
    expect(urlParam(page, 'f.cat')).toBeNull();
    expectNoProblems(problems);
  });

  test('what is here? — zone, district and scopes of a clicked point, then that district’s statistics', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page, `?${CENTRAL}`);
    // Turn every layer off so the click hits no feature, then click the centre of the view (天元区).
    await page.evaluate(() => {
      const { store } = window.zhuzhouPlanMap!;
      const visible = Object.fromEntries(Object.keys(store.getState().visible).map((k) => [k, false]));
      store.getState().setLayers(visible as never);
    });
    await waitForIdle(page);
    const point = await page.evaluate(() => {
      const map = window.zhuzhouPlanMap!.map;
      return map.project([113.1, 27.83]);
    });
    const canvas = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
    const card = page.locator('.here-card');
    await expect(card).toBeVisible();
    await expect(card.locator('[data-district]')).toHaveAttribute('data-district', '天元区');
    await expect(card).toContainText('一核');
    await expect(card).toContainText('一圈');
    await expect(card.locator('[data-zone]')).not.toHaveAttribute('data-zone', 'none');

    await card.getByRole('button', { name: '统计天元区' }).click();
    await expect(card).toBeHidden();
    const stats = page.locator('.stats-panel .stats-view');
    await expect(stats).toBeVisible();
    // 天元区 is 328 km² (published); the boundary data gives 327 km² = about 490,500 亩.
    const m2 = Number(await stats.getAttribute('data-area-m2'));
    expect(Math.abs(m2 / 1e6 - 328) / 328).toBeLessThan(0.05);
    await expect(stats.locator('tr[data-line="railway"]')).toBeVisible();
    // The zones are rule-drawn, so each row is stated to one significant figure ("约 100,000"): the rows carry
    // their unrounded area for checking, and zones plus the unzoned rest make up the whole district.
    const rows = stats.locator('tbody tr[data-zone]');
    const zonesM2 = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-area-m2'))));
    const sumM2 = zonesM2.reduce((a, b) => a + b, 0);
    expect(Math.abs(sumM2 - m2) / m2).toBeLessThan(0.001);
    for (const cell of await rows.locator('td:first-of-type').allTextContents()) expect(cell).toMatch(/^约 /);
    const sumMu = (await rows.locator('td:first-of-type').allTextContents()).map(number).reduce((a, b) => a + b, 0);
    expect(Math.abs(sumMu - m2 / SQM_PER_MU) / (m2 / SQM_PER_MU)).toBeLessThan(0.35);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      stats.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = await downloadText(csvDownload);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('城镇发展区');
    expect(csv).toContain('Urban development zone');
    // Each zone row carries its accuracy and rounding, and states its figures to one significant figure.
    const zoneLines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l.startsWith('zone,'));
    expect(zoneLines).toHaveLength(5);
    for (const l of zoneLines) {
      expect(l).toMatch(/,schematic,sig1$/);
      const mu = l.split(',')[5]!;
      expect(mu.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length, l).toBeLessThanOrEqual(1);
    }
    if (!(await isPhone(page))) await expectNoSeriousA11yViolations(page, '.side-panel', 'statistics panel');
    expectNoProblems(problems);
  });

  test('works in English', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?lang=en&f.scope=core');
    await openTab(page, 'Filter');
    await expect(page.locator('.filter-summary')).toHaveText(/^Showing \d+ of \d+ features$/);
    await expect(page.getByRole('radio', { name: /The core/ })).toBeChecked();
    const chinese = await page.locator('.filter-panel').evaluate((el) => {
      // District names may keep their Chinese twin only in lang="zh" elements; none are expected here.
      return /[\u4e00-\u9fff]/.test(el.textContent ?? '');
    });
    expect(chinese).toBe(false);
    await page.getByRole('button', { name: 'Measure' }).click();
    await expect(page.getByRole('heading', { name: 'Measure distance and area' })).toBeVisible();
    expectNoProblems(problems);
  });
});
