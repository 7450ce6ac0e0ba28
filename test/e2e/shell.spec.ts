import { test, expect, openAt, counter, tabTo, frames, DATA_BUNDLE } from './fixtures';
import { REST_MS } from '../../src/lib/ui/yield';

test.describe('counters follow the date', () => {
  // Dates either side of every joining, and of the office count (November 2023).
  const cases: [string, number, string, number][] = [
    ['2016-05-25', 0, '–', 0],
    ['2016-11-01', 10, '–', 2],
    ['2016-05-26', 10, '–', 0],
    ['2017-02-28', 10, '–', 2],
    ['2017-03-01', 11, '–', 2],
    ['2017-10-12', 11, '–', 3],
    ['2019-06-03', 11, '–', 4],
    ['2019-06-04', 12, '–', 5],
    ['2023-10-31', 12, '–', 9],
    // The sources count the offices undated ("connects 14 … offices"): as of the latest source, after November 2023.
    ['2023-11-01', 13, '–', 9],
    ['2023-12-01', 13, '14', 9],
    ['2025-01-01', 13, '14', 9],
    // A month or a year is read as its end: everything in it has happened.
    ['2019-06', 12, '–', 5],
    ['2017', 11, '–', 3],
    ['2023-11', 13, '–', 9],
  ];
  // The model's snapshots are tabled in test/unit/model; here the page shows them, in one page: the first
  // date by loading it, each next one as a link followed in the page would (history, then popstate).
  test('through every joining, in one page', async ({ page }) => {
    for (const [i, [date, countries, offices, meetings]] of cases.entries()) {
      if (i === 0) await openAt(page, `?date=${date}`);
      else
        await page.evaluate((search) => {
          history.pushState(null, '', search);
          dispatchEvent(new PopStateEvent('popstate'));
        }, `?date=${date}`);
      // 2016-05-25 is before the axis starts in May 2016: the clock clamps to 1 May 2016.
      await expect(counter(page, 'countries'), date).toHaveText(String(countries));
      await expect(counter(page, 'offices'), date).toHaveText(offices);
      await expect(counter(page, 'meetings'), date).toHaveText(String(meetings));
    }
  });

  test('on a phone, a dash for the offices is never left unexplained, and the counters keep their height', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAt(page, '?date=2019-06-15');
    const offices = page.locator('[data-counter="offices"]');
    await expect(counter(page, 'offices')).toHaveText('–');
    // The phone's words, on one line under the dash; the long ones are the laptop's.
    await expect(offices.locator('.qualifier').filter({ visible: true })).toHaveText('not counted', { useInnerText: true });
    expect(await offices.locator('.qualifier .short').evaluate((e) => e.getClientRects().length)).toBe(1);
    const height = async () => (await page.locator('.counters').boundingBox())!.height;
    const uncounted = await height();
    // Counted (14, as of the latest source, which the card says on a line of its own): no words under
    // the count, and the card as tall within a few pixels, so the map under it does not jump as the clock
    // plays into the latest source (it moved 19 px when the dash had no words).
    await page.evaluate(() => {
      history.pushState(null, '', '?date=2024-01-01');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(counter(page, 'offices')).toHaveText('14');
    await expect(page.getByTestId('as-of-source')).toBeVisible();
    await expect(offices.locator('.qualifier').filter({ visible: true })).toHaveCount(0);
    expect(Math.abs((await height()) - uncounted)).toBeLessThanOrEqual(4);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAt(page, '?date=2019-06-15');
    await expect(offices.locator('.qualifier').filter({ visible: true })).toHaveText('not counted by the sources at this date', { useInnerText: true });
  });

  test('Hungary is marked disputed between the two readings', async ({ page }) => {
    await openAt(page, '?date=2017-06-15');
    await expect(page.locator('[data-counter="countries"] .qualifier')).toContainText('Hungary');
    await page.getByText('The members on the current date, as a table').click();
    await expect(page.locator('[data-testid="members-table"] tr[data-member="HUN"]')).toHaveAttribute('data-status', 'disputed');
    await openAt(page, '?date=2017-11-01');
    await expect(page.locator('[data-counter="countries"] .qualifier')).toHaveCount(0);
    await page.getByText('The members on the current date, as a table').click();
    await expect(page.locator('[data-testid="members-table"] tr[data-member="HUN"]')).toHaveAttribute('data-status', 'member');
  });
});

test.describe('the date in the URL', () => {
  test('month and year precision are shown as such', async ({ page }) => {
    await openAt(page, '?date=2019-06');
    await expect(page.getByTestId('current-date')).toHaveText('June 2019');
    await openAt(page, '?date=2018');
    await expect(page.getByTestId('current-date')).toHaveText('2018');
  });

  test('a malformed date is ignored and other parameters are kept', async ({ page }) => {
    await openAt(page, '?date=2019-13-45&foo=bar');
    await expect(counter(page, 'countries')).toHaveText('13');
    expect(new URL(page.url()).searchParams.get('foo')).toBe('bar');
  });

  test('moving the clock writes the date back', async ({ page }) => {
    await openAt(page, '?date=2019-06-15&keep=1');
    await page.getByTestId('scrubber').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/date=2019-07-15/);
    expect(new URL(page.url()).searchParams.get('keep')).toBe('1');
  });
});

