import { test, expect, openAt, counter, changeDataFile, DATA_BUNDLE } from './fixtures';

/** A small seeded random generator, so a failing run can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return seed / 4_294_967_296;
  };
}

test.describe('broken data', () => {
  const cases: [string, (page: import('@playwright/test').Page) => Promise<unknown>, string][] = [
    // The build validated the data; the browser checks only that what came is what the build wrote.
    ['a file missing from the bundle', (page) => changeDataFile(page, 'themes.json', () => undefined), 'data/*.json at $: is not the data this build checked'],
    ['a file changed on its way', (page) => changeDataFile(page, 'meetings.json', () => [{ id: 'Meeting 1' }]), 'data/*.json at $: is not the data this build checked'],
    ['not JSON', (page) => page.route(DATA_BUNDLE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"board.json": [' })), 'data/*.json at $: must be valid JSON'],
    ['not found', (page) => page.route(DATA_BUNDLE, (route) => route.fulfill({ status: 404, body: 'Not found' })), 'data/*.json at $: could not be fetched (HTTP 404)'],
  ];
  for (const [name, breakIt, message] of cases) {
    test(`data ${name} is named with what is wrong, and the page still works`, async ({ page, consoleErrors }) => {
      await breakIt(page);
      await page.goto('/?date=2019');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
      // The time control still answers.
      await page.getByTestId('scrubber').focus();
      await page.keyboard.press('End');
      await expect(page.getByTestId('current-date')).not.toHaveText('1 January 2019');
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('404')));
    });
  }
});

// Thousands of random queries go through the URL's reader and writer in test/unit/clock/url-fuzz.test.ts;
// here, a handful of hostile ones (fragments too) in a real page.
test('hostile URLs and fragments: no crash, no console error, no script runs', async ({ page }) => {
  for (const query of [
    '?date=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    '?sel=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&theme=%7B%7Bconstructor%7D%7D',
    '?embed=javascript:window.__pwned=1&look=__proto__',
    `?date=${'9'.repeat(5000)}&x=1`,
    '?__proto__=1&constructor=2&date=2019-02-30',
    '?date=2019-06-15#%',
    '?date=2019#%E0%A4%A',
    '?sel=member:GRC#source-%',
  ]) {
    await page.goto(`/${query}`);
    await expect(counter(page, 'countries')).toHaveText(/^(\d+)$/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), query).toBeUndefined();
  }
});

// 200 rather than 500: on a loaded 2-core machine 500 took over three minutes (each missed click waits its second).
test('200 random interactions: no console error, and the page still answers', async ({ page }) => {
  test.setTimeout(300_000);
  const rand = random(2023);
  await openAt(page, '?date=2019-06-15');
  const scrubber = page.getByTestId('scrubber');
  const actions: (() => Promise<unknown>)[] = [
    // Controls that presenter mode hides may be missing: those actions then do nothing.
    async () => {
      const x = rand();
      const box = await scrubber.boundingBox({ timeout: 500 }).catch(() => null);
      if (box) await scrubber.click({ position: { x: 2 + x * (box.width - 4), y: box.height / 2 }, timeout: 1000 }).catch(() => undefined);
    },
    () => page.getByTestId('play').click({ timeout: 1000 }).catch(() => undefined),
    () => page.getByRole('button', { name: 'Next event' }).click({ timeout: 1000 }).catch(() => undefined),
    () => page.getByRole('button', { name: 'Previous event' }).click({ timeout: 1000 }).catch(() => undefined),
    () => {
      const key = ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'][Math.floor(rand() * 6)]!;
      return scrubber.press(key, { timeout: 1000 }).catch(() => undefined);
    },
    () => page.setViewportSize({ width: 320 + Math.floor(rand() * 1600), height: 600 + Math.floor(rand() * 500) }),
    () => page.emulateMedia({ colorScheme: rand() < 0.5 ? 'dark' : 'light' }),
    () => page.keyboard.press(['Space', 'PageDown', 'PageUp', 'b', '.', 'Escape', 'p', 'Tab'][Math.floor(rand() * 8)]!),
    async () => {
      // A DOM click on any control of the views (Playwright's own click would wait for the sticky bar to move).
      const r = rand();
      await page.evaluate((r) => {
        const targets = [...document.querySelectorAll<Element>('main button, main [tabindex="0"], main a, main [role="button"]')];
        // SVG shapes have no click(): dispatch the event itself.
        targets[Math.floor(r * targets.length)]?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }, r);
    },
  ];
  const started = Date.now();
  for (let i = 0; i < 200; i++) await actions[Math.floor(rand() * actions.length)]!();
  console.log(`200 interactions in ${Date.now() - started} ms`);
  // Still answers: End shows today's thirteen members.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.keyboard.press('Escape'); // unblank, if blanked
  await page.keyboard.press('Escape'); // leave presenter mode, if in it
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await scrubber.focus();
  await scrubber.press('End');
  await expect(counter(page, 'countries')).toHaveText('13');
});

// The texts only the views below show come in a bundle of their own (src/lib/data/files.ts): when it
// fails, the first view still works, each view below says why it is missing, and trying again draws it.
test('the later texts not found: the first view works, the views below say so, and a retry draws them', async ({ page, consoleErrors }) => {
  let fail = true;
  await page.route(/\/assets\/texts-[^/]+\.json$/, (route) => (fail ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()));
  await page.goto('/?date=2019-06-15');
  await expect(counter(page, 'countries')).toHaveText('12');
  const failed = page.locator('#timeline').getByRole('alert');
  await expect(failed).toContainText('data/*.json at $: could not be fetched (HTTP 404)');
  await expect(page.getByRole('alert').filter({ hasText: 'data/*.json' }).first()).toBeVisible();
  fail = false;
  // By the keyboard: the status card, stuck to the top, may cover the button once it is scrolled to.
  await failed.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('timeline-chart')).toBeVisible();
  await expect(failed).toHaveCount(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('404')));
});
