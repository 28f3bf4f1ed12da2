/* global window */
// Cold-load benchmark: the built app against a bare MapLibre page that loads the same geodata files.
//
//   node scripts/bench-load.mjs [--runs N] [--dist DIR] [--build] [--port P] [--serve]
//
// --serve only serves the app (/) and the bare page (/__bare/) until interrupted, for profiling by hand.
//
// Serves DIR (default dist/, built first when missing or with --build) on 127.0.0.1, writes a bare page next to
// it (MapLibre from node_modules, one GeoJSON source per geodata file the app fetches, plain fill/line/circle and
// label layers) and loads both alternately in fresh browser contexts (empty cache, no service worker) in the
// system Chromium with the e2e suite's flags. Prints the median time from navigation to the map's first idle with
// the data in, the JavaScript each page fetched (raw and gzip), and every chunk of dist/assets.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, option('dist', 'dist'));
const runs = Number(option('runs', '5'));
// Port 0: any free port, so several checkouts can run the benchmark side by side.
const port = Number(option('port', process.env.BENCH_PORT ?? '0'));

if (args.includes('--build') || !existsSync(join(dist, 'index.html'))) {
  console.log('building dist/ …');
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const BARE = '/__bare/';
const maplibreDist = join(root, 'node_modules/maplibre-gl/dist');
const geodataFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.geojson'));
// Before the geodata were served as files, they were JS modules: the bare page then reads the sources.
const geodataUrls =
  geodataFiles.length > 0
    ? geodataFiles.map((f) => `/assets/${f}`)
    : ['plan', 'basemap'].flatMap((d) =>
        readdirSync(join(root, 'geodata', d))
          .filter((f) => f.endsWith('.geojson'))
          .map((f) => `/__geodata/${d}/${f}`),
      );

const barePage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8" /><title>bare MapLibre</title>
<link rel="stylesheet" href="${BARE}maplibre-gl.css" />
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div>
<script src="${BARE}maplibre-gl.js"></script>
<script>
  const files = ${JSON.stringify(geodataUrls)};
  const sources = {};
  const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef0ec' } }];
  files.forEach((url, i) => {
    const id = 's' + i;
    sources[id] = { type: 'geojson', data: new URL(url, location.href).href };
    const polygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
    const line = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
    const point = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
    layers.push(
      { id: id + '-fill', type: 'fill', source: id, filter: polygon, paint: { 'fill-color': '#88aa66', 'fill-opacity': 0.2 } },
      { id: id + '-line', type: 'line', source: id, filter: ['any', polygon, line], paint: { 'line-color': '#555', 'line-width': 1.5 } },
      { id: id + '-circle', type: 'circle', source: id, filter: point, paint: { 'circle-radius': 5, 'circle-color': '#c33' } },
      { id: id + '-label', type: 'symbol', source: id, layout: { 'text-field': ['coalesce', ['get', 'name'], ['get', 'name_zh'], ''], 'text-font': ['Noto Sans CJK SC Regular'], 'text-size': 13 } },
    );
  });
  window.bareMap = new maplibregl.Map({
    container: 'map', style: { version: 8, sources, layers },
    bounds: [[112.6, 26.0], [114.1, 28.1]], attributionControl: false,
  });
  window.bareMap.once('load', () => { window.bareReady = true; });
</script></body></html>`;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** URL path → file on disk (or the bare page's text). */
function fileFor(pathname) {
  if (pathname === BARE || pathname === `${BARE}index.html`) return { text: barePage };
  if (pathname.startsWith(BARE)) return { file: join(maplibreDist, pathname.slice(BARE.length)) };
  if (pathname.startsWith('/__geodata/')) return { file: join(root, 'geodata', pathname.slice('/__geodata/'.length)) };
  const file = join(dist, pathname === '/' ? 'index.html' : pathname);
  return relative(dist, file).startsWith('..') ? null : { file };
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://x');
  const target = fileFor(decodeURIComponent(pathname));
  if (target?.text) {
    response.writeHead(200, { 'content-type': 'text/html' }).end(target.text);
    return;
  }
  if (!target?.file || !existsSync(target.file) || !statSync(target.file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(target.file)] ?? 'application/octet-stream' });
  createReadStream(target.file).pipe(response);
});
await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
if (args.includes('--serve')) {
  console.log(`serving the app at ${origin}/ and the bare page at ${origin}${BARE} (Ctrl-C stops)`);
  await new Promise(() => {});
}

const gzipCache = new Map();
function sizes(pathname) {
  if (!gzipCache.has(pathname)) {
    const target = fileFor(pathname);
    const bytes = target?.text
      ? Buffer.from(target.text)
      : target?.file && existsSync(target.file)
        ? readFileSync(target.file)
        : Buffer.alloc(0);
    gzipCache.set(pathname, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gzipCache.get(pathname);
}

const browser = await chromium.launch(chromiumLaunchOptions());

/** One cold load; resolves with ms from navigation start to the first idle map with the data in. */
async function coldLoad(kind) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const requests = [];
  const external = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin) requests.push({ path: url.pathname, at: Date.now() });
    else if (!['data:', 'blob:'].includes(url.protocol)) external.push(r.url());
  });
  await page.goto(kind === 'app' ? `${origin}/` : `${origin}${BARE}`);
  if (kind === 'app') {
    await page.waitForFunction(
      () => window.zhuzhouPlanMap !== undefined && window.zhuzhouPlanMap.store.getState().data.status !== 'loading',
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
  } else {
    await page.waitForFunction(() => window.bareReady === true, undefined, { polling: 'raf', timeout: 60_000 });
  }
  const { ms, idleAt } = await page.evaluate(
    (kind) =>
      new Promise((done) => {
        const map = kind === 'app' ? window.zhuzhouPlanMap.map : window.bareMap;
        const finish = () =>
          done({ ms: window.performance.now(), idleAt: window.performance.timeOrigin + window.performance.now() });
        // After setData the source reloads in the worker: wait until every source and tile is in and drawn.
        const check = () => {
          if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) finish();
          else map.once('idle', check);
        };
        window.requestAnimationFrame(check);
      }),
    kind,
  );
  await context.close();
  // What the first screen fetched: requests issued before the map was idle (code fetched after it is not).
  const fetched = new Set(requests.filter((r) => r.at <= idleAt + 5).map((r) => r.path));
  return { ms, fetched, external };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

const results = { app: [], bare: [] };
let lastFetched = { app: new Set(), bare: new Set() };
await coldLoad('app'); // warm-up: the OS file cache and the browser process, not measured
await coldLoad('bare');
for (let i = 0; i < runs; i++) {
  for (const kind of i % 2 ? ['bare', 'app'] : ['app', 'bare']) {
    const run = await coldLoad(kind);
    results[kind].push(run.ms);
    lastFetched[kind] = run.fetched;
    if (run.external.length > 0) console.log(`${kind}: requests that left localhost:`, run.external);
  }
}
await browser.close();
server.close();

const loadedBytes = (paths, test) =>
  [...paths].filter(test).reduce(
    (sum, p) => {
      const s = sizes(p);
      return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip };
    },
    { raw: 0, gzip: 0 },
  );
const isJs = (p) => /\.m?js$/.test(p);
const isData = (p) => /\.(geo)?json$/.test(p);

console.log(`\nchunks in ${relative(root, dist) || '.'}/assets (KB; * = fetched by the app's cold load)`);
console.log('     raw     gzip  file');
const assets = readdirSync(join(dist, 'assets'))
  .map((f) => ({ f, ...sizes(`/assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip);
for (const a of assets) {
  const mark = lastFetched.app.has(`/assets/${a.f}`) ? '*' : ' ';
  console.log(`${kb(a.raw)} ${kb(a.gzip)} ${mark} ${a.f}`);
}

console.log(`\ncold load, ${runs} alternating runs each, ms to the first idle map with all data drawn`);
for (const kind of ['app', 'bare']) {
  const js = loadedBytes(lastFetched[kind], isJs);
  const data = loadedBytes(lastFetched[kind], isData);
  console.log(
    `${kind.padEnd(5)} median ${median(results[kind]).toFixed(0).padStart(6)} ms` +
      `   runs ${results[kind].map((v) => v.toFixed(0)).join(' ')}` +
      `   JS ${(js.raw / 1024).toFixed(0)} KB raw, ${(js.gzip / 1024).toFixed(0)} KB gzip` +
      `   geodata ${(data.raw / 1024).toFixed(0)} KB raw`,
  );
}
const ratio = median(results.app) / median(results.bare);
console.log(`app / bare = ${ratio.toFixed(2)} (goal ≤ 1.15)`);
const initialGzip = loadedBytes(lastFetched.app, isJs).gzip / 1024;
console.log(`app initial JavaScript ${initialGzip.toFixed(0)} KB gzip (goal ≤ 420)`);
