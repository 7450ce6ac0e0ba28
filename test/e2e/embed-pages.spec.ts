/**
 * The map's embed has pages of its own (src/embed/pages.ts): prerendered today, and set to the
 * address's date by their inline script before the first paint (src/embed/page-scripts.ts). Here the
 * embed is read before the app's script has run (its module scripts and data held back), then taken
 * over by the app: the same picture, the same elements, nothing moved.
 */
import type { Page } from '@playwright/test';
import { test, expect, reachFor } from './fixtures';
import { viewById } from '../../src/views';

/** What the embed shows: its date, the members on the map, the caption and whether it has a time control. */
async function picture(page: Page) {
  return page.evaluate(() => ({
    date: document.querySelector('[data-embed="map"] [data-testid="current-date"]')?.textContent,
    members: [...document.querySelectorAll('[data-embed="map"] svg.map-svg [data-member="true"]')].map((p) => p.getAttribute('data-iso3')).sort(),
    caption: document.querySelector('[data-embed="map"] [data-testid="map-caption"]')?.textContent?.trim(),
    controls: !!document.querySelector('[data-embed="map"] [data-testid="scrubber"]'),
  }));
}

/**
 * Holds the app's code and data back (its module scripts and JSON): only the HTML and its inline scripts
 * run. Open the page with `waitUntil: 'domcontentloaded'`: the page asks for the script once painted, and
 * a paint before the load event makes the held script hold the load event too (seen once in CI).
 */
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

/**
 * Opens an embed's page with the app held back, and checks what the HTML shows (`check`, on what `read`
 * sees); then lets the app come: it must take over the same elements (`kept`, inside the embed: each
 * marked before and found marked after), draw the same picture, and move nothing (no layout shift).
 */
async function paintedThenTakenOver<T>(page: Page, url: string, view: string, kept: readonly string[], read: (page: Page) => Promise<T>, check: (before: T) => void): Promise<void> {
  const release = await withoutTheApp(page);
  await page.addInitScript(() => {
    const shifts: string[] = ((window as unknown as { __shifts: string[] }).__shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[])
        if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? s.node?.nodeName).join('; ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // Before the app: the prerendered embed, shown, at the address's date.
  await expect(page.locator('html')).toHaveAttribute('data-js', 'embed');
  await expect(page.locator(`[data-embed="${view}"] ${kept[0]}`)).toBeVisible();
  const before = await read(page);
  check(before);
  // The address names the view, as the app reads it.
  expect(new URL(page.url()).searchParams.get('embed')).toBe(view);
  const selector = kept.map((part) => `[data-embed="${view}"] ${part}`).join(', ');
  const marks = (mark: boolean) =>
    page.evaluate(
      ([selector, mark]) => [...document.querySelectorAll(selector)].map((e) => (mark ? ((e as Element & { __prerendered?: boolean }).__prerendered = true) : ((e as Element & { __prerendered?: boolean }).__prerendered ?? false))),
      [selector, mark] as const,
    );
  expect(await marks(true)).toHaveLength(kept.length);

  await release();
  if (view !== 'map') {
    // A chart's embed: its code and data there, the same picture until the reader reaches for it.
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    const armed: unknown = await read(page);
    expect(armed).toEqual(before);
    await reachFor(page);
  }
  await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
  await expect(page.locator(`[data-embed="${view}"] .view`)).toHaveAttribute('aria-busy', 'false');
  // The app drew the same picture on the same elements, and nothing moved.
  const after: unknown = await read(page);
  expect(after).toEqual(before);
  expect(await marks(false)).toEqual(kept.map(() => true));
  expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
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
      await paintedThenTakenOver(page, url, 'map', ['svg.map-svg', '[data-testid="current-date"]'], picture, (before) => {
        if (date) expect(before.date).toBe(date);
        if (members) expect(before.members).toEqual(members);
        if (caption) expect(before.caption).toMatch(caption);
        expect(before.controls).toBe(controls);
      });
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

  test('its time control and its map are taken over as parts of their own (islands), each as the build drew it', async ({ page }) => {
    // Each is a root of its own, hydrated in a task of its own (lib/ui/island.ts): the build draws them in their places.
    const parts = ['[data-island="time"] [data-testid="scrubber"]', '[data-island="map"] svg.map-svg'];
    await paintedThenTakenOver(page, '/embed/map.html?embed=map&date=2019-06-15', 'map', parts, picture, (before) => expect(before.date).toBe('15 June 2019'));
    // Taken over, not only painted: the time control answers.
    await page.getByTestId('scrubber').focus();
    await page.keyboard.press('End');
    await expect(page.getByTestId('map-caption')).toContainText('Austria');
    // A chart's embed is taken over whole, in the reader's first intent (embed/take-over.ts): no islands.
    await page.goto('/embed/timeline.html?date=2019-06-15');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await expect(page.locator('[data-embed] [data-island]')).toHaveCount(0);
  });

  test('an address that asks for more than a date is drawn by the app, hidden until then', async ({ page }) => {
    await page.goto('/embed/map.html?embed=map&date=2019-06-15&sel=member:GRC');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.locator('.member-map .card')).toBeVisible();
    await expect(page.getByTestId('current-date')).toHaveText('15 June 2019');
  });
});

