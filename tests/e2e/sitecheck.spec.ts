/**
 * Site check end to end (issue 10): a planner imports their own parcel files through the UI — a zipped
 * Shapefile in CGCS2000 3° Gauss–Krüger with the zone prefix (GBK attributes, .prj), a GeoJSON with a `crs`
 * member (EPSG:4547) and a KML — and gets a report whose 亩 match areas computed here independently (the
 * fixtures' grid rectangles → WGS84 with proj4 → the ellipsoidal area by authalic latitude). A malformed file gives a message and
 * loses nothing; the layer survives a reload, shows in the layer panel with legend and opacity, can be the
 * statistics area, renamed, printed, exported and removed. Desktop, plus a phone smoke test.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import proj4 from 'proj4';
import { syntheticParcelsGeoJSON } from '../bench/syntheticParcels.mjs';
import { collectProblems, expectNoProblems, openSidePanel, waitForIdle } from './helpers';

const FIXTURES = fileURLToPath(new URL('../fixtures/sitecheck/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;
const SQM_PER_MU = 2000 / 3;

/** The fixtures' parcels as generated (tests/fixtures/sitecheck/generate.mjs): zone-38 grid rectangles. */
const ZONE38 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=38500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const PARCELS: { name: string; outer: number[]; hole?: number[] }[] = [
  { name: '城区1号地块', outer: [38416200, 3076500, 38416400, 3076800] },
  { name: '农田2号地块', outer: [38406200, 3071000, 38406600, 3071250] },
  { name: '生态3号地块', outer: [38431000, 3082000, 38431300, 3082300] },
  {
    name: '城区4号地块（含内环）',
    outer: [38416600, 3076500, 38417000, 3076900],
    hole: [38416750, 3076650, 38416850, 3076750],
  },
];

/**
 * Ellipsoidal (GRS80) area of lon/lat rings, by the authalic latitude: A = R_q² · |∮ sin β dλ| (trapezoids over
 * the densified edges). A method of its own, not the app's (turf's sphere with a latitude factor); it agrees with
 * the GeographicLib figures in tests/fixtures/sitecheck/README.md to 0.0001 亩.
 */
function ellipsoidalM2(rings: number[][][]): number {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const e = Math.sqrt(e2);
  const q = (phi: number) => {
    const s = Math.sin(phi);
    return (1 - e2) * (s / (1 - e2 * s * s) - (1 / (2 * e)) * Math.log((1 - e * s) / (1 + e * s)));
  };
  const qp = q(Math.PI / 2);
  const rq2 = (a * a * qp) / 2;
  const rad = Math.PI / 180;
  let total = 0;
  rings.forEach((ring, index) => {
    let sum = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [l1, p1] = ring[i]!;
      const [l2, p2] = ring[i + 1]!;
      sum += (l2! - l1!) * rad * ((q(p1! * rad) + q(p2! * rad)) / qp / 2);
    }
    total += (index === 0 ? 1 : -1) * Math.abs(sum) * rq2;
  });
  return total;
}

/** Geodesic 亩 of a fixture parcel, independently of the app: densified grid edges → WGS84 (proj4) → area. */
function expectedMu(name: string): number {
  const parcel = PARCELS.find((p) => p.name === name)!;
  const ring = ([e0, n0, e1, n1]: number[]) => {
    const corners = [
      [e0!, n0!],
      [e1!, n0!],
      [e1!, n1!],
      [e0!, n1!],
      [e0!, n0!],
    ];
    const points: number[][] = [];
    for (let i = 0; i < 4; i++) {
      for (let k = 0; k < 10; k++) {
        const [a, b] = [corners[i]!, corners[i + 1]!];
        points.push(proj4(ZONE38, 'WGS84', [a[0]! + ((b[0]! - a[0]!) * k) / 10, a[1]! + ((b[1]! - a[1]!) * k) / 10]));
      }
    }
    points.push(points[0]!);
    return points;
  };
  const rings = [ring(parcel.outer)];
  if (parcel.hole) rings.push(ring(parcel.hole).reverse());
  return ellipsoidalM2(rings) / SQM_PER_MU;
}

/** "1,234.56" → 1234.56 */
const number = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));
const downloadText = async (download: Download) => readFile((await download.path())!, 'utf8');

/**
 * helpers.openApp with more patience for the first map: these tests run beside others on a shared 2-core machine,
 * where software WebGL can take longer than the default 15 s to draw the first frame.
 */
