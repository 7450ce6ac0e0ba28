// Screenshots of the presenter's talk: the stage and the presenter view side by side (1920x1080 and
// 1280x800), the story editor and a handout page. Usage: node test/tools/talk-screens.mjs <url> <out-prefix>
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const [url = 'http://127.0.0.1:4173/', prefix = '/tmp/talk'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
const watch = (page) => {
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
};

for (const [width, height] of [[1920, 1080], [1280, 800]]) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'Europe/Belgrade' });
  const page = await context.newPage();
  watch(page);
  await page.goto(new URL('?present=1&date=2016-05-26', url).href);
  await page.locator('.stage svg.map-svg').waitFor();
  await page.keyboard.press('e');
  const editor = page.getByTestId('story-editor');
  await editor.getByLabel('Title').fill('Trust across borders');
  await editor.getByRole('group', { name: 'Step 3', exact: true }).getByLabel(/^Notes/).fill('Hungary: two sources, two dates. Say that the explorer shows both readings, and why that matters for a court.');
  await editor.getByRole('group', { name: 'Step 4', exact: true }).getByLabel('Secretariat', { exact: true }).check();
  if (width === 1920) await page.screenshot({ path: `${prefix}-editor.png` });
  await editor.getByRole('button', { name: 'Done' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
  watch(view);
  await view.setViewportSize({ width, height });
  await view.getByTestId('presenter-view').waitFor();
  await view.locator('.now svg.map-svg').waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${prefix}-stage-${width}.png` });
  await view.screenshot({ path: `${prefix}-view-${width}.png` });
  // Side by side, each at half its size.
  const side = await context.newPage();
  const img = async (f) => `data:image/png;base64,${(await readFile(f)).toString('base64')}`;
  await side.setViewportSize({ width, height: Math.ceil(height / 2) + 20 });
  await side.setContent(`<body style="margin:0;display:flex;gap:8px;padding:8px 0;background:#333"><img style="width:calc(50% - 4px)" src="${await img(`${prefix}-stage-${width}.png`)}"><img style="width:calc(50% - 4px)" src="${await img(`${prefix}-view-${width}.png`)}"></body>`);
  await side.screenshot({ path: `${prefix}-side-${width}.png` });
  if (width === 1920) {
    await page.keyboard.press('PageDown');
    await page.getByTestId('stage-secretariat').waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${prefix}-stage-secretariat.png` });
    await page.mouse.move(200, 200);
    await page.getByRole('button', { name: 'Handout' }).click();
    await page.getByTestId('handout').locator('section.page').first().waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${prefix}-handout.png` });
    await page.getByTestId('handout').getByLabel('With the notes').check();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${prefix}-handout-notes.png` });
    await page.pdf({ path: `${prefix}-handout.pdf`, format: 'A4' });
    await page.getByTestId('handout').getByLabel('One').check();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${prefix}-handout-one.png` });
  }
  await context.close();
}
await browser.close();
console.log(errors.length ? `errors: ${errors.join(' | ')}` : 'no console errors');
