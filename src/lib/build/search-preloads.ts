// The search page asks for Pagefind's metadata and wasm in its <head>, with the page's own files.
// Otherwise Pagefind's worker asks for them only once pagefind.js has loaded, the worker has
// started and pagefind-entry.json has come back with their names: three round trips later, which
// on a slow line is most of the wait before the first results. The two files are named by their
// contents (the metadata by us when the index is cut again, the wasm by renameWasmByContent in
// search-index.ts) and cached for a year (host-headers.ts), so the worker's own request for them
// is answered by the browser's cache — the file that the page's preload is still downloading, or
// has downloaded — and nothing is fetched twice. The names are known only once the index is built,
// after Astro has written the page: the index step adds the links (search-index.ts), and with them
// the name of the filter table the page's script fetches (a <meta>; not preloaded, see search-facets.ts).
import { PAGEFIND_SCRIPT_ATTRIBUTE } from '../urls.ts';
import { FACET_TABLE_META } from '../search-facets.ts';

/** The search page's own link to pagefind.js (src/pages/search.astro), by any name: the preloads go after it. */
const SCRIPT_PRELOAD = new RegExp(`<link rel="modulepreload" href="[^"]*" ${PAGEFIND_SCRIPT_ATTRIBUTE}(?:="[^"]*")?>`, 'g');

/** The search page's link to pagefind.js, at `url`. */
export const scriptPreload = (url: string): string => `<link rel="modulepreload" href="${url}" ${PAGEFIND_SCRIPT_ATTRIBUTE}>`;

/** A preload the worker's fetch() can use: `as="fetch"` with `crossorigin`, as a fetch() request is made. */
export const fetchPreload = (url: string): string => `<link rel="preload" href="${url}" as="fetch" crossorigin>`;

/** The search page's <meta> with the filter table's URL (src/lib/search-facets.ts). */
export const facetTableMeta = (url: string): string => `<meta name="${FACET_TABLE_META}" content="${url}">`;

/** Preloads and the table's <meta> of earlier runs of the index step on the same page, replaced rather than repeated. */
const EARLIER_RUNS = new RegExp(`<link rel="preload" href="/pagefind/[^"]*" as="fetch" crossorigin>|<meta name="${FACET_TABLE_META}" content="[^"]*">`, 'g');

/**
 * The search page's HTML with its preload of pagefind.js at `script` (the name the index step gave
 * it), preloads of `urls` right after it, and the filter table's URL, `facetTable`, after them.
 */
export function withSearchPreloads(html: string, urls: readonly string[], facetTable: string, script: string): string {
  const page = html.replace(EARLIER_RUNS, '');
  const links = [...page.matchAll(SCRIPT_PRELOAD)];
  if (links.length !== 1) throw new Error(`搜索页里应当正好有一处 ${scriptPreload('…')}（src/pages/search.astro），才能在它后面加上 Pagefind 文件的预加载`);
  const at = links[0]!.index;
  const end = at + links[0]![0].length;
  return `${page.slice(0, at)}${scriptPreload(script)}${urls.map(fetchPreload).join('')}${facetTableMeta(facetTable)}${page.slice(end)}`;
}
