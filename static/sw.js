// Tsunagari's service worker: makes the app work offline after one visit.
//
// - Install: precaches every file of this build (the list and the version are
//   written below by scripts/postbuild.mjs after each Trunk build, never by
//   hand). The new worker then waits; the page offers a reload, and only when
//   the user chooses does the page ask it to take over (SKIP_WAITING).
// - Activate: deletes this app's caches from older builds.
// - Fetch: only same-origin GET requests for this build's own files.
//   index.html (and the scope root, i.e. any route, since routes are URL
//   hashes) is network-first so a new deployment is seen, with the cached copy
//   when offline; the other files are cache-first (their names carry a
//   content hash, or they belong to this build's cache). Nothing is cached at
//   run time and nothing off the origin is ever touched.
//
// - Share target: a file shared to the installed app (the manifest's
//   share_target, a multipart POST to ./share-target) is answered here, on the
//   device: the file is kept in a cache of its own for the page and the
//   browser is sent to ./?share-target#/files, which opens the import preview
//   (src/files.rs reads and deletes it). No server ever sees the POST.
//
// All URLs are relative to this script, so the same dist/ works at a domain
// root or under a sub-path.

const BUILD = null; // __TSUNAGARI_BUILD__ (replaced at build time)

if (!BUILD) throw new Error('sw.js was not finished by scripts/postbuild.mjs');

// One origin may host the app at several paths: each keeps its own caches.
const SCOPE = new URL(self.registration.scope).pathname;
const CACHE_PREFIX = `tsunagari:${SCOPE}:`;
const CACHE = `${CACHE_PREFIX}${BUILD.version}`;

const here = (path) => new URL(path, self.location.href);
const key = (url) => url.origin + url.pathname;
const INDEX = key(here('index.html'));
const ROOT = key(here('./'));
const FILES = new Set(BUILD.files.map((f) => key(here(f))));
// Trunk's hashed names (name-0123456789abcdef.ext, the u64 hash without
// leading zeros) never change content.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z0-9]+$/;
// How long a navigation waits for the network before the cached page is used.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        BUILD.files.map((f) => new Request(here(f), { cache: HASHED.test(f) ? 'default' : 'no-cache' })),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

// Where a shared file waits for the page (the same names as src/files.rs).
const SHARED_CACHE = `tsunagari-shared:${SCOPE}`;
const SHARE_TARGET = key(here('share-target'));
// Plan files are small; anything larger is not kept (the import refuses it too).
const SHARED_MAX_BYTES = 64 * 1024 * 1024;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method === 'POST' && key(new URL(request.url)) === SHARE_TARGET) {
    event.respondWith(receiveShared(request));
    return;
  }
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const k = key(url);
  if (k === ROOT || k === INDEX) {
    event.respondWith(networkFirst(request));
  } else if (FILES.has(k)) {
    event.respondWith(cacheFirst(k, request));
  }
});

async function cached(k) {
  const cache = await caches.open(CACHE);
  return cache.match(k);
}

async function cacheFirst(k, request) {
  return (await cached(k)) ?? fetch(request);
}

async function networkFirst(request) {
  const network = fetch(request).then(
    (response) => (response.ok || response.type === 'opaqueredirect' ? response : null),
    () => null,
  );
  const timeout = new Promise((done) => setTimeout(() => done(null), NETWORK_TIMEOUT_MS));
  const first = await Promise.race([network, timeout]);
  if (first) return first;
  const page = await cached(INDEX);
  if (page) return page;
  // Nothing cached (should not happen once installed): keep waiting for the network.
  return (await network) ?? Response.error();
}

async function receiveShared(request) {
  try {
    const form = await request.formData();
    const file = [...form.values()].find((v) => typeof v === 'object' && v !== null && 'name' in v);
    const cache = await caches.open(SHARED_CACHE);
    // A file an earlier share or drop left behind must never open in place
    // of this one (which may be unreadable or too large to keep).
    await cache.delete(here('file'));
    if (file && file.size <= SHARED_MAX_BYTES) {
      await cache.put(
        here('file'),
        new Response(file, {
          headers: { 'Content-Type': file.type || 'application/json', 'X-File-Name': encodeURIComponent(file.name) },
        }),
      );
    }
  } catch {
    // Unreadable form: the files screen opens without a file.
  }
  return Response.redirect(here('./?share-target#/files').href, 303);
}
