// What the bench's scripts share about the host: Chromium's flags, and Lighthouse's measure of the host's speed.

/** The flags Debian's Chromium is started with (Playwright adds headless; Lighthouse's launcher is given it). */
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Lighthouse's benchmarkIndex (core/lib/page-functions.js, computeBenchmarkIndex), as Lighthouse runs it. */
export function benchmarkIndex() {
  const gc = () => {
    const start = Date.now();
    let iterations = 0;
    while (Date.now() - start < 500) {
      let s = '';
      for (let j = 0; j < 10000; j++) s += 'a';
      if (s.length === 1) throw new Error('never');
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  };
  const noGc = () => {
    const a = [];
    const b = [];
    for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
    const start = Date.now();
    let iterations = 0;
    while (iterations % 10 !== 0 || Date.now() - start < 500) {
      const [src, tgt] = iterations % 2 === 0 ? [a, b] : [b, a];
      for (let j = 0; j < src.length; j++) tgt[j] = src[j];
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  };
  return (gc() + noGc()) / 2;
}
