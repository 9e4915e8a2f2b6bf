// Service worker of this site. Keeps the pages a pupil has opened, and what they need, so a
// lesson opened once also works without network. Pages go to the network first, so after a
// new build is deployed an online pupil always gets the new page; the kept copy is only used
// offline. The rules are in src/offline/cache-strategy.ts (unit-tested); this file mirrors
// them because a service worker must be one plain script.
const CACHE = 'digitaal-weerbaar-v1';
const ALWAYS = ['/', '/hulp/'];

self.addEventListener('install', (event) => {
  // Keeping the home and help pages is a bonus: a failure here must not stop the worker.
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(ALWAYS.map((url) => cache.add(url).catch(() => undefined))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function strategy(request) {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return 'ignore';
  if (url.pathname.startsWith('/_astro/')) return 'cache-first';
  return 'network-first';
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
    if (kept) return kept;
    if (request.mode === 'navigate') {
      const help = await cache.match('/hulp/');
      if (help) return help;
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const how = strategy(event.request);
  if (how === 'ignore') return;
  event.respondWith(how === 'cache-first' ? cacheFirst(event.request) : networkFirst(event.request));
});

// The page asks to keep itself. It loaded before this worker was in control (its first visit),
// so fetch it again and keep it with the built files it refers to (assetUrlsIn, mirrored here).
async function keepPage(path) {
  const cache = await caches.open(CACHE);
  const response = await fetch(path);
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(path, response);
  const assets = [...new Set(html.match(/\/_astro\/[\w.-]+\.(?:js|css)/g) || [])];
  await Promise.all(assets.map((url) => cache.match(url, { ignoreVary: true }).then((hit) => hit || cache.add(url).catch(() => undefined))));
}

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || typeof event.data.url !== 'string' || !event.data.url.startsWith('/')) return;
  event.waitUntil(keepPage(event.data.url).catch(() => undefined));
});
