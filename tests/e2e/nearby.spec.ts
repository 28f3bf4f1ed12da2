/**
 * Citizens: "what is planned near me" — by link, tap, map centre, place search and device location (granted,
 * denied, outside Zhuzhou); the phone layout; keyboard use; the list alternative; axe-core checks.
 * Runs in both projects: desktop 1280×800 and phone 375×667.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems, openApp, openSidePanel, urlParam, waitForIdle } from './helpers';

/** 株洲 city centre (神农城), WGS84. */
const CENTRE = { longitude: 113.13401, latitude: 27.82764 };
// Distances are stated as the feature's accuracy allows (issue 16, src/geo/precision.ts): exact "东北 2.4 km",
// approximate "东北 约 2.4 km", anchored / schematic only a class and no direction ("示意位置，约 0.5–2 km").
const CLASS_ZH = /(约 \d+(\.\d)?–\d+ km|0\.5 km 以内|20 km 以上)/.source;
const CLASS_EN = /(about \d+(\.\d)?–\d+ km|within 0\.5 km|over 20 km)/.source;
const DIRECTION = new RegExp(
  `^(北|东北|东|东南|南|西南|西|西北) (约 )?\\d+(\\.\\d)? k?m$|^位于其范围内$|^大致位于其示意范围内$|^就在此处$|^(示意位置|走向示意)，${CLASS_ZH}$`,
);
const DIRECTION_EN = new RegExp(
  `^(N|NE|E|SE|S|SW|W|NW) (about )?\\d+(\\.\\d)? k?m$|^You are inside$|^Roughly inside its schematic area$|^Right here$|^(schematic|indicative course), ${CLASS_EN}$`,
);
/** 株洲站 (the station's own record, WGS84). */
const STATION = { longitude: 113.15173, latitude: 27.83814 };

/** The place search's suggestions (not the options of the panel's selects, e.g. 'since a year'). */
const placeOptions = (page: Page) => page.locator('.nearby-search [role="listbox"] [role="option"]');

const panel = (page: Page) => page.locator('.nearby-panel');
const results = (page: Page) => page.locator('.nearby-result');

async function distances(page: Page): Promise<number[]> {
  return results(page).evaluateAll((buttons) => buttons.map((b) => Number((b as HTMLElement).dataset.distance)));
}

/** A point on the map that no panel covers: the upper middle of the map area. */
async function freeMapPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map').boundingBox())!;
  const isPhone = box.width < 640;
  return isPhone
    ? { x: box.x + box.width / 2, y: box.y + 90 }
    : { x: box.x + box.width / 2 - 60, y: box.y + box.height / 2 };
}

/** How many features a GeoJSON source of the map holds. */
async function sourceCount(page: Page, id: string): Promise<number> {
  return page.evaluate(async (sourceId) => {
    const source = window.zhuzhouPlanMap!.map.getSource(sourceId) as unknown as {
      getData: () => Promise<GeoJSON.FeatureCollection>;
    };
    return ((await source.getData()).features ?? []).length;
  }, id);
}

async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
}

