// The searched terms on the page a reader opens from the results (/cases/<slug>/?hl=…).
import { foldWidth } from './text/width.ts';

/** Terms of an `hl` parameter: space-separated, at most 10, each at least one character. */
export function highlightTerms(search: string): string[] {
  const value = new URLSearchParams(search).get('hl') ?? '';
  return [...new Set(value.normalize('NFKC').split(/\s+/).filter(Boolean))].slice(0, 10);
}

/**
 * Ranges [start, end) of `text` where a term occurs, longest term first, without overlaps, in
 * text order. Latin letters match regardless of case, and digits and letters regardless of width
 * (a term is NFKC-normalised: 2019 finds ２０１９).
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const haystack = foldWidth(text).toLowerCase();
  const taken: [number, number][] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const needle = term.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
