import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
const stop = await serve('/work/main/dist', 4640);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const play of [false, true]) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors = []; page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const t0 = Date.now();
  await page.goto('http://localhost:4640/');
  await page.waitForFunction(() => document.documentElement.dataset.js === 'ready');
  const ready = Date.now() - t0;
  if (play) await page.getByRole('button', { name: /play/i }).first().click();
  const samples = [];
  for (let i = 0; i < 24; i++) {
    samples.push(`${Date.now() - t0}:${await page.locator('.placeholder').count()}${play ? (await page.getByRole('button', { name: /pause/i }).count() ? 'P' : '-') : ''}`);
    await page.waitForTimeout(500);
  }
  console.log(play ? 'playing' : 'still', 'ready at', ready, samples.join(' '), errors);
  await page.close();
}
await browser.close(); stop();
