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
  const scored = all
    .filter((other) => other.slug !== target.slug)
    .map((other, order) => {
      const sharedTags = other.tags.filter((tag) => target.tags.includes(tag)).length;
      const score =
        (named.has(other.slug) ? 100 : 0) +
        sharedTags * 2 +
        (other.regionCode.slice(0, 2) === province ? 1 : 0) +
        (other.sourceId === target.sourceId ? 1 : 0);
      return { other, score, order };
    })
    .filter(({ score }) => score >= 2)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map(({ other }) => other);
}
