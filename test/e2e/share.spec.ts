import { readFileSync } from 'node:fs';
import { test, expect, openAt, counter, hostEmbed, settledHeight } from './fixtures';

test.describe('links restore the picture', () => {
  test('a URL the app wrote opens the same date, members and look in a new page', async ({ page, context }) => {
    await openAt(page, '?date=2017-01-15');
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.getByLabel('Look').selectOption('dark');
    await expect(page).toHaveURL(/look=dark/);
    const url = page.url();
    const date = await page.getByTestId('current-date').textContent();
    // The members table is drawn when it is opened.
    await page.getByText('The members on the current date, as a table').click();
    await expect(page.getByTestId('members-table')).toBeVisible();
    const members = await page.locator('[data-testid="members-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-member')));

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.locator('main#views')).toHaveAttribute('aria-busy', 'false');
    await expect(other.getByTestId('current-date')).toHaveText(date!);
    await expect(other.locator('html')).toHaveAttribute('data-look', 'dark');
    await other.getByText('The members on the current date, as a table').click();
    await expect(other.getByTestId('members-table')).toBeVisible();
    expect(await other.locator('[data-testid="members-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-member')))).toEqual(members);
    await other.close();
  });

  test('back and forward step through what the user did', async ({ page }) => {
    // The page's clock is the test's: the pause between two gestures is set, not waited for.
    await page.clock.install();
    await openAt(page, '?date=2017-01-15');
    const next = page.getByRole('button', { name: 'Next event' });
    await next.click();
    await expect(page.getByTestId('current-date')).toHaveText('1 March 2017');
    await page.clock.fastForward(800); // a separate gesture, later than the coalescing window (700 ms)
    await next.click();
    await expect(page.getByTestId('current-date')).toHaveText('12 October 2017');
    await page.goBack();
    await expect(page.getByTestId('current-date')).toHaveText('1 March 2017');
    await page.goBack();
    await expect(page.getByTestId('current-date')).toHaveText('15 January 2017');
    await page.goForward();
    await expect(page.getByTestId('current-date')).toHaveText('1 March 2017');
  });

  test('playback adds no history entry per frame', async ({ page }) => {
    await openAt(page, '?date=2016-06');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Play' }).click();
    // Until playback has run through a joining: many frames, each of which could have written.
    await expect(counter(page, 'countries')).toHaveText('11', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
  });
});

