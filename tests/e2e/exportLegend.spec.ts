/**
 * The exported chapter PNG's legend shows the colour the map highlights the chapter's features with: its first
 * swatch is outlined in the highlight colour the map's highlight layers paint (the 株醴都市圈 chapter showed
 * the layer's purple while the map drew it orange).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LEGEND_STYLE } from '../../src/map/exportLayout';
import { collectProblems, expectNoProblems, openApp } from './helpers';

test('the exported legend leads with the highlight colour the map paints', async ({ page }) => {
  const problems = collectProblems(page);
  await openApp(page, '?mode=story&chapter=3');
  await expect(page.locator('.story-title')).toHaveText('一圈：株醴都市圈');
  const mapColour = await page.evaluate(() =>
    window.zhuzhouPlanMap!.map.getPaintProperty('story-highlight-line', 'line-color'),
  );
  expect(mapColour).toBe('#ff6a00');

  await page.getByRole('button', { name: '导出图片' }).click();
  const dialog = page.getByRole('dialog', { name: '导出地图图片' });
  await dialog.getByRole('radio', { name: /^2× 屏幕/ }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '下载 PNG' }).click(),
  ]);
  const png = readFileSync(await download.path()).toString('base64');

  // The first legend row's swatch: the legend box sits bottom-left, `margin` from the edges; rows start below
  // its title (src/map/exportLayout.ts frameLayout / legendLayout; swatches are drawn at row y + 2).
  const pixels = await page.evaluate(
    async ({ png, style }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const container = window.zhuzhouPlanMap!.map.getContainer();
      const ratio = image.width / container.clientWidth;
      const cssHeight = image.height / ratio;
      const margin = Math.round(Math.max(10, Math.min(container.clientWidth, cssHeight) * 0.02));
      // A vertical strip through the swatches' left outlines (legend x = margin, swatch x = padding).
      const x = Math.floor((margin + style.padding + 0.75) * ratio);
      const strip = context.getImageData(x, 0, 1, image.height).data;
      const colours: [number, number, number][] = [];
      for (let i = 0; i < strip.length; i += 4) colours.push([strip[i]!, strip[i + 1]!, strip[i + 2]!]);
      return { colours, ratio };
    },
    { png, style: LEGEND_STYLE },
  );
  // In the legend's column, the outline of the first swatch is the highlight colour, exactly (within rounding).
  const near = (c: [number, number, number], [r, g, b]: [number, number, number]) =>
    Math.abs(c[0] - r) + Math.abs(c[1] - g) + Math.abs(c[2] - b) <= 12;
  const bottomHalf = pixels.colours.slice(Math.floor(pixels.colours.length / 2));
  const highlightRun = bottomHalf.filter((c) => near(c, [0xff, 0x6a, 0x00])).length;
  expect(highlightRun, 'pixels of the highlight swatch outline').toBeGreaterThanOrEqual(8 * pixels.ratio);
  expectNoProblems(problems);
});