/** What the timeline's embed shows: its date, where its cursor stands, which marks are past, the axis's day, whether it has a time control. */
async function timeline(page: Page) {
  return page.evaluate(() => ({
    date: document.querySelector('[data-embed="timeline"] [data-testid="current-date"]')?.textContent,
    // Across the axis (x), or where time runs down (y).
    cursor: ['x1', 'y1'].map((end) => Math.round(Number(document.querySelector('[data-embed="timeline"] svg.lanes-svg line.cursor')?.getAttribute(end)) * 10) / 10),
    past: [...document.querySelectorAll('[data-embed="timeline"] svg.lanes-svg g.mark.past')].map((g) => g.getAttribute('data-id')).sort(),
    axis: document.querySelector('[data-embed="timeline"] [data-testid="timeline-axis"]')?.getAttribute('aria-valuetext'),
    controls: !!document.querySelector('[data-embed="timeline"] [data-testid="scrubber"]'),
  }));
}

test.describe('the timeline embed’s own page', () => {
  // In an iframe 760 px wide (a report's column); other widths below. The app's picture is the reference.
  test.use({ viewport: { width: 760, height: 608 } });
  for (const { url, date, axis, controls } of [
    { url: '/embed/timeline.html?embed=timeline&date=2019-06-15', date: '15 June 2019', axis: '15 June 2019', controls: true },
    { url: '/embed/timeline.html?date=2016-06&controls=0', date: 'June 2016', axis: '30 June 2016', controls: false },
    { url: '/embed/timeline.sr-Cyrl.html?embed=timeline&date=2023-02&lang=sr-Cyrl', date: 'фебруар 2023.', axis: '28. фебруар 2023.', controls: true },
  ]) {
    test(`${url} is drawn at its date from the HTML, and taken over as it is`, async ({ page }) => {
      // The cursor, the past marks and the axis's day, on the same drawing.
      await paintedThenTakenOver(page, url, 'timeline', ['svg.lanes-svg'], timeline, (before) => {
        expect(before).toMatchObject({ date, axis, controls });
        expect(before.past.length).toBeGreaterThan(0);
      });
    });
  }
});

/** What the Secretariat's embed shows: its date, the caption's day and holders, where its cursor stands, which rows hold the chair and which bar parts are ringed, the Board's sentence. */
async function secretariat(page: Page) {
  return page.evaluate(() => ({
    date: document.querySelector('[data-embed="rotation"] [data-testid="current-date"]')?.textContent,
    now: document.querySelector('[data-embed="rotation"] [data-testid="secretariat-now"]')?.textContent?.replace(/\s+/g, ' ').trim(),
    cursor: Math.round(Number(document.querySelector('[data-embed="rotation"] svg.secretariat-svg line.cursor')?.getAttribute('x1')) * 10) / 10,
    holds: [...document.querySelectorAll('[data-embed="rotation"] svg.secretariat-svg g.row')].map((g) => `${g.getAttribute('data-term')}: ${g.getAttribute('data-holds')}`),
    ringed: document.querySelectorAll('[data-embed="rotation"] svg.secretariat-svg .seg.active').length,
    board: document.querySelector('[data-embed="rotation"] [data-testid="board-sentence"]')?.textContent,
    controls: !!document.querySelector('[data-embed="rotation"] [data-testid="scrubber"]'),
  }));
}

