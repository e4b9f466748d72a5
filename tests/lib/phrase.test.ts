import { describe, expect, it } from 'vitest';
import { pagesByTermCoverage, rankByFirstOccurrence, sectionsWithPhrase } from '../../src/lib/phrase.ts';

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

describe('sectionsWithPhrase', () => {
  // Indexed text: words separated by spaces, as Pagefind stores a fragment's content.
  const content = '标题 甲乙 乙丙 导语 甲乙 乙丙 丙丁 做法 丙丁 甲乙 成效 甲乙 乙丙';
  const anchors = [
    { element: 'h2', id: 'intro', text: '导语', location: 3 },
    { element: 'h2', id: 'practice', text: '做法', location: 7 },
    { element: 'span', id: 'p3', location: 8 },
    { element: 'h2', id: 'results', text: '成效', location: 10 },
  ];

  it('names each section whose text has the terms in a row, once, in page order', () => {
    expect(sectionsWithPhrase(content, anchors, ['甲乙', '乙丙']).map((a) => a.id)).toEqual(['intro', 'results']);
  });

  it('skips an occurrence before the first heading (the page itself) and terms that are apart', () => {
    expect(sectionsWithPhrase('甲乙 乙丙 导语 丙丁', anchors.slice(0, 1), ['甲乙', '乙丙'])).toEqual([]);
    expect(sectionsWithPhrase(content, anchors, ['丙丁', '成效'])).toEqual([]);
  });

  it('counts anchors without heading text as part of the section before them', () => {
    expect(sectionsWithPhrase(content, anchors, ['丙丁', '甲乙']).map((a) => a.id)).toEqual(['practice']);
  });
});
