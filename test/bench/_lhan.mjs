import { readFileSync } from 'node:fs';
const trace = JSON.parse(readFileSync('/tmp/lhtrace.json', 'utf8'));
const ev = trace.traceEvents;
const nav = ev.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'));
const pid = nav.pid, tid = nav.tid; const t0 = nav.ts;
const fcp = ev.find(e => e.name === 'firstContentfulPaint' && e.pid === pid);
console.log('fcp observed', fcp && Math.round((fcp.ts - t0)/1000));
const mine = ev.filter(e => e.pid === pid && e.tid === tid);
const tasks = mine.filter(e => e.name === 'RunTask' && e.dur > 10000).sort((a,b)=>a.ts-b.ts);
for (const t of tasks) {
  const kids = mine.filter(e => e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.ph === 'X');
  const names = {}; for (const k of kids) names[k.name] = (names[k.name] ?? 0) + (k.dur ?? 0) / 1000;
  const fns = kids.filter(k => k.name === 'FunctionCall' || k.name === 'EvaluateScript' || k.name === 'v8.evaluateModule' || k.name==='TimerFire').map(k => `${k.name}:${(k.args?.data?.url ?? '').split('/').pop()}:${k.args?.data?.functionName ?? ''}:${(k.dur/1000).toFixed(1)}`);
  console.log(Math.round((t.ts - t0) / 1000), '+', (t.dur / 1000).toFixed(1), Object.entries(names).sort((a,b)=>b[1]-a[1]).slice(0,8).map(([n,d]) => `${n} ${d.toFixed(1)}`).join(', '));
  if (fns.length) console.log('     ', fns.slice(0,5).join(' | '));
}
