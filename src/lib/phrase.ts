// Exact-phrase matching on top of Pagefind: a phrase is its bigram terms at consecutive word
// positions. Pagefind reports, for each page a term matches, the positions of that term, so
// the check needs only the index chunks the search loads anyway, never the page fragments.

/** positions[t] maps a page id to the word positions of term t on that page. */
export function pagesWithPhrase(positions: readonly Map<string, readonly number[]>[]): Set<string> {
  const found = new Set<string>();
  if (positions.length === 0) return found;
  const [first, ...rest] = positions;
  const restSets = rest.map((byPage) => new Map([...byPage].map(([page, list]) => [page, new Set(list)])));
  for (const [page, starts] of first!) {
    const later = restSets.map((byPage) => byPage.get(page));
    if (later.some((set) => !set)) continue;
    if (starts.some((start) => later.every((set, i) => set!.has(start + i + 1)))) found.add(page);
  }
  return found;
}

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
