import type { Page } from '@playwright/test';
import { test, expect, openAt, tabTo, frames } from './fixtures';

const FOUNDERS = ['ALB', 'BGR', 'BIH', 'HRV', 'ITA', 'MKD', 'MNE', 'ROU', 'SRB', 'SVN'];
/** The members in the order the keyboard visits them: by name, as the table lists them. */
const BY_NAME = ['ALB', 'AUT', 'BIH', 'BGR', 'HRV', 'GRC', 'HUN', 'ITA', 'MNE', 'MKD', 'ROU', 'SRB', 'SVN'];

const map = (page: Page) => page.locator('#map');
const shape = (page: Page, iso3: string) => map(page).locator(`svg.map-svg [data-iso3="${iso3}"][tabindex]`);

async function membersOnMap(page: Page): Promise<string[]> {
  await expect(map(page).locator('svg.map-svg')).toBeVisible();
  return (await map(page).locator('svg.map-svg [data-iso3][data-member="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')!))).sort();
}

/** Samples the data-progress of a member's fill on every animation frame for `ms`. */
/** Samples the data-progress of a member's fill on every animation frame until the fill is whole (or `frames` pass). */
async function sampleProgress(page: Page, iso3: string, act: () => Promise<void>): Promise<string[]> {
  await page.evaluate((id) => {
    const w = window as unknown as { __samples: string[]; __sampling: boolean };
    w.__samples = [];
    w.__sampling = true;
    const tick = () => {
      w.__samples.push(document.querySelector(`#map [data-fill-of="${id}"]`)?.getAttribute('data-progress') ?? 'none');
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, iso3);
  await act();
  // Until the sweep is done: a condition, not a time.
  await page.waitForFunction((id) => document.querySelector(`#map [data-fill-of="${id}"]`)?.getAttribute('data-progress') === '1.000', iso3);
  // The sampler runs on animation frames, so the frame that wrote 1.000 may not have been sampled yet:
  // the last sample is the attribute as it is now.
  return page.evaluate((id) => {
    const w = window as unknown as { __samples: string[]; __sampling: boolean };
    w.__sampling = false;
    w.__samples.push(document.querySelector(`#map [data-fill-of="${id}"]`)?.getAttribute('data-progress') ?? 'none');
    return w.__samples;
  }, iso3);
}

test.describe('the member map follows the date', () => {
  const cases: [string, string[]][] = [
    ['2016-05-25', []],
    ['2016-05-26', FOUNDERS],
    ['2017-02-28', FOUNDERS],
    ['2017-03-01', [...FOUNDERS, 'HUN']],
    ['2017-10-12', [...FOUNDERS, 'HUN']],
    ['2019-06-03', [...FOUNDERS, 'HUN']],
    ['2019-06-04', [...FOUNDERS, 'HUN', 'GRC']],
    ['2023-10-31', [...FOUNDERS, 'HUN', 'GRC']],
    ['2023-11-01', [...FOUNDERS, 'HUN', 'GRC', 'AUT']],
  ];
  for (const [date, expected] of cases) {
    test(`members on ${date}`, async ({ page }) => {
      await openAt(page, `?date=${date}`);
      expect(await membersOnMap(page)).toEqual([...expected].sort());
      // Every other member shape says it is not (yet) a member.
      const others = BY_NAME.filter((id) => !expected.includes(id));
      for (const id of others) await expect(shape(page, id)).toHaveAttribute('data-member', 'false');
    });
  }

  test('Hungary is marked disputed between its two readings, on the map and in the caption', async ({ page }) => {
    await openAt(page, '?date=2017-06-15');
    await expect(shape(page, 'HUN')).toHaveAttribute('data-status', 'disputed');
    await expect(map(page).locator('[data-fill-of="HUN"]')).toHaveClass(/disputed/);
    await expect(map(page).locator('[data-label="HUN"]')).toContainText('†');
    const caption = page.getByTestId('map-caption');
    await expect(caption).toContainText('March 2017 — Hungary joins, by one source; the sources disagree');
    await expect(caption.getByRole('link', { name: /sources disagree/ })).toBeVisible();
    await openAt(page, '?date=2017-11-01');
    await expect(shape(page, 'HUN')).toHaveAttribute('data-status', 'member');
    // Both readings stay in its label once both have passed.
    await expect(shape(page, 'HUN')).toHaveAttribute('aria-label', /since March 2017 or October 2017 \(the sources disagree\)/);
  });

  test('the caption names the event at its precision', async ({ page }) => {
    await openAt(page, '?date=2019-06-15');
    await expect(page.getByTestId('map-caption')).toHaveText('June 2019 — Greece joins at the fifth meeting, Bucharest');
    await openAt(page, '?date=2021-05-01');
    await expect(page.getByTestId('map-caption')).toHaveText('27 April 2021 — Sixth meeting (online)');
  });

  test('meeting places appear with their meetings; online meetings are listed, not placed', async ({ page }) => {
    await openAt(page, '?date=2017-10-12');
    await expect(map(page).locator('.marker')).toHaveCount(2);
    await expect(map(page).locator('.marker title')).toHaveText([/^Belgrade: Declaration of Intent signed/, /^Rome: Third meeting/]);
    await expect(page.getByTestId('online-meetings')).toContainText('none yet');
    await openAt(page, '?date=2024-01-01');
    await expect(map(page).locator('.marker')).toHaveCount(5);
    await expect(page.getByTestId('online-meetings')).toContainText('Sixth meeting (27 April 2021), Seventh meeting (6 December 2021), Eighth meeting (28 April 2022)');
  });

  test('scrubbing back un-joins, and the fill goes', async ({ page }) => {
    await openAt(page, '?date=2019-06-04');
    await expect(shape(page, 'GRC')).toHaveAttribute('data-member', 'true');
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(shape(page, 'GRC')).toHaveAttribute('data-member', 'false');
    await expect(map(page).locator('[data-fill-of="GRC"]')).toHaveCount(0);
  });
});

test.describe('the map as a picture', () => {
  test('an <svg> with a title and a description; every shape says its code and whether it is a member', async ({ page }) => {
    await openAt(page, '?date=2019-06-15');
    const svg = map(page).locator('svg.map-svg');
    const labelLayer = map(page).locator('svg.map-layer.top');
    await expect(svg.locator('title').first()).toHaveText('Map of the member countries of the Permanent Conference (12 members)');
    await expect(svg.locator('desc')).toContainText('Members: Albania, Bosnia and Herzegovina');
    const shapes = svg.locator('path.country');
    expect(await shapes.count()).toBeGreaterThan(30);
    const attributes = await shapes.evaluateAll((els) => els.map((e) => [e.getAttribute('data-iso3'), e.getAttribute('data-member')]));
    for (const [iso3, member] of attributes) {
      expect(iso3).toMatch(/^[A-Z]{3}$/);
      expect(['true', 'false']).toContain(member);
    }
    // Names come from data/, never from the atlas ("Macedonia", "Bosnia and Herz.").
    const labels = await labelLayer.locator('.label').allTextContents();
    expect(labels.join(' ')).toContain('Macedonia');
    expect(labels).not.toContain('Macedonia');
    expect(labels.join(' ')).not.toContain('Herz.');
  });

  test('Kosovo is drawn status-neutrally, with the footnote and the disclaimer', async ({ page }) => {
    await openAt(page, '?date=2020');
    await expect(map(page).locator('svg.map-svg [data-iso3="XKX"]')).toHaveAttribute('data-member', 'false');
    await expect(map(page).locator('svg.map-svg [data-iso3="XKX"]')).toHaveClass(/kosovo/);
    await expect(map(page).locator('[data-label="XKX"]')).toHaveText('Kosovo*');
    await expect(map(page).getByText('United Nations Security Council Resolution 1244')).toBeVisible();
    await expect(map(page).getByText('do not imply official endorsement or acceptance')).toBeVisible();
    // Its own legend line and fill: not the "Other land" outside the OSCE area.
    await expect(map(page).getByTestId('map-legend')).toContainText('Kosovo* (see the footnote)');
    const fill = (selector: string) => map(page).locator(selector).first().evaluate((el) => getComputedStyle(el).fill);
    expect(await fill('svg.map-svg [data-iso3="XKX"]')).not.toBe(await fill('svg.map-svg path.country.other'));
  });

  for (const [date, scheme, iso3] of [
    ['2019-06-15', 'light', 'ROU'],
    ['2019-06-15', 'dark', 'ITA'],
    ['2023-12-01', 'light', 'AUT'],
  ] as const) {
    test(`a member's colour is its wave's, on screen (${iso3} on ${date}, ${scheme})`, async ({ page }) => {
      // The fills layer draws each member with the base layer's shape (a <use>): the colour it is
      // given must be the one painted, not the ground's the shape has below.
      await page.emulateMedia({ colorScheme: scheme });
      await openAt(page, `?date=${date}`);
      const fill = map(page).locator(`[data-fill-of="${iso3}"]`);
      await expect(fill).toHaveAttribute('data-progress', '1.000');
      // The lines and names above it hidden (CSSOM: the page's policy allows no style attribute).
      await map(page).locator('svg.map-layer.top').evaluate((svg: SVGSVGElement) => (svg.style.visibility = 'hidden'));
      // A point well inside the shape, in CSS pixels: of a grid over its box, the one nearest its
      // middle whose neighbours a few pixels away are in its fill too (not on an edge, which blends).
      const point = await shape(page, iso3).evaluate((path: SVGPathElement) => {
        const box = path.getBBox();
        const matrix = path.getScreenCTM()!;
        const inside = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
        const d = 6 / matrix.a;
        let best: DOMPoint | null = null;
        for (let i = 1; i < 16; i++)
          for (let j = 1; j < 16; j++) {
            const [x, y] = [box.x + (box.width * i) / 16, box.y + (box.height * j) / 16];
            if (![[0, 0], [d, 0], [-d, 0], [0, d], [0, -d]].every(([dx, dy]) => inside(x + dx!, y + dy!))) continue;
            const far = (p: DOMPoint) => Math.hypot(p.x - box.x - box.width / 2, p.y - box.y - box.height / 2);
            if (!best || far(new DOMPoint(x, y)) < far(best)) best = new DOMPoint(x, y);
          }
        if (!best) throw new Error('no point inside the shape');
        const s = best.matrixTransform(matrix);
        return { x: Math.round(s.x), y: Math.round(s.y) };
      });
      const shot = await page.screenshot({ clip: { ...point, width: 1, height: 1 } });
      const painted = await page.evaluate(async (png) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 1;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      }, shot.toString('base64'));
      const rgb = (text: string) => (text.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const ground = rgb(await shape(page, iso3).evaluate((el) => getComputedStyle(el).fill));
      const wave = rgb(await fill.evaluate((el) => getComputedStyle(el).fill));
      expect(wave).not.toEqual(ground);
      expect(painted).toEqual(wave);
    });
  }

  test('the members table is drawn when it is opened, not with the first view', async ({ page }) => {
    await openAt(page, '?date=2019-06-15');
    const table = map(page).getByTestId('members-table');
    await expect(table).toHaveCount(0);
    await map(page).getByText('The members on the current date, as a table').click();
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toHaveText('Members on 15 June 2019');
    await expect(table.locator('tbody tr')).toHaveCount(12);
  });

  for (const [width, height, aspect] of [
    [320, 640, 1],
    [390, 844, 1],
    [1440, 900, 4 / 3],
    [3840, 2160, 4 / 3],
  ] as const) {
    test(`fills its container at ${width} px, its frame as prerendered until the app takes over`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      // Hold the map's layout back: the page shows the prerendered first view, its frame at its final size.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/map-(wide|narrow)[.-][^/]+\.json$/, async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto('/');
      const frame = map(page).locator('.frame');
      // Prerendered in the wide framing, seen at once: a square frame shows it where its own framing will
      // draw it, wider than the frame (first-view.spec.ts), until the app has drawn that.
      await expect(frame).toHaveAttribute('data-aspect', 'wide');
      await expect(frame.locator('svg.map-svg')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.dataset.js)).toBe('default');
      const before = await frame.boundingBox();
      release();
      await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
      await expect(frame).toHaveAttribute('data-aspect', aspect === 1 ? 'narrow' : 'wide');
      await expect(map(page).locator('svg.map-svg')).toBeVisible();
      const after = await frame.boundingBox();
      expect(after).toEqual(before);
      expect(after!.width / after!.height).toBeCloseTo(aspect, 1);
      const svg = await map(page).locator('svg.map-svg').boundingBox();
      expect(Math.abs(svg!.width - after!.width)).toBeLessThan(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  }
});

test.describe('the map’s names', () => {
  // The labels are placed by the build from an estimate of their width (lib/text/measure.ts): the names as
  // drawn, in Debian's sans-serif (DejaVu, wider than most), must not run into one another.
  for (const [width, height] of [[1280, 720], [1366, 768], [1440, 900], [1920, 1080], [760, 900], [390, 844]] as const)
    for (const lang of ['en', 'sr-Latn', 'sr-Cyrl'])
      test(`at ${width}x${height} in ${lang} no two names on the map overlap`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await openAt(page, `?lang=${lang}`);
        await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
        const labels = map(page).locator('svg text.label');
        await expect(labels.first()).toBeVisible();
        const boxes = await labels.evaluateAll((els) =>
          els.map((e) => ({ name: e.textContent ?? '', ...e.getBoundingClientRect().toJSON() as DOMRect })).filter((b) => b.width > 0),
        );
        expect(boxes.length).toBeGreaterThanOrEqual(13);
        const overlaps: string[] = [];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) overlaps.push(`“${a.name}” × “${b.name}”`);
        expect(overlaps).toEqual([]);
      });
});

test.describe('moving', () => {
  test('play runs to the end and stops', async ({ page }) => {
    await openAt(page, '?date=2023-06-01');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByTestId('map-caption')).toContainText('Austria joins', { timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 25_000 });
    const date = await page.getByTestId('current-date').textContent();
    expect(date).toBe(await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date())));
    expect(await membersOnMap(page)).toEqual(BY_NAME.slice().sort());
    await frames(page, 20);
    await expect(page.getByTestId('current-date')).toHaveText(date!);
  });

  test('a joining sweeps its colour in over several frames', async ({ page }) => {
    await openAt(page, '?date=2019-06-03');
    const samples = await sampleProgress(page, 'GRC', () => page.getByRole('button', { name: 'Next event' }).click());
    const between = samples.filter((s) => s !== 'none' && Number(s) > 0 && Number(s) < 1);
    expect(between.length).toBeGreaterThan(3);
    expect(samples.at(-1)).toBe('1.000');
  });

  test('with reduced motion there is no tween: the colour is there in one step', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAt(page, '?date=2019-06-03');
    const samples = await sampleProgress(page, 'GRC', () => page.getByRole('button', { name: 'Next event' }).click());
    expect(new Set(samples)).toEqual(new Set(['none', '1.000']));
    await expect(shape(page, 'GRC')).toHaveAttribute('data-member', 'true');
  });
});

