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
