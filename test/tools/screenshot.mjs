// Takes screenshots of a running dashboard at the three sizes we design for.
// Usage: node test/tools/screenshot.mjs <url> <out-prefix> [--dark] [--full]
import { chromium } from '@playwright/test';

const [url = 'http://localhost:4173/', prefix = '/tmp/shot'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
const full = process.argv.includes('--full');
const sizes = { desktop: [1440, 900], phone: [390, 844], projector: [1920, 1080] };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [name, [width, height]] of Object.entries(sizes)) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  const file = `${prefix}-${name}${dark ? '-dark' : ''}.png`;
  await page.screenshot({ path: file, fullPage: full });
  console.log(file, errors.length ? `errors: ${errors.join(' | ')}` : 'no console errors');
  await context.close();
}
await browser.close();
