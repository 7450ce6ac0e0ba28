import { test, expect, openAt, counter } from './fixtures';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

test.describe('security', () => {
  test('the built app ships a strict Content Security Policy', async ({ page }) => {
    await openAt(page, '?date=2020');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  test('it requests nothing from another origin', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    await openAt(page, '?date=2019-06-15');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(500);
    expect(foreign).toEqual([]);
  });

  test('data is never rendered as HTML', async ({ page }) => {
    // A hostile value in the URL is ignored, and nothing from it reaches the page.
    await openAt(page, '?date=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&sel=%3Cscript%3E');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });
});

test.describe('without JavaScript', () => {
  test('the page still shows a summary and the member table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('#masthead h1')).toHaveText('Permanent Conference of Organised Crime Prosecutors');
    await expect(page.locator('#masthead .lede')).toContainText('ten countries signing a Declaration of Intent in Belgrade in May 2016');
    await expect(page.locator('.noscript')).toContainText('14 prosecution offices from 13 countries');
    const rows = page.locator('.noscript tbody tr');
    await expect(rows).toHaveCount(13);
    await expect(rows.filter({ hasText: 'Hungary' })).toContainText('March 2017 or October 2017 (Third meeting)');
    await context.close();
  });
});

test.describe('accessibility', () => {
  const require = createRequire(import.meta.url);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  for (const [name, query, viewport, scheme] of [
    ['dashboard, desktop, light', '?date=2019-06-15', { width: 1440, height: 900 }, 'light'],
    ['dashboard, desktop, dark', '?date=2022-06-01', { width: 1440, height: 900 }, 'dark'],
    ['dashboard, phone', '?date=2017-06-15', { width: 390, height: 844 }, 'light'],
    ['dashboard, projector', '?date=2023-11', { width: 1920, height: 1080 }, 'light'],
  ] as const) {
    test(`axe finds no WCAG 2.1 AA violation: ${name}`, async ({ browser }) => {
      // axe is injected as an inline script, which the app's CSP rightly refuses: bypass it for the audit.
      const context = await browser.newContext({ bypassCSP: true, viewport, colorScheme: scheme });
      const page = await context.newPage();
      await openAt(page, query);
      await expect(counter(page, 'countries')).not.toHaveText('–');
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
});
