/**
 * The service worker (src/offline): a tab opened before a deploy keeps working after it and offers
 * the new version; with the network gone after a first visit, everything works. Two real builds
 * of the app (release 1 and release 2, every chunk named differently) on a host of their own
 * (deploy/deploys.ts), so that a deploy can replace the files while a tab is open.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, counter } from './fixtures';
import { buildDeploys, DeployServer, type Build } from './deploy/deploys';

test.use({ serviceWorkers: 'allow' });
// One worker builds the two releases once and runs these tests one after the other.
test.describe.configure({ mode: 'default' });

let v1: Build;
let v2: Build;
let remove = () => {};
let server: DeployServer;

test.beforeAll(async () => {
  // Two builds at once, beside the other workers' tests: about 20 s on an idle 2-core host, over 120 s on
  // one under load (a clean-clone run failed there on 7 December 2026); the ceiling, not a wait.
  test.setTimeout(300_000);
  ({ v1, v2, remove } = await buildDeploys());
  // Release 2 shares no script with release 1: a tab of release 1 can only find its own in a cache.
  expect(v1.scripts.filter((file) => v2.scripts.includes(file))).toEqual([]);
});
test.afterAll(() => remove());

test.beforeEach(async () => {
  server = await new DeployServer(v1.root).listen();
});
test.afterEach(async () => {
  await server.close();
});

/** Opens the dashboard at a date and waits until the data has loaded and the worker is active and controls the page. */
async function openControlled(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await expect(page.locator('main#views')).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(async () => {
    const active = (await navigator.serviceWorker.ready).active!;
    if (active.state !== 'activated') await new Promise((r) => active.addEventListener('statechange', r));
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

/** The entry chunk the page runs ("/assets/index-….js"): which release it is. */
function entryOf(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src') ?? null);
}

/** The caches of the app's releases that the origin holds (the worker's record of pages is not one). */
function releaseCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((key) => /^pcocp-[0-9a-f]{12}$/.test(key)).sort());
}

/** Downloads one entry of the Download menu and returns the file's name and text. */
async function download(page: Page, name: string): Promise<{ name: string; text: string }> {
  await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'latin1') };
}

/**
 * Uses every part of the dashboard that loads its code on first use: presenter mode (key P), the
 * share panel, an embed of a view (the share panel's code, its frame put in the page: a new page, so
 * the network's release when there is a network, the cached one when not), a figure of each view
 * (SVG), a PNG for print, the CSV. Each must work, and nothing may say it failed.
 */
async function useEveryLazyPart(page: Page): Promise<void> {
  await page.locator('body').press('p');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(page.getByTestId('present-caption')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);

  await page.getByText('Share', { exact: true }).click();
  await expect(page.getByTestId('share-panel')).toBeVisible();
  const code = await page.getByTestId('embed-code').inputValue();
  const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
  expect(src).toContain('embed=map');
  await page.getByText('Share', { exact: true }).click();
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Embedded map';
    frame.style.cssText = 'width: 800px; height: 800px';
    document.body.prepend(frame);
  }, src);
  const embed = page.frameLocator('iframe[title="Embedded map"]');
  await expect(embed.locator('[data-embed="map"]')).toBeVisible();
  await expect(embed.locator('[data-embed="map"] svg [data-member="true"]').first()).toBeVisible();
  await page.locator('iframe[title="Embedded map"]').evaluate((frame) => frame.remove());

  for (const [label, file] of [['Map', 'pcocp-map'], ['Timeline', 'pcocp-timeline'], ['Secretariat chart', 'pcocp-secretariat']] as const) {
    const svg = await download(page, `${label} as a figure (SVG)`);
    expect(svg.name).toMatch(new RegExp(`^${file}-[\\d-]+\\.svg$`));
    expect(svg.text).toContain('</svg>');
  }
  const png = await download(page, 'Map for print (PNG, A4 width at 300 dpi)');
  expect(png.name).toMatch(/^pcocp-map-[\d-]+-print\.png$/);
  expect(png.text.slice(1, 4)).toBe('PNG');
  const csv = await download(page, 'Members (CSV)');
  expect(csv.name).toBe('pcocp-members.csv');
  expect(csv.text).toContain('id,iso_numeric,name');

  await expect(page.getByRole('alert')).toHaveCount(0);
}