test.describe('history', () => {
  test('one drag of the scrubber is one history entry, written when the drag ends', async ({ page }) => {
    await openAt(page, '?date=2017-01-15');
    const before = await page.evaluate(() => history.length);
    const box = (await page.getByTestId('scrubber').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    for (const share of [0.4, 0.5, 0.6]) {
      await page.mouse.move(box.x + box.width * share, y, { steps: 4 });
      await expect(page.getByTestId('current-date')).not.toHaveText('15 January 2017');
    }
    // Still dragging: the URL has not moved yet.
    expect(page.url()).toContain('date=2017-01-15');
    await page.mouse.up();
    await expect(page).not.toHaveURL(/date=2017-01-15/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect(page.getByTestId('current-date')).toHaveText('15 January 2017');
  });

  test('an embed never adds to the host page’s history', async ({ page }) => {
    await page.goto('/?embed=timeline&date=2017-01-15');
    await expect(page.getByTestId('current-date')).toHaveText('15 January 2017');
    // Painted from its page's HTML at any width, and taken over on the reader's first intent: the first
    // click on its button is that intent, and acts.
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page.getByTestId('current-date')).toHaveText('1 March 2017');
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page).toHaveURL(/date=2017-10-12/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

test.describe('deep links', () => {
  for (const [query, selector] of [
    ['?date=2019-06-15&sel=meeting:meeting-5', '[data-testid="timeline-details"]'],
    ['?sel=term:serbia', '[data-testid="term-details"]'],
    ['?sel=source:osce-overview', '#source-osce-overview'],
  ] as const) {
    test(`${query} opens at the selection`, async ({ page }) => {
      await openAt(page, query);
      await expect(page.locator(selector).first()).toBeInViewport();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    });
  }
});

test.describe('the long page', () => {
  for (const [target, width, height] of [
    ['#disagreement-hungary-joined', 1440, 900],
    ['#source-osce-overview', 1440, 900],
    ['#disagreement-hungary-joined', 900, 800],
  ] as const) {
    test(`a link to ${target} lands in view, below the compact status card, at ${width}x${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openAt(page, `?date=2019-06-15${target}`);
      const status = page.locator('section.status');
      await expect(status).toHaveClass(/stuck/);
      await expect(page.locator(target)).toBeInViewport();
      const card = (await status.boundingBox())!;
      expect(card.height).toBeLessThan(200);
      const box = (await page.locator(target).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(card.y + card.height - 1);
    });
  }
});

test.describe('share and embed', () => {
  test('the panel gives the link and the embed code for a view at the current date, and copies them', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await openAt(page, '?date=2019-06-15');
    await page.getByText('Share', { exact: true }).click();
    const panel = page.getByTestId('share-panel');
    await expect(panel.getByLabel('Link to this view')).toHaveValue(/\?date=2019-06-15$/);
    await panel.locator('select').selectOption('timeline');
    await panel.getByLabel('Let readers move the date').uncheck();
    const code = panel.getByTestId('embed-code');
    await expect(code).toHaveValue(/src="[^"]*\/embed\/timeline\.html\?date=2019-06-15&amp;embed=timeline&amp;controls=0"/);
    await expect(code).toHaveValue(/aspect-ratio:1 \/ 1/);
    await panel.getByRole('button', { name: 'Copy code' }).click();
    await expect(panel.getByRole('status')).toHaveText('The code is on the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('embed=timeline');
  });

  test('on a page in Serbian the panel speaks it, and the link and the embed keep ?lang=', async ({ page }) => {
    await openAt(page, '?lang=sr-Latn&date=2019-06-15');
    await page.getByText('Podeli', { exact: true }).click();
    const panel = page.getByTestId('share-panel');
    await expect(panel.getByLabel('Veza do ovog prikaza')).toHaveValue(/\?lang=sr-Latn&date=2019-06-15$/);
    await panel.locator('select').selectOption('rotation');
    const code = panel.getByTestId('embed-code');
    await expect(code).toHaveValue(/src="[^"]*\?date=2019-06-15&amp;embed=rotation&amp;lang=sr-Latn"/);
    await expect(code).toHaveValue(/title="PCOCP: Sekretarijat i Izvršni odbor"/);
  });
});

test.describe('the desktop page', () => {
  test('the Secretariat tooltip stays on screen, and cards and sources say what a reader needs', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAt(page, '?date=2019-06-15');
    // A tooltip of the right-hand column's last row stays inside the screen.
    const row = page.getByTestId('secretariat-chart').locator('li.row[data-term="bulgaria-sofia-appellate"]');
    await row.getByRole('button').hover();
    const tip = (await row.getByRole('tooltip').boundingBox())!;
    expect(tip.x + tip.width).toBeLessThanOrEqual(1440);
    // Greece's card on 15 June 2019 does not claim a Board seat the sources report only for November 2023.
    await page.locator('#map svg.map-svg [data-iso3="GRC"][tabindex]').focus();
    await expect(page.locator('#map .card[data-card="GRC"]')).toContainText('as of the latest source (undated, up to November 2023), after 15 June 2019');
    // The sources are listed as documents, not as the files they are kept in.
    await expect(page.getByTestId('sources-list')).not.toContainText('.txt');
    // A publisher only where the text says it ("Issued by: …"); a borrowed date says so.
    await expect(page.getByTestId('sources-list')).toContainText('The PCOCP network (OSCE overview). Undated; written in or after November 2023');
    await expect(page.getByTestId('sources-list')).toContainText('OSCE supports 6th Meeting of Permanent Conference of Organized Crime Prosecutors. OSCE Secretariat, Transnational Threats Department, OSCE Mission to Serbia, Undated');
    await expect(page.locator('#source-osce-news-2021-04-27 [data-inferred]')).toContainText('the “Issued on:” line is blank');
  });

  test('below the first screen the views run across the page: no tall empty card beside a longer one', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAt(page, '?date=2019-06-15');
    await expect(page.getByTestId('board')).toBeVisible();
    await expect(page.locator('.lanes-svg')).toBeVisible();
    // The first screen (the map and its status side by side) holds no more than a screen's worth of card around the map.
    const first = (await page.locator('.first-screen').boundingBox())!;
    expect(first.height).toBeLessThan(1300);
    for (const view of ['#rotation', '#timeline', '#themes']) {
      const box = (await page.locator(view).boundingBox())!;
      expect(Math.abs(box.x - first.x)).toBeLessThan(2);
      expect(Math.abs(box.width - first.width)).toBeLessThan(2);
    }
  });
});

test.describe('the phone', () => {
  test('the map and the time control share the first screen, and stay together when the page scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAt(page, '?date=2019-06-15');
    const play = page.getByRole('button', { name: 'Play' });
    await expect(play).toBeInViewport();
    const seen = async () => {
      const frame = (await page.locator('#map .frame').boundingBox())!;
      const bar = (await page.locator('.time-control').boundingBox())!;
      const visible = Math.min(frame.y + frame.height, bar.y) - Math.max(frame.y, 0);
      return visible / frame.height;
    };
    expect(await seen()).toBeGreaterThan(0.5);
    await page.locator('#map .frame').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await expect(play).toBeInViewport();
    expect(await seen()).toBeGreaterThan(0.95);
    // No member's label sits on another member country (a small one is labelled by its code).
    const astray = await page.evaluate(() => {
      const out: string[] = [];
      const shapes = [...document.querySelectorAll<SVGPathElement>('#map svg.map-svg path.country.member')];
      for (const label of document.querySelectorAll<SVGTextElement>('#map svg.map-layer.top text.label.member')) {
        const iso3 = label.getAttribute('data-label')!;
        const box = label.getBBox();
        const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
        const on = shapes.filter((s) => s.getAttribute('data-iso3') !== iso3 && s.isPointInFill(centre)).map((s) => s.getAttribute('data-iso3'));
        if (on.length) out.push(`${iso3} “${label.textContent}” on ${on.join(', ')}`);
      }
      return out;
    });
    expect(astray).toEqual([]);
    // Kosovo's label stays by Kosovo rather than on a leader across its neighbours.
    const kosovo = await page.evaluate(() => {
      const label = document.querySelector<SVGGraphicsElement>('#map [data-label="XKX"]')!.getBBox();
      const shape = document.querySelector<SVGGraphicsElement>('#map svg.map-svg [data-iso3="XKX"]')!.getBBox();
      return Math.hypot(label.x + label.width / 2 - (shape.x + shape.width / 2), label.y + label.height / 2 - (shape.y + shape.height / 2));
    });
    expect(kosovo).toBeLessThan(40);
    // Every member country is a target at least 44 px across: its shape, or a round target over it.
    const small = await page.evaluate(() => {
      const out: string[] = [];
      for (const path of document.querySelectorAll<SVGPathElement>('#map svg.map-svg path.country.member')) {
        const iso3 = path.getAttribute('data-iso3')!;
        const own = path.getBoundingClientRect();
        const hit = document.querySelector(`#map [data-hit-for="${iso3}"]`)?.getBoundingClientRect();
        if (Math.max(own.width, hit?.width ?? 0) < 43.5 || Math.max(own.height, hit?.height ?? 0) < 43.5) out.push(iso3);
      }
      return out;
    });
    expect(small).toEqual([]);
    // A tap on a small country's target opens its card.
    const target = page.locator('#map [data-hit-for]').first();
    const iso3 = await target.getAttribute('data-hit-for');
    await target.dispatchEvent('click');
    await expect(page.locator(`#map .card[data-card="${iso3}"]`)).toBeVisible();
    // The bar's buttons are big enough to tap.
    const box = (await play.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  });
});

test.describe('embed', () => {
  /** The levels of the headings a reader meets, in document order (visually hidden ones too: a screen reader lists them). */
  const headingLevels = (page: import('@playwright/test').Page) => page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => Number(h.tagName[1])));

  test('nothing in an embed moves once it has been seen (no layout shift while its view is drawn)', async ({ page }) => {
    // Every shift, with what moved (its element and its top before and after), for the message.
    await page.addInitScript(() => {
      const shifts: string[] = ((window as unknown as { __shifts: string[] }).__shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[] }[])
          if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map((s) => `${(s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? s.node?.nodeName} ${s.previousRect.y}→${s.currentRect.y}`).join('; ')}`);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const view of ['rotation', 'timeline', 'map']) {
      await page.goto(`/?embed=${view}`);
      const embed = page.locator(`[data-embed="${view}"]`);
      await expect(embed.locator('.view svg, .view figure').first()).toBeVisible();
      await expect(embed.locator('footer')).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts), view).toEqual([]);
      await expect(embed.locator('.view')).toHaveAttribute('aria-busy', 'false');
    }
  });

  test('no heading level is skipped in an embed or on the dashboard, with a mark or a card open', async ({ page }) => {
    // The dashboard starts at its h1; an embed, a figure in a page with an h1 of its own, at its h2 title.
    for (const [url, first] of [
      ['/?embed=rotation&date=2022-06-01&sel=term:serbia', 2],
      ['/?embed=timeline&sel=meeting:meeting-4', 2],
      ['/?embed=map&sel=member:GRC', 2],
      ['/?date=2022-06-01&sel=meeting:meeting-4', 1],
    ] as const) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
      await expect(page.locator('[data-testid="term-details"], [data-testid="timeline-details"], .member-map .card').first(), url).toBeVisible();
      const levels = await headingLevels(page);
      expect(levels[0], url).toBe(first);
      levels.forEach((level, i) => expect(level, `${url}: heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual((levels[i - 1] ?? first - 1) + 1));
    }
  });

  test('shows one view with its title, date, source line and a link to the dashboard', async ({ page }) => {
    await page.goto('/?embed=map&date=2019-06-15');
    await expect(page.locator('[data-embed="map"] h2')).toHaveText('Member countries');
    await expect(page.getByTestId('current-date')).toHaveText('15 June 2019');
    await expect(page.locator('#masthead')).toBeHidden();
    await expect(page.locator('#timeline')).toHaveCount(0);
    const link = page.getByRole('link', { name: 'Open the full dashboard' });
    await expect(link).toHaveAttribute('href', /date=2019-06-15/);
    await expect(link).not.toHaveAttribute('href', /embed=/);
    await expect(page.getByTestId('scrubber')).toBeVisible();
    // The view itself loads its data: twelve members on that day, no placeholder left.
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect(page.locator('[data-embed="map"] [data-member="true"]')).toHaveCount(12);
  });

  test('controls=0 makes a static figure', async ({ page }) => {
    await page.goto('/?embed=rotation&date=2022&controls=0');
    await expect(page.locator('[data-embed="rotation"] h2')).toHaveText('Secretariat and Executive Board');
    await expect(page.getByTestId('scrubber')).toHaveCount(0);
    await expect(page.getByTestId('current-date')).toHaveText('2022');
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect(page.locator('[data-embed="rotation"]')).toContainText('Sofia Appellate Prosecution Office');
  });

  test('in a sandboxed iframe it posts its height, and again when the width changes', async ({ page, baseURL }) => {
    await hostEmbed(page, `${baseURL}/?embed=timeline&date=2021-12-06`, 900, 'sandbox="allow-scripts allow-same-origin allow-popups"');
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
    const wide = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
    expect(wide).toBeGreaterThan(200);
    await page.evaluate(() => (document.getElementById('f')!.style.width = '340px'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!)).not.toBe(wide);
    // The iframe now shows all of the embed: nothing scrolls inside it.
    const frame = page.frameLocator('#f');
    await expect(frame.locator('[data-embed="timeline"]')).toBeVisible();
    // (The height may be posted more than once while the narrower layout settles: wait for the last.)
    await expect.poll(() => frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);
  });

  /** The height an embed posts in an iframe `width` wide, once its content is drawn. */
  async function postedHeight(page: import('@playwright/test').Page, baseURL: string, query: string, width: number) {
    await hostEmbed(page, `${baseURL}/${query}`, width);
    const frame = page.frameLocator('#f');
    await expect(frame.locator('svg').first()).toBeVisible();
    await expect(frame.getByRole('status')).toHaveCount(0);
    return settledHeight(page);
  }

  // In every language: Serbian words run longer than English ones, and Cyrillic letters wider.
  for (const lang of ['en', 'sr-Latn', 'sr-Cyrl']) {
    const query = (view: string) => `?embed=${view}&date=2021-12-06${lang === 'en' ? '' : `&lang=${lang}`}`;
    for (const view of ['map', 'timeline', 'rotation', 'themes']) {
      for (const width of [760, 1000]) {
        test(`the ${view} embed at ${width} px in ${lang} is a compact figure: under 0.75 × its width plus its title, controls and source line`, async ({ page, baseURL }) => {
          const height = await postedHeight(page, baseURL!, query(view), width);
          expect(height).toBeLessThanOrEqual(0.75 * width + 200);
        });
      }
    }

    for (const view of ['map', 'timeline', 'rotation', 'themes']) {
      test(`the ${view} embed at 390 px in ${lang} is about one phone screen tall`, async ({ page, baseURL }) => {
        expect(await postedHeight(page, baseURL!, query(view), 390)).toBeLessThanOrEqual(880);
      });
    }
  }

  for (const width of [760, 390]) {
    test(`the timeline embed at ${width} px shows its whole figure: every lane and every mark within every box that clips it`, async ({ page, baseURL }) => {
      await postedHeight(page, baseURL!, '?embed=timeline&date=2021-12-06', width);
      const frame = page.frameLocator('#f');
      const chart = frame.getByTestId('timeline-chart');
      // The marks are drawn a part at a time: all of them, as many as their buttons.
      const buttons = await chart.locator('button.mark').count();
      expect(buttons).toBeGreaterThan(15);
      await expect(chart.locator('svg g.mark')).toHaveCount(buttons);
      await expect(chart.locator('svg .lane-label')).toHaveCount(4);
      // Each part of the figure against the boxes that would cut it: an ancestor that clips its
      // overflow (scrolling or hidden), and the frame's own window (the host sized it from the posted height).
      const cut = await chart.evaluate((box) => {
        const parts = box.querySelectorAll('svg .lane-label, svg .lane-rule, svg g.mark, button.mark, svg .legend text');
        const root = document.documentElement;
        const names: string[] = [];
        for (const part of parts) {
          const r = part.getBoundingClientRect();
          const clips: DOMRect[] = [new DOMRect(0, 0, root.clientWidth, root.clientHeight)];
          for (let p = part.parentElement; p && p !== root; p = p.parentElement) {
            const style = getComputedStyle(p);
            if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(p.getBoundingClientRect());
          }
          if (clips.some((c) => r.top < c.top - 1 || r.left < c.left - 1 || r.bottom > c.bottom + 1 || r.right > c.right + 1))
            names.push(part.getAttribute('data-id') ?? part.getAttribute('data-mark') ?? `${part.classList[0]} “${part.textContent}”`);
        }
        return { parts: parts.length, names };
      });
      expect(cut.parts).toBeGreaterThan(2 * buttons);
      expect(cut.names, 'parts of the figure cut off').toEqual([]);
    });
  }

  test('a meeting opened in the timeline embed opens in place: the embed does not grow', async ({ page, baseURL }) => {
    const before = await postedHeight(page, baseURL!, '?embed=timeline&date=2021-12-06', 760);
    const frame = page.frameLocator('#f');
    await frame.locator('[data-mark="meeting-4"]').click();
    await expect(frame.getByTestId('timeline-details')).toBeVisible();
    await expect(frame.getByTestId('timeline-details')).toContainText('Fourth meeting');
    expect(await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height))).toBeLessThanOrEqual(before);
  });
});

