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
