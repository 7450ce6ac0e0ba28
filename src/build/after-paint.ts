/** The app's script and data, fetched once the prerendered page has been painted (why: README, "Speed and size"). */

/**
 * Asks for the script and its preloads, and the data with them (the app's own request, in
 * `lib/data/load.ts`, finds it on its way), after the first paint; at once on a page whose
 * prerendered view is not shown (index.html marks it `data-js` other than "default" or "embed":
 * another date, embed, language, presenter mode) or not shown at all (a background tab paints
 * nothing). It stands alone (no imports, no closures): the build writes it into index.html's
 * inline script in place of the module script and its preloads (`static-html.ts`).
 */
export function loadAfterFirstPaint(entry: string, preloads: readonly string[], data: readonly string[]): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    for (const href of data) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  const painted = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  const prerendered = ['default', 'embed'].includes(document.documentElement.dataset.js ?? '');
  if (!prerendered || document.visibilityState !== 'visible' || !painted) return start();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  // Should no paint be reported (the tab hidden meanwhile), the script comes anyway.
  setTimeout(start, 2000);
}
