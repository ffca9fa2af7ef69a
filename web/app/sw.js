// Service worker of the precis page: keeps the files of the site in a cache
// so that the page works offline after the first visit. Cache first; the
// precache list (every file but those loaded on demand: the engine with
// every language, Readability) and its version are written by
// web/build-site.mjs, and a new version replaces the old cache. Files
// loaded on demand are cached when first fetched.
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
      const response = await fetch(request);
      // Files fetched on demand (the engine with every language, Readability)
      // are kept for offline use once a visit has needed them.
      if (response.ok && response.type === 'basic' && request.mode !== 'navigate') {
        cache.put(request, response.clone()).catch(() => {});
      }
      return response;
    } catch (error) {
      if (request.mode === 'navigate') {
        const page = await cache.match(new URL('index.html', self.registration.scope));
        if (page) return page;
      }
      throw error;
    }
  })());
});
