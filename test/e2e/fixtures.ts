/**
 * The shared test fixture: every page records console errors and page errors, and each test fails
 * if any appeared (a test that expects errors can read and clear `consoleErrors`).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { digestOf } from '../../src/lib/data/files';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Opens the dashboard at a URL query and waits until the data has loaded. */
export async function openAt(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('main#views')).toHaveAttribute('aria-busy', 'false');
}

/**
 * A chart's embed page (the timeline's, the Secretariat's) with its code and data there, waiting for the
 * reader ("armed", src/main.ts); any other page once the app has drawn it ("ready").
 */
export const SETTLED = /^(armed|ready)$/;

/**
 * The reader reaches for a chart's embed, as a reader does (the pointer over its title), and the app
 * takes it over (`data-js` "ready"): a chart's embed is hydrated on the reader's first intent only.
 */
export async function reachFor(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-js', SETTLED);
  await page.locator('[data-embed] h2').hover();
  await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
}

/** The build's data bundle as the page requests it: every file of `data/` by its name (src/lib/data/validate-plugin.ts). */
export const DATA_BUNDLE = /\/assets\/data-[^/]+\.json$/;

/** Serves the data bundle with one file's value changed by `change`, or left out where it returns undefined. */
export async function changeDataFile(page: Page, file: string, change: (value: unknown) => unknown, { signed = false } = {}): Promise<void> {
  // Signed: the build's digest of the bundle, in the script, is changed to the changed bundle's, as a
  // deploy that changed both would have it (the page checks the digest: src/lib/data/load.ts).
  const bundle = signed ? await bundleAsBuilt(page) : null;
  const changedBody = (text: string) => {
    const files = JSON.parse(text) as Record<string, unknown>;
    const changed = change(files[file]);
    if (changed === undefined) delete files[file];
    else files[file] = changed;
    return JSON.stringify(files);
  };
  await page.route(DATA_BUNDLE, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: changedBody(await response.text()), contentType: 'application/json' });
  });
  if (!bundle) return;
  const [built, changed] = (await Promise.all([digestOf(bundle.text), digestOf(changedBody(bundle.text))])) as [string, string];
  // Only the first view's scripts that hold it are served changed (written as a string of the script,
  // in whichever quotes the minifier chose).
  const holding = bundle.scripts.filter(([, script]) => script.includes(built));
  expect(holding.length, "the build's digest of the data is in the first view's script").toBeGreaterThan(0);
  for (const [url, script] of holding) await page.route(`**${url}`, (route) => route.fulfill({ body: script.replaceAll(built, changed), contentType: 'text/javascript' }));
}

