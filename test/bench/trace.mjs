// `node test/bench/trace.mjs DIST PATH [--slowdown N] [--iframe] [--over MS] [--port P] [--runs N]`:
// one page of a build (`vite build --sourcemap --outDir DIST` names the sources) traced in Debian's
// Chromium at a CPU slowdown (by default calibrated to the host as the bench does: its index / 440),
// and each main-thread task longer than `--over` ms (default 25) after the first paint named: what
// kind of work took its time (script, style, layout, paint, parse, compile, GC), and the script's own
// time by source line (V8's sampling profiler, mapped through the build's source maps), self and
// with what it called. A tool for finding what to cut; the bench's `tasks` part prints the summary.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { serve } from './serve.mjs';
import { FLAGS, benchmarkIndex } from './host.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const slowdownArg = option('--slowdown', null);
const over = Number(option('--over', 25));
const port = Number(option('--port', 4612));
const runs = Number(option('--runs', 1));
const iframe = flag('--iframe');
const desktop = flag('--desktop');
// Without V8's sampling profiler (it lengthens script at a CPU slowdown): true durations, kinds only.
const noProfile = flag('--no-profile');
// With --lantern M: each task's length as Lighthouse's simulation would take it at a CPU slowdown of M
// (its observed length times M, times M / 2 where it lays out: lantern's Simulator), and the blocking
// time of those over 50 ms: run at --slowdown 1, as Lighthouse observes a page.
const lantern = Number(option('--lantern', 0));
const [dist, path = '/'] = args;
if (!dist) throw new Error('usage: trace.mjs DIST PATH [--slowdown N] [--iframe] [--over MS]');

const stop = await serve(resolve(dist), port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });

