import { test, expect, openAt } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/**
 * The time after the sources (December 2023 to today) is a short part after a break at the end of
 * every time axis: at most 8 % of the time control's track and of each chart's axis, on the page, in
 * an embed and on the stage. Measured on the drawn pixels.
 */
const MOST = 0.08;

/** The share of a chart's axis the band after the sources takes: from the cursor at the axis's start (the page opened there) to today, the band's end. */
async function bandShare(page: Page, chart: Locator): Promise<number> {
  const band = (await chart.locator('[data-beyond] rect').first().boundingBox())!;
  const start = (await chart.locator('line.cursor').first().boundingBox())!;
  return band.width / (band.x + band.width - start.x);
}

test.describe("today's year over the time control's short part", () => {
  // A chart's embed at each class of frame widths (lib/ui/scaled-chart.ts), and the dashboard.
  for (const [width, path] of [
    [343, '/embed/timeline.html?date=2019-06-15'],
    [412, '/embed/timeline.html?date=2019-06-15'],
    [500, '/embed/rotation.html?date=2022-03-01'],
    [760, '/embed/timeline.html?date=2019-06-15'],
    [1440, '/?date=2019-06-15'],
  ] as const) {
    test(`at ${width} px stands clear of the events' ticks and the break, or is left out where it has no room (${path.split('?')[0]})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const control = page.locator('.time-control').first();
      await expect(control.locator('.tick').first()).toBeVisible();
      const today = control.getByTestId('axis-today');
      // Left out where the short part is too narrow for it (a phone's frame); shown from 760 px.
      if (width < 760) return void (await expect(today).toBeHidden());
      await expect(today).toBeVisible();
      await expect(today).toHaveText(String(new Date().getFullYear()));
      const label = (await today.boundingBox())!;
      const boxes = [...(await control.locator('.tick').evaluateAll((ticks) => ticks.map((t) => t.getBoundingClientRect().toJSON()))), await control.getByTestId('axis-break').evaluate((b) => b.getBoundingClientRect().toJSON())];
      expect(boxes.length).toBeGreaterThan(5);
      for (const b of boxes) {
        const apart = label.x >= b.right || b.left >= label.x + label.width || label.y >= b.bottom || b.top >= label.y + label.height;
        expect(apart, `today's year (${label.x.toFixed(0)}–${(label.x + label.width).toFixed(0)}) over a mark at ${b.left.toFixed(0)}–${b.right.toFixed(0)}`).toBe(true);
      }
    });
  }
});

test.describe('the time after the sources is a short part of every axis', () => {
  test('the time control: the band after a break, at most 8 % of the track, and the scrubber still reaches every date', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAt(page);
    const band = page.getByTestId('beyond-sources');
    const track = (await band.locator('..').boundingBox())!;
    const box = (await band.boundingBox())!;
    expect(box.width / track.width).toBeGreaterThan(0.02);
    expect(box.width / track.width).toBeLessThanOrEqual(MOST);
    await expect(page.getByTestId('axis-break')).toBeVisible();
    // Named, with the whole sentence in its title; no year labels crowd the short part.
    await expect(page.getByTestId('axis-end')).toHaveText('after the sources');
    await expect(page.getByTestId('axis-end')).toHaveAttribute('title', /date nothing after November 2023/);
    await expect(page.getByTestId('axis-today')).toHaveText(String(new Date().getFullYear()));
    await expect(page.locator('.time-control .years span:not(.end)').filter({ hasText: /^202[4-9]$/ })).toHaveCount(0);
    // The scrubber still runs from the start to today: its far right is today, and a point in the short part a date after the sources.
    const scrubber = page.getByTestId('scrubber');
    const s = (await scrubber.boundingBox())!;
    await scrubber.click({ position: { x: s.width / 2, y: s.height / 2 } });
    await expect(page).toHaveURL(/date=20(19|20)-/);
    await scrubber.click({ position: { x: track.x - s.x + track.width * 0.97, y: s.height / 2 } });
    await expect(page).toHaveURL(/date=202[4-9]-/);
    await scrubber.press('End');
    await expect(page).not.toHaveURL(/date=/);
    // The arrows still move by a month, in the short part too.
    await scrubber.press('ArrowLeft');
    const expected = new Date();
    expected.setUTCMonth(expected.getUTCMonth() - 1);
    await expect(page).toHaveURL(new RegExp(`date=${expected.getUTCFullYear()}-${String(expected.getUTCMonth() + 1).padStart(2, '0')}-`));
  });

  for (const [what, query, chart] of [
    ['the Secretariat chart', '', '[data-testid="secretariat-chart"] svg.secretariat-svg'],
    ['the timeline', '', '[data-testid="timeline-chart"] svg.lanes-svg'],
    ['the Secretariat chart in an embed', '&embed=rotation', '[data-testid="secretariat-chart"] svg.secretariat-svg'],
    ['the timeline in an embed', '&embed=timeline', '[data-testid="timeline-chart"] svg.lanes-svg'],
  ] as const) {
    test(`${what}: the band after the sources at most 8 % of its axis, after a break`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`/?date=2016-05-01${query}`);
      const svg = page.locator(chart).first();
      await svg.scrollIntoViewIfNeeded();
      await expect(svg.locator('[data-beyond] rect')).toHaveCount(1);
      const share = await bandShare(page, svg);
      expect(share).toBeGreaterThan(0.02);
      expect(share).toBeLessThanOrEqual(MOST);
      await expect(svg.locator('[data-axis-break]')).toHaveCount(1);
    });
  }

  test('the stage: the strip after the sources at most 8 % of its axis, after a break', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?present=1&date=2016-05-01');
    const strip = page.locator('.strip svg').first();
    await expect(strip.locator('[data-beyond] rect')).toHaveCount(1);
    const share = await bandShare(page, strip);
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThanOrEqual(MOST);
    await expect(strip.locator('[data-axis-break]')).toHaveCount(1);
  });
});
