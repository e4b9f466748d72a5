import { describe, expect, it } from 'vitest';
import { createRelatedIndex, relatedCases, relatedTopics } from '../../src/lib/related.ts';

const make = (slug: string, tags: string[], regionCode = '110101', sourceId = 's1', related?: string[]) => ({ slug, tags, regionCode, sourceId, related });

describe('relatedCases', () => {
  const all = [
    make('a', ['x', 'y'], '140200'),
    make('b', ['x', 'y'], '340207', 's2'),
    make('c', ['z'], '140302', 's2'),
    make('d', ['x'], '500101', 's3'),
    make('e', ['q'], '500101', 's3'),
  ];

  it('ranks by shared tags, then province and source, and never returns the case itself', () => {
    const result = relatedCases(make('a', ['x', 'y'], '140200'), all).map((c) => c.slug);
    expect(result).toEqual(['b', 'd']);
  });

  it('puts cases the editor named first', () => {
    const result = relatedCases(make('a', ['x', 'y'], '140200', 's1', ['e']), all).map((c) => c.slug);
    expect(result[0]).toBe('e');
  });

  it('leaves out cases with nothing in common', () => {
    expect(relatedCases(make('n', ['none'], '650100', 's9'), all)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(relatedCases(make('n', ['x'], '140200'), all, 1)).toHaveLength(1);
  });
});

describe('createRelatedIndex', () => {
  // A library with more tags than fit one 32-bit word, to exercise the bit sets across words.
  // (A case's tags are distinct: the schema rejects duplicates.)
  const tags = Array.from({ length: 40 }, (_, i) => `t${i}`);
  const library = Array.from({ length: 60 }, (_, i) =>
    make(`c${i}`, [...new Set([tags[i % 40]!, tags[(i * 7) % 40]!, tags[(i * 13 + 5) % 40]!])], `${11 + (i % 5)}0101`, `s${i % 4}`, i % 9 === 0 ? [`c${(i + 17) % 60}`] : undefined),
  );

  /** The obvious definition: score every other case, sort by score, ties in input order. */
  function reference(target: ReturnType<typeof make>, limit: number) {
    return library
      .filter((other) => other.slug !== target.slug)
      .map((other, order) => {
        let score = (target.related ?? []).includes(other.slug) ? 100 : 0;
        score += 2 * other.tags.filter((tag) => target.tags.includes(tag)).length;
        if (other.regionCode.slice(0, 2) === target.regionCode.slice(0, 2)) score += 1;
        if (other.sourceId === target.sourceId) score += 1;
        return { other, score, order };
      })
      .filter(({ score }) => score >= 2)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, limit)
      .map(({ other }) => other.slug);
  }

  it('agrees with scoring and sorting every case, for every case of the library', () => {
    const related = createRelatedIndex(library);
    for (const target of library) expect(related(target, 5).map((c) => c.slug)).toEqual(reference(target, 5));
  });

  it('ignores tags and sources the library has never seen', () => {
    const related = createRelatedIndex(library);
    expect(related(make('new', ['unknown'], '650100', 'nowhere'))).toEqual([]);
  });
});

describe('relatedTopics', () => {
  const lists = [
    ['红色物业', '社区治理', '城市基层党建'],
    ['红色物业', '社区治理'],
    ['红色物业', '乡村振兴', '乡村振兴'],
    ['社区治理', '干部教育培训'],
  ];

  it('counts the cases that have each other topic together with this one, most first, ties in Chinese order', () => {
    expect(relatedTopics(lists, '红色物业')).toEqual([
      { name: '社区治理', count: 2 },
      { name: '城市基层党建', count: 1 },
      { name: '乡村振兴', count: 1 },
    ]);
  });

  it('keeps to the limit and is empty for a topic given alone or not at all', () => {
    expect(relatedTopics(lists, '红色物业', 1)).toEqual([{ name: '社区治理', count: 2 }]);
    expect(relatedTopics([['党建'], []], '党建')).toEqual([]);
    expect(relatedTopics(lists, '无此主题')).toEqual([]);
  });
});