const maps = new Map();
/** The source position of a generated position in a build's asset, where its map is there. */
function original(url, line, column) {
  const file = url.split('/').pop();
  if (!maps.has(file)) {
    const mapFile = resolve(dist, 'assets', `${file}.map`);
    maps.set(file, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  const map = maps.get(file);
  if (!map) return `${file || '(native)'}:${line + 1}`;
  const pos = map.originalPositionFor({ line: line + 1, column });
  if (!pos.source) return `${file}:${line + 1}:${column}`;
  return `${pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(src|node_modules)\//, '$1/').replace(/^node_modules\//, '~')}:${pos.line}`;
}

const KINDS = {
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.evaluateModule': 'script', TimerFire: 'script', FireAnimationFrame: 'script', EventDispatch: 'script', RunMicrotasks: 'script',
  'v8.compile': 'compile', V8Compile: 'compile', 'v8.compileModule': 'compile', 'v8.parseOnBackground': 'compile',
  UpdateLayoutTree: 'style', Layout: 'layout', Paint: 'paint', PrePaint: 'paint', Layerize: 'paint', ParseHTML: 'parse', MinorGC: 'gc', MajorGC: 'gc', 'V8.GC_SCAVENGER': 'gc',
};

for (let run = 0; run < runs; run++) {
  const calib = await browser.newPage();
  const index = Math.round(await calib.evaluate(benchmarkIndex));
  await calib.close();
  const slowdown = slowdownArg ? Number(slowdownArg) : Math.max(1, Math.round((index / 440) * 100) / 100);
  const screen = iframe ? { viewport: { width: 760, height: 760 } } : desktop ? { viewport: { width: 1440, height: 900 } } : { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };
  const context = await browser.newContext({ serviceWorkers: 'block', ...screen });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'v8', ...(noProfile ? [] : ['disabled-by-default-v8.cpu_profiler']), 'blink.user_timing'] });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    expression: `new Promise((resolve) => { const done = () => ['ready', 'armed'].includes(document.documentElement.dataset.js); if (done()) return resolve(true); new MutationObserver((_, o) => done() && (o.disconnect(), resolve(true))).observe(document.documentElement, { attributes: true, attributeFilter: ['data-js'] }); })`,
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(Number(process.env.TRACE_WAIT ?? 3000));
  const trace = (await browser.stopTracing()).toString();
  // TRACE_SAVE=file.json keeps the trace (for chrome://tracing or DevTools' performance panel).
  if (process.env.TRACE_SAVE) writeFileSync(process.env.TRACE_SAVE, trace);
  const { traceEvents } = JSON.parse(trace);
  await context.close();

  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && traceEvents.some((f) => f.pid === e.pid && f.name === 'firstContentfulPaint'));
  const painted = traceEvents.find((e) => e.name === 'firstContentfulPaint' && e.pid === main?.pid)?.ts ?? 0;
  const onMain = traceEvents.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= painted && e.dur > over * 1000).sort((a, b) => a.ts - b.ts);
  const allAfter = onMain.filter((e) => e.name === 'RunTask' && e.ts >= painted);
  const blocking = allAfter.reduce((t, e) => t + Math.max(0, e.dur / 1000 - 50), 0);

  // The sampling profile: nodes, and each sample's time (on the trace's clock).
  const nodes = new Map();
  const samples = [];
  for (const e of traceEvents.filter((e) => (e.name === 'Profile' || e.name === 'ProfileChunk') && e.pid === main?.pid)) {
    const data = e.args?.data;
    if (e.name === 'Profile') {
      samples.time = data.startTime;
      continue;
    }
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      samples.time += deltas[i] ?? 0;
      samples.push([samples.time, ids[i]]);
    }
  }
  const where = (node) => {
    const f = node.callFrame;
    if (!f.url) return f.functionName ? `(${f.functionName})` : '(native)';
    return `${original(f.url, f.lineNumber, f.columnNumber)}${f.functionName ? ` ${f.functionName}` : ''}`;
  };

  if (lantern) {
    const simulated = allAfter.map((task) => {
      const laysOut = onMain.some((e) => e.name === 'Layout' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      return { task, ms: (task.dur / 1000) * (laysOut ? lantern / 2 : lantern) };
    });
    const long = simulated.filter((s) => s.ms > 50);
    console.log(`\n${path} as Lighthouse simulates it at ${lantern}x (observed at ${slowdown}x, index ${index}): blocking ${Math.round(long.reduce((t, s) => t + s.ms - 50, 0))} ms: ${long.map((s) => `${Math.round((s.task.ts - painted) / 1000)}+${Math.round(s.ms)}`).join(', ')}`);
  }
  const sumOf = (name) => Math.round(onMain.filter((e) => e.name === name && e.ts >= painted).reduce((t, e) => t + e.dur / 1000, 0));
  console.log(`after the first paint: layout ${sumOf('Layout')} ms, style ${sumOf('UpdateLayoutTree')} ms, paint ${sumOf('Paint')} ms, in tasks ${Math.round(allAfter.reduce((t, e) => t + e.dur / 1000, 0))} ms`);
  console.log(`\n${path} at ${slowdown}x (index ${index}): ${tasks.length} task(s) over ${over} ms after the first paint, blocking ${Math.round(blocking)} ms (tasks over 50)`);
  for (const task of tasks) {
    // What the task's time went to: its direct children by kind (what is not in one: the task's own).
    const kinds = {};
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let end = 0;
    for (const e of inside) {
      if (e.ts < end) continue;
      end = e.ts + e.dur;
      const kind = KINDS[e.name] ?? e.name;
      kinds[kind] = (kinds[kind] ?? 0) + e.dur / 1000;
    }
    const self = {};
    const inclusive = {};
    const inTask = samples.filter(([t]) => t >= task.ts && t <= task.ts + task.dur);
    for (let i = 0; i < inTask.length; i++) {
      const [t, id] = inTask[i];
      const dt = ((inTask[i + 1]?.[0] ?? t) - t) / 1000;
      let node = nodes.get(id);
      if (!node) continue;
      const key = where(node).replace(/:\d+( .*)?$/, '');
      self[key] = (self[key] ?? 0) + dt;
      // With what it called: the app's own functions (src/) on the stack, each once.
      const seen = new Set();
      while (node) {
        if (node.callFrame.url) {
          const k = where(node);
          if (k.startsWith('src/') && !seen.has(k)) {
            seen.add(k);
            inclusive[k] = (inclusive[k] ?? 0) + dt;
          }
        }
        node = nodes.get(node.parent);
      }
    }
    const top = (o, n) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, ms]) => ms >= 0.5).map(([k, ms]) => `${k} ${ms.toFixed(1)}`);
    console.log(`  ${Math.round((task.ts - painted) / 1000)}+${Math.round(task.dur / 1000)} ms: ${top(kinds, 8).join(', ')}`);
    if (noProfile) continue;
    console.log(`    self: ${top(self, 8).join('; ')}`);
    console.log(`    with callees: ${top(inclusive, 10).join('; ')}`);
  }
}
await browser.close();
stop();