test.describe('nearby: what is planned near me', () => {
  test('a shared link shows the circle and the results nearest first, with direction and distance', async ({
    page,
  }) => {
    const problems = collectProblems(page);
    await openApp(page, `?mode=nearby&near=${CENTRE.longitude},${CENTRE.latitude}&r=10`);
    await expect(panel(page).getByRole('heading', { name: '我身边的规划' })).toBeVisible();
    await expect(results(page).first()).toBeVisible();
    const list = await distances(page);
    expect(list.length).toBeGreaterThan(2);
    expect([...list].sort((a, b) => a - b)).toEqual(list);
    expect(Math.max(...list)).toBeLessThanOrEqual(10_000);
    const labels = await page.locator('.nearby-result-distance').allTextContents();
    for (const label of labels) expect(label).toMatch(DIRECTION);
    await expect(panel(page).getByText(/10 公里内共 \d+ 项/)).toBeVisible();
    // the circle and the point are on the map, one dot per result
    const drawn = {
      circle: await sourceCount(page, 'nearby-circle'),
      point: await sourceCount(page, 'nearby-point'),
      results: await sourceCount(page, 'nearby-results'),
    };
    expect(drawn.circle).toBe(1);
    expect(drawn.point).toBe(1);
    expect(drawn.results).toBe(list.length);
    expectNoProblems(problems);
  });

  test('tapping the map chooses the point; radius chips redraw and go into the link', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?mode=nearby');
    await expect(panel(page).getByText('选择一个位置')).toBeVisible();
    const { x, y } = await freeMapPoint(page);
    await page.mouse.click(x, y);
    await expect(panel(page).getByText('地图上选的点')).toBeVisible();
    const near = urlParam(page, 'near');
    expect(near).toMatch(/^\d+\.\d{5},\d+\.\d{5}$/);
    await panel(page).getByText('1 公里', { exact: true }).click();
    await expect.poll(() => urlParam(page, 'r')).toBe('1');
    await panel(page).getByText('10 公里', { exact: true }).click();
    await expect.poll(() => urlParam(page, 'r')).toBe('10');
    // back returns to the previous radius
    await page.goBack();
    await expect.poll(() => urlParam(page, 'r')).toBe('1');
    await expect(panel(page).locator('.nearby-radius label.checked')).toHaveText('1 公里');
    expectNoProblems(problems);
  });

  test('opening a result shows its details and plan sentence; the link restores it; back returns to the list', async ({
    page,
  }) => {
    const problems = collectProblems(page);
    await openApp(page, `?mode=nearby&near=${CENTRE.longitude},${CENTRE.latitude}&r=10`);
    const first = results(page).first();
    const id = await first.getAttribute('data-id');
    const name = await first.locator('.nearby-result-name').textContent();
    await first.click();
    const detail = page.locator('.nearby-detail');
    await expect(detail).toBeVisible();
    await expect(detail.getByRole('heading', { level: 2 })).toContainText(name!);
    await expect(detail.locator('.feature-source blockquote')).toBeVisible();
    await expect(detail.locator('.nearby-detail-distance strong')).toHaveText(DIRECTION);
    await expect(detail).toBeFocused();
    expect(urlParam(page, 'item')).toBe(id);
    const item = await sourceCount(page, 'nearby-item');
    expect(item).toBe(1);

    await page.reload();
    await waitForIdle(page);
    await expect(page.locator('.nearby-detail')).toBeVisible();
    await expect(page.locator(`.nearby-detail[data-item="${id}"]`)).toBeVisible();

    await page.getByRole('button', { name: '返回列表' }).click();
    await expect(page.locator(`.nearby-result[data-id="${id}"]`)).toBeFocused();
    expect(urlParam(page, 'item')).toBeNull();
    expectNoProblems(problems);
  });

  test('a place search by name or district chooses the point', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?mode=nearby');
    const input = page.getByRole('combobox', { name: '搜索地名、车站、区县或坐标' });
    await input.fill('天元');
    await expect(placeOptions(page).first()).toContainText('天元区');
    await input.press('Enter');
    await expect(panel(page).locator('.nearby-point strong')).toHaveText('天元区');
    expect(urlParam(page, 'near')).toBe('113.07638,27.82999');
    // coordinates copied from a Chinese map app (GCJ-02) are converted to WGS84
    await panel(page).getByRole('button', { name: '更换位置' }).click();
    await input.fill('高德 113.13983,27.82450');
    await expect(placeOptions(page)).toHaveCount(1);
    await input.press('Enter');
    const [lon, lat] = urlParam(page, 'near')!.split(',').map(Number) as [number, number];
    expect(Math.abs(lon - CENTRE.longitude)).toBeLessThan(0.0002);
    expect(Math.abs(lat - CENTRE.latitude)).toBeLessThan(0.0002);
    // nothing found: a clear message
    await panel(page).getByRole('button', { name: '更换位置' }).click();
    await input.fill('纽约时代广场');
    await expect(panel(page).getByText(/没有找到“纽约时代广场”/)).toBeVisible();
    expectNoProblems(problems);
  });

  test('a village typed by name becomes the point, and what is planned around it is listed', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?mode=nearby');
    const input = page.getByRole('combobox', { name: '搜索地名、车站、区县或坐标' });
    // 湾里村 (严塘镇, 茶陵县) is in the search gazetteer (Vonng/adcode village centres), not a plan feature
    await input.fill('湾里村');
    const option = placeOptions(page).filter({ hasText: '严塘镇' }).first();
    await expect(option).toContainText('村 / 社区');
    await option.click();
    await expect(panel(page).locator('.nearby-point strong')).toHaveText('湾里村');
    expect(urlParam(page, 'near')).toBe('113.74263,26.78752');
    // the red-army village the plan names is sited at that village: it is listed around it
    await expect(results(page).filter({ hasText: '茶陵湾里红军村' })).toHaveCount(1);
    expectNoProblems(problems);
  });

  test('a malformed link falls back with a notice', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?mode=nearby&near=here&r=7&item=%3Cscript%3E');
    await expect(page.locator('.notice')).toContainText('near');
    await expect(panel(page).getByText('选择一个位置')).toBeVisible();
    // r=7 is not a choice: the nearest one (5 km) is used
    await expect(panel(page).locator('.nearby-radius label.checked')).toHaveText('5 公里');
    expectNoProblems(problems);
  });

  test('at 株洲站 every row shows its accuracy; schematic and anchored rows get no metres and no direction', async ({
    page,
  }) => {
    const problems = collectProblems(page);
    await openApp(page, `?mode=nearby&near=${STATION.longitude},${STATION.latitude}&r=3`);
    await expect(results(page).first()).toBeVisible({ timeout: 45_000 });
    const rows = await results(page).evaluateAll((buttons) =>
      buttons.map((b) => ({
        accuracy: (b as HTMLElement).dataset.accuracy ?? '',
        label: b.querySelector('.nearby-result-distance')?.textContent ?? '',
        badge: b.querySelector('.badge')?.textContent ?? '',
        name: b.querySelector('.nearby-result-name')?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row.badge, row.name).not.toBe('');
      expect(row.label, row.name).toMatch(DIRECTION);
      if (row.accuracy === 'schematic' || row.accuracy === 'anchored') {
        expect(row.label, row.name).not.toMatch(/^(北|东北|东|东南|南|西南|西|西北) /);
        expect(row.label, row.name).not.toMatch(/\d m$/);
      }
      if (row.accuracy === 'approximate') expect(row.label, row.name).toMatch(/约|范围内|此处/);
    }
    // The planned intercity corridor is a schematic line: a class, never "东 350 m".
    const corridor = rows.find((r) => r.name.includes('岳长衡'));
    if (corridor) expect(corridor.label).toMatch(/^(示意位置|走向示意)，/);
    // One answer to "which district?": the county boundaries, with the border tolerance — the station's record
    // (芦淞区) is named, not contradicted.
    await expect(panel(page).locator('.nearby-district')).toContainText('芦淞区');
    // Sites known only by district are listed without a distance.
    const inDistrict = panel(page).locator('.nearby-in-district');
    if ((await inDistrict.count()) > 0) await expect(inDistrict.locator('summary')).toContainText('不计距离');
    expectNoProblems(problems);
  });

  test('at 株洲站 "只看 2021 年以来开工或建成": only dated starts / completions, the rest counted; off restores all', async ({
    page,
  }) => {
    const problems = collectProblems(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openApp(page, `?mode=nearby&near=${STATION.longitude},${STATION.latitude}&r=3`);
    await expect(results(page).first()).toBeVisible({ timeout: 45_000 });
    const all = await results(page).count();
    // the history is not fetched until the restriction is used
    const historyJson = (url: string) => /\/history[^/]*\.json/.test(url);
    expect(requests.filter(historyJson)).toEqual([]);

    const since = panel(page).getByLabel('只看开工或建成的项目');
    await expect(since).toHaveValue('');
    await since.selectOption('2021');
    await expect.poll(() => urlParam(page, 'since')).toBe('2021');
    const heading = panel(page).locator('.nearby-count');
    await expect(heading).toContainText('2021 年以来开工或建成的共');
    const rows = panel(page).locator('.nearby-results > li');
    const kept = await rows.count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all);
    await expect(heading).toContainText(`共 ${kept} 项`);
    expect(requests.filter(historyJson).length).toBe(1);
    // every row states its reported stage and year, and its sentence is one click away
    for (let i = 0; i < kept; i += 1) {
      const row = rows.nth(i);
      const source = row.locator('details.nearby-since-source');
      expect(Number(await source.getAttribute('data-year'))).toBeGreaterThanOrEqual(2021);
      await expect(row.locator('.nearby-result-meta')).toContainText(/20\d\d 年报道(建成|在建)/);
      await source.locator('summary').click();
      await expect(source.locator('blockquote')).toBeVisible();
      await expect(source.locator('.source-at')).toContainText(/第 \d+ 行（20\d\d(-\d\d)?）/);
    }
    // what was left out for lack of news is counted
    const excluded = panel(page).getByTestId('nearby-since-excluded');
    await expect(excluded).toContainText(/另有 \d+ 项没有开工或建成的报道/);
    const noNews = Number(await excluded.locator('[data-no-news]').getAttribute('data-no-news'));
    const earlier = Number(
      (await excluded
        .locator('[data-earlier]')
        .getAttribute('data-earlier')
        .catch(() => '0')) ?? 0,
    );
    expect(noNews).toBeGreaterThan(0);
    // sites known only by district are restricted the same way, each with its stage and sentence's line
    const sites = panel(page).locator('.nearby-in-district li');
    for (let i = 0; i < (await sites.count()); i += 1) {
      await expect(sites.nth(i).locator('.nearby-since-stage')).toHaveText(/20\d\d 年报道(建成|在建)（00\d:\d+）/);
    }
    // the map draws the kept results only
    await expect.poll(() => sourceCount(page, 'nearby-results')).toBe(kept);
    await expectNoSeriousA11yViolations(page, 'nearby since 2021');
    expect(kept + noNews + earlier).toBeGreaterThanOrEqual(all);

    // the link restores it
    await openApp(page, `?mode=nearby&near=${STATION.longitude},${STATION.latitude}&r=3&since=2021`);
    await expect(panel(page).locator('.nearby-results > li')).toHaveCount(kept, { timeout: 45_000 });
    await expect(panel(page).getByLabel('只看开工或建成的项目')).toHaveValue('2021');

    // turned off: every result again, and no `since` in the link
    await panel(page).getByLabel('只看开工或建成的项目').selectOption('');
    await expect(results(page)).toHaveCount(all);
    await expect(panel(page).locator('.nearby-count')).toContainText(`3 公里内共 ${all} 项`);
    await expect(panel(page).getByTestId('nearby-since-excluded')).toHaveCount(0);
    await expect.poll(() => urlParam(page, 'since')).toBeNull();
    expectNoProblems(problems);
  });

  test('in English: "since 2021" from a link lists reported starts and completions; a bad year falls back', async ({
    page,
  }) => {
    const problems = collectProblems(page);
    await openApp(page, `?mode=nearby&lang=en&near=${STATION.longitude},${STATION.latitude}&r=3&since=2021`);
    const since = panel(page).getByLabel('Only projects started or completed');
    await expect(since).toHaveValue('2021');
    const heading = panel(page).locator('.nearby-count');
    await expect(heading).toContainText(/started or completed since 2021/, { timeout: 45_000 });
    const kept = await results(page).count();
    expect(kept).toBeGreaterThan(0);
    for (const meta of await page.locator('.nearby-result-meta').allTextContents()) {
      expect(meta).toMatch(/reported (completed|under construction) in 20\d\d/);
    }
    await expect(panel(page).getByTestId('nearby-since-excluded')).toContainText(/no report of a start or completion/);
    // a later year keeps no more than an earlier one
    await since.selectOption('2026');
    await expect.poll(() => urlParam(page, 'since')).toBe('2026');
    await expect(panel(page).locator('.nearby-count, .nearby-empty')).toContainText('since 2026');
    expect(await results(page).count()).toBeLessThanOrEqual(kept);
    await since.selectOption({ label: 'Any time (all projects)' });
    await expect(heading).toHaveText(/items within 3 km$/);
    expect(await results(page).count()).toBeGreaterThan(kept);
    // an unknown year is named in a notice and the list is not restricted
    await openApp(page, `?mode=nearby&lang=en&near=${STATION.longitude},${STATION.latitude}&since=1999`);
    await expect(page.locator('.notice')).toContainText('since');
    await expect(panel(page).getByLabel('Only projects started or completed')).toHaveValue('');
    await expect(results(page).first()).toBeVisible();
    expectNoProblems(problems);
  });

  test('in English, distances read "NE 2.4 km"', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, `?mode=nearby&lang=en&near=${CENTRE.longitude},${CENTRE.latitude}&r=10`);
    await expect(panel(page).getByRole('heading', { name: 'What is planned near me' })).toBeVisible();
    const labels = await page.locator('.nearby-result-distance').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(DIRECTION_EN);
    const chinese = await panel(page).evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="zh"], .nearby-result-meta').forEach((n) => n.remove());
      return /[\u4e00-\u9fff]/.test(clone.querySelector('.nearby-head')?.textContent ?? '');
    });
    expect(chinese).toBe(false);
    expectNoProblems(problems);
  });
});

