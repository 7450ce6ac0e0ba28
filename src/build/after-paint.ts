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
    const link = (rel: string, href: string) => {
      const element = document.createElement('link');
      element.rel = rel;
      if (rel === 'preload') element.as = 'fetch';
      element.crossOrigin = '';
      element.href = href;
      return element;
    };
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    // The data and the script first (the app's own request finds the data on its way), then the
    // script's imports. Asking for a file costs a phone a few
    // milliseconds per element (a module preload up to 20 ms at 4x CPU on a busy host): on a page
    // that is shown, each is asked for in a task of its own, so that together they make no long
    // task (all at once they were one of about 45 ms). The preloads spare the script's imports a
    // round trip, and each is asked for long before the script has arrived.
    const elements = [...data.map((href) => link('preload', href)), script, ...preloads.map((href) => link('modulepreload', href))];
    const next = () => {
      document.head.append(elements.shift()!);
      if (elements.length) setTimeout(next, 0);
    };
    if (document.visibilityState === 'visible') return next();
    document.head.append(...elements);
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
