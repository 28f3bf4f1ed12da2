/**
 * Phone layout (375×667): the first near-me result shows without scrolling, the bottom sheets drag between
 * peek, half and full (and the grip works by keyboard), and a result states its distance once.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems, openApp } from './helpers';

const NEAR = '?mode=nearby&near=113.13401,27.82764&r=5';

async function drag(page: Page, handle: Locator, dy: number) {
  const box = (await handle.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x, y + (dy * i) / 8);
  await page.mouse.up();
}

test.describe('phone', () => {
  test.beforeEach(({ page }, info) => {
    test.skip(info.project.name !== 'phone', 'phone layout only');
    void page;
  });

  test('the first near-me result is visible without scrolling, its distance said once', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, NEAR);
    const first = page.locator('.nearby-result').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height, 'bottom of the first result').toBeLessThanOrEqual(viewport.height);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    expect(await page.locator('.nearby-body').evaluate((el) => el.scrollTop)).toBe(0);
    // One distance per result, in the text and in the accessible name alike.
    const text = (await first.textContent()) ?? '';
    expect(text.match(/\d+(\.\d)? k?m/g)).toHaveLength(1);
    expect(text).not.toMatch(/方向|米|公里/);
    expectNoProblems(problems);
  });

  test('the near-me sheet drags between peek, half and full, and the grip works by keyboard', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, NEAR);
    const sheet = page.locator('.nearby-panel');
    const handle = sheet.locator('.sheet-handle');
    const height = async () => (await sheet.boundingBox())!.height;
    await expect(sheet).toHaveClass(/sheet-half/);
    const half = await height();

    await drag(page, handle, -300);
    await expect(sheet).toHaveClass(/sheet-full/);
    expect(await height()).toBeGreaterThan(half + 150);

    await drag(page, handle, 600);
    await expect(sheet).toHaveClass(/sheet-peek/);
    expect(await height()).toBeLessThan(90);
    await expect(page.locator('#nearby-body')).toBeHidden();

    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect(sheet).toHaveClass(/sheet-half/);
    await expect(page.locator('.nearby-result').first()).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(sheet).toHaveClass(/sheet-full/);
    await expect(handle).toHaveAccessibleName(/全屏/);
    await page.keyboard.press('End');
    await expect(sheet).toHaveClass(/sheet-peek/);
    // A tap steps up.
    await handle.click();
    await expect(sheet).toHaveClass(/sheet-half/);
    expectNoProblems(problems);
  });

  test('the layer sheet drags open from peek and back', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page);
    const sheet = page.locator('.side-panel');
    const handle = sheet.locator('.sheet-handle');
    await expect(sheet).toHaveClass(/sheet-peek/);
    await drag(page, handle, -250);
    await expect(sheet).toHaveClass(/sheet-half|sheet-full/);
    await expect(page.locator('#side-panel-body')).toBeVisible();
    await drag(page, handle, 500);
    await expect(sheet).toHaveClass(/sheet-peek/);
    expectNoProblems(problems);
  });

  test('the peeking layer sheet leaves the whole schematic note and the credits visible', async ({ page }) => {
    const problems = collectProblems(page);
    for (const lang of ['zh', 'en']) {
      await openApp(page, `?lang=${lang}`);
      const sheet = (await page.locator('.side-panel').boundingBox())!;
      for (const locator of [page.getByTestId('schematic-note'), page.locator('.attribution summary')]) {
        await expect(locator).toBeVisible();
        const box = (await locator.boundingBox())!;
        expect(box.y + box.height, `${lang}: bottom of ${await locator.textContent()}`).toBeLessThanOrEqual(sheet.y);
      }
    }
    expectNoProblems(problems);
  });
});
