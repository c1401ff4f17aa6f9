// Mødebord's service worker: lets a meeting that was open before be reloaded
// without a network. The document itself lives in IndexedDB (y-indexeddb);
// this keeps the app shell and the few GET answers the meeting page needs.
// Plain JavaScript because Vite copies client/public as it is.

const BUILD = new URL(self.location.href).searchParams.get("build") ?? "unversioned";
const SHELL_CACHE = `moedebord-shell-${BUILD}`;
// Not versioned: it holds data, not code, and must survive an update offline.
const DATA_CACHE = "moedebord-data";
const SHELL_KEY = "/";
// A meeting-room network that hangs is worse than none: answer from the cache after this long.
const NETWORK_TIMEOUT_MS = 4000;

/** The GET answers the meeting list and the meeting page need; nothing else under /api is kept. */
const CACHED_API = [
  /^\/api\/me$/,
  /^\/api\/meetings$/,
  /^\/api\/meetings\/[^/]+$/,
  /^\/api\/meetings\/[^/]+\/(context|decisions|attachments)$/,
];

self.addEventListener("install", (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(removeOtherBuilds().then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    // Logging in or out changes whose data this browser may show.
    if (url.pathname.startsWith("/api/auth/")) event.respondWith(thenForgetData(request));
    return;
  }
  if (url.pathname.startsWith("/api/")) {
    // Attachment downloads and everything else under /api go to the network untouched.
    if (CACHED_API.some((pattern) => pattern.test(url.pathname))) event.respondWith(networkFirst(event, DATA_CACHE, request, () => true));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(event, SHELL_CACHE, SHELL_KEY, isHtml));
  } else if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(event));
  }
});

/** index.html and the files it loads; chunks loaded later are cached when first fetched. */
async function precacheShell() {
  const cache = await caches.open(SHELL_CACHE);
  const shell = await fetch(SHELL_KEY, { cache: "no-cache" });
  if (!shell.ok) throw new Error(`The app shell answered ${shell.status}`);
  const html = await shell.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await cache.addAll(assets);
  await cache.put(SHELL_KEY, shell);
}

async function removeOtherBuilds() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith("moedebord-shell-") && name !== SHELL_CACHE).map((name) => caches.delete(name)));
}

function isHtml(response) {
  return (response.headers.get("content-type") ?? "").startsWith("text/html");
}

async function networkFirst(event, cacheName, key, cacheable) {
  const cache = await caches.open(cacheName);
  const network = fetch(event.request);
  // Registered now: once the page has its answer, the worker may no longer extend its life.
  event.waitUntil(network.then((response) => remember(cache, key, response.clone(), cacheable)).catch(() => {}));
  try {
    return await Promise.race([network, timeout(NETWORK_TIMEOUT_MS)]);
  } catch {
    return (await cache.match(key)) ?? network;
  }
}

async function remember(cache, key, response, cacheable) {
  if (response.ok && cacheable(response)) return cache.put(key, response);
  // The session ended: nothing kept for it may be shown any more.
  if (response.status === 401) return caches.delete(DATA_CACHE);
  if (response.status === 403 || response.status === 404) return cache.delete(key);
}

async function cacheFirst(event) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

async function thenForgetData(request) {
  try {
    return await fetch(request);
  } finally {
    // Logging out forgets the app shell too, so nothing of the last session is left; logging in keeps it.
    const names = new URL(request.url).pathname === "/api/auth/logout" ? await caches.keys() : [DATA_CACHE];
    await Promise.all(names.map((name) => caches.delete(name)));
  }
}

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error("network timeout")), ms));
}
