export interface RelatableCase {
  slug: string;
  tags: readonly string[];
  regionCode: string;
  sourceId: string;
  related?: readonly string[];
}

/**
 * Cases a reader of `target` is likely to want next: those the editor named first, then by
 * shared topic (two points per shared tag), same province (one point) and same source article
 * (one point). Ties keep the input order, so the result is stable from build to build.
 */
export function relatedCases<T extends RelatableCase>(target: RelatableCase, all: readonly T[], limit = 4): T[] {
  const named = new Set(target.related ?? []);
  const province = target.regionCode.slice(0, 2);
  // One pass keeping the best `limit` (every case page asks this over the whole library, so a
  // full sort per page would make a 20,000-entry build quadratic in sorting as well).
  const best: { other: T; score: number }[] = [];
  for (const other of all) {
    if (other.slug === target.slug) continue;
    let score = named.has(other.slug) ? 100 : 0;
    for (const tag of other.tags) if (target.tags.includes(tag)) score += 2;
    if (other.regionCode.startsWith(province)) score += 1;
    if (other.sourceId === target.sourceId) score += 1;
    if (score < 2 || (best.length === limit && score <= best[best.length - 1]!.score)) continue;
    // Insert after every kept case with an equal or higher score: ties keep the input order.
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at -= 1;
    best.splice(at, 0, { other, score });
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}
