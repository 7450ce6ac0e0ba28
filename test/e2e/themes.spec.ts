/**
 * How often each theme came up: a view of its own (src/themes/), declared once in src/views/ and
 * so on the page, as an embed, as a figure and on the stage.
 */
import { readFileSync } from 'node:fs';
import { test, expect, openAt, hostEmbed } from './fixtures';
import { encodeStory } from '../../src/story/codec';

test('the page has the theme chart as a region of its own, after the timeline, and a theme in it filters the meetings', async ({ page }) => {
  await openAt(page, '?date=2019-06-15#themes');
  const region = page.locator('section.region#themes');
  await expect(region.getByRole('heading', { level: 2 })).toHaveText('How often each theme came up');
  // In page order (the map's region is in the first screen, beside its status card).
  const ids = await page.locator('main#views section.region').evaluateAll((sections) => sections.map((s) => s.id));
  expect(ids).toEqual(['map', 'rotation', 'timeline', 'themes']);
  await expect(region.getByTestId('theme-chart').locator('tbody tr')).toHaveCount(7);
  // The timeline no longer carries it.
  await expect(page.locator('#timeline [data-testid="theme-chart"]')).toHaveCount(0);
  await region.getByRole('button', { name: 'Governance of the network' }).click();
  await expect(page).toHaveURL(/[?&]theme=governance\b/);
  await expect(region.getByRole('button', { name: 'Governance of the network' })).toHaveAttribute('aria-pressed', 'true');
});

test('on a wide screen it spans both columns, below the map, the timeline and the Secretariat', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAt(page, '?date=2019-06-15#themes');
  await expect(page.getByTestId('theme-chart')).toBeVisible();
  const box = (id: string) => page.locator(`section.region#${id}`).boundingBox();
  // On a laptop the map's region lays out nothing itself: the first screen is its frame.
  const [map, rotation, timeline, themes] = await Promise.all([page.locator('.first-screen').boundingBox(), ...['rotation', 'timeline', 'themes'].map(box)]);
  expect(themes!.x).toBeCloseTo(map!.x, 0);
  expect(themes!.x + themes!.width).toBeCloseTo(rotation!.x + rotation!.width, 0);
  expect(themes!.y).toBeGreaterThanOrEqual(Math.max(timeline!.y + timeline!.height, rotation!.y + rotation!.height));
});

test('?embed=themes shows the chart alone at any date, compact, and posts its height to the page around it', async ({ page, baseURL }) => {
  await hostEmbed(page, `${baseURL}/?embed=themes&date=2019-06-15`, 760, 'sandbox="allow-scripts allow-same-origin allow-popups"');
  const frame = page.frameLocator('#f');
  await expect(frame.locator('[data-embed="themes"] h2')).toHaveText('How often each theme came up');
  await expect(frame.getByTestId('current-date')).toHaveText('15 June 2019');
  await expect(frame.getByTestId('theme-chart').locator('tbody tr')).toHaveCount(7);
  // Meetings after the date are marked as to come.
  await expect(frame.locator('thead th.future')).toHaveCount(4);
  await expect(frame.locator('[data-counter]')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(300);
  const height = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
  // Compact: about its aspect in the snippet (4 / 3), with its title, controls and source line.
  expect(height).toBeLessThanOrEqual(0.75 * 760 + 200);
  await expect.poll(() => frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);
});

for (const [width, cut] of [[760, false], [390, true]] as const) {
  test(`?embed=themes at ${width} px: its title whole, and where the table is wider than the frame (${cut}), it says so`, async ({ page, baseURL }) => {
    await hostEmbed(page, `${baseURL}/?embed=themes&date=2019-06-15`, width);
    const frame = page.frameLocator('#f');
    await expect(frame.locator('[data-embed="themes"] .view')).toHaveAttribute('aria-busy', 'false');
    // The chart's title is inside the frame's width, never cut by the table's scrolling box.
    const title = frame.getByText('How often each theme came up, meeting by meeting');
    const frameWidth = await frame.locator('html').evaluate((html) => html.clientWidth);
    expect((await title.evaluate((p) => p.getBoundingClientRect().right))).toBeLessThanOrEqual(frameWidth);
    const box = frame.getByRole('region', { name: /^How often each theme came up, meeting by meeting/ });
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth + 1)).toBe(cut);
    await expect(frame.getByTestId('theme-chart-sideways')).toHaveCount(cut ? 1 : 0);
    if (cut) await expect(frame.getByTestId('theme-chart-sideways')).toHaveText('Scroll the table sideways for every meeting and the totals.');
  });
}

test('the theme chart downloads as a figure: SVG with its title, date, legend and sources, and PNG', async ({ page }) => {
  await openAt(page, '?date=2019-06-15');
  await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Theme chart as a figure (SVG)' }).click()]);
  expect(file.suggestedFilename()).toBe('pcocp-themes-2019-06-15.svg');
  const svg = readFileSync((await file.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent),
      rows: doc.querySelectorAll('[data-theme-row]').length,
      dots: [...doc.querySelectorAll('[data-theme-row="governance"] circle[data-count]')].map((c) => c.getAttribute('data-count')),
      legend: doc.querySelector('[data-part="legend"]')?.textContent ?? null,
      styled: doc.querySelectorAll('[style], [class]').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain('How often each theme came up');
  expect(parsed.texts).toContain('15 June 2019');
  expect(parsed.texts.join(' ')).toContain('Meetings with topics held by this date: 3 of 7');
  expect(parsed.texts.join(' ')).toContain('Sources: ');
  expect(parsed.rows).toBe(7);
  expect(parsed.dots).toEqual(['3', '1']);
  expect(parsed.legend).toContain('Dot area: number of topics');
  expect(parsed.styled).toBe(0);

  await page.getByText('Download', { exact: true }).click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Theme chart as a figure (PNG, 2400 px)' }).click()]);
  expect(png.suggestedFilename()).toBe('pcocp-themes-2019-06-15.png');
  const bytes = readFileSync((await png.path())!);
  expect(bytes.readUInt32BE(16)).toBe(2400);
});

test('a story step can show it on the stage, with its theme filter, and the editor offers it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const story = { title: 'Themes', steps: [{ date: '2021-12-06', caption: '', notes: '', views: ['themes', 'timeline'] as const, theme: 'financial' }, { date: '2019-06-04', caption: '', notes: '', views: ['map'] as const, theme: null }] };
  await page.goto(`/?present=1&story=${encodeStory({ ...story, steps: story.steps.map((s) => ({ ...s, views: [...s.views] })) })}`);
  const chart = page.getByTestId('stage-themes');
  await expect(chart.locator('svg [data-theme-row]')).toHaveCount(7);
  await expect(chart.locator('svg .faded')).toHaveCount(6);
  const box = (await chart.locator('svg').first().boundingBox())!;
  expect(box.width).toBeGreaterThan(600);
  await page.keyboard.press('ArrowRight');
  await expect(chart).toHaveCount(0);
  await page.keyboard.press('e');
  await expect(page.getByRole('checkbox', { name: 'Themes' }).first()).toBeVisible();
});

test('in Serbian the view speaks it, in both scripts', async ({ page }) => {
  await openAt(page, '?lang=sr-Latn&date=2019-06-15#themes');
  await expect(page.locator('section.region#themes h2')).toHaveText('Koliko se često koja tema javljala');
  await page.goto('/?lang=sr-Cyrl&embed=themes&date=2019-06-15');
  await expect(page.locator('[data-embed="themes"] h2')).toHaveText('Колико се често која тема јављала');
});
