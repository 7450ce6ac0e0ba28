import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { serve } from './serve.mjs';
import { resolve } from 'node:path';
const stop = await serve(resolve('dist'), 4181);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
const bodies = [];
page.on('response', async (r) => { try { bodies.push({ url: r.url(), body: await r.body() }); } catch {} });
await page.goto('http://127.0.0.1:4181/');
await page.waitForFunction(() => document.documentElement.dataset.js === 'ready');
await page.waitForLoadState('networkidle');
let t = 0;
for (const b of bodies) { const g = gzipSync(b.body).length; t += g; console.log(g, new URL(b.url).pathname); }
console.log('total', t);
await browser.close(); await stop();
