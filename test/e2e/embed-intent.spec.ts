/**
 * A chart's embed page (the timeline's, the Secretariat's) is a picture until the reader reaches for it
 * (src/main.ts, src/lib/ui/intent.ts): its code and data come at load ("armed"), the app takes it over in
 * the reader's first intent, inside that event, and the same event acts.
 */
import type { Page } from '@playwright/test';
import { test, expect, hostEmbed, reachFor, settledHeight, tabTo } from './fixtures';

const TIMELINE = '/embed/timeline.html?date=2019-06-15';
const ROTATION = '/embed/rotation.html?date=2022-03-01';

/** Sets the time control's scrubber to its start as a script would, with an `input` event (no intent): the app, once it has the page, moves the date. */
const scrubToStart = (page: Page) =>
  page.getByTestId('scrubber').evaluate((input: HTMLInputElement) => {
    input.value = input.min;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

test.describe('a chart’s embed page', () => {
  test.use({ viewport: { width: 760, height: 760 } });

  test('waits for the reader: its code and data there, nothing taken over until an intent', async ({ page }) => {
    await page.goto(TIMELINE);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    // The page's script answers nothing: the app's handlers are not there yet.
    await scrubToStart(page);
    await expect(page.getByTestId('current-date')).toHaveText('15 June 2019');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    // The pointer over the embed, as a reader's: taken over, and the same input now moves the date.
    await reachFor(page);
    await scrubToStart(page);
    await expect(page.getByTestId('current-date')).toHaveText('1 May 2016');
  });

  for (const [what, url, mark, shown] of [
    ['a meeting mark opens its details', TIMELINE, 'button.mark[data-mark="meeting-4"]', (page: Page) => expect(page.getByTestId('timeline-details')).toContainText('Fourth meeting')],
    ['a bar of the Secretariat chart selects its term', ROTATION, 'button.bar-button', (page: Page) => expect(page.locator('button.bar-button').first()).toHaveAttribute('aria-pressed', 'true')],
  ] as const) {
    test(`the first click is the intent and acts: ${what}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
      // A click alone (a screen reader's activation may be no more): no pointer moved or pressed before it.
      await page.locator(mark).first().dispatchEvent('click');
      await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
      await shown(page);
    });
  }

  test('a first tap on a meeting mark, on a phone, opens its details', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(TIMELINE);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await page.locator('button.mark[data-mark="meeting-4"]').tap();
    await expect(page.getByTestId('timeline-details')).toContainText('Fourth meeting');
    await context.close();
  });

  test('the first key is the intent and acts: Page Down on the time control goes to the next event', async ({ page }) => {
    // Where Page Down goes once the page is taken over (its next event; a range's own Page Down, unanswered, moves it by a tenth of the axis).
    await page.goto(TIMELINE);
    await reachFor(page);
    await page.getByTestId('scrubber').focus();
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('current-date')).not.toHaveText('15 June 2019');
    const next = await page.getByTestId('current-date').textContent();
    // The scrubber focused before the app's script has run (its listeners not there yet): the first
    // key pressed once the page waits for the reader is its first intent.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.*\.(js|json)$/, async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    // (Not waiting for the load event: the app's script, asked for after the first paint, is held back.)
    await page.goto(TIMELINE, { waitUntil: 'commit' });
    await page.getByTestId('scrubber').focus();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await expect(page.getByTestId('scrubber')).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.getByTestId('current-date')).toHaveText(next!);
  });

  test('Tab, then Enter on a meeting mark, opens its details', async ({ page }) => {
    await page.goto(TIMELINE);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await tabTo(page, page.locator('button.mark[data-mark="meeting-1"]'));
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-details')).toContainText('First meeting');
  });

  test('in an iframe, it posts its height before any intent', async ({ page, baseURL }) => {
    await hostEmbed(page, `${baseURL}${ROTATION}`, 760);
    const frame = page.frameLocator('#f');
    await expect(frame.locator('html')).toHaveAttribute('data-js', 'armed');
    expect(await settledHeight(page)).toBeGreaterThan(200);
    // Nothing scrolls inside the frame.
    expect(await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);
    await expect(frame.locator('html')).toHaveAttribute('data-js', 'armed');
  });

  test('its take-over’s code failing, it is taken over at once, the build’s chart kept as drawn', async ({ page, consoleErrors }) => {
    await page.route(/\/assets\/take-over-[^/?]*\.js(\?.*)?$/, (route) => route.abort());
    // The build's chart, kept by the test before the app's script runs.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => ((window as unknown as { built: Element | null }).built = document.querySelector('svg.lanes-svg'))));
    await page.goto(TIMELINE);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.locator('[data-embed="timeline"] svg.lanes-svg')).toBeVisible();
    expect(await page.evaluate(() => document.querySelector('svg.lanes-svg') === (window as unknown as { built: Element | null }).built)).toBe(true);
    await page.locator('button.mark[data-mark="meeting-4"]').click();
    await expect(page.getByTestId('timeline-details')).toContainText('Fourth meeting');
    expect(consoleErrors.every((e) => /Failed to load resource: net::ERR_FAILED/.test(e)), consoleErrors.join('\n')).toBe(true);
    consoleErrors.length = 0;
  });

  test('its code failing, the first intent says so with a retry, which draws it', async ({ page, consoleErrors }) => {
    let fail = true;
    await page.route(/\/assets\/TimelineView-[^/?]*\.js(\?.*)?$/, (route) => (fail ? route.abort() : route.continue()));
    await page.goto(TIMELINE);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'armed');
    await reachFor(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The meetings view could not be loaded');
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('[data-embed="timeline"] svg.lanes-svg')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The aborted requests, as the browser reports them.
    expect(consoleErrors.every((e) => /Failed to load resource: net::ERR_FAILED/.test(e)), consoleErrors.join('\n')).toBe(true);
    consoleErrors.length = 0;
  });
});