test.describe('the Secretariat embed’s own page', () => {
  test.use({ viewport: { width: 760, height: 608 } });
  for (const { url, date, now, holds, controls } of [
    { url: '/embed/rotation.html?embed=rotation&date=2022-03-01', date: '1 March 2022', now: /^On 1 March 2022: .*leave open which held it/, holds: 3, controls: true },
    { url: '/embed/rotation.html?date=2017-06&controls=0', date: 'June 2017', now: /^On 30 June 2017: /, holds: 0, controls: false },
    { url: '/embed/rotation.sr-Cyrl.html?embed=rotation&date=2024-01-10&lang=sr-Cyrl', date: '10. јануар 2024.', now: /^Датум: 10\. јануар 2024\. /, holds: 1, controls: true },
  ]) {
    test(`${url} is drawn at its date from the HTML, and taken over as it is`, async ({ page }) => {
      await paintedThenTakenOver(page, url, 'rotation', ['svg.secretariat-svg'], secretariat, (before) => {
        expect(before).toMatchObject({ date, controls });
        expect(before.now).toMatch(now);
        expect(before.holds.filter((row) => !row.endsWith(': none'))).toHaveLength(holds);
      });
    });
  }
});

/** The chart's drawing as laid out and as shown: the width it was laid out at (its viewBox), its shown width, the box's, the frame's, and the first button over it (its place relative to the drawing, in the drawing's pixels). */
async function scaled(page: Page, view: string) {
  return page.evaluate((view) => {
    const svg = document.querySelector(`[data-embed="${view}"] svg[data-figure-layer]`)!;
    const box = svg.closest('[data-chart-box]')!.getBoundingClientRect();
    const drawn = svg.getBoundingClientRect();
    const [, , width] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const scale = drawn.width / width;
    const button = document.querySelector(`[data-embed="${view}"] [data-chart-box] button`)!.closest('li')!.getBoundingClientRect();
    return {
      laidOut: width,
      scale,
      boxWidth: box.width,
      frame: innerWidth,
      // Nothing wider than the frame (no part cropped or scrolled sideways).
      overflows: document.documentElement.scrollWidth > innerWidth,
      button: { x: Math.round((button.x - drawn.x) / scale), y: Math.round((button.y - drawn.y) / scale) },
      templates: document.querySelectorAll('template').length,
    };
  }, view);
}

/** The class of frame widths each width falls in: the width its chart is laid out at (lib/ui/scaled-chart.ts). */
const WIDTHS = [
  { frame: 320, laidOut: 296, vertical: true },
  { frame: 390, laidOut: 366, vertical: true },
  { frame: 412, laidOut: 366, vertical: true },
  { frame: 600, laidOut: 476, vertical: true },
  { frame: 760, laidOut: 736, vertical: false },
  { frame: 1280, laidOut: 736, vertical: false },
];

