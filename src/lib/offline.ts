// Reading without a network: what the service worker (src/service-worker/sw.ts) does with each
// request, and how the pages it keeps are listed (src/scripts/offline-page.ts). Shared by both, so
// the worker and the page that lists its cache cannot disagree on a name or a rule.
//
// Why: a cadre reads a case on a phone in a village meeting room where the signal comes and goes,
// and a trainer opens a reading list in a classroom whose network fails. Pages the reader has
// opened are kept as they arrive (no extra download); the reading list can be saved on purpose.
// Every page is still asked of the network first, so an update is seen as soon as there is one.
import { CONTENT_NAMED_FOLDERS } from './build/host-headers.ts';
import { OFFLINE_PAGE_URL, isCasePath } from './urls.ts';

/** The one cache the worker writes: pages, the bundles they load and the data files they fetch. */
export const OFFLINE_CACHE = 'anliku-offline-v1';
/**
 * Pages and files kept before the oldest go (bundles go with the last page that needs them): a
 * case saved from a list is 4 entries of 2–20 KB, so 100 cases or more, a few MB — well inside
 * what a phone's browser grants a site.
 */
export const OFFLINE_CACHE_LIMIT = 400;
/**
 * How long a page is waited for when a kept copy exists. On a line that is up but barely moves
 * (one bar in a meeting room) a request neither fails nor finishes; after this the kept copy is
 * shown instead. A page not kept is waited for as long as the browser waits.
 */
export const NETWORK_WAIT_MS = 4000;

/**
 * What the worker does with a request:
 * - `page`: a page opened in the tab; network first, kept, the kept copy (or the offline page) when
 *   the network fails. Kept by path alone: /list/?ids=… and /search/?q=… are one page whose script
 *   reads the address.
 * - `bundle`: a file named by its contents (Vite's bundles, the 繁→简 shards); it never changes, so
 *   the kept copy is used first.
 * - `file`: any other file of the site a page loads or fetches (a case's data, its QR code);
 *   network first, kept.
 * - `pass`: left to the browser: another site, a method other than GET, and Pagefind's search
 *   files, which the search needs fresh and together, and which are cached by HTTP for a year.
 */
export type RequestHandling = 'page' | 'bundle' | 'file' | 'pass';

const KEPT_BUNDLE_FOLDERS = CONTENT_NAMED_FOLDERS.filter((folder) => !folder.startsWith('/pagefind/'));

export function requestHandling(request: { url: string; method: string; mode: string }, siteOrigin: string): RequestHandling {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== siteOrigin) return 'pass';
  if (url.pathname.startsWith('/pagefind/')) return 'pass';
  if (request.mode === 'navigate') return 'page';
  if (KEPT_BUNDLE_FOLDERS.some((folder) => url.pathname.startsWith(folder))) return 'bundle';
  return 'file';
}

/** The address a response is kept under: a page by its path (see `page`), a file by its whole address. */
export function keptAddress(url: string, handling: RequestHandling): string {
  const address = new URL(url);
  address.hash = '';
  if (handling === 'page') address.search = '';
  return address.href;
}

/** The kept case pages, newest first, from the cache's addresses (oldest first, as Cache.keys gives them). */
export function keptCasePaths(addresses: readonly string[]): string[] {
  const paths = addresses.map((address) => new URL(address).pathname).filter(isCasePath);
  return [...new Set(paths.reverse())];
}

/** The addresses to drop so that at most `limit` remain: the oldest. */
export function addressesOverLimit(addresses: readonly string[], limit = OFFLINE_CACHE_LIMIT): string[] {
  return addresses.slice(0, Math.max(0, addresses.length - limit));
}

/**
 * What 清除 on the offline page removes: the pages and files kept as the reader went, not the
 * offline page itself nor the bundles it needs, so that it still opens without a network.
 */
export function isClearable(address: string): boolean {
  const { pathname } = new URL(address);
  return pathname !== OFFLINE_PAGE_URL && !KEPT_BUNDLE_FOLDERS.some((folder) => pathname.startsWith(folder));
}

/**
 * The bundles a kept page needs, to keep with it: a page's stylesheets and scripts under /_astro/,
 * and what a script imports (./x.js) — at once, and, with `onDemand`, what it loads on demand
 * (the list's QR code, the 下载 PNG button). A page kept by the worker's first start, or saved
 * from the reading list, arrived without them passing through the worker; without them it would
 * open offline unstyled, its tools dead. The first start takes only what a page loads at once, so
 * a first visit downloads no code the reader may never use; a saved list takes everything.
 */
export function bundlesReferenced(text: string, address: string, { onDemand = false } = {}): string[] {
  const found = new Set<string>();
  const patterns = [/\b(?:href|src)="(\/_astro\/[^"?#]+)"/g, /\b(?:from|import)\s*["'`](\.\/[\w.-]+\.js)["'`]/g];
  if (onDemand) patterns.push(/\bimport\s*\(\s*["'`](\.\/[\w.-]+\.js)["'`]\s*\)/g);
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(new URL(match[1]!, address).href);
  return [...found].filter((bundle) => requestHandling({ url: bundle, method: 'GET', mode: 'no-cors' }, new URL(address).origin) === 'bundle');
}

/** A page's request to keep addresses of this site (the reading list's cases): the valid ones, or undefined for any other message. */
export function addressesToKeep(message: unknown, siteOrigin: string): string[] | undefined {
  const keep = (message as { keep?: unknown } | null)?.keep;
  if (!Array.isArray(keep)) return undefined;
  return keep
    .map((address) => (typeof address === 'string' ? urlOrUndefined(address, siteOrigin) : undefined))
    .filter((url): url is URL => url?.origin === siteOrigin)
    .map((url) => keptAddress(url.href, 'file'));
}

/** `address` read against `base`; undefined where it is no address. (URL.canParse is newer than the browsers served: src/config/browsers.ts.) */
function urlOrUndefined(address: string, base: string): URL | undefined {
  try {
    return new URL(address, base);
  } catch {
    return undefined;
  }
}
