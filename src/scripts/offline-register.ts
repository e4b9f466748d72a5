// Every page registers the service worker that keeps what the reader opens (src/lib/offline.ts),
// once the page has loaded, so that it never competes with the page's own downloads. Its address
// is written out rather than imported from src/lib/urls.ts: that module is a bundle of its own,
// one more request on every page (the case page's 20 KB budget); it is the route src/pages/sw.js.ts,
// at the top so that its scope is the whole site (tests/dist checks the two agree).
// A page may leave it to the next one (BaseLayout's startsOfflineWorker: the search page).
if (import.meta.env.PROD && 'serviceWorker' in navigator && document.body.dataset.offlineWorker !== 'later') {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