test.describe('the time control', () => {
  test('works with the keyboard alone', async ({ page }) => {
    await openAt(page, '?date=2017-01-15');
    const scrubber = page.getByTestId('scrubber');
    // Tab from the top of the page reaches the previous, play, next buttons, then the scrubber.
    await tabTo(page, page.getByRole('button', { name: 'Previous event' }));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Next event' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('current-date')).toHaveText('1 March 2017');
    await page.keyboard.press('Tab');
    await expect(scrubber).toBeFocused();
    await expect(scrubber).toHaveAttribute('aria-valuetext', '1 March 2017');

    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('current-date')).toHaveText('12 October 2017');
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('current-date')).toHaveText('28 June 2018');
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('current-date')).toHaveText('12 October 2017');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('current-date')).toHaveText('12 September 2017');
    await page.keyboard.press('Home');
    await expect(page.getByTestId('current-date')).toHaveText('1 May 2016');
    await expect(counter(page, 'countries')).toHaveText('0');
    await page.keyboard.press('End');
    await expect(counter(page, 'countries')).toHaveText('13');
  });

  test('play runs the clock forward and pause stops it', async ({ page }) => {
    await openAt(page, '?date=2016-05');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(counter(page, 'countries')).toHaveText('11', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const stopped = await page.getByTestId('current-date').textContent();
    await frames(page, 20);
    await expect(page.getByTestId('current-date')).toHaveText(stopped!);
    await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  });

  test('Space on the page plays and pauses', async ({ page }) => {
    await openAt(page, '?date=2016-06');
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });
});

test.describe('loading', () => {
  test('a failed load says what failed and retries', async ({ page, consoleErrors }) => {
    let fail = true;
    await page.route(DATA_BUNDLE, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    await page.goto('/?date=2020');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('data/*.json', { timeout: 15_000 });
    await expect(alert).toContainText('HTTP 503');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(counter(page, 'countries')).toHaveText('12');
    // The browser logs the failed request itself; that one is expected.
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('503')));
  });

  test('the layout is reserved while loading: the prerendered view keeps its boxes when the app takes over', async ({ page }) => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route(DATA_BUNDLE, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.locator('#map svg.map-svg')).toBeVisible();
    // The status card's parts and the map keep their boxes (on a laptop the card lays out nothing itself,
    // its parts are the first screen's); the view below keeps its place (it grows once drawn, and moves
    // the views after it, in one column below the first screen).
    const boxes = () =>
      Promise.all([
        ...['.counters', '.time-control', '#map .frame'].map((s) => page.locator(s).boundingBox()),
        page.locator('#rotation').boundingBox().then((b) => ({ x: b!.x, y: b!.y })),
      ]);
    const before = await boxes();
    release();
    await expect(page.locator('main#views')).toHaveAttribute('aria-busy', 'false');
    expect((before[0] as { height: number }).height).toBeGreaterThan(100);
    expect(await boxes()).toEqual(before);
  });
});

