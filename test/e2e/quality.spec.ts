import { test, expect, openAt, counter, frames, changeDataFile, SETTLED } from './fixtures';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

test.describe('security', () => {
  for (const [name, url, styles] of [
    ['the dashboard', '/?date=2020', 1],
    ['the map embed’s own page', '/embed/map.sr-Latn.html?embed=map&date=2020&lang=sr-Latn', 2],
    ['the Secretariat embed’s own page', '/embed/rotation.sr-Cyrl.html?embed=rotation&date=2022-03-01&lang=sr-Cyrl', 2],
  ] as const) {
    test(`the built app ships a strict Content Security Policy (${name})`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-js', SETTLED);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      expect(directives.get('default-src')).toEqual(["'self'"]);
      // Inline, each by its hash: the page's script before the first paint (and on an embed's page the
      // one that sets the embed to its date); its style sheet (and the embed's); style attributes (the
      // prerendered view's positions); never eval.
      const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const sheets = await page.locator('head style').allTextContents();
      expect(sheets).toHaveLength(styles);
      expect(directives.get('style-src')).toEqual(["'self'", ...sheets.map(sha)]);
      const scripts = await page.locator('script:not([src])').allTextContents();
      expect(scripts).toHaveLength(styles);
      expect(directives.get('script-src')).toEqual(["'self'", ...scripts.map(sha)]);
      expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
      expect(csp).not.toContain('unsafe-eval');
      expect([...directives.entries()].filter(([, v]) => v.includes("'unsafe-inline'")).map(([k]) => k)).toEqual(['style-src-attr']);
    });
  }

  test('it requests nothing from another origin', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    await openAt(page, '?date=2019-06-15');
    await page.getByRole('button', { name: 'Play' }).click();
    // Until the clock has moved on by a step of the story: playback has drawn and fetched what it needs.
    await expect(page.getByTestId('current-date')).not.toHaveText('15 June 2019');
    await frames(page, 10);
    expect(foreign).toEqual([]);
  });

  test('data is never rendered as HTML', async ({ page }) => {
    // A hostile value in the URL is ignored, and nothing from it reaches the page.
    await openAt(page, '?date=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&sel=%3Cscript%3E');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('a data file whose text holds markup shows it as text', async ({ page }) => {
    const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    // The meetings file as served, with markup in a place (a hostile deploy, which changed the build's
    // digest of the data in its script too). (Its topics travel with the later texts, texts.json.)
    await changeDataFile(page, 'meetings.json', (value) => {
      const meetings = value as { id: string; place: { city?: string } }[];
      const four = meetings.find((m) => m.id === 'meeting-4')!;
      four.place.city = `Skopje${markup}`;
      return meetings;
    }, { signed: true });
    await openAt(page, '?date=2019-01-01&sel=meeting:meeting-4');
    const details = page.getByTestId('timeline-details');
    await expect(details).toContainText(markup);
    await expect(page.getByTestId('map-caption')).toBeVisible();
    expect(await page.locator('img[src="x"], b:text("bold")').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('without JavaScript', () => {
  test('the page still shows a summary and the member table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('#masthead h1')).toHaveText('Permanent Conference of Organized Crime Prosecutors');
    await expect(page.locator('#masthead .lede')).toContainText('ten countries signing a Declaration of Intent in Belgrade in May 2016');
    await expect(page.locator('.noscript')).toContainText('14 prosecution offices from 13 countries');
    // The source's words: "established in 2016"; the offices are counted undated, as of the latest source.
    await expect(page.locator('.noscript')).toContainText('was established in 2016');
    await expect(page.locator('.noscript')).not.toContainText('founded');
    await expect(page.locator('.noscript')).toContainText('As of the latest source (undated, up to November 2023)');
    const rows = page.locator('.noscript tbody tr');
    await expect(rows).toHaveCount(13);
    await expect(rows.filter({ hasText: 'Hungary' })).toContainText('March 2017 or October 2017 (Third meeting)');
    await context.close();
  });
});

test.describe('accessibility', () => {
  const require = createRequire(import.meta.url);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  type Case = { name: string; query: string; viewport?: { width: number; height: number }; scheme?: 'light' | 'dark'; ready: string; present?: boolean };
  const cases: Case[] = [
    { name: 'dashboard, desktop, light', query: '?date=2019-06-15', ready: 'main#views[aria-busy="false"]' },
    { name: 'dashboard, desktop, dark', query: '?date=2022-06-01', scheme: 'dark', ready: 'main#views[aria-busy="false"]' },
    { name: 'dashboard, projector look', query: '?date=2023-11&look=contrast', viewport: { width: 1920, height: 1080 }, ready: 'main#views[aria-busy="false"]' },
    { name: 'dashboard, phone', query: '?date=2017-06-15', viewport: { width: 390, height: 844 }, ready: 'main#views[aria-busy="false"]' },
    { name: 'embedded map', query: '?embed=map&date=2019-06-15', ready: '[data-embed="map"]' },
    { name: 'embedded timeline, dark', query: '?embed=timeline&date=2021-12-06', scheme: 'dark', ready: '[data-embed="timeline"]' },
    { name: 'embedded rotation, static', query: '?embed=rotation&date=2022&controls=0', ready: '[data-embed="rotation"]' },
    // In an iframe 760 px wide: the timeline as the build drew it, taken over (embed/timeline.html).
    { name: 'embedded timeline, taken over from the HTML', query: '?embed=timeline&date=2019-06-15', viewport: { width: 760, height: 608 }, ready: '[data-embed="timeline"]' },
    { name: 'presenter mode', query: '?present=1&date=2019-06-04', viewport: { width: 1920, height: 1080 }, ready: '[data-testid="presenter"]' },
    { name: 'presenter mode, projector look', query: '?present=1&date=2023-02-22&look=contrast', viewport: { width: 1920, height: 1080 }, ready: '[data-testid="presenter"]' },
  ];
  for (const c of cases) {
    test(`axe finds no WCAG 2.1 AA violation: ${c.name}`, async ({ browser }) => {
      // axe is injected as an inline script, which the app's CSP rightly refuses: bypass it for the audit.
      const context = await browser.newContext({ bypassCSP: true, viewport: c.viewport ?? { width: 1440, height: 900 }, colorScheme: c.scheme ?? 'light' });
      const page = await context.newPage();
      await page.goto(`/${c.query}`);
      await expect(page.locator(c.ready)).toBeVisible();
      // Nothing still loading: the views below too, drawn once the page has been at rest (3 s: lib/ui/yield.ts).
      await expect(page.getByRole('status')).toHaveCount(0, { timeout: 20_000 });
      // CSS transitions finished (the controls' fades): axe reads the colours people see.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      });
      const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
      expect(summary).toEqual([]);
      expect(result.passes.length, 'axe checked something').toBeGreaterThan(10);
      await context.close();
    });
  }

  test('at 200 % zoom nothing is cut off or needs sideways scrolling', async ({ browser }) => {
    // A 1280 x 720 window at 200 % zoom lays out as 640 x 360 CSS pixels.
    const context = await browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await openAt(page, '?date=2019-06-15');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const tooSmall = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *, .status *')]
        .filter((el) => el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 11)
        .map((el) => el.textContent!.trim().slice(0, 30)),
    );
    expect(tooSmall).toEqual([]);
    await context.close();
  });
});