test.describe('a part that fails to load', () => {
  test('presenter mode that cannot be loaded says so, offers a reload, and loads when asked again', async ({ page, consoleErrors }) => {
    await openAt(page, '?date=2019-06-04');
    await page.route(/\/assets\/Presenter-[^/?]+\.js(\?.*)?$/, (route) => route.abort());
    await page.locator('h1').click();
    await page.keyboard.press('p');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The presenter mode could not be loaded.');
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await page.unroute(/\/assets\/Presenter-[^/?]+\.js(\?.*)?$/);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    // The aborted requests were expected.
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Failed to fetch|net::ERR_FAILED|dynamically imported module/i.test(e)));
  });
});

test.describe('presenter mode', () => {
  test('P opens the story, clicker keys step it, B and . blank it, Escape leaves', async ({ page }) => {
    await openAt(page);
    await page.locator('h1').click();
    await page.keyboard.press('p');
    const presenter = page.getByTestId('presenter');
    await expect(presenter).toBeVisible();
    await expect(page.getByTestId('present-date')).toHaveText('26 May 2016');
    await expect(page.getByTestId('present-caption')).toHaveText('Declaration of Intent signed, Belgrade: 10 founding signatories');
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('present-date')).toHaveText('November 2016');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('present-date')).toHaveText(/^12\s–\s13 October 2017$/);
    await expect(page.getByTestId('present-caption')).toContainText('Third meeting, Rome');
    await expect(page.getByTestId('present-caption')).toContainText('Hungary joins, by one source');
    await expect(page.getByTestId('present-caption')).not.toContainText('joins at the third meeting');
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('present-date')).toHaveText('March 2017');
    await expect(page.getByTestId('present-caption')).toHaveText('Hungary joins, by one source; the sources disagree (another gives October 2017, at the third meeting, Rome)');
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank')).toBeVisible();
    await page.keyboard.press('.');
    await expect(page.getByTestId('blank')).toHaveCount(0);
    await page.keyboard.press('End');
    await expect(page.getByTestId('present-date')).toContainText('Today');
    await page.keyboard.press('Home');
    await expect(page.getByTestId('present-date')).toHaveText('26 May 2016');
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
    await expect(page.locator('main#views')).toBeVisible();
  });
});

