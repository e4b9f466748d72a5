// Where the reading list pages (/list/, /list/cards/) find the list: the address of a shared list,
// or the reader's own list in this browser's storage (its ids and its title; private browsing and
// WeChat's stricter settings can refuse storage, and the list then lives in the URL only).
import type { FetchText } from '../lib/listed-cases.ts';
import { READING_LIST_KEY, READING_LIST_TITLE_KEY, parseIds, parseListTitle } from '../lib/reading-list.ts';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    /* storage refused: the URL still holds the list */
  }
}

export const storedListIds = (): string[] => parseIds(read(READING_LIST_KEY));
export const storedListTitle = (): string => parseListTitle(read(READING_LIST_TITLE_KEY));
export const storeListIds = (ids: readonly string[]): void => write(READING_LIST_KEY, ids.join(','));
export const storeListTitle = (title: string): void => write(READING_LIST_TITLE_KEY, parseListTitle(title));

/** A shared list (ids or a title in the address) as given; otherwise the reader's own, from storage. */
export function listFromAddress(search: string): { ids: string[]; title: string } {
  const params = new URLSearchParams(search);
  const shared = params.has('ids') || params.has('title');
  return shared ? { ids: parseIds(params.get('ids')), title: parseListTitle(params.get('title')) } : { ids: storedListIds(), title: storedListTitle() };
}

/** A file of the site: its text, undefined when it does not exist, an error when the network fails. */
export const fetchSiteText: FetchText = async (url) => {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
};
