import { describe, expect, it } from 'vitest';
import { caseExcerpt, caseZones, matchedPositions, pagesByTermCoverage, rankByFirstOccurrence, sectionsWithPhrase } from '../../src/lib/phrase.ts';
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

describe('caseExcerpt', () => {
  // A case page's indexed text: kind, number and title; the lead; facts and topics; the rest.
  const parts = [
    toIndexText('案例 第 12 号 广安市广安区：发展社区经济 赋能城市治理'),
    toIndexText('广安区坚持党建引领，依托闲置资源发展社区经济，提升社区造血功能。'),
    toIndexText('四川省广安市广安区 中共广安市广安区委组织部 2024年 社区经济 社区治理 红色物业'),
    toIndexText('主要做法 盘活闲置国有资产，探索社区公司模式，培育社区新业态。成立社区公司3家，引进红色物业企业5家，年收入30万元。'),
  ];
  const content = parts.map((part) => part.trim()).join(' ');
  const words = content.split(/\s+/);
  const starts = parts.map((_, i) => parts.slice(0, i).join(' ').split(/\s+/).filter(Boolean).length);
  const zones = { leadAt: starts[1]!, factsAt: starts[2]!, proseAt: starts[3]! };
  const positionsOf = (query: string) => matchedPositions(content, queryTerms(query), []);
  /** Pagefind's excerpt: `length` words from `start`, the matched ones marked. */
  const pagefindExcerpt = (start: number, length: number, marked: number[]) =>
    words.slice(start, start + length).map((word, k) => (marked.includes(start + k) ? `<mark>${word}</mark>` : word)).join(' ');
  const marks = (excerpt: string) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
  const firstWord = (excerpt: string) => excerpt.replace(/<\/?mark>/g, '').split(' ')[0];

  it('reads the zones from a case page’s anchors, the text after the facts at the next anchor', () => {
    const anchors = [
      { element: 'p', id: 'lead', location: 20 },
      { element: 'dl', id: 'facts', location: 60 },
      { element: 'h2', id: 'figures-heading', location: 80 },
      { element: 'div', id: 'case-body', location: 120 },
    ];
    expect(caseZones(anchors)).toEqual({ leadAt: 20, factsAt: 60, proseAt: 80 });
    expect(caseZones(anchors.filter((a) => a.id !== 'figures-heading'))).toEqual({ leadAt: 20, factsAt: 60, proseAt: 120 });
    expect(caseZones([{ element: 'h2', id: '导语', location: 3 }])).toBeUndefined();
  });

  it('finds every word of every occurrence of a phrase, and takes the matched words of other results as they are', () => {
    const positions = positionsOf('社区经济');
    // In the title, the lead and the topics.
    expect(positions.map((p) => words[p])).toEqual([...Array(3)].flatMap(() => queryTerms('社区经济')));
    expect(matchedPositions(content, undefined, [3, 9])).toEqual([3, 9]);
  });

  it('starts an excerpt that would repeat the title at the lead, marking its matches there', () => {
    const positions = positionsOf('社区经济');
    const own = caseExcerpt(pagefindExcerpt(0, 24, positions), content, zones, positions, 24)!;
    expect(firstWord(own)).toBe(words[zones.leadAt]);
    expect(own.split(' ')).toHaveLength(24);
    expect(marks(own)).toEqual(queryTerms('社区经济'));
  });

  it('starts an excerpt that would show the facts and topics at the first match after them', () => {
    const positions = positionsOf('红色物业'); // a topic, and in the text after the facts
    const own = caseExcerpt(pagefindExcerpt(zones.factsAt, 24, positions), content, zones, positions, 24)!;
    const at = positions.find((p) => p >= zones.proseAt)!;
    expect(firstWord(own)).toBe(words[Math.max(zones.proseAt, at - 6)]);
    expect(marks(own)).toEqual(queryTerms('红色物业'));
  });

  it('keeps an excerpt of the lead within the lead, not running on into the facts after it', () => {
    for (const query of ['社区经济', '造血功能']) {
      const positions = positionsOf(query);
      const own = caseExcerpt(pagefindExcerpt(zones.leadAt + 10, 24, positions), content, zones, positions, 24)!;
      const shownWords = own.replace(/<\/?mark>/g, '').split(' ');
      const from = words.indexOf(shownWords[0]!, zones.leadAt);
      expect(shownWords).toEqual(words.slice(from, from + shownWords.length));
      expect(from + shownWords.length).toBeLessThanOrEqual(zones.factsAt);
      expect(marks(own)).toEqual(queryTerms(query));
    }
    // 造血功能 is at the lead's end, more than an excerpt's length from its start: the excerpt ends there.
    const late = positionsOf('造血功能');
    const own = caseExcerpt(pagefindExcerpt(zones.leadAt + 10, 24, late), content, zones, late, 12)!;
    expect(own.replace(/<\/?mark>/g, '').split(' ').at(-1)).toBe(words[zones.factsAt - 1]);
  });

  it('shows the lead when the page has a match only in its title or topics', () => {
    for (const query of ['赋能', '社区治理']) {
      const positions = positionsOf(query);
      expect(positions.every((p) => p < zones.leadAt || (p >= zones.factsAt && p < zones.proseAt))).toBe(true);
      const start = positions[0]! < zones.leadAt ? 0 : zones.factsAt;
      const own = caseExcerpt(pagefindExcerpt(start, 24, positions), content, zones, positions, 24)!;
      expect(firstWord(own)).toBe(words[zones.leadAt]);
    }
  });

  it('gives its excerpt in Pagefind’s form, the page’s < and > escaped', () => {
    const lead = toIndexText('社区经济收入 <5% 的 社区').trim();
    const page = [parts[0], lead, parts[2], parts[3]].map((part) => part!.trim()).join(' ');
    const factsAt = zones.leadAt + lead.split(/\s+/).length;
    const pageZones = { leadAt: zones.leadAt, factsAt, proseAt: factsAt + (zones.proseAt - zones.factsAt) };
    const positions = matchedPositions(page, queryTerms('社区经济'), []);
    const fromTitle = page.split(/\s+/).slice(0, 24).join(' ').replace(/</g, '&lt;');
    const own = caseExcerpt(fromTitle, page, pageZones, positions, 24)!;
    expect(own).toContain(' &lt;5% ');
    expect(own).not.toContain('<5%');
  });

  it('leaves Pagefind’s excerpt alone when it starts in the lead or the text after the facts', () => {
    const positions = positionsOf('社区经济');
    expect(caseExcerpt(pagefindExcerpt(zones.leadAt, 24, positions), content, zones, positions, 24)).toBeUndefined();
    expect(caseExcerpt(pagefindExcerpt(zones.leadAt + 7, 20, positions), content, zones, positions, 20)).toBeUndefined();
    // Just a few words into the lead: from its start instead.
    expect(firstWord(caseExcerpt(pagefindExcerpt(zones.leadAt + 3, 20, positions), content, zones, positions, 20)!)).toBe(words[zones.leadAt]);
    expect(caseExcerpt(pagefindExcerpt(zones.proseAt + 2, 12, positions), content, zones, positions, 12)).toBeUndefined();
    expect(caseExcerpt('not on the page', content, zones, positions, 24)).toBeUndefined();
  });
});
