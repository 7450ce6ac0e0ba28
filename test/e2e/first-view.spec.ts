/**
 * The first view comes from the build (src/build/prerender.ts): painted from HTML and CSS before any
 * script runs, then taken over by the app without being drawn again.
 */
import { test, expect, counter, DATA_BUNDLE } from './fixtures';

/** Marks the prerendered map, counter and status card once the HTML is parsed, before the app's module script runs. */
async function markPrerendered(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const selector of ['#map svg.map-svg', '[data-counter="countries"] .value', '.status'])
        for (const element of document.querySelectorAll(selector)) (element as Element & { __prerendered?: boolean }).__prerendered = true;
    });
  });
}

/** Whether each element is still the one the HTML gave (hydrated in place, not drawn again). */
const stillPrerendered = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ['#map svg.map-svg', '[data-counter="countries"] .value', '.status'].map((s) => (document.querySelector(s) as (Element & { __prerendered?: boolean }) | null)?.__prerendered ?? null));

test.describe('the first view from the build', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`on a ${name}, the app takes over the prerendered page in place, with no layout shift`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await markPrerendered(page);
      // Every layout shift, with what moved and from where to where (for a failure to say).
      await page.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { __shifts: string[] }).__shifts = shifts;
        type Shift = { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
        const box = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Shift[])
            if (!entry.hadRecentInput)
              shifts.push(`${entry.value}: ${(entry.sources ?? []).map((s) => `${s.node?.nodeName ?? '?'}.${(s.node as Element | undefined)?.getAttribute?.('class') ?? ''} ${box(s.previousRect)} → ${box(s.currentRect)}`).join('; ')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
      await expect(page.locator('main#views')).toHaveAttribute('aria-busy', 'false');
      // The map too, where the frame has the prerender's framing; a phone's square frame has its map
      // drawn in its own framing once the page is hydrated (the prerendered one was never shown there).
      expect(await stillPrerendered(page)).toEqual([name === 'desktop' ? true : null, true, true]);
      await expect(page.locator('#map .frame')).toHaveAttribute('data-aspect', name === 'desktop' ? 'wide' : 'narrow');
      await expect(page.locator('#map svg.map-svg [data-member="true"]')).toHaveCount(13);
      // Every part of it: the members' colours, the countries' labels and the meetings' places'.
      await expect(page.locator('#map [data-fill-of]')).toHaveCount(13);
      await expect(page.locator('#map [data-label="XKX"]')).toHaveText('Kosovo*');
      await expect(page.locator('#map text.label.city')).not.toHaveCount(0);
      await expect(page.locator('#map [data-label="place:Belgrade"]')).toHaveText('Belgrade');
      await expect(counter(page, 'countries')).toHaveText('13');
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
      // The app answers: the time control moves the map.
      await page.getByTestId('scrubber').focus();
      await page.keyboard.press('Home');
      await expect(page.getByTestId('map-caption')).toContainText('No members yet');
    });
  }

  test('the app\'s script is fetched once the prerendered page is painted, not while its HTML arrives; the data with it, once', async ({ page }) => {
    const data: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/[^/]+\.json$/.test(request.url())) data.push(request.url());
    });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    const { painted, scripts } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/]+\.js$/.test(e.name))
        .map((e) => e.startTime),
    }));
    expect(painted).not.toBeNull();
    // The entry and the chunk it shares with the views (the views' own chunks come later still).
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const startTime of scripts) expect(startTime).toBeGreaterThanOrEqual(painted!);
    // The data asked for with the script (preloaded), and fetched once: the app's own request finds the preload.
    const preloaded = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(preloaded).toHaveLength(1);
    for (const url of preloaded) expect(data.filter((u) => u === url)).toHaveLength(1);
  });

  test('after presenter mode the page draws its islands afresh, once: they answer, and stay as the clock moves', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    for (const name of ['toolbar', 'counters', 'time', 'map']) await expect(page.locator(`[data-island="${name}"] > *`).first()).toBeVisible();
    // Marked, then the clock moved: an island drawn again would lose the mark.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-island] > *')) (el as Element & { __kept?: boolean }).__kept = true;
    });
    const scrubber = page.getByTestId('scrubber');
    await scrubber.focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('map-caption')).toContainText('No members yet');
    await page.keyboard.press('End');
    await expect(counter(page, 'countries')).toHaveText('13');
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-island] > *')].every((el) => (el as Element & { __kept?: boolean }).__kept === true))).toBe(true);
  });

  test('a URL with another date shows that date first: the prerendered default stays hidden until then', async ({ page }) => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route(DATA_BUNDLE, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/?date=2019-06-15');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'state');
    // The default (today: 13 members) is in the page but not shown.
    await expect(counter(page, 'countries')).toHaveText('13');
    await expect(page.locator('#app')).toHaveCSS('visibility', 'hidden');
    await expect(page.locator('#masthead h1')).toBeVisible();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.locator('#app')).toHaveCSS('visibility', 'visible');
    await expect(counter(page, 'countries')).toHaveText('12');
    await expect(page.getByTestId('current-date')).toHaveText('15 June 2019');
  });

  test('the map\'s embed at its default state is painted from the HTML, and taken over in place', async ({ page }) => {
    // An old link, forwarded to the embed's own page (src/embed/pages.ts) before anything is painted.
    // Marked once the HTML is parsed, before the app's script runs: the embed's map, date and caption.
    const marked = ['[data-embed="map"] svg.map-svg', '[data-embed="map"] [data-testid="current-date"]', '[data-embed="map"] [data-testid="map-caption"]'];
    await page.addInitScript((selectors) => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const found = selectors.map((s) => document.querySelector(s));
        (window as unknown as { __marked: boolean[] }).__marked = found.map((el) => !!el && !!(el as HTMLElement).checkVisibility?.());
        for (const el of found) if (el) (el as Element & { __prerendered?: boolean }).__prerendered = true;
      });
      const shifts: number[] = ((window as unknown as { __shifts: number[] }).__shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    }, marked);
    await page.goto('/?embed=map');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    // Shown before any script ran, without the masthead or the dashboard.
    expect(await page.evaluate(() => (window as unknown as { __marked: boolean[] }).__marked)).toEqual([true, true, true]);
    await expect(page.locator('#masthead')).toBeHidden();
    await expect(page.locator('[data-counter]')).toHaveCount(0);
    await expect(page.locator('[data-embed="map"] svg.map-svg [data-member="true"]')).toHaveCount(13);
    // The same elements, now the app's: the time control moves the map.
    expect(await page.evaluate((selectors) => selectors.map((s) => (document.querySelector(s) as (Element & { __prerendered?: boolean }) | null)?.__prerendered ?? null), marked)).toEqual([true, true, true]);
    await page.getByTestId('scrubber').focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('map-caption')).toContainText('No members yet');
    await expect(page.locator('[data-embed="map"] footer a')).toHaveAttribute('href', /^http:\/\/[^?]+\/\?date=2016-05-01$/);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  });

  test('an old embed link with a date shows the embed, the dashboard never shown', async ({ page }) => {
    // Forwarded to the embed's own page (test/e2e/embed-pages.spec.ts).
    await page.goto('/?embed=map&date=2023-11-30&controls=0');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.locator('#masthead')).toBeHidden();
    await expect(page.locator('[data-counter]')).toHaveCount(0);
    await expect(page.locator('svg.map-svg [data-member="true"]')).toHaveCount(13);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Each member's shape's centre on the screen, and whether the map's labels are seen. */
  const seen = (page: import('@playwright/test').Page) =>
    page.evaluate(() => ({
      centres: Object.fromEntries(
        [...document.querySelectorAll('#map svg.map-svg .members [data-iso3]')].map((shape) => {
          const box = shape.getBoundingClientRect();
          return [shape.getAttribute('data-iso3') ?? '', [box.x + box.width / 2, box.y + box.height / 2] as [number, number]] as const;
        }),
      ),
      labels: [...document.querySelectorAll('#map .labels text')].filter((text) => text.checkVisibility({ visibilityProperty: true })).length,
    }));

  test('the map is seen before the app’s script, each member where the app then draws it, its labels left for the app', async ({ page, consoleErrors }) => {
    // The app's script never comes: the page as the build drew it, a square frame showing the wide drawing.
    await page.route(/\/assets\/index-[^/]*\.js(\?.*)?$/, (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('#map .frame')).toHaveAttribute('data-aspect', 'wide');
    await expect(page.locator('#map svg.map-svg')).toBeVisible();
    const before = await seen(page);
    expect(before.labels).toBe(0);
    consoleErrors.length = 0;
    await page.unroute(/\/assets\/index-[^/]*\.js(\?.*)?$/);
    await page.goto('/');
    await expect(page.locator('#map .frame')).toHaveAttribute('data-aspect', 'narrow');
    await expect(page.locator('#map .labels text').first()).toBeVisible();
    const after = await seen(page);
    expect(Object.keys(before.centres).sort()).toEqual(Object.keys(after.centres).sort());
    expect(Object.keys(after.centres)).toHaveLength(13);
    for (const [iso3, [x, y]] of Object.entries(after.centres)) {
      expect(Math.abs(before.centres[iso3]![0] - x), iso3).toBeLessThan(2);
      expect(Math.abs(before.centres[iso3]![1] - y), iso3).toBeLessThan(2);
    }
  });
});

test.describe('without JavaScript', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`on a ${name} the first view is there: date, counters, time control and the map`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page.locator('[data-counter="countries"] .value')).toHaveText('13');
      await expect(page.locator('[data-counter="offices"] .value')).toHaveText('14');
      await expect(page.locator('[data-counter="meetings"] .value')).toHaveText('9');
      await expect(page.getByTestId('scrubber')).toBeVisible();
      await expect(page.getByTestId('map-caption')).toContainText('Austria joins');
      const svg = page.locator('#map svg.map-svg');
      await expect(svg).toBeVisible();
      await expect(svg.locator('[data-member="true"]')).toHaveCount(13);
      // Filled in their joining wave's colour, and labelled.
      await expect(page.locator('#map [data-fill-of]')).toHaveCount(13);
      await expect(page.locator('#map [data-label="ROU"]')).toBeVisible();
      // The map fills its frame (on a phone the wide framing, letterboxed: without a script there is no other).
      const [box, frame] = await Promise.all([svg.boundingBox(), page.locator('#map .frame').boundingBox()]);
      expect(Math.abs(box!.width - frame!.width)).toBeLessThan(1);
      expect(frame!.width).toBeGreaterThan(viewport.width * 0.5);
      // The views below are drawn by the script: their places say so, and promise nothing.
      await expect(page.locator('#timeline .placeholder')).toHaveText('This view needs JavaScript; a summary of the network follows the page.', { useInnerText: true });
      await expect(page.locator('#rotation .placeholder')).toBeVisible();
      await expect(page.getByText('Drawing the view…').filter({ visible: true })).toHaveCount(0);
      await context.close();
    });
  }
});