test.describe('downloads', () => {
  test('the members CSV has a header and one row per joining reading', async ({ page }) => {
    await openAt(page, '?date=2020');
    await page.getByText('Download', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Members (CSV)' }).click()]);
    expect(file.suggestedFilename()).toBe('pcocp-members.csv');
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // a byte order mark: spreadsheets open it as UTF-8
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('id,iso_numeric,name,founding,reading,joined,event,quote,sources,inferred,inferred_from');
    expect(lines).toHaveLength(15);
    expect(lines.filter((l) => l.startsWith('HUN,'))).toHaveLength(2);
  });

  test('on a page in Serbian a figure and a table are named with the language, and the table’s columns stay the machines’ (English, ASCII)', async ({ page }) => {
    await openAt(page, '?lang=sr-Latn&date=2019-06-15');
    await page.getByText('Preuzmi', { exact: true }).click();
    const [figure] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Karta kao slika (SVG)' }).click()]);
    expect(figure.suggestedFilename()).toBe('pcocp-map-2019-06-15-sr-Latn.svg');
    await page.getByText('Preuzmi', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Članice (CSV)' }).click()]);
    expect(file.suggestedFilename()).toBe('pcocp-members-sr-Latn.csv');
    expect(readFileSync((await file.path())!, 'utf8').slice(1).split('\r\n')[0]).toBe('id,iso_numeric,name,founding,reading,joined,event,quote,sources,inferred,inferred_from');
  });

  test('the JSON download is the whole validated dataset', async ({ page }) => {
    await openAt(page);
    await page.getByText('Download', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'All data (JSON)' }).click()]);
    const data = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { members: unknown[]; meetings: unknown[] };
    expect(data.members).toHaveLength(13);
    expect(data.meetings).toHaveLength(11);
  });
});

