// Service worker of the precis page: keeps every file of the site in a cache
// so that the page works offline after the first visit. Cache first; the
// list and its version are written by web/build-site.mjs, and a new version
// replaces the old cache.
const PRECACHE = {version: 'dev', files: []};  // filled in by build-site.mjs

const CACHE = `precis-${PRECACHE.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.files))
      .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith('precis-') && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, {ignoreSearch: true});
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (error) {
      if (request.mode === 'navigate') {
        const page = await cache.match(new URL('index.html', self.registration.scope));
        if (page) return page;
      }
      throw error;
    }
  })());
});
