// Starman's service worker: the app's own files, network first with a cache fallback, so an online
// visit always gets the newest build and an offline one still starts. API answers are never cached here.
const CACHE = 'starman-app-v1';
const APP_FILES = ['./', 'index.html', 'style.css', 'boot.js', 'starman.wasm', 'starman.wasm-runtime.js',
  'manifest.json', 'icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(APP_FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) =>
    Promise.all(keys.filter((k) => k.startsWith('starman-app-') && k !== CACHE).map((k) => caches.delete(k)))));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  const isAppFile = event.request.method === 'GET' && url.origin === scope.origin
    && url.pathname.startsWith(scope.pathname) && !url.pathname.startsWith(scope.pathname + '1/');
  if (!isAppFile) {
    return;
  }
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(event.request, copy));
    }
    return response;
  }).catch(() => caches.match(event.request, {ignoreSearch: true})));
});
