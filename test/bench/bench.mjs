// `npm run bench`: builds the app, serves it on localhost and measures it in Debian's Chromium.
// Prints a table and writes test/bench/results.json. Figures are printed, never asserted:
// timings on a shared 2-core machine vary; the size budgets that must hold are checked by the build.
//
//   bytes      what the first view loads, raw and gzipped, by kind (JS, CSS, HTML, data, geometry)
//   lighthouse performance, accessibility, best practices, SEO; LCP, TBT, CLS (mobile emulation)
//   frames     frame times over a full 2016 → today playback, p50 / p95 / max, at 1x and 4x CPU throttling,
//              for the whole dashboard and for the map alone (?embed=map)
//   heap       JS heap after one and after ten playbacks
//   audit      npm audit of the runtime dependencies (where the registry answers it)
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PORT = Number(process.env.BENCH_PORT ?? 4601);
const OUT = process.env.BENCH_DIST ?? 'dist';
const URL_BASE = `http://127.0.0.1:${PORT}`;
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);

const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

console.log('Building…');
const build = spawnSync('./node_modules/.bin/vite', ['build', '--outDir', OUT, '--emptyOutDir'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(URL_BASE)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const results = { measuredAt: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}` };
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });

// ---- bytes: everything the browser loads for the first view ----
if (want('bytes')) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(URL_BASE)) return;
    try {
      bodies.push({ url, body: await response.body() });
    } catch {}
  });
  await page.goto(`${URL_BASE}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const kinds = {};
  for (const { url, body } of bodies) {
    const path = new URL(url).pathname;
    const kind = /\.js$/.test(path)
      ? 'js'
      : /\.css$/.test(path)
        ? 'css'
        : /(geo|atlas|world|topo|map)[^/]*\.json$|\.topojson$/i.test(path)
          ? 'geometry'
          : /\.json$/.test(path)
            ? 'data'
            : path === '/' || /\.html$/.test(path)
              ? 'html'
              : 'other';
    kinds[kind] ??= { files: 0, raw: 0, gzip: 0 };
    kinds[kind].files += 1;
    kinds[kind].raw += body.length;
    kinds[kind].gzip += gzipSync(body).length;
  }
  const total = Object.values(kinds).reduce((t, k) => ({ files: t.files + k.files, raw: t.raw + k.raw, gzip: t.gzip + k.gzip }), { files: 0, raw: 0, gzip: 0 });
  results.bytes = { ...kinds, total };
  await context.close();
}

// ---- frames and heap: a full playback, at 1x and 4x CPU throttling ----
async function playback(page) {
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
  await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 180_000 });
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
}

if (want('frames') || want('heap')) {
  results.frames = {};
  for (const [view, query] of [
    ['dashboard', '?date=2016-05'],
    ['map alone', '?embed=map&date=2016-05'],
  ]) {
    for (const rate of [1, 4]) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${URL_BASE}/${query}`);
      await page.getByRole('button', { name: 'Play' }).waitFor();
      await page.waitForTimeout(500);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const frames = await playback(page);
      results.frames[`${view}, ${rate}x`] = { frames: frames.length, p50: round(percentile(frames, 50)), p95: round(percentile(frames, 95)), max: round(Math.max(...frames)) };
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      if (view === 'dashboard' && rate === 1 && want('heap')) {
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        };
        const afterOne = await heap();
        for (let i = 0; i < 9; i++) await playback(page);
        const afterTen = await heap();
        results.heap = { afterOnePlayback: afterOne, afterTenPlaybacks: afterTen, growth: afterTen - afterOne };
      }
      await context.close();
    }
  }
}
await browser.close();

// ---- Lighthouse, mobile emulation, against the same local Chromium ----
if (want('lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const run = await lighthouse(`${URL_BASE}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = run.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    results.lighthouse = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: round(lhr.audits['cumulative-layout-shift'].numericValue, 3),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

stop();

// ---- npm audit of the runtime dependencies (the registry must offer its audit endpoint) ----
if (want('audit')) {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  try {
    const counts = JSON.parse(audit.stdout).metadata?.vulnerabilities;
    results.audit = counts ? { high: counts.high, critical: counts.critical, total: counts.total } : { error: 'no audit metadata' };
  } catch {
    results.audit = { error: (audit.stderr.match(/npm (?:error|warn) audit[^\n]*/) ?? ['npm audit gave no answer'])[0] };
  }
}

// ---- the table ----
const rows = [];
if (results.bytes) {
  for (const [kind, k] of Object.entries(results.bytes)) rows.push([`bytes: ${kind}`, `${k.files} file(s), ${k.raw} B raw, ${k.gzip} B gzip`, kind === 'total' ? '≤ 92160 B gzip' : '']);
}
if (results.lighthouse) {
  const l = results.lighthouse;
  rows.push(['lighthouse (mobile)', `performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.bestPractices}, SEO ${l.seo}`, '100 each']);
  rows.push(['lighthouse metrics', `LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms, CLS ${l.cls}`, 'LCP ≤ 1200, TBT ≤ 50, CLS 0']);
  if (l.failing.length) rows.push(['lighthouse failing audits', l.failing.join(', '), '']);
}
for (const [run, f] of Object.entries(results.frames ?? {})) rows.push([`frames: ${run} CPU`, `${f.frames} frames: p50 ${f.p50} ms, p95 ${f.p95} ms, max ${f.max} ms`, run.endsWith('4x') ? 'p95 ≤ 16.7 ms' : '']);
if (results.heap) rows.push(['JS heap', `${round(results.heap.afterOnePlayback / 1e6, 2)} MB after 1 playback, ${round(results.heap.afterTenPlaybacks / 1e6, 2)} MB after 10 (growth ${round(results.heap.growth / 1e3, 1)} kB)`, 'no growth']);
if (results.audit) rows.push(['npm audit --omit=dev', results.audit.error ?? `${results.audit.high} high, ${results.audit.critical} critical (${results.audit.total} in all)`, 'no high or critical']);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\nPCOCP bench, ${results.measuredAt} (${results.machine})`);
for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value}${target ? `   [target: ${target}]` : ''}`);
writeFileSync('test/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to test/bench/results.json');
process.exit(0);
