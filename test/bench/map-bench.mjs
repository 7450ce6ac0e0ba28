// `npm run bench:map`: the member map's shipped bytes, and frame times over a full playback
// (May 2016 → today) in Debian's Chromium at 1x and 4x CPU throttling, with the map in view.
// Frame times are requestAnimationFrame deltas recorded in the page. Figures are printed, not
// asserted (a shared machine is noisy); the unit tests hold the geometry's size.
//
//   BENCH_DIST (default /tmp/dist-map-bench) and BENCH_PORT (default 4603) keep it clear of other runs.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PORT = Number(process.env.BENCH_PORT ?? 4603);
const OUT = process.env.BENCH_DIST ?? '/tmp/dist-map-bench';
const BASE = `http://127.0.0.1:${PORT}`;

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (n) => `${n.toFixed(1)} ms`;

console.log(`Building into ${OUT}…`);
const build = spawnSync('./node_modules/.bin/vite', ['build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// ---- bytes: what the map alone adds to the build ----
const assets = readdirSync(join(OUT, 'assets'));
const sized = (pattern) =>
  assets
    .filter((f) => pattern.test(f))
    .map((f) => {
      const body = readFileSync(join(OUT, 'assets', f));
      return { file: f, raw: body.length, gzip: gzipSync(body).length };
    });
const rows = [...sized(/^region\.topo-.*\.json$/), ...sized(/^cartography-.*\.json$/)];
console.log('\nMap bytes (built assets)');
for (const r of rows) console.log(`  ${r.file.padEnd(36)} ${String(r.raw).padStart(7)} B raw  ${String(r.gzip).padStart(6)} B gzip`);

// ---- frames: a full playback at 1x and 4x CPU throttling ----
const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
console.log('\nFrame times over a full playback (May 2016 → today), map in view, 1440 × 900');
console.log(`  (load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} CPUs)`);
const results = {};
// The whole dashboard (every view follows the clock), then the map alone as an embed (?embed=map).
for (const [view, query, rate] of [
  ['dashboard', '', 1],
  ['dashboard', '', 4],
  ['map alone', '&embed=map', 1],
  ['map alone', '&embed=map', 4],
]) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${BASE}/?date=2016-05${query}`);
  await page.locator('.member-map svg.map-svg').waitFor();
  await page.locator('.member-map .frame').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    window.__recording = true;
    requestAnimationFrame(tick);
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 240_000 });
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
  const members = await page.locator('.member-map svg.map-svg [data-member="true"]').count();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  results[`${view} ${rate}x`] = { frames: frames.length, p50: percentile(frames, 50), p95: percentile(frames, 95), max: Math.max(...frames), over: frames.filter((f) => f > 16.7 * 1.5).length };
  const r = results[`${view} ${rate}x`];
  console.log(`  ${view.padEnd(9)} ${rate}x CPU: ${r.frames} frames, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)}, ${r.over} frames over 25 ms; ${members} members at the end`);
  await context.close();
}
await browser.close();
server.kill();
