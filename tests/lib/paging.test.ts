import { describe, expect, it } from 'vitest';
import { LISTING_PAGE_SIZE, listingPageParam, listingPageTitle, listingPageUrl, listingRangeNote, paginateListing, pagerNumbers } from '../../src/lib/paging.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginateListing', () => {
  it('cuts a listing into pages of the given size, in order, the last one shorter', () => {
    const pages = paginateListing(numbers(7), 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((page) => [page.number, page.pageCount, page.first, page.total])).toEqual([
      [1, 3, 1, 7],
      [2, 3, 4, 7],
      [3, 3, 7, 7],
    ]);
  });

  it('gives a listing of exactly one page size a single page', () => {
    expect(paginateListing(numbers(LISTING_PAGE_SIZE))).toHaveLength(1);
    expect(paginateListing(numbers(LISTING_PAGE_SIZE + 1))).toHaveLength(2);
  });

  it('gives an empty listing one empty page, so its URL still exists', () => {
    expect(paginateListing([])).toEqual([{ number: 1, pageCount: 1, items: [], first: 0, total: 0 }]);
  });

  it('keeps what an earlier page shows when cases are added at the end', () => {
    const before = paginateListing(numbers(120));
    const after = paginateListing(numbers(175));
    expect(after.slice(0, 2).map((page) => page.items)).toEqual(before.slice(0, 2).map((page) => page.items));
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginateListing([1], 0)).toThrow(RangeError);
    expect(() => paginateListing([1], 2.5)).toThrow(RangeError);
  });
});

describe('listing page URLs', () => {
  it('keep the listing URL for the first page and add the number for the others', () => {
    expect(listingPageUrl('/tags/hongse-wuye/', 1)).toBe('/tags/hongse-wuye/');
    expect(listingPageUrl('/tags/hongse-wuye/', 3)).toBe('/tags/hongse-wuye/3/');
    expect(listingPageParam(1)).toBeUndefined();
    expect(listingPageParam(3)).toBe('3');
  });

  it('refuse a listing URL without its trailing slash', () => {
    expect(() => listingPageUrl('/tags/hongse-wuye', 2)).toThrow(/does not end with/);
  });
});

describe('pagerNumbers', () => {
  it('shows every page of a short listing', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the current page with its neighbours, with gaps between', () => {
    expect(pagerNumbers(10, 19)).toEqual([1, null, 9, 10, 11, null, 19]);
    expect(pagerNumbers(1, 19)).toEqual([1, 2, null, 19]);
    expect(pagerNumbers(19, 19)).toEqual([1, null, 18, 19]);
  });

  it('shows a single hidden page rather than a gap in its place', () => {
    expect(pagerNumbers(4, 19)).toEqual([1, 2, 3, 4, 5, null, 19]);
    expect(pagerNumbers(16, 19)).toEqual([1, null, 15, 16, 17, 18, 19]);
  });

  it('never has more than seven places, so it fits a phone', () => {
    for (let pageCount = 1; pageCount <= 60; pageCount++) {
      for (let current = 1; current <= pageCount; current++) expect(pagerNumbers(current, pageCount).length).toBeLessThanOrEqual(7);
    }
  });
});

describe('listing page title and range', () => {
  it('name the page number and the cases shown only where there is more than one page', () => {
    const [first, second, third] = paginateListing(numbers(120));
    expect(listingPageTitle('主题：社区经济', first!)).toBe('主题：社区经济');
    expect(listingPageTitle('主题：社区经济', second!)).toBe('主题：社区经济（第 2 页）');
    // A word joiner on each side of the dash: the range is never cut at the end of a line.
    expect(listingRangeNote(second!)).toBe('，本页是第 51\u2060–\u2060100 篇');
    expect(listingRangeNote(third!)).toBe('，本页是第 101\u2060–\u2060120 篇');
    expect(listingRangeNote(paginateListing(numbers(8))[0]!)).toBe('');
  });
});
