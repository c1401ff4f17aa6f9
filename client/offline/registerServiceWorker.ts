/// <reference types="vite/client" />

// Only what the worker keeps (see client/public/sw.js) is worth fetching again;
// the log-in and log-out requests are listed too but are no GETs.
const WORTH_CACHING = /^\/(assets\/|api\/(?!auth\/))/;

/**
 * The worker's URL carries the name of the bundle this code came from, which
 * changes with every build: the browser then installs the new worker and it
 * drops the previous build's files.
 */
function workerUrl(): string {
  const bundle = new URL(import.meta.url).pathname.split("/").pop() ?? "";
  return `/sw.js?build=${encodeURIComponent(bundle)}`;
}

// A page opened before the worker existed fetched everything past it; once the
// worker controls the page, fetching the same URLs again stores them, so this
// very page can be reloaded offline.
function refetchThroughWorker(): void {
  const urls = performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && WORTH_CACHING.test(url.pathname));
  for (const url of new Set(urls.map(String))) {
    fetch(url, { credentials: "same-origin" }).catch(() => undefined);
  }
}

/**
 * Registers the service worker that lets a meeting page be reloaded offline.
 * Built clients only: the dev server's modules change under it and must not be kept.
 * The build's mode, not PROD, decides: PROD follows NODE_ENV, which a build run
 * under the test runner inherits as "test".
 */
export function registerServiceWorker(): void {
  if (import.meta.env.MODE === "development" || !("serviceWorker" in navigator)) return;
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener("controllerchange", refetchThroughWorker, { once: true });
  }
  navigator.serviceWorker.register(workerUrl(), { scope: "/" }).catch((error: unknown) => console.warn("Offline support is unavailable", error));
}
