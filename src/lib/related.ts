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
  return createRelatedIndex(all)(target, limit);
}

/**
 * `relatedCases` over a fixed library, for asking once per page. Every page compares its case
 * with every other, so at 20,000 entries that is 400 million comparisons a build: the library is
 * laid out once as typed arrays (tags as bit sets, province and source as small integers) so that
 * one comparison is a few machine instructions instead of string searches.
 */
export function createRelatedIndex<T extends RelatableCase>(all: readonly T[]): (target: RelatableCase, limit?: number) => T[] {
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const tagIds = (tags: readonly string[]) => tags.map((tag) => idOf(`tag:${tag}`));
  const allTagIds = all.map((item) => tagIds(item.tags));
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const tagBits = new Uint32Array(all.length * words);
  allTagIds.forEach((list, index) => list.forEach((id) => (tagBits[index * words + (id >> 5)]! |= 1 << (id & 31))));
  const province = Int32Array.from(all, (item) => idOf(`province:${item.regionCode.slice(0, 2)}`));
  const source = Int32Array.from(all, (item) => idOf(`source:${item.sourceId}`));
  const indexBySlug = new Map(all.map((item, index) => [item.slug, index]));

  return (target, limit = 4) => {
    const targetBits = new Uint32Array(words);
    for (const tag of target.tags) {
      const id = ids.get(`tag:${tag}`);
      if (id !== undefined && id < words * 32) targetBits[id >> 5]! |= 1 << (id & 31);
    }
    const targetProvince = ids.get(`province:${target.regionCode.slice(0, 2)}`) ?? -1;
    const targetSource = ids.get(`source:${target.sourceId}`) ?? -1;
    const named = new Set((target.related ?? []).map((slug) => indexBySlug.get(slug)).filter((index) => index !== undefined));
    const self = indexBySlug.get(target.slug) ?? -1;
    // One pass keeping the best `limit`: insertion after every kept case with an equal or
    // higher score keeps ties in input order.
    const best: { index: number; score: number }[] = [];
    for (let index = 0; index < all.length; index++) {
      if (index === self) continue;
      let shared = 0;
      for (let word = 0; word < words; word++) shared += popcount(tagBits[index * words + word]! & targetBits[word]!);
      let score = 2 * shared + (province[index] === targetProvince ? 1 : 0) + (source[index] === targetSource ? 1 : 0);
      if (named.size && named.has(index)) score += 100;
      if (score < 2 || (best.length === limit && score <= best[best.length - 1]!.score)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at -= 1;
      best.splice(at, 0, { index, score });
      if (best.length > limit) best.pop();
    }
    return best.map(({ index }) => all[index]!);
  };
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The topics most often given together with `topic` (each case's topics are one list), with how
 * many cases have both: a reader of 红色物业 is shown 社区治理 and 城市基层党建 next. Most shared
 * first, ties in Chinese order, so a page is the same from build to build.
 */
export function relatedTopics(topicLists: readonly (readonly string[])[], topic: string, limit = 6): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const topics of topicLists) {
    if (!topics.includes(topic)) continue;
    for (const other of new Set(topics)) if (other !== topic) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-Hans-CN'))
    .slice(0, limit);
}