/** The data bundle as the build wrote it, and the first view's scripts (their addresses read from the page). */
async function bundleAsBuilt(page: Page): Promise<{ text: string; scripts: [string, string][] }> {
  const html = await (await page.request.get('/')).text();
  const url = /\/assets\/data-[^/"]+\.json/.exec(html)?.[0];
  expect(url, 'the page names its data bundle').toBeTruthy();
  const scripts = [...new Set(html.match(/\/assets\/[^/"]+\.js/g) ?? [])];
  return {
    text: await (await page.request.get(url!)).text(),
    scripts: await Promise.all(scripts.map(async (script): Promise<[string, string]> => [script, await (await page.request.get(script)).text()])),
  };
}

/** The number shown by a counter ("countries", "offices", "meetings"). */
export function counter(page: Page, name: 'countries' | 'offices' | 'meetings') {
  return page.locator(`[data-counter="${name}"] .value`);
}

/** Waits for `n` animation frames of the page: long enough for anything still playing to show itself. */
export async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate((count) => new Promise<void>((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

/** Presses Tab until the locator has focus (at most `max` times); fails if it never gets there. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 20): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/**
 * Every text box of the stage that a viewer reads, with its name, as the browser lays it out: once
 * the story's type has been fitted to its box (src/lib/ui/fit.ts answers a change of size or content
 * a frame later, and a loaded machine can be asked in between).
 */
export async function stageTextBoxes(page: Page) {
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-testid="presenter"] header.story')].every((h) => h.scrollHeight <= h.clientHeight + 1 || h.style.getPropertyValue('--fit') === '0.45'));
  return page.evaluate(() => {
    const boxes: { name: string; x0: number; y0: number; x1: number; y1: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-testid="presenter"] [data-stage-text], [data-testid="presenter"] [data-stage-label], [data-testid="presenter"] [data-strip-mark]')) {
      // A text's ink: a Range over its contents (not the block's full width).
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = el instanceof SVGElement ? el.getBoundingClientRect() : range.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      boxes.push({ name: (el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('data-strip-mark') || el.tagName, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
    }
    return boxes;
  });
}

/**
 * Every box of text the audience sees on the stage, one a line, as the browser lays it out: each text
 * node's line boxes (HTML and SVG alike, the map's labels included). Presenter-only is what the
 * audience never sees: the presenter's controls (hidden until the mouse moves; `nav.controls`), and
 * SVG titles and descriptions (read by screen readers, never drawn). Waits until the story's type is
 * fitted (or as small as it goes) and the map's labels are drawn.
 */
export async function audienceTextBoxes(page: Page) {
  await page.waitForFunction(() => {
    const story = document.querySelector<HTMLElement>('[data-testid="presenter"] header.story');
    const map = document.querySelector('[data-testid="presenter"] .stage svg.map-svg');
    const fitted = !!story && (story.scrollHeight <= story.clientHeight + 1 || story.style.getPropertyValue('--fit') === '0.45');
    return fitted && (!map || document.querySelector('[data-testid="presenter"] .stage text.label') !== null);
  });
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="presenter"]')!;
    const boxes: { name: string; x0: number; y0: number; x1: number; y1: number; node: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = new Map<Node, number>();
    for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
      const el = text.parentElement;
      // One text: an HTML text node, or an SVG text element with its lines (tspans).
      const whole = el?.closest('text') ?? text;
      const node = texts.get(whole) ?? texts.size;
      texts.set(whole, node);
      if (!text.data.trim() || !el || el.closest('nav.controls, title, desc')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects())
        if (r.width > 0 && r.height > 0) boxes.push({ name: text.data.trim().slice(0, 40), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, node });
    }
    // Words drawn by CSS (a Serbian page marks an English quote "engl." after it) have no text node: a
    // box as high as their type is 1.1 times its size (what the stage's type measures in Chromium, and less than most fonts).
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('nav.controls') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      for (const pseudo of ['::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        if (!/[\p{L}\p{N}]/u.test(style.content.replace(/^(none|normal)$/, ''))) continue;
        const r = el.getBoundingClientRect();
        const size = parseFloat(style.fontSize) * 1.1;
        boxes.push({ name: `${pseudo} of “${(el.textContent ?? '').trim().slice(0, 30)}”`, x0: r.right, y0: r.bottom - size, x1: r.right, y1: r.bottom, node: -1 });
      }
    }
    return boxes;
  });
}

/** Every box lies on a screen of `width` × `height` and no two overlap (the stage at one step). */
export function expectOnScreenApart(boxes: readonly { name: string; x0: number; y0: number; x1: number; y1: number }[], width: number, height: number, step: number): void {
  for (const b of boxes) {
    expect(b.x0, `${b.name} (step ${step})`).toBeGreaterThanOrEqual(-1);
    expect(b.y0, `${b.name} (step ${step})`).toBeGreaterThanOrEqual(-1);
    expect(b.x1, `${b.name} (step ${step})`).toBeLessThanOrEqual(width + 1);
    expect(b.y1, `${b.name} (step ${step})`).toBeLessThanOrEqual(height + 1);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
      expect(overlap, `step ${step}: “${a.name}” overlaps “${b.name}”`).toBe(false);
    }
}

/** A host page with the embed in an iframe `width` px wide that follows the heights it posts (in `window.heights`). */
export async function hostEmbed(page: Page, src: string, width: number, attributes = '') {
  await page.setContent(`<!doctype html><body style="margin:0">
    <iframe id="f" src="${src}" style="width:${width}px;height:200px;border:0" ${attributes} title="PCOCP embed"></iframe>
    <script>
      window.heights = [];
      addEventListener('message', (e) => {
        if (e.data && e.data.type === 'pcocp:height') {
          window.heights.push(e.data.height);
          document.getElementById('f').style.height = e.data.height + 'px';
        }
      });
    </script></body>`);
}

/**
 * Waits until the last height the embed in `hostEmbed`'s frame posted is its document's height, and
 * returns it (the height may be posted more than once while a layout settles: the last is the one kept).
 */
export async function settledHeight(page: Page): Promise<number> {
  const frame = page.frameLocator('#f');
  const lastPosted = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0);
  await expect
    .poll(async () => {
      const [posted, actual] = await Promise.all([lastPosted(), frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height))]);
      return posted === actual ? posted : -1;
    })
    .toBeGreaterThan(0);
  return lastPosted();
}
