// Every internal URL is built here, so a route change is one edit and links cannot drift.
import { serializeSearchState, type SearchState } from './search-state.ts';

export const caseUrl = (slug: string): string => `/cases/${slug}/`;
/** Every entry, by number; its further pages are /cases/2/, /cases/3/, … */
export const CASE_INDEX_URL = '/cases/';
/** Whether a name under /cases/ is one of those pages: a case's slug or old slug may not be all digits (npm run check). */
export const isCasesPageName = (name: string): boolean => /^\d+$/.test(name);
/** The slug of a case page's path, /cases/<slug>/; undefined for the catalog of all cases (/cases/, /cases/2/, …) and every other path. */
export function caseSlugOfPath(pathname: string): string | undefined {
  const slug = /^\/cases\/([^/]+)\/$/.exec(pathname)?.[1];
  return slug === undefined || isCasesPageName(slug) ? undefined : slug;
}
/** A case page's path, /cases/<slug>/: not the catalog of all cases (/cases/, /cases/2/, …). */
export const isCasePath = (pathname: string): boolean => caseSlugOfPath(pathname) !== undefined;
/** Lists the pages kept for reading offline; shown for a page that is neither on the network nor kept (src/lib/offline.ts). */
export const OFFLINE_PAGE_URL = '/offline/';
/** A case's one-page A4 case card (案例卡). */
export const caseCardUrl = (slug: string): string => `${caseUrl(slug)}card/`;
export const caseNumberUrl = (number: number): string => `/c/${number}/`;
/** One case's public record (src/lib/data/case-record.ts), as in /api/cases.json. */
export const caseRecordUrl = (slug: string): string => `/api/cases/${slug}.json`;
export const tagUrl = (id: string): string => `/tags/${id}/`;
export const TAG_INDEX_URL = '/tags/';
export const REGION_INDEX_URL = '/regions/';
export const regionUrl = (code: string): string => `/regions/${code}/`;
export const sourceUrl = (id: string): string => `/sources/${id}/`;
export const courseUrl = (slug: string): string => `/courses/${slug}/`;
export const paragraphAnchor = (index: number): string => `p${index + 1}`;
/**
 * Pagefind's JS API as the search page names it when Astro writes the page. The index step then
 * names the file by its contents (pagefind.<hash>.js) and writes that name into the page's link to
 * it (PAGEFIND_SCRIPT_ATTRIBUTE), which the page's script reads (src/lib/build/search-index.ts).
 */
export const PAGEFIND_SCRIPT_URL = '/pagefind/pagefind.js';
/** Marks the search page's link to Pagefind's JS API. */
export const PAGEFIND_SCRIPT_ATTRIBUTE = 'data-pagefind-script';
export const searchUrl = (query: string): string => `/search/?q=${encodeURIComponent(query)}`;
/** The search page browsing by filters alone, no query: a province's, topic's or year's entries, to narrow further. */
export const searchBrowseUrl = (filters: SearchState['filters']): string => `/search/${serializeSearchState({ query: '', filters, page: 1 })}`;

/** Absolute URL of a site path, for citations, QR codes and feeds. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}
