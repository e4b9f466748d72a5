// The reader's own reading list in this browser's storage: its ids and its title. Private
// browsing and WeChat's stricter settings can refuse storage; the list then lives in the URL only.
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
