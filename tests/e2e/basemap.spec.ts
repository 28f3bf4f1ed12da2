/**
 * Issue 16, item 6: the online basemap is opt-in. By default nothing is requested; OpenStreetMap or 天地图 (with
 * the user's key) can be switched on in the Layers tab, are remembered on reload and stop when switched back.
 * Never the internet: the two tile servers are answered here by page.route with a PNG made in the test.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { collectProblems, openApp, openSidePanel, waitForIdle } from './helpers';

// page.route does not see requests a service worker makes; the tile requests must come from the page.
test.use({ serviceWorkers: 'block' });

const TILE_SERVERS = /^https:\/\/(t[0-7]\.tianditu\.gov\.cn|tile\.openstreetmap\.org)\//;
const KEY = '0123456789abcdef0123456789abcdef';

/** A 256 × 256 PNG of one colour (stored zlib blocks inside IDAT, CRCs computed here). */
function solidPng(rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const size = 256;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Answers every tile request locally (with a PNG, or an HTTP error) and lists them. */
async function serveTiles(page: Page, status = 200): Promise<string[]> {
  const requests: string[] = [];
  const png = solidPng([200, 230, 200]);
  await page.route(TILE_SERVERS, (route) => {
    requests.push(route.request().url());
    return route.fulfill({
      status,
      contentType: status === 200 ? 'image/png' : 'text/plain',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: status === 200 ? png : 'invalid key',
    });
  });
  return requests;
}

async function openLayersTab(page: Page): Promise<void> {
  await openSidePanel(page);
  await page.getByRole('tab', { name: '图层' }).click();
}

const basemapGroup = (page: Page) => page.getByRole('group', { name: '底图' });

/** The style's layer ids, in drawing order. */
const layerOrder = (page: Page) => page.evaluate(() => window.zhuzhouPlanMap!.map.getStyle().layers.map((l) => l.id));

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
}

test.describe('online basemap, opt-in', () => {
  test('offline by default; OpenStreetMap once chosen, remembered, below the plan, stopped when switched back', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    const tiles = await serveTiles(page);
    await openApp(page);
    await openLayersTab(page);
    const group = basemapGroup(page);
    await expect(group.getByRole('radio', { name: /离线底图/ })).toBeChecked();
    await expect(group.getByText(/瓦片来自互联网/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // (a) nothing requested by default
    expect(tiles).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    await expect(page.getByTestId('basemap-attribution')).toHaveCount(0);

    // (b) OpenStreetMap: tiles requested (answered here), attribution shown, tiles under the plan layers
    await group.getByRole('radio', { name: /OpenStreetMap/ }).check();
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    for (const url of tiles) expect(url).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
    await expect(page.getByTestId('basemap-attribution')).toContainText('© OpenStreetMap contributors');
    await expect.poll(() => page.evaluate(() => window.zhuzhouPlanMap!.store.getState().basemapStatus)).toBe('ok');
    const order = await layerOrder(page);
    const firstPlan = await page.evaluate(
      () =>
        window
          .zhuzhouPlanMap!.map.getStyle()
          .layers.find((l) => (l.metadata as object | undefined) && 'zz:category' in (l.metadata as object))!.id,
    );
    expect(order.indexOf('user-basemap-osm')).toBeGreaterThan(0);
    expect(order.indexOf('user-basemap-osm')).toBeLessThan(order.indexOf(firstPlan));
    expect(order.indexOf('user-basemap-osm')).toBeLessThan(order.indexOf('rivers-line'));

    // (d) a reload keeps the choice, and the tiles come again
    tiles.length = 0;
    await page.reload();
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await openLayersTab(page);
    await expect(basemapGroup(page).getByRole('radio', { name: /OpenStreetMap/ })).toBeChecked();
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    await expect(page.getByTestId('basemap-attribution')).toBeVisible();

    // (e) back to offline: the online source is gone and moving the map requests nothing
    await basemapGroup(page)
      .getByRole('radio', { name: /离线底图/ })
      .check();
    await expect(page.getByTestId('basemap-attribution')).toHaveCount(0);
    await waitForIdle(page);
    expect((await layerOrder(page)).filter((id) => id.startsWith('user-basemap'))).toEqual([]);
    const before = tiles.length;
    await page.evaluate(() => window.zhuzhouPlanMap!.map.jumpTo({ center: [113.4, 27.5], zoom: 11 }));
    await waitForIdle(page);
    await page.waitForTimeout(500);
    expect(tiles.length).toBe(before);
    await page.reload();
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await waitForIdle(page);
    expect(tiles.length).toBe(before);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('天地图 needs a key (says why); with one, its tiles carry tk=; failing tiles say so and offer offline', async ({
    page,
  }, testInfo) => {
    test.slow();
    const problems = collectProblems(page);
    const tiles = await serveTiles(page);
    await openApp(page);
    await openLayersTab(page);
    const group = basemapGroup(page);
    const vec = group.getByRole('radio', { name: /天地图 矢量/ });
    // (c) without a key it cannot be switched on, and the reason is given (also to screen readers)
    await expect(vec).toBeDisabled();
    await expect(page.getByTestId('basemap-key-needed')).toContainText('需要先填入有效的天地图密钥');
    await expect(vec).toHaveAccessibleDescription(/需要先填入有效的天地图密钥/);
    expect(await page.evaluate(() => window.zhuzhouPlanMap!.store.getState().setBasemap('tianditu-vec'))).toBe(false);
    await group.getByLabel('天地图密钥（tk）').fill('abc&x');
    await expect(group.getByText('密钥只能包含字母和数字。')).toBeVisible();
    await expect(vec).toBeDisabled();
    expect(tiles).toEqual([]);
    expect(problems.externalRequests).toEqual([]);

    // with a key: 矢量 + 注记, Web Mercator sets, the key in every request
    await group.getByLabel('天地图密钥（tk）').fill(KEY);
    await expect(vec).toBeEnabled();
    await vec.check();
    await expect.poll(() => new Set(tiles.map((u) => new URL(u).pathname)).size).toBe(2);
    for (const url of tiles) {
      expect(url).toMatch(/^https:\/\/t[0-7]\.tianditu\.gov\.cn\/(vec|cva)_w\/wmts\?/);
      expect(new URL(url).searchParams.get('tk')).toBe(KEY);
      expect(new URL(url).searchParams.get('TILEMATRIXSET')).toBe('w');
    }
    await expect(page.getByTestId('basemap-attribution')).toContainText('天地图');
    expect(problems.consoleErrors).toEqual([]);

    // a refused key (the server answers 403): a clear message, and the way back offline
    await page.unroute(TILE_SERVERS);
    const refused = await serveTiles(page, 403);
    await group.getByRole('radio', { name: /天地图 影像/ }).check();
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    // said on the map (desktop: the side panel leaves it free) and in the panel where the choice was made
    if (testInfo.project.name === 'desktop')
      await expect(page.locator('.map-footer').getByRole('alert')).toContainText('在线底图瓦片加载失败');
    const alert = group.getByRole('alert').filter({ hasText: '在线底图瓦片加载失败' });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: '改回离线底图' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '在线底图瓦片加载失败' })).toHaveCount(0);
    await expect(group.getByRole('radio', { name: /离线底图/ })).toBeChecked();
    // the key stays for next time
    await expect(group.getByLabel('天地图密钥（tk）')).toHaveValue(KEY);
  });
});
