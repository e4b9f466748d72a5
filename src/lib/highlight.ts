// The searched terms on the page a reader opens from the results (/cases/<slug>/?hl=…).
import { isQuoteMark, withoutQuoteMarks } from './text/quote-marks.ts';
import { foldWidth } from './text/width.ts';

/** Terms of an `hl` parameter: space-separated, at most 10, each at least one character. */
export function highlightTerms(search: string): string[] {
  const value = new URLSearchParams(search).get('hl') ?? '';
  return [...new Set(value.normalize('NFKC').split(/\s+/).filter(Boolean))].slice(0, 10);
}

/**
 * Ranges [start, end) of `text` where a term occurs, longest term first, without overlaps, in
 * text order. Latin letters match regardless of case, and digits and letters regardless of width
 * (a term is NFKC-normalised: 2019 finds ２０１９). Quotation marks inside the text are skipped,
 * as the search index skips them (四同教育 finds “四同”教育, the marks inside the range).
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = foldWidth(text).toLowerCase();
  let haystack = '';
  /** The offset in `text` of each unit of `haystack`. */
  const offsets: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (isQuoteMark(folded[i]!)) continue;
    haystack += folded[i];
    offsets.push(i);
  }
  const taken: [number, number][] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const needle = withoutQuoteMarks(term.toLowerCase());
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      const start = offsets[at]!;
      const end = offsets[at + needle.length - 1]! + 1;
      if (!taken.some(([s, e]) => start < e && end > s)) taken.push([start, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