test.describe('nearby: device location granted', () => {
  test.use({ permissions: ['geolocation'], geolocation: { ...CENTRE, accuracy: 30 } });

  test('"use my location" takes the WGS84 position as it is', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?mode=nearby');
    await panel(page).getByRole('button', { name: '定位我的位置' }).click();
    await expect(panel(page).locator('.nearby-point strong')).toHaveText('我的位置');
    await expect(panel(page).getByText('定位精度约 30 米')).toBeVisible();
    expect(urlParam(page, 'near')).toBe(`${CENTRE.longitude.toFixed(5)},${CENTRE.latitude.toFixed(5)}`);
    await expect(results(page).first()).toBeVisible();
    expectNoProblems(problems);
  });
});

test.describe('nearby: device location outside Zhuzhou', () => {
  test.use({ permissions: ['geolocation'], geolocation: { longitude: 116.397, latitude: 39.909 } });

  test('says so and offers the city centre', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?mode=nearby');
    await panel(page).getByRole('button', { name: '定位我的位置' }).click();
    await expect(panel(page).getByText('您的位置不在株洲市域内')).toBeVisible();
    expect(urlParam(page, 'near')).toBeNull();
    await panel(page).getByRole('button', { name: '改看市中心附近' }).click();
    await expect(panel(page).locator('.nearby-point strong')).toHaveText('市中心（神农城）');
    expect(urlParam(page, 'near')).toBe('113.13401,27.82764');
    expectNoProblems(problems);
  });
});