/**
 * Asks the browser to look for a new worker now (it does on a navigation, and the page when it is
 * shown again or hourly). Chromium answers the first such call after a page has loaded only after
 * about six seconds, even for an unchanged worker (idle time, not work).
 */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
}

test('a tab opened before a deploy keeps working, offers the new release, and reloads into it', async ({ page: first, context, consoleErrors }) => {
  // Many steps, each waiting for its condition: on a loaded 2-core machine the whole takes over a minute.
  test.setTimeout(180_000);
  // Two tabs of release 1: the first left open in the background, the second the one in use.
  await openControlled(first, '?date=2016');
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await openControlled(page, '?date=2019-06-15');
  expect(await entryOf(page)).toBe(v1.entry);

  server.deploy(v2.root);
  await checkForUpdate(page);
  const notice = page.getByTestId('update-notice');
  await expect(notice).toContainText('A new version is available');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(first.getByTestId('update-notice')).toContainText('A new version is available');
  expect(await releaseCaches(page)).toEqual([v1.cache, v2.cache].sort());

  // The tab is still release 1, and every part it loads now comes from release 1's cache.
  await useEveryLazyPart(page);
  expect(await entryOf(page)).toBe(v1.entry);
  await expect(counter(page, 'countries')).toHaveText('12');

  // The notice comes next in the tab order after the page's own content, and its Reload lands in
  // release 2, which offers nothing more. (The page's content whole first: the views below, drawn
  // once the page has been at rest, would otherwise come between two presses of Tab.)
  await expect(page.locator('.placeholder')).toHaveCount(0, { timeout: 15_000 });
  const reload = notice.getByRole('button', { name: 'Reload' });
  await reload.focus();
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('#app') !== null)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(reload).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notice.getByRole('button', { name: 'Later' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(reload).toBeFocused();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await expect(page.locator('main#views')).toHaveAttribute('aria-busy', 'false');
  expect(await entryOf(page)).toBe(v2.entry);
  await expect(counter(page, 'countries')).toHaveText('12');
  await expect(page.getByTestId('update-notice')).toBeEmpty();

  // The first tab still runs release 1, so its cache stays, and its parts still load.
  expect(await releaseCaches(page)).toEqual([v1.cache, v2.cache].sort());
  await first.bringToFront();
  await first.locator('body').press('p');
  await expect(first.getByTestId('presenter')).toBeVisible();
  await expect(first.getByRole('alert')).toHaveCount(0);
  expect(await entryOf(first)).toBe(v1.entry);
  // Its reader may go on with release 1: Later puts the notice away.
  await first.getByTestId('update-notice').getByRole('button', { name: 'Later' }).click();
  await expect(first.getByTestId('update-notice')).toBeEmpty();

  // Once no tab of release 1 is left, its cache goes (when the next page starts).
  await first.close();
  await page.reload();
  await expect.poll(() => releaseCaches(page)).toEqual([v2.cache]);
});

async function goOffline(context: BrowserContext): Promise<void> {
  server.offline = true;
  await context.setOffline(true);
}

test('after a first visit, with the network gone, the app, its data and every part work', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openControlled(page, '?date=2019-06-15');
  await expect(counter(page, 'countries')).toHaveText('12');
  await goOffline(context);
  await page.goto(`${server.url}/?date=2024-01-01`);
  await expect(counter(page, 'countries')).toHaveText('13');
  await expect(counter(page, 'offices')).toHaveText('14');
  expect(await entryOf(page)).toBe(v1.entry);
  await useEveryLazyPart(page);
  await context.setOffline(false);
});
