// Ranking helpers for phrase queries. Exact phrases are matched by Pagefind: a quoted query of
// bigram terms must find them at consecutive positions.

/**
 * A fallback for paraphrases ("怎么选小区书记"), whose bigrams are not all on any page: pages
 * ranked by how many of the query's distinct terms they contain, keeping those with at least
 * `minShare` of them. Ties keep the order of first appearance.
 */
export function pagesByTermCoverage(pagesPerTerm: readonly (readonly string[])[], minShare = 0.5): string[] {
  const counts = new Map<string, number>();
  for (const pages of pagesPerTerm) for (const page of new Set(pages)) counts.set(page, (counts.get(page) ?? 0) + 1);
  const needed = Math.max(1, Math.ceil(pagesPerTerm.length * minShare));
  return [...counts]
    .filter(([, count]) => count >= needed)
    .sort((a, b) => b[1] - a[1])
    .map(([page]) => page);
}

/**
 * Orders the pages that contain an exact phrase. Pagefind gives every exact match the same score
 * and, for each page, the positions of the phrase's first occurrence only. Ranking them with
 * Pagefind's scores would take a second search for the terms anywhere, several times as costly
 * on a large library; the first occurrence is a good signal of its own: a page's text is indexed
 * title first, then its summary and key figures, then the article, so a page whose title or
 * summary has the phrase is about it, and one that mentions it in passing far down comes later.
 * Ties keep Pagefind's order.
 */
export function rankByFirstOccurrence<T extends { words: readonly number[] }>(hits: readonly T[]): T[] {
  const first = (hit: T) => (hit.words.length ? Math.min(...hit.words) : Number.POSITIVE_INFINITY);
  return hits
    .map((hit, order) => ({ hit, order, at: first(hit) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ hit }) => hit);
}

/** An element with an id on a page, as Pagefind's fragment records it (location: word position). */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/**
 * The sections of a page where a phrase occurs, in page order: the heading anchors (those
 * Pagefind would name a sub-result) whose stretch of text holds the phrase's terms in a row.
 * Pagefind's exact search reports the phrase's first occurrence only, so the section links it
 * gives a result would name one section at most; these are found in the page's indexed text
 * (`content`, words separated as Pagefind separates them), which the result list loads anyway.
 */
export function sectionsWithPhrase(content: string, anchors: readonly PageAnchor[], terms: readonly string[]): PageAnchor[] {
  if (!terms.length) return [];
  const words = content.split(/[^\S\uFEFF]+/);
  const sections = anchors
    .filter((a) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const found: PageAnchor[] = [];
  let next = 0;
  for (let i = 0; i + terms.length <= words.length; i++) {
    if (!terms.every((term, k) => words[i + k] === term)) continue;
    while (next < sections.length && sections[next]!.location <= i) next++;
    const section = sections[next - 1];
    if (section && !found.includes(section)) found.push(section);
  }
  return found;
}