async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await page.waitForFunction(() => window.zhuzhouPlanMap?.store.getState().data.status !== 'loading');
  await waitForIdle(page);
}

/** The layer names saved in IndexedDB (the app writes asynchronously; a reload must not outrun it). */
const savedNames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('zhuzhou-sitecheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // One record per layer (`layer:<id>`), oldest import first.
          const range = IDBKeyRange.bound('layer:', 'layer:\uffff');
          const request = open.result.transaction('v1').objectStore('v1').getAll(range);
          request.onsuccess = () =>
            resolve(
              ((request.result ?? []) as { name: string; importedAt: string }[])
                .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
                .map((l) => l.name),
            );
          request.onerror = () => reject(request.error);
        };
      }),
  );

async function openTab(page: Page, name: string | RegExp): Promise<void> {
  await openSidePanel(page);
  await page.getByRole('tab', { name }).click();
}

async function importFixture(page: Page, name: string): Promise<void> {
  await openTab(page, '场地核查');
  await page.locator('.sitecheck-panel input[type="file"]').setInputFiles(fixture(name));
}

/** Waits for the report and checks each listed parcel's 亩 against the independent figure (0.1 %). */
async function expectReportedMu(page: Page, names: string[]): Promise<Locator> {
  const report = page.locator('.sitecheck-report[data-ready="true"]');
  await expect(report).toBeVisible({ timeout: 30_000 });
  const rows = report.locator('.sitecheck-table tbody tr');
  await expect(rows).toHaveCount(names.length);
  let total = 0;
  for (const name of names) {
    const row = rows.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row).toHaveCount(1);
    const shown = number(await row.locator('td[data-unit="mu"]').textContent());
    const expected = expectedMu(name);
    total += expected;
    // Shown with 2 decimals: within rounding (0.005) plus a margin.
    expect(Math.abs(shown - expected), `${name}: ${shown} 亩 vs ${expected.toFixed(4)} 亩`).toBeLessThan(0.01);
    // m² and 公顷 say the same.
    const m2 = number(await row.locator('td[data-unit="m2"]').textContent());
    expect(Math.abs(m2 / SQM_PER_MU - expected)).toBeLessThan(0.01);
    expect(Math.abs(number(await row.locator('td[data-unit="ha"]').textContent()) * 15 - expected)).toBeLessThan(0.08);
  }
  const totalMu = number(await report.locator('.sitecheck-summary [data-unit="mu"]').textContent());
  expect(Math.abs(totalMu - total)).toBeLessThan(0.01);
  return report;
}

