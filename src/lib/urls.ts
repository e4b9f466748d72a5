// Every internal URL is built here, so a route change is one edit and links cannot drift.
export const caseUrl = (slug: string): string => `/cases/${slug}/`;
export const caseNumberUrl = (number: number): string => `/c/${number}/`;
export const tagUrl = (id: string): string => `/tags/${id}/`;
export const regionUrl = (code: string): string => `/regions/${code}/`;
export const sourceUrl = (id: string): string => `/sources/${id}/`;
export const courseUrl = (slug: string): string => `/courses/${slug}/`;
export const paragraphAnchor = (index: number): string => `p${index + 1}`;
/** Pagefind's JS API, written by the index step beside its index (src/lib/build/search-index.ts). */
export const PAGEFIND_SCRIPT_URL = '/pagefind/pagefind.js';
/** The worker pagefind.js starts, where Pagefind loads and searches its index. */
export const PAGEFIND_WORKER_URL = '/pagefind/pagefind-worker.js';
export const searchUrl = (query: string): string => `/search/?q=${encodeURIComponent(query)}`;

/** Absolute URL of a site path, for citations, QR codes and feeds. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}
