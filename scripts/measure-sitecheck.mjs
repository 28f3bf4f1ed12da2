/* global window, document, requestAnimationFrame */
// Site check responsiveness in the browser (issue 10): how long the main thread is blocked while a large parcel
// file is imported, drawn and reported.
//
//   node scripts/measure-sitecheck.mjs [--count 100000] [--build] [--profile] [--port 4390] [--runs 1] [--dist DIR]
//
// Serves the built dist/ (or DIR) with `vite preview` (built first with --build or when missing), opens the app in the
// system Chromium with the e2e suite's software-WebGL flags, writes a synthetic parcel GeoJSON
// (tests/bench/syntheticParcels.mjs, zone-38 grid with a crs member) and uploads it through the site-check tab.
// It records every main-thread long task (PerformanceObserver 'longtask'), labels each with what the app was
// doing (file chosen → parcels in the store → map data handed over → parcels drawn → report in), and prints the
// time to parcels-on-map and to `.sitecheck-report[data-ready="true"]`. --profile also records a CPU profile of
// the main thread (Chrome DevTools protocol) and prints the functions with the most self time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { syntheticParcelsGeoJSON } from '../tests/bench/syntheticParcels.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const root = resolve(import.meta.dirname, '..');
const count = Number(option('count', '100000'));
const port = Number(option('port', '4390'));
const runs = Number(option('runs', '1'));
const profile = args.includes('--profile');
const dist = resolve(root, option('dist', 'dist'));

