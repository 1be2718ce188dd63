// Starman's service worker. The build replaces the version below with a hash of the site's files, so every
// new build installs into its own cache; the page offers to switch once it is waiting.
const VERSION = '@SITE_VERSION@';
// Relative to this script, which sits at the root of the app's scope (any base path).
const APP_FILES = ['./', 'index.html', 'style.css', 'boot.js', 'zones.js', 'starman.wasm', 'starman.wasm-runtime.js',
  'manifest.json', 'icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png'];
// Caches belong to the origin, not the scope: name them by scope so two copies on one origin keep theirs.
const PREFIX = 'starman-app ' + self.registration.scope + ' ';
const CACHE = PREFIX + VERSION;
const APP_URLS = new Set(APP_FILES.map((file) => new URL(file, self.location).href));

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, so the new cache never holds an older build's files
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(APP_FILES.map((file) => new Request(file, {cache: 'reload'})))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The page's "Reload" button on the new-version banner.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') {
    self.skipWaiting();
  }
});

// The app's files come from this version's cache; everything else (the ListenBrainz API, even when it is
// served from this origin under /1/) goes to the network untouched and is never stored.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.mode === 'navigate') {
    url.search = ''; // ?user=…&api=… still opens the cached page
  }
  if (event.request.method !== 'GET' || !APP_URLS.has(url.href)) {
    return;
  }
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(url.href))
    .then((hit) => hit || fetch(event.request)));
});
