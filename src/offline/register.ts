/**
 * Registers the service worker in a production build (the dev server has none), and offers the
 * new version when one is deployed while this page is open.
 *
 * The worker (sw.js) of a new version takes over at once but keeps the previous version's files
 * for the pages that still run it: this page goes on working as it was (presenter mode, an embed,
 * a download load their code from that cache) until the reader reloads. To know which build it
 * runs, the page tells the worker its entry chunk's URL (`entry`, main.ts's `import.meta.url`: different
 * in every build; this module is a chunk of its own, loaded once the browser is idle) when it starts and
 * whenever a worker takes over; the worker answers whether that is its own version, and records the
 * cache that holds it.
 */
import { mount } from 'svelte';
import UpdateNotice from './UpdateNotice.svelte';
import { Update } from './update.svelte';

/** How often an open page asks whether a new version has been deployed (and whenever it is shown again). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(entry: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;

  const update = new Update();
  let controlled = workers.controller !== null;
  /** A worker took over from another while this page was open: it may bring a new version. */
  let replaced = false;
  /** The number of the last hello: only its answer counts. */
  let asked = 0;
  const hello = () => workers.controller?.postMessage({ type: 'hello', entry, n: ++asked });

  workers.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; n?: number; current?: boolean } | null;
    if (data?.type !== 'version' || data.n !== asked) return;
    // The first worker only caches the version this page runs; one that replaced it and does not
    // hold this page's build has a newer one.
    update.available = replaced && data.current === false;
  });
  workers.addEventListener('controllerchange', () => {
    replaced ||= controlled;
    controlled = true;
    hello();
  });
  workers.startMessages();
  hello();

  workers.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
    // No offline copy this time (private mode, a sandboxed frame, no network): the app works the same.
  });
  // Once a worker is active (now, or after a first install), offer what it brings, and look for a
  // newer one now and then.
  void workers.ready.then((registration) => {
    // The notice's live region is in the page before it has anything to say, so that it is announced.
    const host = document.createElement('div');
    document.body.append(host);
    mount(UpdateNotice, { target: host, props: { update } });
    const check = () =>
      registration.update().catch(() => {
        // Offline, or the server is down: ask again later.
      });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void check();
    });
    setInterval(check, CHECK_EVERY_MS);
  });
}
