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

// At a desktop's size, each takes the wide framing: the one the build drew.
for (const search of ['/', '/?embed=map', '/?embed=map&date=2019-06-15', '/?present=1']) {
  test(`the map's shapes are not fetched again where the page's HTML holds them: ${search}`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const layouts: string[] = [];
    page.on('request', (request) => {
      const name = /\/assets\/(map-[a-z]+(?:\.bare)?)[.-]/.exec(request.url())?.[1];
      if (name) layouts.push(name);
    });
    await page.goto(search);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.locator('svg.map-svg path.country').first()).toHaveAttribute('d', /^M/);
    await page.waitForLoadState('networkidle');
    expect(layouts).toEqual(['map-wide.bare']);
  });
}

/**
 * On a page whose prerendered view is not shown (an embed, another date or language), the script is
 * asked for at once, from the head: it can run while the rest of the HTML is still on its way. Served
 * here by a proxy that holds the HTML's last parts back until the embed's code is asked for (the app
 * has drawn), or at most 3 s: a slow network's pause. The app must not draw into #app before the
 * page is parsed whole, or the parser adds the prerendered dashboard's last parts after the embed.
 */
test('a page whose HTML arrives slowly shows the embed alone, nothing of the dashboard after it', async ({ page, baseURL }) => {
  const { createServer } = await import('node:http');
  let embedAsked: () => void = () => {};
  const asked = new Promise<void>((resolve) => (embedAsked = resolve));
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', baseURL);
    if (/\/assets\/Embed-[\w-]+\.js$/.test(url.pathname)) embedAsked();
    const upstream = await fetch(url);
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    response.writeHead(upstream.status, { 'content-type': type });
    if (!type.startsWith('text/html')) return response.end(Buffer.from(await upstream.arrayBuffer()));
    const html = await upstream.text();
    const cut = html.indexOf('<section class="sources"');
    expect(cut, 'the prerendered page has its sources section').toBeGreaterThan(0);
    response.write(html.slice(0, cut));
    await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 3000))]);
    response.end(html.slice(cut));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    // (The themes' embed: the map's, the timeline's and the Secretariat's have pages of their own.)
    await page.goto(`http://127.0.0.1:${port}/?embed=themes`);
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    await expect(page.locator('[data-embed="themes"] [data-testid="themes-view"]')).toBeVisible();
    expect(await page.locator('#app > *').evaluateAll((parts) => parts.map((part) => `${part.tagName.toLowerCase()}.${part.classList[0]}`))).toEqual(['article.embed']);
  } finally {
    server.close();
  }
});

/**
 * The data comes in two bundles (`src/lib/data/files.ts`): the first view's, and the texts only the
 * views below show (`texts.json`), asked for with their code once the first view is drawn; those views
 * draw them (here, where the sources list says each source was taken from).
 */
test('the texts only the views below show are asked for after the first view is drawn, and drawn there', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.js !== 'ready') return;
      (window as unknown as { __readyAt: number }).__readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-js'] });
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
  const taken = page.getByTestId('source-taken-from').first();
  await taken.scrollIntoViewIfNeeded();
  await expect(taken).toHaveText(/^The project's index of sources lists it among public OSCE and Council of Europe texts/);
  const asked = await page.evaluate(() => ({
    ready: (window as unknown as { __readyAt: number }).__readyAt,
    bundles: Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .map((e) => [/\/assets\/(data|texts)-[\w-]+\.json$/.exec(e.name)?.[1], e.startTime] as const)
        .filter(([name]) => name),
    ),
  }));
  expect(Object.keys(asked.bundles).sort()).toEqual(['data', 'texts']);
  expect(asked.bundles.data!).toBeLessThan(asked.ready);
  expect(asked.bundles.texts!).toBeGreaterThan(asked.ready);
});