if (args.includes('--build') || !existsSync(join(dist, 'index.html'))) {
  console.log(`building ${dist} …`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const preview = ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist];
const server = spawn('npx', preview, {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);
await new Promise((resolveReady, reject) => {
  const timer = setTimeout(() => reject(new Error('vite preview did not start')), 30_000);
  server.stdout.on('data', (chunk) => {
    if (String(chunk).includes(`${port}`)) {
      clearTimeout(timer);
      resolveReady();
    }
  });
  server.on('exit', (code) => reject(new Error(`vite preview exited (${code})`)));
});
const base = `http://127.0.0.1:${port}/`;

const t0 = performance.now();
const text = syntheticParcelsGeoJSON(count);
const bytes = Buffer.from(text);
// A file on disk: Playwright hands a local browser the path (a buffer would be base64-decoded in the page, a
// 40 MB main-thread task of the test's own).
const tmp = mkdtempSync(join(tmpdir(), 'measure-sitecheck-'));
const file = join(tmp, `synthetic-${count}.geojson`);
writeFileSync(file, bytes);
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
console.log(
  `${count.toLocaleString('en')} synthetic parcels: ${(bytes.length / 1e6).toFixed(1)} MB GeoJSON ` +
    `(generated in ${(performance.now() - t0).toFixed(0)} ms)`,
);

const browser = await chromium.launch(chromiumLaunchOptions());

/** Runs in the page before the app: long-task and milestone recorder. */
function recorder() {
  const rec = { longtasks: [], marks: [] };
  window.__sitecheckMeasure = rec;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) rec.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  rec.mark = (what) => rec.marks.push({ at: performance.now(), what });
}

/** Runs in the page once the map is up: milestones from the store, the map and the DOM. */
function watch() {
  const rec = window.__sitecheckMeasure;
  const { map, store } = window.zhuzhouPlanMap;
  let last = {};
  store.subscribe((s) => {
    const layer = s.siteLayers[s.siteLayers.length - 1];
    const job = s.siteJob ? `${s.siteJob.stage}` : 'none';
    if (job !== last.job) rec.mark(`job: ${job}`);
    if (layer && layer.id !== last.layer) {
      rec.layerId = layer.id;
      rec.mark('layer in the store');
    }
    const url = layer && s.siteMapUrls[layer.id];
    if (url && url !== last.url) {
      rec.urls = (rec.urls ?? 0) + 1;
      rec.url = url;
      rec.mark(rec.urls > 1 ? 'map data with verdicts handed to MapLibre' : 'map data handed to MapLibre');
    }
    const report = layer && s.siteReports[layer.id]?.status;
    if (report !== last.report && report === 'ready') rec.mark('report in the store');
    last = { job, layer: layer?.id ?? last.layer, url: url ?? last.url, report };
  });
  // Drawn = the map is idle with the source holding the latest URL, loaded (checked once per URL: a query over
  // 100,000 rendered parcels is itself a long task).
  let drawnUrls = 0;
  map.on('idle', () => {
    if (!rec.layerId || !rec.url || drawnUrls === rec.urls) return;
    const source = map.getSource(`sitecheck-${rec.layerId}`);
    // The data the source holds now: a tiles URL (vector source) or a data URL (GeoJSON source, earlier builds).
    const spec = source?.serialize();
    const current = spec?.tiles?.[0] ?? (typeof spec?.data === 'string' ? spec.data : undefined);
    if (!source || (current !== undefined && current !== rec.url) || !map.isSourceLoaded(source.id)) return;
    drawnUrls = rec.urls;
    if (!rec.drawn) {
      rec.drawn = true;
      rec.mark('parcels drawn (map idle with parcels)');
    }
    if (rec.urls > 1 && !rec.coloured) {
      rec.coloured = true;
      rec.mark('verdict colours drawn');
    }
  });
  new window.MutationObserver(() => {
    if (!rec.reportShown && document.querySelector('.sitecheck-report[data-ready="true"]')) {
      rec.reportShown = true;
      rec.mark('report shown');
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
  // A heartbeat: the longest gap between animation frames is what the user feels.
  rec.frames = [];
  const frame = (t) => {
    rec.frames.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function measure(run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(recorder);
  await page.goto(base);
  await page.locator('.map[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.zhuzhouPlanMap?.store.getState().data.status === 'ready', null, {
    timeout: 60_000,
  });
  await page.getByRole('tab', { name: '场地核查' }).click();
  const input = page.locator('.sitecheck-panel input[type="file"]');
  await input.waitFor({ state: 'attached' });
  await page.waitForTimeout(1500); // let the first load settle
  await page.evaluate(watch);
  const cdp = profile ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const chosenAt = await page.evaluate(() => {
    window.__sitecheckMeasure.longtasks.length = 0;
    window.__sitecheckMeasure.mark('file chosen');
    return performance.now();
  });
  await input.setInputFiles(file);
  const finished = await page
    .waitForFunction(() => window.__sitecheckMeasure.reportShown && window.__sitecheckMeasure.coloured, null, {
      timeout: 180_000,
      polling: 250,
    })
    .then(() => true)
    .catch(() => false);
  if (!finished) console.log('(not finished after 180 s: the figures below are partial)');
  await page.waitForTimeout(3000); // trailing work (IndexedDB, MapLibre tiles)
  const rec = await page.evaluate(() => {
    const r = window.__sitecheckMeasure;
    const state = window.zhuzhouPlanMap.store.getState().siteReports[r.layerId];
    return { longtasks: r.longtasks, marks: r.marks, frames: r.frames, reportMs: state?.ms };
  });
  let profileResult = null;
  if (cdp) profileResult = (await cdp.send('Profiler.stop')).profile;
  await context.close();

  const at = (what) => rec.marks.find((m) => m.what === what)?.at;
  const since = (what) => {
    const t = at(what);
    return t === undefined ? 'n/a' : `${((t - chosenAt) / 1000).toFixed(2)} s`;
  };
  const label = (start) => {
    let current = 'before';
    for (const m of rec.marks) if (m.at <= start) current = m.what;
    return current;
  };
  const tasks = rec.longtasks.filter((t) => t.start >= chosenAt - 1).sort((a, b) => b.duration - a.duration);
  const frames = rec.frames.filter((t) => t >= chosenAt);
  let worstGap = 0;
  for (let i = 1; i < frames.length; i++) worstGap = Math.max(worstGap, frames[i] - frames[i - 1]);
  const total = tasks.reduce((s, t) => s + t.duration, 0);

  console.log(`\n── run ${run}: ${count.toLocaleString('en')} parcels (load average ${loadavg()[0].toFixed(1)}) ──`);
  console.log(`milestones (from the file being chosen):`);
  for (const m of rec.marks.filter((x) => x.at >= chosenAt - 1))
    console.log(`  ${((m.at - chosenAt) / 1000).toFixed(2).padStart(7)} s  ${m.what}`);
  console.log(`parcels on the map:  ${since('parcels drawn (map idle with parcels)')}`);
  console.log(`report shown:        ${since('report shown')}`);
  if (rec.reportMs !== undefined)
    console.log(`  (the report itself, in the worker: ${(rec.reportMs / 1000).toFixed(2)} s)`);
  console.log(`verdict colours:     ${since('verdict colours drawn')}`);
  console.log(
    `long tasks: ${tasks.length}, total ${(total / 1000).toFixed(2)} s, longest ${(tasks[0]?.duration ?? 0).toFixed(0)} ms; ` +
      `longest gap between frames ${worstGap.toFixed(0)} ms`,
  );
  for (const t of tasks.slice(0, 10))
    console.log(
      `  ${t.duration.toFixed(0).padStart(6)} ms at ${((t.start - chosenAt) / 1000).toFixed(2).padStart(6)} s  after: ${label(t.start)}`,
    );
  if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
  if (profileResult) printProfile(profileResult);
  return { tasks, worstGap };
}

/** Self time per function (the main thread), top 25. */
function printProfile(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = p.timeDeltas;
  for (let i = 0; i < p.samples.length; i++) {
    const node = byId.get(p.samples[i]);
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log('main-thread self time (CPU profile):');
  for (const [key, ms] of top) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
}

try {
  for (let run = 1; run <= runs; run++) await measure(run);
} finally {
  await browser.close();
  stopServer();
}
