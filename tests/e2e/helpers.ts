import { expect, type Page } from '@playwright/test';

export interface Problems {
  consoleErrors: string[];
  externalRequests: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Records console errors, uncaught page errors and every request that would leave the machine. */
export function collectProblems(page: Page): Problems {
  const problems: Problems = { consoleErrors: [], externalRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!LOCAL_HOSTS.has(url.hostname)) problems.externalRequests.push(request.url());
  });
  return problems;
}

/** Opens the app (optionally with a query string) and waits until the map has loaded and the data is in. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await page.waitForFunction(() => window.zhuzhouPlanMap?.store.getState().data.status !== 'loading');
  await waitForIdle(page);
}

/** Waits until MapLibre has finished rendering (all sources loaded, no transition running). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.zhuzhouPlanMap?.map;
        if (!map) return resolve();
        const done = () => resolve();
        if (map.loaded() && !map.isMoving()) setTimeout(done, 50);
        else map.once('idle', done);
        setTimeout(done, 8000);
      }),
  );
}

export function expectNoProblems(problems: Problems): void {
  expect(problems.externalRequests, 'requests that left localhost').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
}

/** The current value of one URL parameter. */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** On phones the side panel starts as a collapsed bottom sheet: open it (no-op on desktop). */
export async function openSidePanel(page: Page): Promise<void> {
  const toggle = page.locator('.side-panel .sheet-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}
