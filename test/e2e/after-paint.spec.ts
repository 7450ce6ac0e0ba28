/**
 * After the first paint, the page asks for its script, the data and the script's imports each in a
 * task of its own (`src/build/after-paint.ts`): asking for them all at once was one long task on a
 * phone. A MutationObserver's callback runs once per task that changed the page: one per element
 * means one task per element.
 */
import { test, expect } from './fixtures';

test('the script, the data and the imports are asked for one per task, after the first paint', async ({ page }) => {
  await page.addInitScript(() => {
    const batches: string[][] = [];
    (window as unknown as { __batches: string[][] }).__batches = batches;
    new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n): n is HTMLLinkElement | HTMLScriptElement => n instanceof HTMLLinkElement || n instanceof HTMLScriptElement);
      const asked = added.map((n) => ('src' in n && n.src ? n.src : (n as HTMLLinkElement).href)).filter((url) => /\/assets\//.test(url));
      if (asked.length) batches.push(asked.map((url) => new URL(url).pathname.replace(/-[\w-]+\./, '.')));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
  const batches = await page.evaluate(() => (window as unknown as { __batches: string[][] }).__batches);
  // The data, the script, then its imports: one element per task.
  expect(batches.slice(0, 3)).toEqual([['/assets/data.json'], ['/assets/index.js'], ['/assets/shared.js']]);
});
