import { describe, expect, it } from 'vitest';
import { excerptFromLead, matchedPositions, pagesByTermCoverage, rankByFirstOccurrence, sectionsWithPhrase } from '../../src/lib/phrase.ts';
import { queryTerms, toIndexText } from '../../src/lib/search-tokens.ts';

describe('pagesByTermCoverage', () => {
  const hit = (id: string, score = 1) => ({ id, score });

  it('keeps the pages with at least the minimum share of terms', () => {
    const perTerm = [[hit('a'), hit('b')], [hit('a')], [hit('a'), hit('c')], [hit('b')]];
    expect(pagesByTermCoverage(perTerm)).toEqual(['a', 'b']);
    expect(pagesByTermCoverage(perTerm, { minShare: 0.25 })).toEqual(['a', 'b', 'c']);
  });

  it('counts a page once per term, with its best score for it', () => {
    expect(pagesByTermCoverage([[hit('a', 1), hit('a', 3), hit('b', 2)]])).toEqual(['a', 'b']);
  });

  it('leaves out of the count the terms that are on no page', () => {
    // 社区怎么挣钱: 社区 and 怎么 are on pages, 区怎, 么挣 and 挣钱 on none. Counting all five,
    // no page would have half of them and the reader would get nothing.
    const perTerm = [[hit('guangan', 5), hit('datong', 2)], [], [hit('guangan', 1)], [], []];
    expect(pagesByTermCoverage(perTerm)).toEqual(['guangan', 'datong']);
  });

  it('ranks by the sum of the scores of the terms a page has, not by their number', () => {
    // 大学生回乡就业: the case titled 大学生 scores high on 大学 and 学生; a page that mentions
    // 大学生 and 就业 in passing has one term more but a lower sum.
    const perTerm = [[hit('title', 9), hit('passing', 1)], [hit('title', 9), hit('passing', 1)], [hit('passing', 1)]];
    expect(pagesByTermCoverage(perTerm)).toEqual(['title', 'passing']);
  });

  it('does not keep a page for a lone character alone, unless the query has nothing else', () => {
    // 2019年: 年 starts a word on every page; only the pages with 2019 are about it.
    const perTerm = [[hit('dongfeng', 3), hit('liaoyuan', 2)], [hit('dongfeng'), hit('liaoyuan'), hit('datong'), hit('guangan')]];
    expect(pagesByTermCoverage(perTerm, { weak: [false, true] })).toEqual(['dongfeng', 'liaoyuan']);
    expect(pagesByTermCoverage([[hit('a'), hit('b')], [hit('b')]], { weak: [true, true] })).toEqual(['b', 'a']);
  });

  it('keeps the order of first appearance on equal scores', () => {
    expect(pagesByTermCoverage([[hit('b'), hit('a')], [hit('a'), hit('b')]])).toEqual(['b', 'a']);
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

  it('reads a word with a range mark attached (2018— 2019) as the word Pagefind matches', () => {
    expect(sectionsWithPhrase('标题 甲乙 乙丙 导语 2018— 2019', anchors.slice(0, 1), ['2018', '2019']).map((a) => a.id)).toEqual(['intro']);
  });

  it('reads a number with punctuation beside it (“2024, 78%，) as the number', () => {
    // 覆盖率达到78%，: the section holds the phrase 达到78% although its word is 78%，.
    expect(sectionsWithPhrase('标题 甲乙 导语 甲乙 1乙 78%， 做法 “2024 1年', anchors.slice(0, 2), ['甲乙', '1乙', '78']).map((a) => a.id)).toEqual(['intro']);
    expect(sectionsWithPhrase('标题 甲乙 导语 甲乙 1乙 78%， 做法 “2024 1年', anchors.slice(0, 2), ['2024', '1年']).map((a) => a.id)).toEqual(['practice']);
  });
});

describe('excerptFromLead', () => {
  // A case page's indexed text: kind, number and title, then the lead, then the rest.
  const header = toIndexText('案例 第 12 号 广安市广安区：发展社区经济 赋能城市治理');
  const lead = toIndexText('广安区坚持党建引领，依托闲置资源发展社区经济，提升社区造血功能。');
  const rest = toIndexText('主要做法 盘活闲置国有资产，探索社区公司模式，培育社区新业态。');
  const content = `${header} ${lead} ${rest}`;
  const words = content.split(/\s+/);
  const leadAt = header.split(/\s+/).length;
  const phrase = queryTerms('社区经济');
  /** Pagefind's excerpt: `length` words from `start`, the matched ones marked. */
  const pagefindExcerpt = (start: number, length: number, marked: number[]) =>
    words.slice(start, start + length).map((word, k) => (marked.includes(start + k) ? `<mark>${word}</mark>` : word)).join(' ');
  const marks = (excerpt: string) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

  it('finds every word of every occurrence of a phrase, and takes the matched words of other results as they are', () => {
    const positions = matchedPositions(content, phrase, []);
    // 社区经济 is in the title and in the lead.
    expect(positions.map((p) => words[p])).toEqual([...phrase, ...phrase]);
    expect(positions.filter((p) => p < leadAt)).toHaveLength(phrase.length);
    expect(matchedPositions(content, undefined, [3, 9])).toEqual([3, 9]);
  });

  it('starts an excerpt that would repeat the title at the lead, marking its matches there', () => {
    const positions = matchedPositions(content, phrase, []);
    const fromLead = excerptFromLead(pagefindExcerpt(0, 24, positions), content, leadAt, positions, 24)!;
    expect(fromLead.split(' ')[0]).toBe(words[leadAt]);
    expect(fromLead.split(' ')).toHaveLength(24);
    expect(marks(fromLead)).toEqual(phrase);
  });

  it('gives its excerpt in Pagefind’s form, the page’s < and > escaped', () => {
    const page = `${header} ${toIndexText('社区经济收入 <5% 的 社区')}`;
    const positions = matchedPositions(page, phrase, []);
    const fromTitle = page.split(/\s+/).slice(0, 24).join(' ').replace(/</g, '&lt;');
    const fromLead = excerptFromLead(fromTitle, page, leadAt, positions, 24)!;
    expect(fromLead).toContain(' &lt;5% ');
    expect(fromLead).not.toContain('<5%');
  });

  it('leaves Pagefind’s excerpt alone when it starts at the lead or after it, or the lead has no match near its start', () => {
    const positions = matchedPositions(content, phrase, []);
    expect(excerptFromLead(pagefindExcerpt(leadAt, 24, positions), content, leadAt, positions, 24)).toBeUndefined();
    expect(excerptFromLead(pagefindExcerpt(leadAt + 5, 24, positions), content, leadAt, positions, 24)).toBeUndefined();
    // 赋能 is in the title only: the title is the place to show it.
    const titleOnly = matchedPositions(content, queryTerms('赋能'), []);
    expect(excerptFromLead(pagefindExcerpt(0, 24, titleOnly), content, leadAt, titleOnly, 24)).toBeUndefined();
    // The lead's match is past an excerpt's length from its start: Pagefind's excerpt, which shows the title's.
    expect(excerptFromLead(pagefindExcerpt(0, 10, positions), content, leadAt, positions, 10)).toBeUndefined();
  });
});
