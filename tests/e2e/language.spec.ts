/**
 * Language completeness and accessibility in every mode: axe-core finds no serious or critical violation in
 * explore, list, filter, stats, measure, nearby, detail and story, in Chinese and English (desktop and phone
 * projects); MapLibre's controls speak the app's language; English text has no full-width quote gaps; data
 * vocabularies and accuracy notes follow the language; briefing buttons never cover the map's notes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems, openApp, openSidePanel, waitForIdle } from './helpers';

const NEAR = 'near=113.13401,27.82764&r=5';

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openTab(page: Page, id: string) {
  await openSidePanel(page);
  await page.locator(`#tab-${id}`).click();
  await expect(page.locator('#side-panel-body')).toBeVisible();
}

for (const language of ['zh', 'en'] as const) {
  test(`axe: no serious or critical violation in any mode (${language})`, async ({ page }) => {
    test.setTimeout(480_000);
    const problems = collectProblems(page);
    const found: string[] = [];
    const lang = `lang=${language}`;

    await openApp(page, `?${lang}`);
    found.push(...(await seriousViolations(page, 'explore')));
    for (const tab of ['list', 'filter', 'stats']) {
      await openTab(page, tab);
      found.push(...(await seriousViolations(page, `${tab} tab`)));
    }

    await openApp(page, `?${lang}&sel=port-tongtangwan`);
    await expect(page.locator('.feature-details')).toBeVisible();
    found.push(...(await seriousViolations(page, 'feature detail')));

    await openApp(page, `?${lang}&mode=measure`);
    found.push(...(await seriousViolations(page, 'measure')));

    await openApp(page, `?${lang}&mode=nearby&${NEAR}`);
    await expect(page.locator('.nearby-result').first()).toBeVisible();
    found.push(...(await seriousViolations(page, 'nearby results')));
    await page.locator('.nearby-result').first().click();
    await expect(page.locator('.nearby-detail')).toBeVisible();
    found.push(...(await seriousViolations(page, 'nearby detail')));

    await openApp(page, `?${lang}&mode=story&chapter=3`);
    await expect(page.locator('.story-title')).toBeVisible();
    found.push(...(await seriousViolations(page, 'story')));

    expect(found).toEqual([]);
    expectNoProblems(problems);
  });
}

test('MapLibre controls follow the language, also after switching', async ({ page }) => {
  const problems = collectProblems(page);
  await openApp(page);
  const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
  await expect(zoomIn).toHaveAttribute('title', '放大');
  await expect(zoomIn).toHaveAccessibleName('放大');
  await expect(page.locator('.maplibregl-ctrl-compass')).toHaveAttribute('title', /正北/);
  await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', '地图');
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(zoomIn).toHaveAttribute('title', 'Zoom in');
  await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAccessibleName('Zoom out');
  await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', 'Map');
  // The language button's name starts with what it shows.
  const button = page.locator('button.language');
  const shown = (await button.locator('.tool-label').textContent())!.trim();
  expect(await button.getAttribute('aria-label')).toMatch(new RegExp(`^${shown}`));
  expectNoProblems(problems);
});

test('English text sets ’ at its proportional width ("plan’s", not "plan’ s")', async ({ page }) => {
  await openApp(page, '?lang=en');
  const widths = await page.evaluate(() => {
    const probe = (text: string) => {
      const span = document.createElement('span');
      span.textContent = text;
      document.querySelector('.app-header')!.append(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    };
    return { apostrophe: probe('’'), s: probe('s'), ideograph: probe('中') };
  });
  expect(widths.apostrophe).toBeLessThan(widths.ideograph * 0.5);
  expect(widths.apostrophe).toBeLessThan(widths.s * 1.2);
});

test('data vocabularies and accuracy notes follow the language', async ({ page }) => {
  const problems = collectProblems(page);
  // A park with industries and an accuracy note.
  await openApp(page, '?lang=en&sel=park-zhuzhou-hitech-hexi');
  const details = page.locator('.feature-details');
  await expect(details).toBeVisible();
  const industries = details.locator('.feature-fields div', { hasText: 'Leading industries' }).locator('dd');
  await expect(industries).toContainText('New-energy vehicles');
  expect(await industries.textContent(), 'industries in English').not.toMatch(/[\u4e00-\u9fff]/);
  const kind = details.locator('.feature-fields div', { hasText: 'Level' }).locator('dd');
  await expect(kind).toHaveText('National');
  const note = details.locator('.accuracy-note');
  if ((await note.count()) > 0) {
    const lang = await note.getAttribute('lang');
    if (lang !== 'en') await expect(note.locator('.fallback-marker')).toHaveText(/Chinese only/);
  }
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  await expect(details.locator('.feature-fields')).toContainText('主导产业');
  expectNoProblems(problems);
});

test('the back-to-chapter button never covers the schematic note', async ({ page }) => {
  const problems = collectProblems(page);
  await openApp(page, '?mode=story&chapter=3');
  await expect(page.locator('.story-title')).toBeVisible();
  await page.evaluate(() => window.zhuzhouPlanMap!.map.panBy([160, 80], { duration: 0 }));
  await waitForIdle(page);
  const back = page.locator('.story-return');
  const note = page.getByTestId('schematic-note');
  await expect(back).toBeVisible();
  await expect(note).toBeVisible();
  const a = (await back.boundingBox())!;
  const b = (await note.boundingBox())!;
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap, `button ${JSON.stringify(a)} and note ${JSON.stringify(b)}`).toBe(false);
  await page.keyboard.press('r');
  await expect(back).toBeHidden();
  expectNoProblems(problems);
});

test('the side-panel tabs stay on one row and fit, in Chinese and in English', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await openApp(page, `?lang=${lang}`);
    await openSidePanel(page);
    const layout = await page.locator('.side-panel .tablist').evaluate((list) => ({
      tops: Array.from(list.querySelectorAll('[role="tab"]')).map((tab) => Math.round(tab.getBoundingClientRect().top)),
      overflow: list.scrollWidth - list.clientWidth,
    }));
    expect(layout.tops.length, lang).toBeGreaterThanOrEqual(5);
    expect(new Set(layout.tops).size, `${lang}: tab rows ${JSON.stringify(layout.tops)}`).toBe(1);
    expect(layout.overflow, `${lang}: tabs wider than the strip`).toBeLessThanOrEqual(1);
  }
});