test('the projector look is high contrast and survives a reload', async ({ page }) => {
  await openAt(page, '?date=2020');
  await page.getByLabel('Look').selectOption('contrast');
  await expect(page.locator('html')).toHaveAttribute('data-look', 'contrast');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-look', 'contrast');
  const colours = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.color, getComputedStyle(document.documentElement).backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await expect(counter(page, 'countries')).toHaveText('12');
});

test.describe('figure export', () => {
  test('the map as SVG parses and carries its title, date, source line and disclaimer', async ({ page }) => {
    await openAt(page, '?date=2019-06-15');
    await page.getByText('Download', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Map as a figure (SVG)' }).click()]);
    expect(file.suggestedFilename()).toBe('pcocp-map-2019-06-15.svg');
    const svg = readFileSync((await file.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      const texts = [...doc.querySelectorAll('svg > text')].map((t) => t.textContent);
      // Each member's colour is a shape of its own in the file (the page draws it by reference to the
      // shape below), in its wave's colour, not the ground's.
      const fills = [...doc.querySelectorAll('path[data-fill-of]')].filter((p) => (p.getAttribute('d') ?? '').length > 100);
      const grounds = new Map([...doc.querySelectorAll('path[data-member="true"]')].map((p) => [p.getAttribute('data-iso3'), p.getAttribute('fill')]));
      const coloured = fills.filter((p) => p.getAttribute('fill') !== grounds.get(p.getAttribute('data-fill-of')) && !/url\(/.test(p.getAttribute('fill') ?? '')).length;
      return { error: error?.textContent ?? null, texts, shapes: doc.querySelectorAll('[data-member="true"]').length, root: doc.documentElement.nodeName, fills: fills.length, coloured, uses: doc.querySelectorAll('use').length };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.texts.join(' ')).toContain('Member countries of the Permanent Conference of Organized Crime Prosecutors');
    expect(parsed.texts).toContain('15 June 2019');
    expect(parsed.texts.join(' ')).toContain('Sources: “Key outcomes from the Third Meeting');
    expect(parsed.texts.join(' ')).toContain('do not imply official endorsement');
    expect(parsed.shapes).toBe(12);
    expect([parsed.fills, parsed.coloured, parsed.uses]).toEqual([12, 12, 0]);
    // Its legend is in the file: the waves' colours and the disputed hatching explained.
    const legend = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('[data-part="legend"]')?.textContent ?? '', svg);
    expect(legend).toContain('2016: the 10 founding signatories');
    expect(legend).toContain('Joined in 2019: Greece');
    expect(legend).toContain('Member by one source, not yet by another †');
    // Colours are plain colours a file can hold, not the page's CSS functions.
    expect(svg).not.toMatch(/light-dark\(|var\(--/);
  });

  test('the map figure is drawn light for a report, whatever the page’s look', async ({ page }) => {
    await openAt(page, '?date=2019-06-15&look=dark');
    await page.getByText('Download', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Map as a figure (SVG)' }).click()]);
    const svg = readFileSync((await file.path())!, 'utf8');
    // The frame's background and the sea are the light theme's (#ffffff, #dde9f2), not the dark one's.
    expect(svg).toMatch(/<rect width="100%" height="100%" fill="rgb\(255, 255, 255\)"/);
    expect(svg).toContain('fill="rgb(221, 233, 242)"');
    expect(svg).not.toContain('rgb(7, 17, 26)');
    // Nothing of the page's interaction goes into the file.
    expect(svg).not.toMatch(/tabindex=|onclick=/);
  });

  test('the map figure and the page say the same of the latest event and the members', async ({ page }) => {
    for (const date of ['2016-06-01', '2017-06-01', '2019-06-15', '2023-12-01']) {
      await openAt(page, `?date=${date}`);
      const latest = (await page.getByTestId('latest-event').innerText()).replace(/\s+/g, ' ').trim();
      const members = await page.locator('[data-counter="countries"] .value').innerText();
      await page.getByText('Download', { exact: true }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Map as a figure (SVG)' }).click()]);
      const svg = readFileSync((await file.path())!, 'utf8');
      const desc = (/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '').replace(/&amp;/g, '&');
      // The page shows "June 2019 Fifth meeting, …"; the figure "Latest: June 2019, Fifth meeting, …".
      const [date0, ...rest] = latest.split(' · ')[0]!.split(/(?<=\d{4}) /);
      expect(desc, date).toContain(`Latest: ${date0}, ${[rest.join(' '), ...latest.split(' · ').slice(1)].join('; ')}.`);
      expect(desc, date).toContain(`${members} member countries`);
    }
  });

  test('the map as PNG has the width asked for', async ({ page }) => {
    await openAt(page, '?date=2023-11-30');
    for (const [name, width] of [['Map as a figure (PNG, 2400 px)', 2400], ['Map for print (PNG, A4 width at 300 dpi)', 2480]] as const) {
      await page.getByText('Download', { exact: true }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const png = readFileSync((await file.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(width); // IHDR width
      expect(png.readUInt32BE(20)).toBeGreaterThan(width / 2); // a figure, not a strip
      // The print PNG says it is 300 dpi (pHYs: 11811 pixels per metre), so it is placed at A4 width.
      const phys = png.indexOf('pHYs');
      if (width === 2480) expect([png.readUInt32BE(phys + 4), png[phys + 12]]).toEqual([11811, 1]);
      else expect(phys).toBe(-1);
    }
  });
});

test.describe('chart figure export', () => {
  test('the timeline as SVG parses and carries its title, date, marks and source line', async ({ page }) => {
    await openAt(page, '?date=2019-06-15');
    await page.getByText('Download', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Timeline as a figure (SVG)' }).click()]);
    expect(file.suggestedFilename()).toBe('pcocp-timeline-2019-06-15.svg');
    const svg = readFileSync((await file.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const badge = (id: string) => doc.querySelector(`[data-id="${id}"] text`)?.textContent ?? null;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent),
        meetings: [...doc.querySelectorAll('[data-kind="meeting"]')].map((g) => g.querySelector('text')?.textContent),
        filled: [...doc.querySelectorAll('[data-past="true"]')].map((g) => g.getAttribute('data-id')),
        declaration: badge('declaration-2016'),
        styled: doc.querySelectorAll('[style], [class]').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.texts.join(' ')).toContain('Meetings of the Permanent Conference of Organized Crime Prosecutors');
    expect(parsed.texts).toContain('15 June 2019');
    expect(parsed.texts.join(' ')).toContain('Sources: “Key outcomes from the Third Meeting');
    expect(parsed.meetings).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(parsed.filled).toEqual(expect.arrayContaining(['meeting-5', 'join-GRC']));
    expect(parsed.filled).not.toContain('meeting-6');
    expect(parsed.declaration).toBe('10');
    expect(parsed.styled).toBe(0);
  });

  test('the Secretariat chart as PNG is 2400 px wide, and as SVG names the chair', async ({ page }) => {
    await openAt(page, '?date=2024-03-01');
    await page.getByText('Download', { exact: true }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Secretariat chart as a figure (PNG, 2400 px)' }).click()]);
    expect(png.suggestedFilename()).toBe('pcocp-secretariat-2024-03-01.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(2400); // IHDR width
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(1000); // a figure, not a strip

    await page.getByText('Download', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Secretariat chart as a figure (SVG)' }).click()]);
    const svg = readFileSync((await file.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent).join(' '),
        terms: [...doc.querySelectorAll('[data-term]')].map((g) => `${g.getAttribute('data-term')}:${g.getAttribute('data-holds')}`),
        hatched: doc.querySelectorAll('[data-segment^="uncertain"]').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    // March 2024 is past the latest dated fact: the figure says the chair is as of the latest source, not certain.
    expect(parsed.texts).toContain('Chair of the Secretariat: Bulgaria: Sofia Appellate Prosecution Office, as of the latest source (it dates nothing after November 2023).');
    expect(parsed.texts).toContain('“The PCOCP network (OSCE overview)” (Undated; written in or after November 2023');
    expect(parsed.terms).toEqual(['serbia:none', 'bulgaria-specialised:none', 'bulgaria-sofia-appellate:as-of-source']);
    expect(parsed.hatched).toBe(3);
    expect(svg).toContain('data-beyond');
  });

  test('the Secretariat figure and the page say the same of who chaired', async ({ page }) => {
    for (const date of ['2017-06-01', '2019-06-15', '2022-06-01', '2024-03-01']) {
      await openAt(page, `?date=${date}`);
      // The sentence as a reader sees it, without its source references.
      const now = await page.getByTestId('secretariat-now').evaluate((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.source-refs, .on').forEach((e) => e.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      });
      await page.getByText('Download', { exact: true }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Secretariat chart as a figure (SVG)' }).click()]);
      const svg = readFileSync((await file.path())!, 'utf8');
      const desc = (/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '').replace(/&amp;/g, '&');
      expect(desc.startsWith(now), `${date}: “${now}” / “${desc}”`).toBe(true);
    }
  });
});

test.describe('print', () => {
  for (const [format, landscape] of [
    ['A4', false],
    ['A4', true],
    ['Letter', false],
    ['Letter', true],
  ] as const) {
    test(`prints every view whole, with legends and tables, on ${format} ${landscape ? 'landscape' : 'portrait'}`, async ({ page }) => {
      await openAt(page, '?date=2019-06-15');
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      // The charts and what explains them are there, at a size; the controls are not.
      for (const selector of ['#map svg.map-svg', '.secretariat-svg', '.lanes-svg', '#map .legend', '.secretariat-svg .legend', '.lanes-svg .legend']) {
        const box = await page.locator(selector).first().boundingBox();
        expect(box && box.width > 100 && box.height > 10, selector).toBe(true);
      }
      await expect(page.getByTestId('members-table')).toBeVisible();
      await expect(page.getByTestId('secretariat-table')).toBeVisible();
      await expect(page.locator('.theme-chart tbody th').first()).toBeVisible();
      await expect(page.locator('.theme-chart tbody th').first()).not.toHaveText('');
      await expect(page.locator('.toolbar')).toBeHidden();
      await expect(page.locator('.time-control')).toBeHidden();
      const pdf = await page.pdf({ format, landscape, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(4);
    });
  }
});
