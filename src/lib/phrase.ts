// Ranking helpers for queries whose exact phrase is on no page. (Exact phrases themselves are
// matched by Pagefind: a quoted query of bigram terms must find them at consecutive positions.)

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
