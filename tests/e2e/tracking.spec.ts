/**
 * Plan tracking: the `year` link, the year control (keyboard, play), the map's statuses and counts, the
 * promised-vs-delivered table and its CSV (matching the map's counts), the comparison of two years, both
 * languages; and nothing of it on the first screen. Runs in both projects: desktop 1280×800 and phone 375×667.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems, urlParam, waitForIdle } from './helpers';

// The shared VM is loaded: the map can take 20 s to be ready, longer than the helpers' 15 s.
test.describe.configure({ timeout: 180_000 });

async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 90_000 });
  await page.waitForFunction(() => window.zhuzhouPlanMap?.store.getState().data.status !== 'loading', null, {
    timeout: 90_000,
  });
  await waitForIdle(page);
}

const CLASSES = ['completed', 'under_construction', 'planned', 'no_news', 'existing', 'added'] as const;
const box = (page: Page) => page.locator('.tracking-box');

/** The tab 实施 / Delivery (on a phone the sheet is not opened for a link, so the map stays in view). */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const toggle = page.locator('.side-panel .sheet-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

async function mapCounts(page: Page): Promise<Record<string, number>> {
  await expect(page.getByTestId('track-count-completed')).toBeVisible();
  const out: Record<string, number> = {};
  for (const cls of CLASSES) out[cls] = Number(await page.getByTestId(`track-count-${cls}`).textContent());
  return out;
}

/** The classes of the features in the map's tracking source. */
async function sourceClasses(page: Page): Promise<Record<string, number>> {
  await waitForIdle(page);
  return page.evaluate(async () => {
    const source = window.zhuzhouPlanMap!.map.getSource('tracking') as unknown as {
      getData: () => Promise<GeoJSON.FeatureCollection>;
    };
    const counts: Record<string, number> = {};
    for (const f of (await source.getData()).features) {
      const cls = String(f.properties?.cls);
      counts[cls] = (counts[cls] ?? 0) + 1;
    }
    return counts;
  });
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

test.describe('plan tracking: promised in 2021, delivered by 2026', () => {
  test('nothing of it loads on the first screen', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openApp(page);
    await expect(box(page)).toHaveCount(0);
    expect(requests.filter((url) => /Tracking|history/i.test(url))).toEqual([]);
  });

  test('a link with a year shows that year’s statuses; the counts change from 2021 to 2026', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?year=2021');
    await expect(box(page).getByRole('heading', { name: '规划实施监测' })).toBeVisible();
    await expect(box(page).locator('output')).toHaveText('2021');
    const in2021 = await mapCounts(page);
    expect(in2021.completed).toBe(0);
    expect(in2021.planned).toBeGreaterThan(50);
    await expect.poll(() => sourceClasses(page), { timeout: 30_000 }).toEqual(nonZero(in2021));
    await expect(page.getByTestId('track-summary')).toContainText('2021 年');

    await openApp(page, '?year=2026');
    await expect(box(page).locator('output')).toHaveText('2026');
    const in2026 = await mapCounts(page);
    expect(in2026.completed).toBeGreaterThan(0);
    expect(in2026.no_news).toBeGreaterThan(0);
    expect(in2026).not.toEqual(in2021);
    await expect.poll(() => sourceClasses(page), { timeout: 30_000 }).toEqual(nonZero(in2026));
    expect(urlParam(page, 'year')).toBe('2026');
    expectNoProblems(problems);
  });

  test('a bad year is dropped with a notice', async ({ page }) => {
    await openApp(page, '?year=1999');
    await expect(page.getByText(/year/).first()).toBeVisible();
    await expect(box(page)).toHaveCount(0);
  });

  test('the year control works from the keyboard and plays through the years', async ({ page }) => {
    await openApp(page, '?year=2026');
    const slider = box(page).getByRole('slider', { name: '年份' });
    await expect(slider).toHaveAttribute('aria-valuetext', '2026 年');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(box(page).locator('output')).toHaveText('2025');
    await expect.poll(() => urlParam(page, 'year')).toBe('2025');
    await box(page).getByRole('button', { name: '上一年' }).click();
    await expect(box(page).locator('output')).toHaveText('2024');
    await box(page)
      .getByRole('button', { name: /逐年播放/ })
      .click();
    await expect(box(page).locator('output')).toHaveText('2025', { timeout: 5000 });
    await expect(box(page).locator('output')).toHaveText('2026', { timeout: 5000 });
    await expect(box(page).getByRole('button', { name: /逐年播放/ })).toHaveAttribute('aria-pressed', 'false');
  });

  test('the table’s CSV matches the map’s counts', async ({ page }) => {
    await openApp(page, '?year=2025');
    const counts = await mapCounts(page);
    await openTab(page, '实施');
    const panel = page.locator('.tracking-panel');
    await expect(panel.getByTestId('track-table')).toBeVisible();
    for (const cls of CLASSES) await expect(panel.getByTestId(`panel-count-${cls}`)).toHaveText(String(counts[cls]));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split('\r\n');
    const columns = header!.split(',');
    const at = columns.indexOf('class_2025');
    expect(at).toBeGreaterThan(0);
    const fromCsv: Record<string, number> = {};
    // the class columns hold plain words (no quotes or commas), and they come before any quoted sentence
    for (const row of rows) {
      const cls = row.match(
        /(?:^|,)(completed|under_construction|planned|no_news|existing|added),\d{4}(?:-\d\d)?,/,
      )?.[1];
      if (cls) fromCsv[cls] = (fromCsv[cls] ?? 0) + 1;
    }
    expect(fromCsv).toEqual(nonZero(counts));
    expect(rows.length).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
  });

  test('two years compared: a swipe on desktop, a toggle on phones; the link keeps both', async ({ page }) => {
    await openApp(page, '?year=2026');
    await box(page).getByRole('button', { name: '对比两年' }).click();
    await expect.poll(() => urlParam(page, 'cmp')).toBe('2021');
    if (test.info().project.name === 'desktop') {
      // the tracking layer holds 2021 west of the line and 2026 east of it
      const handle = page.getByRole('slider', { name: /对比分隔线/ });
      await expect(handle).toHaveAttribute('aria-valuenow', '50');
      await expect(page.getByTestId('track-sides')).toHaveText('左：2021 年 · 右：2026 年');
      const years = () =>
        page.evaluate(async () => {
          const source = window.zhuzhouPlanMap!.map.getSource('tracking') as unknown as {
            getData: () => Promise<GeoJSON.FeatureCollection>;
          };
          const out: Record<string, number> = {};
          for (const f of (await source.getData()).features)
            out[f.properties!.year] = (out[f.properties!.year] ?? 0) + 1;
          return out;
        });
      await expect.poll(async () => Object.keys(await years()).sort()).toEqual(['2021', '2026']);
      await handle.focus();
      await page.keyboard.press('End');
      await expect(handle).toHaveAttribute('aria-valuenow', '98');
      await expect.poll(async () => (await years())['2026'] ?? 0).toBeLessThan(20);
      await page.keyboard.press('Home');
      await expect.poll(async () => (await years())['2021'] ?? 0).toBeLessThan(20);
    } else {
      const in2026 = await mapCounts(page);
      await box(page).getByRole('radio', { name: '2021' }).click();
      await expect(box(page).locator('output')).toHaveText('2021');
      await expect(box(page).getByRole('radio', { name: '2021' })).toHaveAttribute('aria-checked', 'true');
      expect(await mapCounts(page)).not.toEqual(in2026);
      await expect.poll(() => urlParam(page, 'cmp')).toBe('2026');
    }
  });

  test('in English', async ({ page }) => {
    await openApp(page, '?year=2026&lang=en');
    await expect(box(page).getByRole('heading', { name: 'Plan delivery' })).toBeVisible();
    await expect(page.getByTestId('track-summary')).toContainText('items the plan lists');
    await expect(box(page).getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuetext', '2026');
    await openTab(page, 'Delivery');
    await expect(page.locator('.tracking-panel').getByRole('button', { name: 'Export CSV' })).toBeVisible();
  });
});
