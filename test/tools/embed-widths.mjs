// Screenshots of the charts' embed pages at several frame widths, before the app's script runs (its
// code and data held back: what the HTML paints) and after it has taken the embed over.
// Usage: node test/tools/embed-widths.mjs <base-url> <out-dir> [widths, e.g. 320,390,412,600,760,1000] [langs, e.g. en,sr-Cyrl]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4173', out = '/tmp/embed-widths', widthList = '320,390,412,600,760,1000', langList = 'en,sr-Cyrl'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const pages = { timeline: 'date=2019-06-15', rotation: 'date=2022-03-01' };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [view, query] of Object.entries(pages))
  for (const lang of langList.split(','))
    for (const width of widthList.split(',').map(Number)) {
      const context = await browser.newContext({ viewport: { width, height: width }, deviceScaleFactor: 1, locale: lang === 'en' ? 'en-GB' : 'sr-RS' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/\/assets\/.*\.(js|json)$/, async (route) => {
        await held;
        await route.continue().catch(() => {});
      });
      const file = `embed/${view}${lang === 'en' ? '' : `.${lang}`}.html?${query}${lang === 'en' ? '' : `&lang=${lang}`}`;
      await page.goto(`${base}/${file}`);
      const before = await page.evaluate(() => document.documentElement.dataset.js);
      await page.screenshot({ path: `${out}/${view}-${lang}-${width}-html.png`, fullPage: true });
      release();
      await page.waitForFunction(() => document.documentElement.dataset.js === 'ready' && document.querySelector('.view')?.getAttribute('aria-busy') === 'false');
      await page.screenshot({ path: `${out}/${view}-${lang}-${width}-app.png`, fullPage: true });
      const orientation = await page.evaluate(() => document.querySelector('[data-testid="timeline-chart"]')?.getAttribute('data-orientation') ?? '');
      console.log(view, lang, width, `html: data-js=${before}`, orientation, errors.length ? `errors: ${errors.join(' | ')}` : '');
      await context.close();
    }
await browser.close();
