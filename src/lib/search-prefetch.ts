// The list of files a search box has the browser prefetch once the reader starts typing: written
// into the box's form by the index step (src/lib/build/search-prefetch.ts), read by the box's script
// (src/scripts/search-prefetch.ts).

/** The attribute of a search box's form (src/components/SearchBox.astro) that holds the list. */
export const PREFETCH_ATTRIBUTE = 'data-search-prefetch';

/** Site paths, which hold no spaces or quotes, one after another. */
export const formatPrefetchList = (urls: readonly string[]): string => urls.join(' ');

/** The list, keeping only this site's own paths: nothing is fetched from elsewhere. */
export const parsePrefetchList = (value: string | null): string[] => (value ?? '').split(' ').filter((url) => url.startsWith('/') && !url.startsWith('//'));
