import { describe, expect, it } from 'vitest';
import { pagesByTermCoverage, rankByFirstOccurrence } from '../../src/lib/phrase.ts';

describe('pagesByTermCoverage', () => {
  it('ranks pages by the share of terms they contain and drops those below the minimum', () => {
    const perTerm = [['a', 'b'], ['a'], ['a', 'c'], ['b']];
    expect(pagesByTermCoverage(perTerm)).toEqual(['a', 'b']);
    expect(pagesByTermCoverage(perTerm, 0.25)).toEqual(['a', 'b', 'c']);
  });

  it('counts a page once per term', () => {
    expect(pagesByTermCoverage([['a', 'a'], []], 0.5)).toEqual(['a']);
  });
});

describe('rankByFirstOccurrence', () => {
  it('puts pages where the phrase comes earlier first, keeping the given order on ties', () => {
    const hits = [
      { id: 'passing', words: [420, 421] },
      { id: 'title', words: [3, 4] },
      { id: 'summary-a', words: [30, 31] },
      { id: 'summary-b', words: [30, 31] },
      { id: 'none', words: [] },
    ];
    expect(rankByFirstOccurrence(hits).map((hit) => hit.id)).toEqual(['title', 'summary-a', 'summary-b', 'passing', 'none']);
  });
});
