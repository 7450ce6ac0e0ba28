import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
const dir = resolve('.cache/bench-tools');
const require = createRequire(resolve(dir, 'package.json'));
const load = async (name, main) => import(pathToFileURL(resolve(dir, 'node_modules', name, main)).href);
const lighthouse = (await load('lighthouse', require(`${dir}/node_modules/lighthouse/package.json`).main)).default;
const { launch } = await load('chrome-launcher', require(`${dir}/node_modules/chrome-launcher/package.json`).main);
const throttling = (await load('lighthouse', 'core/config/constants.js')).throttling.mobileSlow4G;
const url = process.argv[2];
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-features=PaintHolding'] });
const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttling: { ...throttling, cpuSlowdownMultiplier: 4 } });
await chrome.kill();
const lhr = r.lhr;
console.log('TBT', Math.round(lhr.audits['total-blocking-time'].numericValue), 'idx', Math.round(lhr.environment.benchmarkIndex), 'fcp', Math.round(lhr.audits['first-contentful-paint'].numericValue), 'tti', Math.round(lhr.audits.interactive.numericValue));
const trace = r.artifacts.Trace ?? r.artifacts.traces?.defaultPass;
writeFileSync('/tmp/lhtrace.json', JSON.stringify(trace));
const ev = trace.traceEvents;
const main = ev.find(e => e.name === 'TracingStartedInBrowser');
const nav = ev.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'));
const pid = nav.pid, tid = nav.tid; const t0 = nav.ts;
const tasks = ev.filter(e => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.dur > 8000).sort((a,b)=>a.ts-b.ts);
for (const t of tasks) {
  const kids = ev.filter(e => e.pid === pid && e.tid === tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.dur > 1000 && e.ph === 'X');
  const names = {}; for (const k of kids) names[k.name] = (names[k.name] ?? 0) + k.dur / 1000;
  console.log(Math.round((t.ts - t0) / 1000), '+', Math.round(t.dur / 1000), Object.entries(names).sort((a,b)=>b[1]-a[1]).slice(0,6).map(([n,d]) => `${n} ${d.toFixed(1)}`).join(', '));
}
