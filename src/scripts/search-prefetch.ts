// A reader who starts typing in a search box (home page, 404 page) has started a search: the
// browser fetches, at low priority while the query is typed, the files the search page will need
// (listed by the index step, src/lib/build/search-prefetch.ts), so that after 搜索 the search page
// finds them in the cache. Not for the focus the 404 page gives its box on load (autofocus): the
// reader has not chosen to search yet. Not with the browser's data saver on.
import { PREFETCH_ATTRIBUTE, parsePrefetchList } from '../lib/search-prefetch.ts';

/** Every search box on the page: those whose list the index step filled in (PREFETCH_ATTRIBUTE). */
export function prefetchSearchWhenTyping(doc: Document): void {
  for (const form of doc.querySelectorAll<HTMLFormElement>(`form[${PREFETCH_ATTRIBUTE}]`)) prefetchForBox(form);
}

function prefetchForBox(form: HTMLFormElement): void {
  const urls = parsePrefetchList(form.getAttribute(PREFETCH_ATTRIBUTE));
  const input = form.querySelector('input');
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (!input || urls.length === 0 || saveData) return;
  const doc = form.ownerDocument;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    for (const url of urls) {
      const link = doc.createElement('link');
      link.rel = 'prefetch';
      link.href = url;
      doc.head.append(link);
    }
  };
  input.addEventListener('input', start, { once: true });
  if (!input.autofocus) input.addEventListener('focus', start, { once: true });
}
