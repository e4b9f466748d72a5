/// <reference lib="webworker" />
// The service worker, served as /sw.js (src/pages/sw.js.ts bundles it): keeps the pages a reader
// opens so they open again without a network. What it does with each request, and why, is in
// src/lib/offline.ts.
import { NETWORK_WAIT_MS, OFFLINE_CACHE, addressesOverLimit, addressesToKeep, bundlesReferenced, isClearable, keptAddress, requestHandling, type RequestHandling } from '../lib/offline.ts';
import { OFFLINE_PAGE_URL } from '../lib/urls.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', (event) => {
  // The offline page is the one thing fetched ahead (≈ 4 KB): without it, a page not kept would
  // show the browser's own error instead of the list of what is.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(OFFLINE_CACHE);
      await cache.add(new Request(OFFLINE_PAGE_URL, { cache: 'no-cache' }));
      await keepBundlesOf(cache, await cache.match(OFFLINE_PAGE_URL), new URL(OFFLINE_PAGE_URL, self.location.origin).href);
      // Chromium 123+: Pagefind's files go straight to the network without waking this worker.
      const router = event as ExtendableEvent & { addRoutes?: (rules: unknown) => Promise<void> };
      await router.addRoutes?.({ condition: { urlPattern: new URLPattern({ pathname: '/pagefind/*' }) }, source: 'network' }).catch(() => undefined);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== OFFLINE_CACHE) await caches.delete(name);
      // The page that registered this worker arrived before it: keep it too, usually from the
      // browser's HTTP cache. Pages stay uncontrolled until their next load (no clients.claim), so a
      // search already running is not rerouted halfway.
      const cache = await caches.open(OFFLINE_CACHE);
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        if (requestHandling({ url: client.url, method: 'GET', mode: 'navigate' }, self.location.origin) !== 'page') continue;
        const response = await fetch(client.url).catch(() => undefined);
        if (response && isKeepable(response)) {
          await cache.put(keptAddress(client.url, 'page'), response.clone());
          await keepBundlesOf(cache, response, client.url);
        }
      }
      await dropUnusedBundles(cache);
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const handling = requestHandling(event.request, self.location.origin);
  if (handling === 'pass') return;
  event.respondWith(respond(event, handling));
});

async function respond(event: FetchEvent, handling: Exclude<RequestHandling, 'pass'>): Promise<Response> {
  const cache = await caches.open(OFFLINE_CACHE);
  const address = keptAddress(event.request.url, handling);
  const kept = await cache.match(address);
  if (kept && handling === 'bundle') return kept;
  const fromNetwork = fetch(event.request);
  // Kept even when it arrives after the kept copy was shown (NETWORK_WAIT_MS): the next look is fresh.
  event.waitUntil(fromNetwork.then((response) => (isKeepable(response) ? keep(cache, address, response.clone()) : undefined)).catch(() => undefined));
  try {
    return kept ? await withinWait(fromNetwork, NETWORK_WAIT_MS) : await fromNetwork;
  } catch (error) {
    if (kept) return kept;
    if (handling === 'page') {
      const offlinePage = await cache.match(OFFLINE_PAGE_URL);
      if (offlinePage) return offlinePage;
    }
    throw error;
  }
}

/** A whole answer from this site: not an error, a redirect (a navigation may not be answered with one) or another host's. */
function isKeepable(response: Response): boolean {
  return response.ok && response.type === 'basic' && !response.redirected;
}

function withinWait(response: Promise<Response>, ms: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network too slow')), ms);
    response.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function keep(cache: Cache, address: string, response: Response): Promise<void> {
  await cache.put(address, response);
  await dropOverLimit(cache);
}

/** Drops the oldest pages and files over the limit; bundles go with the pages that need them (dropUnusedBundles). */
async function dropOverLimit(cache: Cache): Promise<void> {
  const over = addressesOverLimit((await cache.keys()).map((request) => request.url).filter(isClearable));
  await Promise.all(over.map((old) => cache.delete(old)));
}

/** After an update the old bundles (their names change with their contents) are kept only while a kept page still links them. */
async function dropUnusedBundles(cache: Cache): Promise<void> {
  const addresses = (await cache.keys()).map((request) => request.url);
  const offlinePage = new URL(OFFLINE_PAGE_URL, self.location.origin).href;
  const used = new Set<string>();
  const visit = async (address: string): Promise<void> => {
    const text = await (await cache.match(address))?.text();
    if (text === undefined) return;
    for (const bundle of bundlesReferenced(text, address, { onDemand: true })) {
      if (used.has(bundle)) continue;
      used.add(bundle);
      if (bundle.endsWith('.js')) await visit(bundle);
    }
  };
  for (const address of [offlinePage, ...addresses.filter(isClearable)]) await visit(address);
  await Promise.all(addresses.filter((address) => !isClearable(address) && address !== offlinePage && !used.has(address)).map((address) => cache.delete(address)));
}

/**
 * Keeps the bundles a kept page or bundle references, and theirs (bundlesReferenced), fetching
 * those not kept yet; a kept script is read again, since what it loads on demand may not be.
 */
async function keepBundlesOf(cache: Cache, kept: Response | undefined, address = kept?.url, onDemand = false, seen = new Set<string>()): Promise<void> {
  if (!kept || !address) return;
  const text = await kept.clone().text();
  await Promise.all(
    bundlesReferenced(text, address, { onDemand }).map(async (bundle) => {
      if (seen.has(bundle)) return;
      seen.add(bundle);
      let response = await cache.match(bundle);
      if (!response) {
        const fetched = await fetch(bundle).catch(() => undefined);
        if (!fetched || !isKeepable(fetched)) return;
        await cache.put(bundle, fetched.clone());
        response = fetched;
      }
      if (bundle.endsWith('.js')) await keepBundlesOf(cache, response, bundle, onDemand, seen);
    }),
  );
}

// The reading list's 离线保存: the page names what to keep (src/scripts/offline-save.ts), the
// worker fetches and keeps each with its bundles, and answers with the addresses it kept.
self.addEventListener('message', (event) => {
  const addresses = addressesToKeep(event.data, self.location.origin);
  if (!addresses) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(OFFLINE_CACHE);
      const kept = await Promise.all(
        addresses.map(async (address) => {
          try {
            const response = await fetch(address, { cache: 'no-cache' });
            if (!isKeepable(response)) return undefined;
            await cache.put(address, response.clone());
            await keepBundlesOf(cache, response, address, true);
            return address;
          } catch {
            return undefined; // the network failed, or the device's storage is full: the page counts what was kept
          }
        }),
      );
      await dropOverLimit(cache);
      event.ports[0]?.postMessage({ kept: kept.filter(Boolean) });
    })(),
  );
});
