// The service worker: after a first visit the app and its data work with the network gone, and a
// new deploy never breaks a tab that is already open.
// Built by src/offline/plugin.ts, which fills in the version and the list of files to precache.
//
// Requests: hashed assets come from the caches first (any version's, so that a tab opened before a
// deploy still finds its own chunks), then the network. Pages go to the network first and fall back
// to this version's copy of the page (an embed's own page) or its index.html, so a new build still
// arrives when there is a network.
// (Matches ignore Vary: a module script asks with an Origin header that the precache request had not.)
//
// Updates: a new version's worker caches its files in a cache of its own, takes over at once and
// tells each open page whether it runs this version (register.ts then offers a reload; nothing
// changes under the reader's feet). A previous version's cache is deleted only once no open page
// uses it: each page says which build it runs (its entry chunk's URL), and the worker records, per
// page, the cache that holds that build.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `pcocp-${VERSION}`;
/** The name of a version's cache (the record of pages below is not one). */
const VERSIONED = /^pcocp-[0-9a-f]{12}$/;
/** Which version's cache each open page uses: one entry per page, keyed by its client id. */
const PAGES = 'pcocp:pages';
const MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener('install', (event) => {
  // `reload`: each file straight from the server, never an older copy from the HTTP cache.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(prune));
});

// A page says which build it runs: { type: 'hello', entry: its entry chunk's URL, n: a number to echo }.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'hello' || !event.source) return;
  event.waitUntil(hello(event.source, String(data.entry), data.n));
});

async function hello(page, entry, n) {
  const used = await cacheHolding(entry);
  await (await caches.open(PAGES)).put(pageKey(page.id), new Response(used ?? ''));
  page.postMessage({ type: 'version', n, current: used === CACHE });
  await prune();
}

/** The version's cache that holds a file (this version's first), or null if none does. */
async function cacheHolding(url) {
  const others = (await caches.keys()).filter((key) => VERSIONED.test(key) && key !== CACHE);
  for (const key of [CACHE, ...others]) {
    if (await (await caches.open(key)).match(url, MATCH)) return key;
  }
  return null;
}

function pageKey(id) {
  return new URL(`pcocp-pages/${encodeURIComponent(id)}`, self.registration.scope).href;
}

/**
 * Deletes the caches of other versions that no open page uses, and the records of closed pages.
 * While an open page has not yet said which build it runs, every cache is kept.
 */
async function prune() {
  const [windows, records, keys] = await Promise.all([
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }),
    caches.open(PAGES),
    caches.keys(),
  ]);
  const open = new Set(windows.filter((page) => page.url.startsWith(self.registration.scope)).map((page) => pageKey(page.id)));
  const used = new Set([CACHE]);
  let unknown = open.size;
  for (const request of await records.keys()) {
    if (!open.has(request.url)) {
      await records.delete(request);
      continue;
    }
    unknown--;
    const record = await records.match(request);
    if (record) used.add(await record.text());
  }
  if (unknown > 0) return;
  await Promise.all(keys.filter((key) => VERSIONED.test(key) && !used.has(key)).map((key) => caches.delete(key)));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          // The page asked for (an embed's own page), else the dashboard's.
          .then((cache) => cache.match(request, MATCH).then((hit) => hit ?? cache.match('index.html', MATCH)))
          .then((hit) => hit ?? Response.error()),
      ),
    );
    return;
  }
  event.respondWith(caches.match(request, MATCH).then((hit) => hit ?? fetch(request)));
});
