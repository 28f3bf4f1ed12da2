/**
 * What a new user trips over (issue 18): sharing from a phone (link, copy, share sheet, QR code), imported parcels
 * visible at the zoom the app chooses, point files reported honestly, the KML coordinate system's reason, the
 * wide report, framing a filter's results and a district's statistics, station search, the default view.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems, openSidePanel, waitForIdle } from './helpers';

const FIXTURES = fileURLToPath(new URL('../fixtures/sitecheck/', import.meta.url));

/** helpers.openApp with more patience for the first map on a loaded machine. */
async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await page.waitForFunction(() => window.zhuzhouPlanMap?.store.getState().data.status !== 'loading');
  await waitForIdle(page);
}

async function openTab(page: Page, name: string): Promise<void> {
  await openSidePanel(page);
  await page.getByRole('tab', { name }).click();
}

async function importFixture(page: Page, name: string): Promise<void> {
  await openTab(page, '场地核查');
  await page.locator('.sitecheck-panel input[type="file"]').setInputFiles(`${FIXTURES}${name}`);
  await expect(page.locator('.sitecheck-report[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

const camera = (page: Page) =>
  page.evaluate(() => {
    const map = window.zhuzhouPlanMap!.map;
    const { lng, lat } = map.getCenter();
    return { zoom: map.getZoom(), lng, lat };
  });

/** Waits until the camera has stopped moving. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.zhuzhouPlanMap!.map.isMoving(), null, { timeout: 15_000 });
  await waitForIdle(page);
}

test.describe('sharing', () => {
  test('a share control: the link, 复制链接 with a confirmation, the system share sheet', async ({
    page,
    context,
  }, testInfo) => {
    test.slow(); // the first map can take long on a loaded machine
    const problems = collectProblems(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The Web Share API as a phone or the installed app has it (records what it is given).
    await page.addInitScript(() => {
      const w = window as unknown as { __shared: unknown[] };
      w.__shared = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: unknown) => {
          w.__shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await openApp(page, '?map=11/27.85/113.13&lang=zh');
    const button = page.getByRole('button', { name: '分享此视图' });
    await expect(button).toBeVisible({ timeout: 20_000 });
    await button.click();
    const dialog = page.getByRole('dialog', { name: '分享此视图' });
    await expect(dialog).toBeVisible();
    const link = dialog.getByRole('textbox', { name: '链接' });
    await expect(link).toHaveValue(page.url());
    expect(new URL(await link.inputValue()).searchParams.get('map')).toMatch(/^11(\.\d+)?\/27\.85/);

    await dialog.getByRole('button', { name: '复制链接' }).click();
    await expect(dialog.getByRole('status')).toHaveText('链接已复制。');
    if (testInfo.project.name === 'desktop') {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    }

    await dialog.getByRole('button', { name: '分享…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: { url: string }[] }).__shared);
    expect(shared).toEqual([expect.objectContaining({ url: page.url() })]);

    // The link as a QR code, drawn offline (the same symbol the qrcode library makes of the link).
    const qr = dialog.getByRole('img', { name: '此视图链接的二维码' });
    await expect(qr).toBeVisible();
    expect(Number(await qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    const qrBox = (await qr.boundingBox())!;
    expect(qrBox.width).toBeGreaterThanOrEqual(160);

    // The dialog fits the screen (phone too) and closes with Escape.
    const box = (await dialog.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expectNoProblems(problems);
  });
});

test.describe('site check for a new user', () => {
  test.beforeEach(({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'desktop flow');
    void page;
  });

  test('parcels too small to see at the framing zoom are drawn as markers in their verdict colour', async ({
    page,
  }) => {
    test.slow();
    await openApp(page);
    await importFixture(page, 'parcels-epsg4547.geojson');
    const layerId = await page.locator('.sitecheck-layer').getAttribute('data-site-layer');
    // The zoom that frames a district (~8): a 300 m parcel is a pixel or two.
    await page.evaluate(() => window.zhuzhouPlanMap!.map.jumpTo({ center: [113.13, 27.8], zoom: 8 }));
    await settled(page);
    await expect
      .poll(
        () =>
          page.evaluate(
            (id) =>
              window
                .zhuzhouPlanMap!.map.queryRenderedFeatures({ layers: [`sitecheck-${id}-marker`] })
                .map((f) => f.properties.verdict as string),
            layerId,
          ),
        { timeout: 20_000 },
      )
      .toEqual(expect.arrayContaining([expect.stringMatching(/^(conflict|urban|other)$/)]));
    // Close up, the polygons themselves are drawn and the markers give way.
    await page.evaluate(() => window.zhuzhouPlanMap!.map.jumpTo({ zoom: 15 }));
    await page.getByRole('button', { name: '缩放到图层' }).click();
    await settled(page);
    const close = await page.evaluate(
      (id) => ({
        zoom: window.zhuzhouPlanMap!.map.getZoom(),
        markers: window.zhuzhouPlanMap!.map.queryRenderedFeatures({ layers: [`sitecheck-${id}-marker`] }).length,
      }),
      layerId,
    );
    if (close.zoom >= 13) expect(close.markers).toBe(0);
  });

  test('a point file: said to hold points, no 0.00 亩 and no verdict; treated as sites; the WGS84 hint once', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await importFixture(page, 'points-wgs84.csv');
    const layer = page.locator('.sitecheck-layer');
    await expect(layer.locator('.sitecheck-sites-note')).toContainText('此文件包含点');
    const table = layer.locator('.sitecheck-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(table.locator('tbody')).not.toContainText('0.00');
    await expect(table.locator('.sitecheck-verdict', { hasText: '冲突' })).toHaveCount(0);
    await expect(layer.locator('.sitecheck-summary')).not.toContainText('冲突');
    // The assumption is stated once (no second "WGS84" sentence under it).
    const crsText = (await layer.locator('.sitecheck-crs').innerText()).split('更改坐标系')[0]!;
    expect(crsText.match(/WGS84/g)?.length).toBe(1);

    await layer.getByRole('button', { name: '作为场地（点位）报告' }).click();
    await expect(table.locator('thead')).toContainText('场地');
    await expect(table.locator('thead')).toContainText('所在规划分区');
    await expect(table.locator('thead')).not.toContainText('亩');
    await expect(table.locator('thead')).not.toContainText('结论');
    await expect(table.locator('tbody tr').first().locator('td').first()).not.toHaveText('无');
    expectNoProblems(problems);
  });

  test('the printed report: parcels drawn above the plan, a city inset, the key projects column', async ({ page }) => {
    test.slow();
    await openApp(page);
    await importFixture(page, 'parcels-epsg4547.geojson');
    const layerId = await page.locator('.sitecheck-layer').getAttribute('data-site-layer');
    await expect(page.locator('.sitecheck-panel .sitecheck-table thead')).toContainText('规划重点项目');
    await page.getByRole('button', { name: '打印报告…' }).click();
    const preview = page.getByRole('dialog', { name: '打印预览' });
    await expect(preview.getByRole('img', { name: '地块位置图' })).toBeVisible({ timeout: 30_000 });
    // While the picture is taken the parcels are the top layers (a plan area cannot cover them)…
    const top = await page.evaluate(() =>
      window
        .zhuzhouPlanMap!.map.getStyle()
        .layers.slice(-4)
        .map((l) => l.id),
    );
    expect(top.every((id) => id.startsWith(`sitecheck-${layerId}-`))).toBe(true);
    // …and a small map of the whole city marks where they are.
    const inset = preview.getByRole('img', { name: /株洲市全图/ });
    await expect(inset).toBeVisible();
    await expect(inset.locator('.sitecheck-print-inset-extent')).toHaveCount(1);
    await expect(preview.locator('.sitecheck-table thead')).toContainText('规划重点项目');
    await preview.getByRole('button', { name: '关闭' }).click();
    await expect(preview).toBeHidden();
    // Closed: the parcels go back under the planner's overlays.
    const after = await page.evaluate(() => window.zhuzhouPlanMap!.map.getStyle().layers.at(-1)!.id);
    expect(after.startsWith(`sitecheck-${layerId}-`)).toBe(false);
  });

  test('a KML names the real reason for WGS84: its specification', async ({ page }) => {
    await openApp(page);
    await importFixture(page, 'parcels.kml');
    const crs = page.locator('.sitecheck-crs');
    await expect(crs).toContainText('KML 格式规定坐标为 WGS84 经纬度');
    await expect(crs).not.toContainText('GeoJSON');

    // The imported layer's row fits the layer panel: legend on whole lines, rename and 删除图层 not clipped.
    await openTab(page, '图层');
    const row = page.locator('.sitecheck-layers .layer-row');
    await expect(row.locator('.sitecheck-legend li').first()).toBeVisible();
    const body = page.locator('#side-panel-body');
    const overflow = await body.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    for (const li of await row.locator('.sitecheck-legend li').all()) {
      expect((await li.boundingBox())!.height).toBeLessThan(40);
    }
    const panel = (await body.boundingBox())!;
    for (const name of [/重命名/, /删除图层/]) {
      const box = (await row.getByRole('button', { name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
  });

  test('the wide report: every column, the parcel name stays in view when the table scrolls', async ({ page }) => {
    test.slow();
    await openApp(page);
    await importFixture(page, 'parcels-epsg4547.geojson');
    await page.getByRole('button', { name: '展开报告（宽屏）' }).click();
    const wide = page.getByRole('dialog', { name: /核查报告/ });
    await expect(wide).toBeVisible();
    expect((await wide.boundingBox())!.width).toBeGreaterThan(1000);
    const wrap = wide.locator('.sitecheck-table-wrap');
    await wrap.evaluate((element) => (element.scrollLeft = 10_000));
    const row = wide.locator('.sitecheck-table tbody tr').first();
    await row.locator('td').nth(3).click();
    const name = row.locator('th[scope="row"]');
    const [nameBox, wrapBox] = [(await name.boundingBox())!, (await wrap.boundingBox())!];
    expect(nameBox.x).toBeGreaterThanOrEqual(wrapBox.x - 1);
    expect(nameBox.x).toBeLessThan(wrapBox.x + 40);
    await wide.getByRole('button', { name: '关闭宽屏' }).click();
    await expect(wide).toBeHidden();
    // The side panel's table keeps its name column fixed too.
    const panelName = page.locator('.sitecheck-panel .sitecheck-table tbody th[scope="row"]').first();
    await expect(panelName).toHaveCSS('position', 'sticky');
  });
});

test.describe('finding and framing', () => {
  test.beforeEach(({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'desktop flow');
    void page;
  });

  test('filtering for one district frames it; 缩放到结果 frames the results', async ({ page }) => {
    test.slow();
    await openApp(page);
    const home = await camera(page);
    await openTab(page, '筛选');
    await page.getByRole('checkbox', { name: /^醴陵市/ }).check();
    await expect.poll(async () => (await camera(page)).zoom, { timeout: 15_000 }).toBeGreaterThan(home.zoom + 0.7);
    await settled(page);
    const liling = await camera(page);
    expect(liling.lng).toBeGreaterThan(113.3);
    expect(liling.lng).toBeLessThan(113.7);
    expect(liling.lat).toBeGreaterThan(27.45);
    expect(liling.lat).toBeLessThan(27.95);

    // Back at the city view, the button frames the (filtered) results.
    await page.evaluate(
      ([lng, lat, zoom]) => window.zhuzhouPlanMap!.map.jumpTo({ center: [lng!, lat!], zoom }),
      [home.lng, home.lat, home.zoom],
    );
    await page.getByRole('button', { name: '缩放到结果' }).click();
    await expect.poll(async () => (await camera(page)).zoom, { timeout: 15_000 }).toBeGreaterThan(home.zoom + 0.7);
  });

  test('统计 → 天元区 frames the district and draws a solid, bold outline', async ({ page }) => {
    test.slow();
    await openApp(page);
    const home = await camera(page);
    await openTab(page, '统计');
    await page.getByRole('combobox', { name: '区县' }).selectOption('天元区');
    await expect.poll(async () => (await camera(page)).zoom, { timeout: 30_000 }).toBeGreaterThan(home.zoom + 1.5);
    await settled(page);
    const view = await camera(page);
    expect(Math.abs(view.lng - 113.05)).toBeLessThan(0.15);
    expect(Math.abs(view.lat - 27.8)).toBeLessThan(0.15);
    const paint = await page.evaluate(() => {
      const map = window.zhuzhouPlanMap!.map;
      return {
        dash: map.getPaintProperty('planner-subject-line', 'line-dasharray') ?? null,
        width: map.getPaintProperty('planner-subject-line', 'line-width'),
        casing: Boolean(map.getLayer('planner-subject-casing')),
      };
    });
    expect(paint.dash).toBeNull();
    expect(Number(paint.width)).toBeGreaterThanOrEqual(3);
    expect(paint.casing).toBe(true);
  });

  test('station search lists the main station first, in Chinese, pinyin and English', async ({ page }) => {
    await openApp(page);
    const box = page.getByRole('combobox', { name: '搜索规划要素' });
    const first = page.getByRole('listbox', { name: '搜索规划要素' }).getByRole('option').first();
    await box.fill('株洲站');
    await expect(first).toContainText('株洲综合客运枢纽');
    await box.fill('zhuzhouzhan');
    await expect(first).toContainText('株洲综合客运枢纽');
    await page.getByRole('button', { name: /English/ }).click();
    const boxEn = page.getByRole('combobox', { name: /search/i });
    await boxEn.fill('Zhuzhou station');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
      'Zhuzhou integrated passenger hub',
    );
  });
});

test.describe('the default view', () => {
  test('the whole city below the header, all nine district names, the credits folded to ⓘ', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await settled(page);
    const view = await page.evaluate(() => {
      const map = window.zhuzhouPlanMap!.map;
      return {
        northTip: map.project([113.5, 28.0287]).y,
        names: [...new Set(map.queryRenderedFeatures({ layers: ['counties-label'] }).map((f) => f.properties.name))],
      };
    });
    expect(view.northTip).toBeGreaterThanOrEqual(testInfo.project.name === 'desktop' ? 30 : 8);
    if (testInfo.project.name === 'desktop') {
      for (const name of ['石峰区', '天元区', '荷塘区', '芦淞区']) expect(view.names).toContain(name);
    }
    const credits = page.locator('.attribution');
    await expect(credits).not.toHaveAttribute('open', '');
    expect((await credits.boundingBox())!.height).toBeLessThan(24);
    await credits.locator('summary').click();
    await expect(credits).toContainText('OpenStreetMap');
  });
});

test.describe('phone details', () => {
  test('the offline toast: 知道了 on one line, the map’s top left free', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone layout');
    await openApp(page);
    const toast = page.locator('.pwa-ready');
    await expect(toast).toBeVisible({ timeout: 45_000 });
    const button = toast.getByRole('button', { name: '知道了' });
    expect((await button.boundingBox())!.height).toBeLessThan(44);
    const [toastBox, mapBox] = [(await toast.boundingBox())!, (await page.locator('.map').boundingBox())!];
    // Not over the top half of the map (where the header's search results and the map controls are).
    expect(toastBox.y).toBeGreaterThan(mapBox.y + mapBox.height / 2);
    await button.click();
    await expect(toast).toBeHidden();
  });
});

test.describe('measuring', () => {
  test('touch instructions on a touch screen; the sheet peeks while drawing; in 浏览 nothing of measuring stays unless shown', async ({
    page,
  }, testInfo) => {
    test.slow();
    const phone = testInfo.project.name === 'phone';
    await openApp(page, '?map=11.5/27.83/113.13&mode=measure');
    const panel = page.locator('.measure-panel');
    await expect(panel.getByRole('radio', { name: '面积' })).toBeChecked();
    const hint = panel.locator('.measure-hint');
    if (phone) {
      await expect(hint).toContainText('轻点');
      await expect(hint).not.toContainText(/双击|Esc|Ctrl/);
    } else await expect(hint).toContainText('双击');

    const canvas = (await page.locator('.map canvas').boundingBox())!;
    const [x0, y0, w, h] = phone ? [60, 40, 220, 160] : [420, 160, 300, 260];
    const corners: [number, number][] = [
      [x0, y0],
      [x0 + w, y0 + 10],
      [x0 + w - 20, y0 + h],
    ];
    for (const [x, y] of corners) {
      await page.mouse.move(canvas.x + x, canvas.y + y);
      await page.mouse.click(canvas.x + x, canvas.y + y);
      await page.waitForTimeout(150);
    }
    await expect(panel).toHaveAttribute('data-drawing', 'true');
    if (phone) {
      // Most of the map stays free for the next taps.
      expect((await panel.boundingBox())!.height).toBeLessThanOrEqual(180);
    }
    await panel.getByRole('button', { name: '完成' }).click();
    await expect(panel.locator('.measure-item')).toHaveCount(1);
    await expect(panel).not.toHaveAttribute('data-drawing', 'true');

    // A second area left unfinished: two corners, then straight to 浏览.
    for (const [x, y] of corners.slice(0, 2).map(([x, y]) => [x + 20, y + 40] as const)) {
      await page.mouse.move(canvas.x + x, canvas.y + y);
      await page.mouse.click(canvas.x + x, canvas.y + y);
      await page.waitForTimeout(150);
    }
    await expect(panel).toHaveAttribute('data-drawing', 'true');

    // Back to 浏览: nothing of measuring is left on the map — no drawing in progress, no live label, and the
    // saved measurement is not drawn (nor labelled) until "显示我的测量" is turned on.
    await page.getByRole('button', { name: /浏览/ }).click();
    await settled(page);
    const drawn = () =>
      page.evaluate(() => {
        const map = window.zhuzhouPlanMap!.map;
        const count = (layer: string) =>
          map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0;
        const terra = map
          .getStyle()
          .layers.filter((l) => l.id.startsWith('measure'))
          .map((l) => l.id);
        return {
          labels: count('planner-measurement-labels'),
          areas: count('planner-measurements-fill'),
          terra: terra.reduce((n, id) => n + map.queryRenderedFeatures({ layers: [id] }).length, 0),
        };
      });
    expect(await drawn()).toEqual({ labels: 0, areas: 0, terra: 0 });
    expect(await page.evaluate(() => window.zhuzhouPlanMap!.store.getState().measurements.length)).toBe(1);

    // Turned on (layers tab), it is drawn with its label; the choice is remembered over a reload.
    await openSidePanel(page);
    await page.getByRole('tab', { name: '图层' }).click();
    const toggle = page.getByRole('checkbox', { name: /显示我的测量/ });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await settled(page);
    await expect.poll(async () => (await drawn()).labels).toBeGreaterThan(0);
    expect((await drawn()).areas).toBeGreaterThan(0);
    await page.reload();
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 90_000 });
    await settled(page);
    await expect.poll(async () => (await drawn()).labels).toBeGreaterThan(0);
  });
});
