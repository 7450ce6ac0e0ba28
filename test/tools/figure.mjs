// Downloads a figure from a running dashboard, as a reader would, and renders an SVG one to PNG to look at.
// Usage: node test/tools/figure.mjs <url> <out.svg|out.png> ["Map as a figure (SVG)", in the page's language]
import { chromium } from '@playwright/test';

const [url, out, button = 'Map as a figure (SVG)'] = process.argv.slice(2);
if (!url || !out) throw new Error('Usage: node test/tools/figure.mjs <url> <out> [button name]');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.goto(url);
await page.locator('.toolbar details.downloads:not(.share-menu) summary').click();
const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
await file.saveAs(out);
if (out.endsWith('.svg')) {
  // Rendered as an image, as a report's word processor would place it.
  const { readFileSync } = await import('node:fs');
  const svg = readFileSync(out, 'utf8');
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [0, 1200, 900];
  const view = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  await view.setContent(`<body style="margin:0"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
  await view.locator('img').evaluate((img) => img.decode());
  await view.screenshot({ path: out.replace(/\.svg$/, '.png') });
}
console.log(out);
await browser.close();