test.describe('cards', () => {
  test('the keyboard reaches every member in order, each shows its card, Enter opens it and Escape closes it', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    await tabTo(page, shape(page, BY_NAME[0]!), 40);
    const card = map(page).locator('.card');
    for (const [i, iso3] of BY_NAME.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await expect(shape(page, iso3)).toBeFocused();
      await expect(card).toHaveAttribute('data-card', iso3);
    }
    // Enter opens Greece's card for good and takes focus into it; its sources link to the list.
    await shape(page, 'GRC').focus();
    await page.keyboard.press('Enter');
    await expect(card.getByRole('heading', { name: 'Greece' })).toBeFocused();
    await expect(card).toContainText('June 2019, at the fifth meeting, Bucharest');
    await expect(card.locator('a[href="#source-osce-overview"]').first()).toBeVisible();
    await expect(page).toHaveURL(/sel=member(%3A|:)GRC/);
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(shape(page, 'GRC')).toBeFocused();
    await expect(page).not.toHaveURL(/sel=member/);
  });

  test('Serbia’s card: joined, office, Secretariat; Romania’s: the Board', async ({ page }) => {
    await openAt(page, '?date=2024-01-01&sel=member:SRB');
    const card = map(page).locator('.card');
    await expect(card.getByRole('heading', { name: 'Serbia' })).toBeVisible();
    // The overview gives the month; the day is another source's, and the card says it is inferred.
    await expect(card).toContainText('May 2016, at the signing of the Declaration of Intent, Belgrade');
    await expect(card.locator('[data-inferred]').first()).toContainText('inferred: the countries and the month are one source’s');
    await expect(card).toContainText('The sources do not name its office.');
    await expect(card).toContainText('Granted the chair: October 2017, at the third meeting, Rome');
    await card.getByRole('button', { name: 'Close the card of Serbia' }).click();
    // (The pointer may now rest on another country, whose card it may show.)
    await expect(map(page).locator('.card[data-card="SRB"]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/sel=member/);
    await shape(page, 'ROU').focus();
    await expect(card).toContainText('Member of the Executive Board, as of the latest source (undated, up to November 2023)');
  });

  test('a card asked for before its code has come opens once it comes, focus in it', async ({ page }) => {
    // The card's code is a chunk the first view does without, fetched when the browser is idle: hold it back.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/CountryCard-[^/]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await openAt(page, '?date=2024-01-01');
    const card = map(page).locator('.card');
    await shape(page, 'GRC').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sel=member(%3A|:)GRC/);
    await expect(card).toHaveCount(0);
    release();
    await expect(card.getByRole('heading', { name: 'Greece' })).toBeFocused();
  });

  test('hover shows a card and leaving hides it; a click keeps it', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    const card = map(page).locator('.card');
    // Hover over Romania's label, which lies inside Romania (labels let the pointer through).
    await map(page).locator('[data-label="ROU"]').scrollIntoViewIfNeeded();
    const box = await map(page).locator('[data-label="ROU"]').boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect(card).toHaveAttribute('data-card', 'ROU');
    await page.mouse.move(5, 5);
    await expect(card).toHaveCount(0);
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.move(5, 5);
    await expect(card).toHaveAttribute('data-card', 'ROU');
  });
});