test.describe('the charts’ embed pages at any frame width', () => {
  for (const { frame, laidOut, vertical } of WIDTHS)
    for (const [view, url, read, lang] of [
      ['timeline', '/embed/timeline.html?embed=timeline&date=2019-06-15', timeline, 'en'],
      ['rotation', '/embed/rotation.html?embed=rotation&date=2022-03-01', secretariat, 'en'],
      ...(frame === 412 || frame === 1280 ? [['timeline', '/embed/timeline.sr-Cyrl.html?date=2023-02&lang=sr-Cyrl', timeline, 'sr-Cyrl'] as const] : []),
      ...(frame === 390 || frame === 600 ? [['rotation', '/embed/rotation.sr-Latn.html?date=2024-01-10&controls=0&lang=sr-Latn', secretariat, 'sr-Latn'] as const] : []),
    ] as const)
      test(`${view} (${lang}) in a frame ${frame} px wide is painted from the HTML, laid out at ${laidOut}, and taken over as it is`, async ({ page }) => {
        await page.setViewportSize({ width: frame, height: 800 });
        let html: Awaited<ReturnType<typeof scaled>> | null = null;
        await paintedThenTakenOver(page, url, view, ['svg[data-figure-layer]', '[data-chart-box]', '[data-testid="current-date"]'], async (page) => ({ ...(await read(page)), scaled: await scaled(page, view) }), (before) => {
          html = before.scaled;
          expect(before.date).toBeTruthy();
        });
        expect(html).toMatchObject({ laidOut, frame, overflows: false, templates: 0 });
        const shown = html!;
        // Shown at its box's width, no smaller than laid out (in its frames' class) and at most 1.36 times.
        expect(shown.scale).toBeGreaterThanOrEqual(0.99);
        expect(shown.scale).toBeLessThanOrEqual(1.361);
        expect(Math.abs(shown.scale * laidOut - shown.boxWidth)).toBeLessThan(1);
        if (view === 'timeline') await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-orientation', vertical ? 'vertical' : 'horizontal');
      });

  test('at a phone’s width (412 px) the chart is painted before the app’s script has run', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    for (const view of ['timeline', 'rotation']) {
      const release = await withoutTheApp(page);
      await page.goto(`/embed/${view}.html?date=2019-06-15`, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('html')).toHaveAttribute('data-js', 'embed');
      // Painted (the first contentful paint has happened) with the chart in view, the app's code still held back (it would make data-js "ready").
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length === 1);
      await expect(page.locator(`[data-embed="${view}"] [data-chart-box] svg`)).toBeInViewport();
      expect((await scaled(page, view)).laidOut).toBe(366);
      await release();
      await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    }
  });

  test('a frame resized across a class is laid out again for its new width', async ({ page }) => {
    await page.setViewportSize({ width: 760, height: 760 });
    await page.goto('/embed/timeline.html?date=2019-06-15');
    // Resized before the reader has reached for it: the resize takes the embed over, laid out for its class.
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-orientation', 'horizontal');
    await page.setViewportSize({ width: 412, height: 760 });
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-orientation', 'vertical');
    expect((await scaled(page, 'timeline')).laidOut).toBe(366);
    await page.setViewportSize({ width: 1000, height: 760 });
    await expect(page.getByTestId('timeline-chart')).toHaveAttribute('data-orientation', 'horizontal');
    expect(await scaled(page, 'timeline')).toMatchObject({ laidOut: 736, overflows: false });
  });
});

test('a page read in a later year than it was built in (its axis has a year more) leaves the embed to the app', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 760 });
  await page.clock.setFixedTime(new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 2, 12)));
  for (const view of ['map', 'timeline']) {
    const release = await withoutTheApp(page);
    await page.goto(`/embed/${view}.html?date=2019-06-15`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-js', 'other');
    await expect(page.locator(`[data-embed="${view}"]`)).toBeHidden();
    await release();
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.getByTestId('current-date')).toHaveText('15 June 2019');
  }
});

test('in a frame 760 px wide at the embed code’s aspect, a chart’s page fits without a scrollbar (which would take the width its chart was drawn at)', async ({ page }) => {
  for (const [view, urls] of [
    ['timeline', ['/embed/timeline.html?date=2019-06-15', '/embed/timeline.sr-Cyrl.html?date=2019-06-15&lang=sr-Cyrl', '/embed/timeline.sr-Latn.html?date=2023-02&lang=sr-Latn']],
    ['rotation', ['/embed/rotation.html?date=2022-03-01', '/embed/rotation.sr-Cyrl.html?date=2022-03-01&lang=sr-Cyrl', '/embed/rotation.html?date=2016-06']],
  ] as const) {
    const [w, h] = viewById(view)!.embed.aspect.split('/').map(Number) as [number, number];
    await page.setViewportSize({ width: 760, height: Math.floor((760 * h) / w) });
    for (const url of urls) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), url).toBe(true);
      await reachFor(page);
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), url).toBe(true);
    }
  }
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
    await page.goto('/?embed=timeline&date=2019-06-15&controls=0&lang=sr-Cyrl');
    await expect(page).toHaveURL(/\/embed\/timeline\.sr-Cyrl\.html\?embed=timeline&date=2019-06-15&controls=0&lang=sr-Cyrl$/);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await expect(page.getByTestId('current-date')).toHaveText('15. јун 2019.');
    await page.goto('/?embed=rotation&date=2022-03-01');
    await expect(page).toHaveURL(/\/embed\/rotation\.html\?embed=rotation&date=2022-03-01$/);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await expect(page.locator('[data-embed="rotation"] svg.secretariat-svg')).toBeVisible();
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
