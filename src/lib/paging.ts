// Listing pages (a topic's or a region's cases) in pages of a fixed size. A library of tens of
// thousands of entries puts thousands of cases under one topic: one page for all of them would be
// megabytes on a phone. Cases keep their order (by case number, the order of addition), so a page
// of a listing shows the same cases however many are added later: a trainer's link to
// /tags/…/2/ keeps pointing at what it pointed at.

/** Cases on one listing page: a phone screen shows 4–5, so this is a long read, yet ~10 KB gzip. */
export const LISTING_PAGE_SIZE = 50;

export interface ListingPage<T> {
  /** 1-based. */
  number: number;
  /** Pages in the listing; at least 1, an empty listing has one empty page. */
  pageCount: number;
  items: T[];
  /** 1-based position in the listing of the first item on this page (0 when the page is empty). */
  first: number;
  /** Items in the whole listing. */
  total: number;
}

export function paginateListing<T>(items: readonly T[], size: number = LISTING_PAGE_SIZE): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size} is not a positive integer`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => ({
    number: index + 1,
    pageCount,
    items: items.slice(index * size, (index + 1) * size),
    first: items.length ? index * size + 1 : 0,
    total: items.length,
  }));
}

/** A listing page's title: the listing's own on its first page, with the page number on the others. */
export function listingPageTitle(title: string, page: ListingPage<unknown>): string {
  return page.number === 1 ? title : `${title}（第 ${page.number} 页）`;
}

/** Joins the two ends of a range: a line may break after a dash, which on a phone left “51–” on one line and “73 篇” on the next. */
const WORD_JOINER = '\u2060';

/** What follows a listing's count (共 904 篇) when it has more than one page: which of them this page shows. */
export function listingRangeNote(page: ListingPage<unknown>): string {
  if (page.pageCount <= 1) return '';
  return `，本页是第 ${page.first}${WORD_JOINER}–${WORD_JOINER}${page.first + page.items.length - 1} 篇`;
}

/** The route's rest parameter for a page: none for the first, whose URL is the listing's own. */
export function listingPageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** URL of page `page` of the listing at `listingUrl` (which ends with a slash): /tags/x/, /tags/x/2/. */
export function listingPageUrl(listingUrl: string, page: number): string {
  if (!listingUrl.endsWith('/')) throw new Error(`listing URL ${listingUrl} does not end with /`);
  return page === 1 ? listingUrl : `${listingUrl}${page}/`;
}

/**
 * The page numbers a pager shows, `null` for a gap: the first and last, and the current one with
 * one on either side (1 … 4 5 6 … 19), so it fits a phone's width at any length. A gap is only
 * drawn where it hides at least two pages; one hidden page is shown instead.
 */
export function pagerNumbers(current: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount, current - 1, current, current + 1].filter((n) => n >= 1 && n <= pageCount));
  const numbers = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [index, n] of numbers.entries()) {
    const previous = numbers[index - 1];
    if (previous !== undefined && n - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) result.push(null);
    result.push(n);
  }
  return result;
}