test.describe('views below the fold, left to the browser', () => {
  // Not scrolled to, they are drawn once the page has been at rest (no input, nothing playing:
  // lib/ui/deferred.svelte.ts); while the map plays they wait, and they come once it stops.
  test.use({ viewport: { width: 390, height: 844 } });
  test('wait while the map plays, and are drawn once it has stopped', async ({ page }) => {
    await openAt(page, '?date=2023-06-01');
    await expect(page.locator('.placeholder')).toHaveCount(4);
    // Each frame: a placeholder gone while the play button says "Pause" is a view drawn while playing.
    await page.evaluate(() => {
      const w = window as unknown as { seen: { drawnWhilePlaying: number[]; from: number; to: number } };
      w.seen = { drawnWhilePlaying: [], from: 0, to: 0 };
      const tick = (now: number) => {
        const playing = document.querySelector('button[aria-label="Pause"]') !== null;
        const waiting = document.querySelectorAll('.placeholder').length;
        if (playing) [w.seen.from, w.seen.to] = [w.seen.from || now, now];
        if (playing && waiting < 4) w.seen.drawnWhilePlaying.push(waiting);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 25_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: { drawnWhilePlaying: number[]; from: number; to: number } }).seen);
    // It played for longer than the page's rest (3 s), and nothing was drawn meanwhile.
    expect(seen.to - seen.from).toBeGreaterThan(REST_MS);
    expect(seen.drawnWhilePlaying).toEqual([]);
    await expect(page.locator('.placeholder')).toHaveCount(0);
    await expect(page.getByTestId('timeline-chart')).toBeAttached();
  });
});

test.describe('views below the fold', () => {
  // On a phone only the map is drawn with the first view. With the idle fallback switched off, each
  // other way a reader reaches a view must draw it: scrolling to it, a link to it or into it, printing.
  test.use({ viewport: { width: 390, height: 844 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
  });
  const timelineChart = (page: import('@playwright/test').Page) => page.getByTestId('timeline-chart');

  test('wait below the fold, and are drawn when scrolled to', async ({ page }) => {
    await openAt(page, '?date=2020');
    await expect(page.locator('#timeline').getByRole('status')).toHaveText('Drawing the view…', { useInnerText: true });
    await expect(page.locator('#sources').getByRole('status')).toHaveText('Drawing the list…');
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    await expect(timelineChart(page)).toBeVisible();
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('sources-list')).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
  });

  test('are drawn for a link to a view, and the page goes there', async ({ page }) => {
    await page.goto('/?date=2020#timeline');
    await expect(timelineChart(page)).toBeVisible();
    await expect(page.locator('#timeline h2')).toBeInViewport();
  });

  test('are drawn for a link into a view not drawn yet (a source)', async ({ page }) => {
    await page.goto('/?date=2020#source-osce-overview');
    await expect(page.locator('#source-osce-overview')).toBeInViewport();
    await expect(page.locator('#source-osce-overview')).toHaveCSS('outline-style', 'solid'); // :target
  });

  test('are all drawn before printing', async ({ page }) => {
    await openAt(page, '?date=2020');
    await expect(page.locator('#rotation').getByRole('status')).toHaveText('Drawing the view…', { useInnerText: true });
    const drawn = await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      // Synchronously, as the browser lays the page out for print right after the event.
      const count = (s: string) => document.querySelectorAll(s).length;
      return {
        views: ['#rotation [data-testid="board"]', '[data-testid="timeline-chart"]', '[data-testid="sources-list"]'].map(count),
        // The tables behind the charts (drawn only when first opened, or printed), and open.
        rows: ['[data-testid="secretariat-table"] tbody tr', '[data-testid="hosts"] tbody tr', '[data-testid="meetings-table"] tbody tr', '[data-fact]'].map((s) => count(s) > 0),
        closed: count('main details:not([open]), .sources details:not([open])'),
      };
    });
    expect(drawn).toEqual({ views: [1, 1, 1], rows: [true, true, true, true], closed: 0 });
  });
});
