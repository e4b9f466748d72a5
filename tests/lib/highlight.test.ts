import { describe, expect, it } from 'vitest';
import { highlightRanges, highlightTerms } from '../../src/lib/highlight.ts';

describe('highlightTerms', () => {
  it('reads space-separated terms from ?hl=, without duplicates', () => {
    expect(highlightTerms('?hl=%E6%93%82%E5%8F%B0%E8%B5%9B%20%E4%B9%A6%E8%AE%B0%20%E4%B9%A6%E8%AE%B0')).toEqual(['擂台赛', '书记']);
    expect(highlightTerms('?q=x')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('finds a term in digits and letters the page writes full-width, at their place in the page text', () => {
    expect(highlightRanges('全县１０５个小区，ＧＢ标准', ['105个', 'gb'])).toEqual([[2, 6], [9, 11]]);
  });

  it('finds every occurrence, longest term first, never overlapping', () => {
    const text = '小区党组织书记和社区书记';
    expect(highlightRanges(text, ['书记', '小区党组织书记'])).toEqual([
      [0, 7],
      [10, 12],
    ]);
  });

  it('skips quotation marks inside the text, as the search index does, and not clause punctuation', () => {
    expect(highlightRanges('暨“四同”教育项目', ['四同教育'])).toEqual([[2, 7]]);
    expect(highlightRanges('“两新”组织', ['“两新”组织', '两新'])).toEqual([[1, 6]]);
    expect(highlightRanges('“四同”', ['四同'])).toEqual([[1, 3]]);
    expect(highlightRanges('党建，治理', ['党建治理'])).toEqual([]);
  });

  it('ignores Latin case and returns nothing for absent terms', () => {
    expect(highlightRanges('CBD 商圈', ['cbd'])).toEqual([[0, 3]]);
    expect(highlightRanges('党建', ['四同'])).toEqual([]);
  });
});
