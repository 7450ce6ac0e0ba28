/**
 * The map's embed has pages of its own (src/embed/pages.ts): prerendered today, and set to the
 * address's date by their inline script before the first paint (src/embed/page-scripts.ts). Here the
 * embed is read before the app's script has run (its module scripts and data held back), then taken
 * over by the app: the same picture, the same elements, nothing moved.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** What the embed shows: its date, the members on the map, the caption and whether it has a time control. */
async function picture(page: Page) {
  return page.evaluate(() => ({
    date: document.querySelector('[data-embed="map"] [data-testid="current-date"]')?.textContent,
    members: [...document.querySelectorAll('[data-embed="map"] svg.map-svg [data-member="true"]')].map((p) => p.getAttribute('data-iso3')).sort(),
    caption: document.querySelector('[data-embed="map"] [data-testid="map-caption"]')?.textContent?.trim(),
    controls: !!document.querySelector('[data-embed="map"] [data-testid="scrubber"]'),
  }));
}

/** Holds the app's code and data back (its module scripts and JSON): only the HTML and its inline scripts run. */
async function withoutTheApp(page: Page): Promise<() => Promise<void>> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.(js|json)$/, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return async () => {
    release();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  };
}

const FOUNDERS = ['ALB', 'BGR', 'BIH', 'HRV', 'ITA', 'MKD', 'MNE', 'ROU', 'SRB', 'SVN'];

test.describe('the map embed’s own page', () => {
  for (const { url, date, members, caption, controls } of [
    { url: '/embed/map.html?embed=map&date=2019-06-15', date: '15 June 2019', members: [...FOUNDERS, 'GRC', 'HUN'].sort(), caption: /Greece joins/, controls: true },
    { url: '/embed/map.html?date=2016-06&controls=0', date: 'June 2016', members: FOUNDERS, caption: /Declaration of Intent signed/, controls: false },
    { url: '/embed/map.html?embed=map&date=2022-03-01', date: '1 March 2022', members: null, caption: null, controls: true },
    { url: '/embed/map.sr-Cyrl.html?embed=map&date=2019-06-15&lang=sr-Cyrl', date: '15. јун 2019.', members: [...FOUNDERS, 'GRC', 'HUN'].sort(), caption: /Грчка/, controls: true },
    { url: '/embed/map.sr-Latn.html?embed=map&date=2017&controls=0&lang=sr-Latn', date: '2017.', members: null, caption: null, controls: false },
    // Before the axis: its first day; a day that does not exist: today (as the app reads them).
    { url: '/embed/map.html?embed=map&date=2010', date: '1 May 2016', members: [], caption: /No members yet/, controls: true },
    { url: '/embed/map.html?embed=map&date=2019-02-30', date: null, members: null, caption: null, controls: true },
  ]) {
    test(`${url} is drawn at its date from the HTML, and taken over as it is`, async ({ page }) => {
      const release = await withoutTheApp(page);
      await page.addInitScript(() => {
        const shifts: string[] = ((window as unknown as { __shifts: string[] }).__shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[])
            if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? s.node?.nodeName).join('; ')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url);
      // Before the app: the prerendered embed, shown, at the address's date.
      await expect(page.locator('html')).toHaveAttribute('data-js', 'embed');
      await expect(page.locator('[data-embed="map"] svg.map-svg')).toBeVisible();
      const before = await picture(page);
      if (date) expect(before.date).toBe(date);
      if (members) expect(before.members).toEqual(members);
      if (caption) expect(before.caption).toMatch(caption);
      expect(before.controls).toBe(controls);
      // The address names the view, as the app reads it.
      expect(new URL(page.url()).searchParams.get('embed')).toBe('map');
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('[data-embed="map"] svg.map-svg, [data-embed="map"] [data-testid="current-date"]')) (element as Element & { __prerendered?: boolean }).__prerendered = true;
      });

      await release();
      await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
      await expect(page.locator('[data-embed="map"] .view')).toHaveAttribute('aria-busy', 'false');
      // The app drew the same picture on the same elements, and nothing moved.
      expect(await picture(page)).toEqual(before);
      expect(await page.evaluate(() => [...document.querySelectorAll('[data-embed="map"] svg.map-svg, [data-embed="map"] [data-testid="current-date"]')].map((e) => (e as Element & { __prerendered?: boolean }).__prerendered ?? false))).toEqual([true, true]);
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
    });
  }

  test('the app’s time control moves the prerendered map, and its link opens the dashboard at the date', async ({ page }) => {
    await page.goto('/embed/map.html?date=2019-06-15');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    const link = page.getByRole('link', { name: 'Open the full dashboard' });
    await expect(link).toHaveAttribute('href', /^http:\/\/[^/]+\/\?date=2019-06-15$/);
    await page.getByTestId('scrubber').focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('map-caption')).toContainText('No members yet');
    await expect(page.locator('svg.map-svg [data-member="true"]')).toHaveCount(0);
  });

  test('an address that asks for more than a date is drawn by the app, hidden until then', async ({ page }) => {
    await page.goto('/embed/map.html?embed=map&date=2019-06-15&sel=member:GRC');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.locator('.member-map .card')).toBeVisible();
    await expect(page.getByTestId('current-date')).toHaveText('15 June 2019');
  });
});

test.describe('old embed links', () => {
  test('go to the embed’s page in the link’s language, every parameter kept', async ({ page }) => {
    for (const [from, to] of [
      ['/?embed=map', '/embed/map.html?embed=map'],
      ['/?date=2019-06-15&embed=map&controls=0', '/embed/map.html?date=2019-06-15&embed=map&controls=0'],
      ['/?embed=map&date=2019-06&lang=sr-Latn#x', '/embed/map.sr-Latn.html?embed=map&date=2019-06&lang=sr-Latn#x'],
    ]) {
      await page.goto(from!);
      await expect(page).toHaveURL(new RegExp(`${to!.replace(/[?.]/g, '\\$&')}$`));
      await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
      await expect(page.locator('[data-embed="map"] svg.map-svg')).toBeVisible();
    }
    // The views drawn at the width they are given stay on the dashboard's page.
    await page.goto('/?embed=timeline&date=2019-06-15');
    await expect(page).toHaveURL(/\/\?embed=timeline&date=2019-06-15$/);
  });

  test('and a reader whose browser asks for Serbian gets the Serbian page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'sr-RS' });
    const page = await context.newPage();
    for (const from of ['/?embed=map&date=2019-06-15', '/embed/map.html?embed=map&date=2019-06-15']) {
      await page.goto(from);
      await expect(page).toHaveURL(/\/embed\/map\.sr-Cyrl\.html\?embed=map&date=2019-06-15$/);
      await expect(page.getByTestId('current-date')).toHaveText('15. јун 2019.');
      await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
    }
    await context.close();
  });
});