test.describe('nearby: device location refused', () => {
  test.use({ permissions: [] });

  test('explains and offers tap, search and the city centre', async ({ page, context }) => {
    await context.clearPermissions();
    const problems = collectProblems(page);
    await openApp(page, '?mode=nearby');
    await panel(page).getByRole('button', { name: '定位我的位置' }).click();
    const alert = panel(page).locator('.nearby-alert');
    await expect(alert).toContainText('未获得定位权限');
    await expect(alert).toContainText('点选');
    await expect(page.getByRole('combobox', { name: '搜索地名、车站、区县或坐标' })).toBeVisible();
    await alert.getByRole('button', { name: '改看市中心附近' }).click();
    await expect(panel(page).locator('.nearby-point strong')).toHaveText('市中心（神农城）');
    expectNoProblems(problems);
  });
});

test.describe('nearby: keyboard', () => {
  test('everything works without a pointer, with a visible focus ring', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard use is tested at desktop size');
    const problems = collectProblems(page);
    await openApp(page);
    const tool = page.getByRole('button', { name: '我身边' });
    await tool.focus();
    await page.keyboard.press('Enter');
    await expect(tool).toHaveAttribute('aria-pressed', 'true');
    const input = page.getByRole('combobox', { name: '搜索地名、车站、区县或坐标' });
    await input.focus();
    await page.keyboard.type('醴陵');
    await expect(placeOptions(page).first()).toContainText('醴陵');
    await page.keyboard.press('ArrowDown');
    await expect(placeOptions(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(panel(page).locator('.nearby-point strong')).toContainText('醴陵');
    // the radius chips are radio buttons: arrows move between them
    const five = panel(page).getByRole('radio', { name: '5 公里' });
    await five.focus();
    await page.keyboard.press('ArrowRight');
    await expect(panel(page).getByRole('radio', { name: '10 公里' })).toBeChecked();
    const outline = await panel(page)
      .locator('.nearby-radius label.checked')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    // open the first result with the keyboard, then go back
    await expect(results(page).first()).toBeVisible();
    await results(page).first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.nearby-detail')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '返回列表' })).toBeFocused();
    const ring = await page
      .getByRole('button', { name: '返回列表' })
      .evaluate((el) => getComputedStyle(el).outlineWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect(results(page).first()).toBeFocused();
    // Escape also closes the details
    await page.keyboard.press('Enter');
    await expect(page.locator('.nearby-detail')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(results(page).first()).toBeFocused();
    // "use the map centre" is the keyboard's alternative to tapping the map
    await panel(page).getByRole('button', { name: '更换位置' }).click();
    await panel(page).getByRole('button', { name: '以地图中心为位置' }).press('Enter');
    await expect(panel(page).locator('.nearby-point strong')).toHaveText('地图上选的点');
    expectNoProblems(problems);
  });
});

test.describe('phone layout and the list alternative', () => {
  test('at 375×667 the map stays usable: bottom sheet, 44 px targets, map never covered', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'phone layout');
    const problems = collectProblems(page);
    await openApp(page);
    const viewport = page.viewportSize()!;
    // the header's controls fit on the screen
    for (const button of await page.locator('.app-header button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: '我身边' }).click();
    await page.goto(`/?mode=nearby&near=${CENTRE.longitude},${CENTRE.latitude}&r=3`);
    await expect(results(page).first()).toBeAttached();
    const sheet = (await panel(page).boundingBox())!;
    const map = (await page.locator('.map').boundingBox())!;
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(viewport.height + 1);
    expect(sheet.height).toBeLessThanOrEqual(map.height * 0.55);
    expect(sheet.width).toBeGreaterThanOrEqual(viewport.width - 1);
    // every control in the sheet is at least 44 px tall
    const small = await panel(page)
      .locator('button:visible, input:visible:not([type="radio"]), .nearby-radius label')
      .evaluateAll((els) =>
        els
          .map((el) => ({
            text: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim(),
            h: el.getBoundingClientRect().height,
          }))
          .filter((e) => e.h > 0 && e.h < 44),
      );
    expect(small).toEqual([]);
    // collapsing the sheet leaves the whole map free
    await panel(page).locator('.nearby-toggle').click();
    const collapsed = (await panel(page).boundingBox())!;
    expect(collapsed.height).toBeLessThanOrEqual(60);
    // Chinese map labels are at least 11 px (read once the map, reloaded by the goto above, has loaded)
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    const sizes = await page.evaluate(() => {
      const { map } = window.zhuzhouPlanMap!;
      return map
        .getStyle()
        .layers.filter((l) => l.type === 'symbol')
        .map((l) => map.getLayoutProperty(l.id, 'text-size'))
        .filter((s) => typeof s === 'number') as number[];
    });
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
    expectNoProblems(problems);
  });

  test('the list tab lists the map features and opens one', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page);
    await openSidePanel(page);
    await page.getByRole('tab', { name: '列表' }).click();
    const list = page.locator('.feature-list');
    await expect(list.getByRole('heading', { name: '地图要素列表' })).toBeVisible();
    const first = list.locator('li button').first();
    const id = await first.getAttribute('data-id');
    await first.click();
    await expect(page.locator(`.feature-panel[data-feature="${id}"]`)).toBeVisible();
    expect(urlParam(page, 'sel')).toBe(id);
    expectNoProblems(problems);
  });
});

test.describe('accessibility (axe-core)', () => {
  test('no serious or critical violations on the main screens', async ({ page }) => {
    test.setTimeout(180_000); // five axe runs over a full map page
    const problems = collectProblems(page);
    await openApp(page);
    await expectNoSeriousA11yViolations(page, 'explore');
    await openSidePanel(page);
    await page.getByRole('tab', { name: '列表' }).click();
    await expectNoSeriousA11yViolations(page, 'list tab');
    await openApp(page, `?mode=nearby&near=${CENTRE.longitude},${CENTRE.latitude}&r=5`);
    await expect(results(page).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'nearby results');
    await results(page).first().click();
    await expect(page.locator('.nearby-detail')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'nearby detail');
    await openApp(page, '?mode=nearby&lang=en');
    await page.getByRole('combobox', { name: 'Search a place, station, district or coordinates' }).fill('tianyuan');
    await expect(placeOptions(page).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'nearby search (en)');
    expectNoProblems(problems);
  });
});