test.describe('site check', () => {
  test.beforeEach(async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'desktop flow; the phone has its own smoke test');
    // Each test starts with an empty IndexedDB (a fresh browser context), so no layers are left from others.
    void page;
  });

  test('a zipped Shapefile in CGCS2000 Gauss–Krüger with zone prefix: CRS from .prj, 亩 match, map, layer panel, reload, remove', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await importFixture(page, 'parcels-gk38-prefixed-gbk.zip');

    const crs = page.locator('.sitecheck-crs');
    await expect(crs).toHaveAttribute('data-crs', 'cgcs2000-gk3-114-prefixed');
    await expect(crs).toHaveAttribute('data-how', 'prj');
    await expect(crs).toContainText('来自 .prj 文件');
    await expect(crs.getByRole('combobox', { name: '更改坐标系（重新导入）' })).toHaveValue(
      'cgcs2000-gk3-114-prefixed',
    );

    // GBK names decoded, 亩 match the independent figures.
    const report = await expectReportedMu(
      page,
      PARCELS.map((p) => p.name),
    );
    await expect(report.locator('.sitecheck-caveat')).toContainText('示意');
    await expect(page.locator('.sitecheck-message')).toContainText('4 个地块');

    // Drawn on the map: one source with four parcels, coloured by verdict.
    const layerId = await page.locator('.sitecheck-layer').getAttribute('data-site-layer');
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const map = window.zhuzhouPlanMap!.map;
          return map.queryRenderedFeatures({ layers: [`sitecheck-${id}-fill`] }).map((f) => f.properties.verdict);
        }, layerId),
      )
      .toEqual(expect.arrayContaining([expect.stringMatching(/^(conflict|caution|urban|other)$/)]));
    const verdicts = await report
      .locator('.sitecheck-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')));
    // Conflict rows are red in the table and counted in the total.
    const conflicts = verdicts.filter((v) => v === 'conflict').length;
    await expect(report.locator('[data-count="conflicts"]')).toHaveText(String(conflicts));
    if (conflicts > 0) {
      await expect(report.locator('tr.sitecheck-row-conflict th').first()).toHaveCSS('color', 'rgb(176, 14, 18)');
    }

    // The layer panel lists it with legend and opacity; the slider changes the map.
    await openTab(page, '图层');
    const row = page.locator(`.sitecheck-layers [data-site-layer="${layerId}"]`);
    await expect(row).toContainText('parcels-gk38-prefixed-gbk');
    await expect(row.locator('.sitecheck-legend li')).toHaveCount(4);
    await row.getByRole('slider').fill('40');
    await expect
      .poll(() =>
        page.evaluate(
          (id) => window.zhuzhouPlanMap!.map.getPaintProperty(`sitecheck-${id}-fill`, 'fill-opacity'),
          layerId,
        ),
      )
      .toBeCloseTo(0.45 * 0.4, 5);
    // Rename.
    await row.getByRole('textbox', { name: '图层名称' }).fill('东区地块');
    await row.getByRole('button', { name: '重命名' }).click();
    await expect(row.locator('.layer-name')).toHaveText('东区地块');
    await expect.poll(() => savedNames(page)).toEqual(['东区地块']);

    // Reload: the layer, its name, opacity and report come back.
    await page.reload();
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await openTab(page, '图层');
    await expect(page.locator(`.sitecheck-layers [data-site-layer="${layerId}"] .layer-name`)).toHaveText('东区地块');
    await expect(page.locator(`.sitecheck-layers [data-site-layer="${layerId}"] output`)).toHaveText('40%');
    await openTab(page, '场地核查');
    await expectReportedMu(
      page,
      PARCELS.map((p) => p.name),
    );

    // Remove: gone from the panel, the map and, after a reload, from storage.
    await page
      .locator('.sitecheck-layer')
      .getByRole('button', { name: /删除图层/ })
      .click();
    await expect(page.locator('.sitecheck-layer')).toHaveCount(0);
    await expect(page.getByText('还没有导入的地块图层。')).toBeVisible();
    expect(await page.evaluate((id) => Boolean(window.zhuzhouPlanMap!.map.getSource(`sitecheck-${id}`)), layerId)).toBe(
      false,
    );
    await page.reload();
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await openTab(page, '场地核查');
    await expect(page.getByText('还没有导入的地块图层。')).toBeVisible();
    expectNoProblems(problems);
  });

  test('a GeoJSON with a crs member (EPSG:4547): CRS from the member, 亩 match; statistics area, CSV, GeoJSON, print', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await importFixture(page, 'parcels-epsg4547.geojson');
    const crs = page.locator('.sitecheck-crs');
    await expect(crs).toHaveAttribute('data-crs', 'cgcs2000-gk3-114');
    await expect(crs).toHaveAttribute('data-how', 'crs-member');
    const names = PARCELS.slice(0, 3).map((p) => p.name);
    let report = await expectReportedMu(page, names);

    // Another coordinate system re-imports the file: CM 111°E puts the parcels far west, and the app says so.
    await crs.getByRole('combobox', { name: '更改坐标系（重新导入）' }).selectOption('cgcs2000-gk3-111');
    await expect(crs).toHaveAttribute('data-crs', 'cgcs2000-gk3-111');
    await expect(crs).toHaveAttribute('data-how', 'user');
    await expect(page.locator('.sitecheck-warnings')).toBeVisible();
    await expect(page.locator('.sitecheck-layer')).toHaveCount(1);
    // And back: the figures are the right ones again.
    await crs.getByRole('combobox', { name: '更改坐标系（重新导入）' }).selectOption('cgcs2000-gk3-114');
    await expect(crs).toHaveAttribute('data-crs', 'cgcs2000-gk3-114');
    await expect(page.locator('.sitecheck-warnings')).toHaveCount(0);
    report = await expectReportedMu(page, names);

    // CSV with 亩 and 公顷 columns, and the GeoJSON export.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await downloadText(csvDownload);
    expect(csv).toContain('亩');
    expect(csv).toContain('公顷');
    for (const name of names) expect(csv).toContain(name);
    // the key projects each parcel is on or near, as the report's table words them (issue 18)
    const csvHeader = csv.slice(1).split('\r\n')[0]!.split(',');
    expect(csvHeader).toContain('重点项目（地块内或附近）');
    const tableProjects = await report.locator('td[data-col="projects"]').allTextContents();
    for (const text of tableProjects.filter((x) => x.includes('（'))) expect(csv).toContain(text);
    const [geojsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: '导出 GeoJSON' }).click(),
    ]);
    const exported = JSON.parse(await downloadText(geojsonDownload)) as GeoJSON.FeatureCollection;
    expect(exported.features).toHaveLength(names.length);
    for (const f of exported.features) expect(Array.isArray(f.properties?.projects)).toBe(true);

    // The layer as the area of the existing statistics.
    const totalM2 = Number(await report.locator('.sitecheck-totals').getAttribute('data-total-m2'));
    await page.getByRole('button', { name: '作为区域统计范围' }).click();
    await expect(page.getByRole('tab', { name: '统计', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.stats-subject-title')).toHaveText('parcels-epsg4547');
    const stats = page.locator('.stats-view');
    await expect(stats).toBeVisible({ timeout: 20_000 });
    const statsM2 = Number(await stats.getAttribute('data-area-m2'));
    expect(Math.abs(statsM2 - totalM2) / totalM2).toBeLessThan(0.005);

    // The printable report: map snapshot, scale, legend, table, date and caveat.
    await openTab(page, '场地核查');
    await page.getByRole('button', { name: '打印报告…' }).click();
    const sheet = page.getByRole('dialog', { name: '打印预览' });
    await expect(sheet.getByRole('img', { name: '地块位置图' })).toBeVisible({ timeout: 20_000 });
    await expect(sheet.locator('.sitecheck-scale')).toContainText(/\d+ (m|km)/);
    await expect(sheet.locator('.sitecheck-table tbody tr')).toHaveCount(names.length);
    await expect(sheet).toContainText('日期：');
    await expect(sheet.locator('.sitecheck-caveat')).toContainText('示意');
    const src = await sheet.getByRole('img', { name: '地块位置图' }).getAttribute('src');
    expect(src?.startsWith('data:image/png;base64,')).toBe(true);
    expect(src!.length).toBeGreaterThan(5000);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#root')).toBeHidden();
    await expect(sheet.locator('.sitecheck-page')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await sheet.getByRole('button', { name: '关闭' }).click();
    await expect(sheet).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('a KML in WGS84; then a malformed file gives a message and loses nothing', async ({ page }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await importFixture(page, 'parcels.kml');
    await expect(page.locator('.sitecheck-crs')).toHaveAttribute('data-crs', 'wgs84');
    await expectReportedMu(page, ['城区1号地块', '农田2号地块', '生态3号地块']);

    await page.locator('.sitecheck-panel input[type="file"]').setInputFiles(fixture('malformed.geojson'));
    const alert = page.locator('.sitecheck-message-error');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('无法导入 malformed.geojson');
    // The KML layer and its report are still there.
    await expectReportedMu(page, ['城区1号地块', '农田2号地块', '生态3号地块']);
    await expect(page.locator('.sitecheck-layer')).toHaveCount(1);

    // Accessible: no serious axe violations in the panel.
    const { violations } = await new AxeBuilder({ page }).include('.side-panel').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expectNoProblems(problems);
  });

  test('a file dropped on the map is imported and reported (drag-and-drop)', async ({ page }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    // The map tab is open, not the site check: the drop alone must bring the report.
    await openTab(page, '图层');
    const bytes = (await readFile(fixture('parcels.kml'))).toString('base64');
    const dispatch = (types: string[]) =>
      page.evaluate(
        ({ bytes, types }) => {
          const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
          const transfer = new DataTransfer();
          transfer.items.add(new File([data], 'parcels.kml', { type: 'application/vnd.google-earth.kml+xml' }));
          const target = document.querySelector('.map .maplibregl-canvas')!;
          for (const type of types)
            target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
        },
        { bytes, types },
      );
    // The site-check overlay (which listens for drops) loads after the first screen: drag until it answers.
    await expect(async () => {
      await dispatch(['dragenter', 'dragover']);
      await expect(page.locator('.sitecheck-drop')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await dispatch(['drop']);
    await expect(page.locator('.sitecheck-drop')).toHaveCount(0);
    await expect(page.getByRole('tab', { name: '场地核查' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.sitecheck-crs')).toHaveAttribute('data-crs', 'wgs84');
    await expectReportedMu(page, ['城区1号地块', '农田2号地块', '生态3号地块']);
    await expect(page.locator('.sitecheck-layer h3')).toContainText('parcels');
    expectNoProblems(problems);
  });

  test('a file dropped before the site-check code has loaded is kept and imported, not opened by the browser', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    // Hold the site-check overlay's chunk back, so the drop surely comes first.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/SiteCheckOverlay-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.locator('.map[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
    const bytes = (await readFile(fixture('parcels.kml'))).toString('base64');
    const prevented = await page.evaluate((bytes) => {
      const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'parcels.kml', { type: 'application/vnd.google-earth.kml+xml' }));
      const target = document.querySelector('.map .maplibregl-canvas')!;
      const results = ['dragenter', 'dragover', 'drop'].map(
        (type) =>
          !target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer })),
      );
      return results;
    }, bytes);
    // Every step was taken by the page (a drop left to the browser would open the file and leave the app).
    expect(prevented).toEqual([true, true, true]);
    release();
    await expect(page.getByRole('tab', { name: '场地核查' })).toHaveAttribute('aria-selected', 'true');
    await expectReportedMu(page, ['城区1号地块', '农田2号地块', '生态3号地块']);
    expectNoProblems(problems);
  });

  test('cancelling a large import stops it, keeps nothing of it, and the next import works', async ({
    page,
  }, testInfo) => {
    test.slow();
    const problems = collectProblems(page);
    const big = testInfo.outputPath('synthetic-50000.geojson');
    await writeFile(big, syntheticParcelsGeoJSON(50_000, 5));
    await openApp(page);
    await openTab(page, '场地核查');
    await page.locator('.sitecheck-panel input[type="file"]').setInputFiles(big);
    // Cancel while the worker parses (the stage after reading the file).
    const progress = page.locator('.sitecheck-progress[data-stage="import"]');
    await expect(progress).toBeVisible();
    await progress.getByRole('button', { name: '取消导入' }).click();
    await expect(page.locator('.sitecheck-message')).toHaveText(
      '已取消导入 synthetic-50000.geojson，已有图层不受影响。',
    );
    await expect(page.locator('.sitecheck-progress')).toHaveCount(0);
    // The job really stopped: a few seconds later (the import alone takes longer) nothing has turned up.
    await page.waitForTimeout(4000);
    await expect(page.locator('.sitecheck-layer')).toHaveCount(0);
    await expect(page.getByText('还没有导入的地块图层。')).toBeVisible();
    expect(
      await page.evaluate(() => {
        const { map, store } = window.zhuzhouPlanMap!;
        const s = store.getState();
        return {
          layers: s.siteLayers.length,
          job: s.siteJob,
          sources: Object.keys(map.getStyle().sources).filter((id) => id.startsWith('sitecheck-')),
        };
      }),
    ).toEqual({ layers: 0, job: null, sources: [] });
    expect(await savedNames(page)).toEqual([]);
    await expect(page.locator('.sitecheck-message')).toContainText('已取消导入');

    // The app still works: a small import goes through and is reported.
    await page.locator('.sitecheck-panel input[type="file"]').setInputFiles(fixture('parcels.kml'));
    await expectReportedMu(page, ['城区1号地块', '农田2号地块', '生态3号地块']);
    await expect(page.locator('.sitecheck-layer')).toHaveCount(1);
    expect(await savedNames(page)).toEqual(['parcels']);
    expectNoProblems(problems);
  });

  test('a parcel clicked on the map marks its report row; a row clicked highlights and frames its parcel', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await importFixture(page, 'parcels-epsg4547.geojson');
    const report = page.locator('.sitecheck-report[data-ready="true"]');
    await expect(report).toBeVisible({ timeout: 30_000 });
    const layerId = (await page.locator('.sitecheck-layer').getAttribute('data-site-layer'))!;
    const rows = report.locator('.sitecheck-table tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.and(page.locator('[aria-selected="true"]'))).toHaveCount(0);

    // A row → its parcel is selected (feature state) and framed.
    const farmland = rows.filter({ has: page.getByRole('rowheader', { name: '农田2号地块', exact: true }) });
    const farmlandIndex = Number(await farmland.getAttribute('data-index'));
    await farmland.getByRole('button', { name: '农田2号地块' }).click();
    await expect(farmland).toHaveAttribute('aria-selected', 'true');
    await expect(rows.and(page.locator('[aria-selected="true"]'))).toHaveCount(1);
    const selectedState = (index: number) =>
      page.evaluate(
        ({ id, index }) =>
          window.zhuzhouPlanMap!.map.getFeatureState({ source: `sitecheck-${id}`, sourceLayer: 'parcels', id: index })
            .selected === true,
        { id: layerId, index },
      );
    await expect.poll(() => selectedState(farmlandIndex)).toBe(true);
    // Framed: the map has zoomed in on the parcel, which is now near the middle of the map.
    await waitForIdle(page);
    await expect
      .poll(() => page.evaluate(() => window.zhuzhouPlanMap!.map.getZoom()), { timeout: 10_000 })
      .toBeGreaterThan(12);

    // The map → a click on another parcel marks its row (and unmarks the first).
    const urban = rows.filter({ has: page.getByRole('rowheader', { name: '城区1号地块', exact: true }) });
    const urbanIndex = Number(await urban.getAttribute('data-index'));
    await urban.getByRole('button').click();
    await waitForIdle(page);
    await page.evaluate(() => window.zhuzhouPlanMap!.map.zoomOut({ duration: 0 }));
    await page.evaluate(() => window.zhuzhouPlanMap!.map.zoomOut({ duration: 0 }));
    await waitForIdle(page);
    await page.evaluate(() => window.zhuzhouPlanMap!.store.getState().setSiteSelection(null));
    await expect(rows.and(page.locator('[aria-selected="true"]'))).toHaveCount(0);
    // The parcel's centre on screen, from the map itself: a rendered parcel with the urban parcel's id.
    const point = await page.evaluate(
      ({ id, index }) => {
        const map = window.zhuzhouPlanMap!.map;
        const hits = map
          .queryRenderedFeatures({ layers: [`sitecheck-${id}-fill`] })
          .filter((f) => f.id === index && f.geometry.type === 'Polygon');
        const ring = (hits[0]!.geometry as GeoJSON.Polygon).coordinates[0]!;
        const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
        const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
        const { x, y } = map.project([lon, lat]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + x, y: box.top + y };
      },
      { id: layerId, index: urbanIndex },
    );
    await page.mouse.click(point.x, point.y);
    await expect(urban).toHaveAttribute('aria-selected', 'true');
    await expect(farmland).toHaveAttribute('aria-selected', 'false');
    await expect(urban).toBeInViewport();
    await expect.poll(() => selectedState(urbanIndex)).toBe(true);
    await expect.poll(() => selectedState(farmlandIndex)).toBe(false);
    // One click, one answer: the parcel's, not also the plan feature or "what is here?" under it.
    const others = await page.evaluate(() => {
      const state = window.zhuzhouPlanMap!.store.getState();
      return { selected: state.selectedId, probe: state.probe };
    });
    expect(others).toEqual({ selected: null, probe: null });
    expectNoProblems(problems);
  });

  test('a parcel on schematic farmland is a caution with rounded figures; an official zoning file as reference gives exact conflicts', async ({
    page,
  }) => {
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await importFixture(page, 'parcels-epsg4547.geojson');
    const layer = page.locator('.sitecheck-layer').filter({ hasText: 'parcels-epsg4547' });
    const report = layer.locator('.sitecheck-report[data-ready="true"]');
    await expect(report).toBeVisible({ timeout: 30_000 });
    const farm = report.locator('tr[data-parcel="ZZ-002"]');
    // Against the plan's rule-drawn zones: a caution (amber), phrased as what it is, not a red conflict.
    await expect(farm).toHaveAttribute('data-verdict', 'caution');
    await expect(farm.locator('.sitecheck-verdict')).toContainText(/与示意(耕地|生态)保护区(、(耕地|生态)保护区)?重叠/);
    await expect(farm.locator('.sitecheck-verdict')).toContainText('需以正式三区三线核实');
    await expect(farm.locator('.sitecheck-verdict')).toHaveCSS('color', 'rgb(138, 82, 0)');
    await expect(report.locator('[data-count="conflicts"]')).toHaveText('0');
    // The overlap with schematic zones is stated to one significant figure: "生态保护区 约 100 (约 100%)" (亩).
    const zones = (await farm.locator('td').nth(3).textContent()) ?? '';
    expect(zones).toMatch(/(耕地|生态)保护区 约 [\d.,]+ \(约 \d+%\)/);
    for (const n of zones.replace(/,/g, '').match(/\d+(\.\d+)?/g) ?? []) {
      expect(n.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length, zones).toBeLessThanOrEqual(1);
    }
    // The parcel's own area is exact (it is the planner's survey, not the plan's drawing).
    expect(await farm.locator('td[data-unit="mu"]').textContent()).toMatch(/\.\d\d$/);

    // The official zoning file, used as the reference layer: exact conflicts and exact figures.
    await page
      .locator('.sitecheck-panel input[type="file"]')
      .setInputFiles(fixture('official-zoning-epsg4547.geojson'));
    const zoning = page.locator('.sitecheck-layer').filter({ hasText: 'official-zoning' });
    await expect(zoning).toBeVisible({ timeout: 30_000 });
    // Checked once the worker has the reference zones (a controlled checkbox: click, then wait).
    await zoning.getByRole('checkbox', { name: /作为正式分区参照/ }).click();
    await expect(zoning.getByRole('checkbox', { name: /作为正式分区参照/ })).toBeChecked({ timeout: 30_000 });
    // Back to the parcels' report (the panel shows one layer at a time).
    await page
      .locator('.sitecheck-panel select')
      .filter({ has: page.locator('option', { hasText: 'parcels-epsg4547' }) })
      .selectOption({ label: 'parcels-epsg4547' });
    await expect(report.locator('tr[data-parcel="ZZ-002"]')).toHaveAttribute('data-verdict', 'conflict', {
      timeout: 30_000,
    });
    await expect(report.locator('tr[data-parcel="ZZ-003"]')).toHaveAttribute('data-verdict', 'conflict');
    await expect(report.locator('tr[data-parcel="ZZ-001"]')).toHaveAttribute('data-verdict', 'urban');
    await expect(report.locator('[data-count="conflicts"]')).toHaveText('2');
    await expect(report.locator('tr[data-parcel="ZZ-002"] .sitecheck-verdict')).toHaveText('冲突');
    const exact = (await report.locator('tr[data-parcel="ZZ-002"] td').nth(3).textContent()) ?? '';
    expect(exact).toMatch(/耕地保护区 [\d,]+\.\d\d \(100\.0%\)/);
    expect(exact).not.toContain('约');

    // The reference layer's own report is not computed against itself (every polygon would be a "conflict"):
    // it says it is the reference, and its polygons are drawn without a verdict.
    await page
      .locator('.sitecheck-panel select')
      .filter({ has: page.locator('option', { hasText: 'official-zoning' }) })
      .selectOption({ label: 'official-zoning-epsg4547' });
    await expect(zoning.locator('.sitecheck-is-reference')).toContainText('此图层是正式分区参照');
    await expect(zoning.locator('.sitecheck-report')).toHaveCount(0);
    await expect(zoning.locator('.sitecheck-legend li')).toHaveText(['正式分区参照（本身不作核查）']);
    const zoningId = await zoning.getAttribute('data-site-layer');
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const map = window.zhuzhouPlanMap!.map;
          return [
            ...new Set(
              map.queryRenderedFeatures({ layers: [`sitecheck-${id}-fill`] }).map((f) => f.properties.verdict),
            ),
          ];
        }, zoningId),
      )
      .toEqual(['pending']);
    expectNoProblems(problems);
  });

  test('works in English', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?lang=en');
    await openTab(page, 'Site check');
    await page.locator('.sitecheck-panel input[type="file"]').setInputFiles(fixture('parcels.kml'));
    await expect(page.locator('.sitecheck-crs')).toContainText('Assumed: WGS84');
    const report = page.locator('.sitecheck-report[data-ready="true"]');
    await expect(report).toBeVisible({ timeout: 30_000 });
    await expect(report.locator('.sitecheck-table').getByRole('columnheader', { name: 'mu (亩)' })).toBeVisible();
    expectNoProblems(problems);
  });
});

test.describe('site check on a phone', () => {
  test('imports a KML from the bottom sheet and shows the report', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone only');
    test.slow();
    const problems = collectProblems(page);
    await openApp(page);
    await importFixture(page, 'parcels.kml');
    await expectReportedMu(page, ['城区1号地块', '农田2号地块', '生态3号地块']);
    const importButton = page.locator('.sitecheck-file');
    const box = (await importButton.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(40);
    // Nothing sticks out sideways beyond the table's own scroller.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expectNoProblems(problems);
  });
});
