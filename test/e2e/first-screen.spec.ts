/**
 * The first screen: on a laptop, the whole map, the date, the counters and the time control's Play
 * button are in view together at the top of the page, uncovered, in every language (app.css, "the
 * first screen"); and the date keeps its line beside the counters whatever notes either carries.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const LAPTOPS = [
  [1280, 720],
  [1280, 800],
  [1366, 768],
  [1440, 900],
] as const;
const LANGUAGES = ['en', 'sr-Latn', 'sr-Cyrl'] as const;

/** What the first screen must show whole. */
const PARTS = {
  map: '#map svg.map-svg',
  date: '[data-testid="current-date"]',
  counters: '.counters dl',
  play: '[data-testid="play"]',
} as const;

/** Opens the page in a language and waits until the app has drawn it (a page in another language is hidden until then). */
async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
  await expect(page.locator('main#views')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator(PARTS.map)).toBeVisible();
}

/** For each part: its box, whether it lies wholly in the viewport, and whether it is what the page shows at its centre. */
function measure(page: Page) {
  return page.evaluate((parts: Record<string, string>) => {
    const out: Record<string, { box: number[]; inView: boolean; onTop: boolean }> = {};
    for (const [name, selector] of Object.entries(parts)) {
      const element = document.querySelector(selector)!;
      const r = element.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      out[name] = {
        box: [r.left, r.top, r.right, r.bottom].map(Math.round),
        inView: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        onTop: !!hit && (element === hit || element.contains(hit)),
      };
    }
    return { scrollY, parts: out };
  }, PARTS);
}

test.describe('the first screen on a laptop', () => {
  for (const [width, height] of LAPTOPS)
    for (const lang of LANGUAGES)
      test(`at ${width}x${height} in ${lang}, the whole map, the date, the counters and Play are in view at once, uncovered`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await open(page, lang === 'en' ? '' : `?lang=${lang}`);
        const { scrollY, parts } = await measure(page);
        expect(scrollY).toBe(0);
        for (const [name, part] of Object.entries(parts)) {
          expect(part.inView, `${name} at ${part.box.join(',')} is wholly in the ${width}x${height} viewport`).toBe(true);
          expect(part.onTop, `${name} is not covered at its centre`).toBe(true);
        }
      });
});

test.describe('the status card', () => {
  // 27 April 2021 in Serbian: the counters carry notes (a disputed member, an undated count) and the date its own.
  test('the date stands on the line of the counters\' values beside them, whatever notes either carries', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 800 });
    await open(page, '?lang=sr-Latn&date=2021-04-27');
    const date = (await page.getByTestId('current-date').boundingBox())!;
    const values = await Promise.all((await page.locator('.counters .value').all()).map(async (value) => (await value.boundingBox())!));
    // The counters' first row (a narrow card wraps the last counter to a row of its own).
    const top = Math.min(...values.map((box) => box.y));
    const firstRow = values.filter((box) => box.y < top + 2);
    expect(firstRow.length).toBeGreaterThanOrEqual(2);
    for (const box of firstRow) {
      // Beside the date, on its line: their centres at the same height (the same type size, so the same baseline).
      expect(box.x).toBeGreaterThan(date.x + date.width);
      expect(Math.abs(box.y + box.height / 2 - (date.y + date.height / 2))).toBeLessThanOrEqual(2);
    }
  });

  test('on a laptop the date stands above the counters, beside the map', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, '?lang=sr-Latn&date=2021-04-27');
    const date = (await page.getByTestId('current-date').boundingBox())!;
    const counters = (await page.locator(PARTS.counters).boundingBox())!;
    const map = (await page.locator(PARTS.map).boundingBox())!;
    expect(date.y + date.height).toBeLessThanOrEqual(counters.y);
    expect(Math.min(date.x, counters.x)).toBeGreaterThanOrEqual(map.x + map.width);
  });
});
