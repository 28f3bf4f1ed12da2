/**
 * Installable and offline: the service worker precaches the site after the first visit, so a reload with the
 * network off shows the map, the layer list and the tools (whose code is fetched on first use — from the
 * precache here). Also: the manifest is served, and without the service worker a tool that cannot be fetched
 * says so instead of leaving a blank panel.
 */
import { expect, test } from '@playwright/test';
import { collectProblems, expectNoProblems, openApp, openSidePanel } from './helpers';

test.describe('installed and offline', () => {
  test('a reload with the network off shows the map, the layer list and every tool', async ({ page, context }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);

    // The manifest names the app and has installable icons.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
      if (!href) return null;
      return (await (await fetch(href)).json()) as { name: string; icons: { sizes: string }[] };
    });
    expect(manifest?.name).toBe('株洲规划一张图');
    expect(manifest?.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

    // The service worker registers after the first screen, precaches the site and takes charge of the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A link with a view in it, reloaded without network.
    await page.goto('/?map=10.5/27.83/113.13&layers=railway,hub,industrial_park');
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await expect(page.locator('.map canvas')).toBeVisible();
    await page.waitForFunction(() => window.zhuzhouPlanMap?.store.getState().data.status === 'ready');
    const loaded = await page.evaluate(() => window.zhuzhouPlanMap!.store.getState().data.features.length);
    expect(loaded).toBeGreaterThan(300);

    // The layer list, with counts from the precached plan data.
    await openSidePanel(page);
    await expect(page.locator('.layer-panel .layer-row').first()).toBeVisible();
    expect(await page.locator('.layer-panel .layer-row').count()).toBeGreaterThan(20);
    await expect(page.locator('.layer-row[data-layer="railway"] input[type="checkbox"]')).toBeChecked();

    // Tools fetched on first use come from the precache: filter tab, search (pinyin), measure, briefing.
    await page.getByRole('tab', { name: '筛选' }).click();
    await expect(page.locator('.filter-section').first()).toBeVisible();
    const search = page.getByRole('combobox');
    await search.fill('txgd');
    await expect(page.getByRole('option').filter({ hasText: '田心' }).first()).toBeVisible();
    await search.press('Escape');
    await page.locator('button[data-mode="measure"]').click();
    await expect(page.locator('.measure-panel')).toBeVisible();
    await page.locator('button[data-mode="story"]').click();
    await expect(page.locator('.story-panel')).toBeVisible();
    await expect(page.locator('.lazy-failed')).toHaveCount(0);
    expectNoProblems(problems);
  });

  test.describe('without a service worker', () => {
    test.use({ serviceWorkers: 'block' });

    test('a tool that cannot be fetched offline says so and offers a retry', async ({ page, context }) => {
      await openApp(page);
      await context.setOffline(true);
      await page.locator('button[data-mode="measure"]').click();
      const failed = page.locator('.lazy-failed');
      await expect(failed).toBeVisible();
      await expect(failed).toContainText('未能加载');
      // Back online, "retry" reloads the page, which keeps the view (mode=measure is in the link).
      await context.setOffline(false);
      await failed.getByRole('button', { name: '重试' }).click();
      await expect(page.locator('.measure-panel')).toBeVisible();
      await expect(page.locator('.lazy-failed')).toHaveCount(0);
    });
  });
});
