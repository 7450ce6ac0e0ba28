// The service worker: after a first visit the app and its data work with the network gone.
// Built by src/offline/plugin.ts, which fills in the version and the list of files to precache.
// (Matches ignore Vary: a module script asks with an Origin header that the precache request had not.)
// Hashed assets are served from the cache first; pages go to the network first and fall back to
// the cached index.html, so a new build still arrives when there is a network.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `pcocp-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pcocp-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('index.html', { ignoreSearch: true, ignoreVary: true }).then((hit) => hit ?? Response.error())));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit ?? fetch(request)));
});
