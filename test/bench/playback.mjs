// Time the app's own code takes per frame while the clock plays, at 4x CPU throttle.
// Usage: node test/bench/playback.mjs [base URL, default: builds dist/ and serves it] [runs, default 3]
// Prints, per view, the median over runs of: frames drawn, and per frame the milliseconds of script
// (all JavaScript run: the app, Svelte, d3) and of the main thread's tasks, from Chromium's own metrics.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';

const [baseArg, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 3);
let server = null;
let base = baseArg;
if (!base) {
  if (spawnSync('npm', ['run', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('npm run build failed');
  server = spawn('./node_modules/.bin/vite', ['preview', '--port', '4199', '--strictPort'], { stdio: 'ignore' });
  base = 'http://localhost:4199';
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function measure(query) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/${query}`);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  await page.locator('svg.map-svg').first().waitFor();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.evaluate(() => {
    window.__frames = 0;
    window.__recording = true;
    const tick = () => {
      window.__frames++;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const before = await metrics();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 300_000 });
  const after = await metrics();
  const frames = await page.evaluate(() => ((window.__recording = false), window.__frames));
  await context.close();
  return {
    frames,
    scriptMs: ((after.ScriptDuration - before.ScriptDuration) * 1000) / frames,
    taskMs: ((after.TaskDuration - before.TaskDuration) * 1000) / frames,
  };
}

console.log(`playback at 4x CPU, ${base}, median of ${RUNS} runs`);
for (const [view, query] of [
  ['dashboard', '?date=2016-05'],
  ['map alone', '?embed=map&date=2016-05'],
]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(query));
  const m = (key) => median(runs.map((r) => r[key]));
  console.log(`${view.padEnd(10)} ${String(m('frames')).padStart(5)} frames; per frame: script ${m('scriptMs').toFixed(2)} ms, main-thread tasks ${m('taskMs').toFixed(2)} ms`);
}
await browser.close();
server?.kill();
