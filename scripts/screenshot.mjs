/* global window */
// Usage: node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT]
// Opens the page in the system Chromium with software WebGL, waits for the map, saves a screenshot and prints
// console messages and any request that left localhost.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const [url = 'http://127.0.0.1:5173/', out = '/tmp/shot.png', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
page.on('request', (r) => {
  const u = new URL(r.url());
  if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol))
    console.log('[EXTERNAL REQUEST]', r.url());
});
await page.goto(url);
await page.waitForSelector('.map[data-ready="true"]', { timeout: 30000 }).catch(() => console.log('map not ready'));
await page.evaluate(
  () =>
    new Promise((resolve) => {
      const map = window.zhuzhouPlanMap?.map;
      if (!map) return resolve(null);
      if (map.loaded()) setTimeout(resolve, 500);
      else map.once('idle', () => resolve(null));
    }),
);
await page.screenshot({ path: out });
await browser.close();
