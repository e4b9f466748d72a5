// Ranking and excerpt helpers for search results. Exact phrases are matched by Pagefind: a
// quoted query of bigram terms must find them at consecutive positions.
import { matchedWord, unescapeAngles } from './search-tokens.ts';

/** A page found by one term, with Pagefind's score for it. */
export interface ScoredHit {
  id: string;
  score: number;
}

export interface CoverageOptions {
  /** The share of terms a page must have. */
  minShare?: number;
  /**
   * By term: whether it is a lone character, which is on many pages: Pagefind matches it as the
   * start of any word (the 村 of 村 社区: 村委, 村民…), and the 年 beside a number (2019年) is on
   * every page with a year. It adds to a page's score but not to its share of terms, unless the
   * query has nothing else.
   */
  weak?: readonly boolean[];
}

/**
 * A fallback for paraphrases (“怎么选小区书记”, “社区怎么挣钱”), whose bigrams are not all on any
 * page. Keeps the pages that contain at least `minShare` of the query's terms that are on some
 * page at all — a bigram across two words (区怎 of 社区怎么) or a word no entry uses (挣钱) is on
 * none and would otherwise rule out every page — and ranks them by the sum of their terms'
 * scores: Pagefind's score for a term already weighs a rare term above a common one and a title
 * above a mention in passing, so 大学生回乡就业 puts the case titled 大学生 before a page that only
 * mentions 大学生 and 就业 somewhere. Ties keep the order of first appearance.
 */
export function pagesByTermCoverage(hitsPerTerm: readonly (readonly ScoredHit[])[], { minShare = 0.5, weak = [] }: CoverageOptions = {}): string[] {
  // Weak terms count only when there is nothing else.
  const counts = (index: number) => !weak[index] || hitsPerTerm.every((_, i) => weak[i]);
  const pages = new Map<string, { terms: number; score: number }>();
  hitsPerTerm.forEach((hits, index) => {
    const best = new Map<string, number>();
    for (const { id, score } of hits) best.set(id, Math.max(best.get(id) ?? 0, score));
    for (const [id, score] of best) {
      const page = pages.get(id) ?? { terms: 0, score: 0 };
      pages.set(id, { terms: page.terms + (counts(index) ? 1 : 0), score: page.score + score });
    }
  });
  const termsOnSomePage = hitsPerTerm.filter((hits, index) => hits.length > 0 && counts(index)).length;
  const needed = Math.max(1, Math.ceil(termsOnSomePage * minShare));
  return [...pages]
    .filter(([, page]) => page.terms >= needed)
    .sort((a, b) => b[1].score - a[1].score)
    .map(([id]) => id);
}

/**
 * Orders the pages that contain an exact phrase. Pagefind gives every exact match the same score
 * and, for each page, the positions of one occurrence only: the first one outside the title where
 * there is one (it keeps the positions of a heading's words, which weigh more, after the others;
 * observed: 社区经济 on 广安's page is reported at 51, in the summary, not at 12, in the title).
 * Ranking them with Pagefind's scores would take a second search for the terms anywhere, several
 * times as costly on a large library; that occurrence is a good signal of its own: a page's text
 * is indexed title first, then its summary and key figures, then the article, so a page whose
 * summary has the phrase is about it (a page with the phrase in its title says so in its summary
 * too, as a rule), and one that mentions it in passing far down comes later. Ties keep Pagefind's
 * order.
 */
export function rankByFirstOccurrence<T extends { words: readonly number[] }>(hits: readonly T[]): T[] {
  const first = (hit: T) => (hit.words.length ? Math.min(...hit.words) : Number.POSITIVE_INFINITY);
  return hits
    .map((hit, order) => ({ hit, order, at: first(hit) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ hit }) => hit);
}

/** An element with an id on a page, as Pagefind's fragment records it (location: word position). */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/**
 * The sections of a page where a phrase occurs, in page order: the heading anchors (those
 * Pagefind would name a sub-result) whose stretch of text holds the phrase's terms in a row.
 * Pagefind's exact search reports the phrase's first occurrence only, so the section links it
 * gives a result would name one section at most; these are found in the page's indexed text
 * (`content`, words separated as Pagefind separates them), which the result list loads anyway.
 */
export function sectionsWithPhrase(content: string, anchors: readonly PageAnchor[], terms: readonly string[]): PageAnchor[] {
  const sections = anchors
    .filter((a) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const found: PageAnchor[] = [];
  let next = 0;
  for (const start of phraseStarts(pageWords(content), terms)) {
    while (next < sections.length && sections[next]!.location <= start) next++;
    const section = sections[next - 1];
    if (section && !found.includes(section)) found.push(section);
  }
  return found;
}

/** A page's indexed text cut into words where Pagefind cuts it, so that a word's index is its position. */
function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/);
}

/** The positions where `terms` stand in a row among `words` (a page's, as pageWords cuts them). */
function phraseStarts(words: readonly string[], terms: readonly string[]): number[] {
  if (!terms.length) return [];
  const matched = words.map(matchedWord);
  const starts: number[] = [];
  for (let i = 0; i + terms.length <= matched.length; i++) if (terms.every((term, k) => matched[i + k] === term)) starts.push(i);
  return starts;
}

/**
 * The word positions a result's excerpt marks: for a page found by a phrase, every word of every
 * occurrence of it (Pagefind reports the first occurrence only); otherwise the positions Pagefind
 * matched (`locations`).
 */
export function matchedPositions(content: string, phrase: readonly string[] | undefined, locations: readonly number[]): number[] {
  if (!phrase) return [...locations];
  return phraseStarts(pageWords(content), phrase).flatMap((start) => phrase.map((_, k) => start + k));
}

/** The id of a case page's lead paragraph (its summary): Pagefind records where it starts. */
export const CASE_LEAD_ID = 'lead';

/**
 * A case page's text begins with its kind, number and title, which the result shows just above
 * its excerpt: where a page's first match is there, Pagefind's excerpt starts there and repeats
 * the title. When the page has a match in the `length` words from its lead on (`leadAt`, a word
 * position), this is the excerpt of those words instead, in Pagefind's form (words with <mark>
 * around the matched ones); otherwise undefined, and Pagefind's excerpt stands. `excerpt` is
 * Pagefind's, `content` the page's indexed text from the same result.
 */
export function excerptFromLead(excerpt: string, content: string, leadAt: number, matched: readonly number[], length: number): string | undefined {
  const words = pageWords(content);
  const shown = unescapeAngles(excerpt.replace(/<\/?mark>/g, '')).split(/\s+/).filter(Boolean);
  const startsBeforeLead = shown.length > 0 && [...Array(Math.min(leadAt, words.length)).keys()].some((offset) => shown.every((word, i) => words[offset + i] === word));
  if (!startsBeforeLead) return undefined;
  const end = Math.min(words.length, leadAt + length);
  const marked = new Set(matched.filter((position) => position >= leadAt && position < end));
  if (!marked.size) return undefined;
  return words
    .slice(leadAt, end)
    .map((word) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .map((word, k) => (marked.has(leadAt + k) ? `<mark>${word}</mark>` : word))
    .join(' ');
}
