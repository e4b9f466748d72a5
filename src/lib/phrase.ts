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

/**
 * Ids on a case page (src/components/CaseArticle.astro) that Pagefind records with the word
 * position where each element starts: its lead paragraph (the summary), its facts (region, unit,
 * date; its topics follow), and its article, whose start is a fallback for where the text after
 * the facts begins when the page has no key figures.
 */
export const CASE_ANCHOR_IDS = { lead: 'lead', facts: 'facts', body: 'case-body' } as const;

/**
 * Where the parts of a case page's indexed text begin (word positions): its lead (before it: kind,
 * number and title), its facts and topics, and the text after them (key figures, article).
 */
export interface CaseZones {
  leadAt: number;
  factsAt: number;
  proseAt: number;
}

/** A case page's zones from its anchors, or undefined for any other page. */
export function caseZones(anchors: readonly PageAnchor[]): CaseZones | undefined {
  const at = (id: string) => anchors.find((anchor) => anchor.id === id)?.location;
  const [leadAt, factsAt] = [at(CASE_ANCHOR_IDS.lead), at(CASE_ANCHOR_IDS.facts)];
  if (leadAt === undefined || factsAt === undefined) return undefined;
  const after = anchors.filter((anchor) => anchor.location > factsAt).map((anchor) => anchor.location);
  return after.length ? { leadAt, factsAt, proseAt: Math.min(...after) } : undefined;
}

/**
 * An excerpt that reads as the case's own text. A case page's text begins with its kind, number
 * and title, which the result shows above its excerpt, then its lead, then its facts and topics
 * (地区, 单位, 时间, tags), which read as a row of names out of context. Where Pagefind's excerpt
 * takes in either of those, or starts a few words into the lead, this is instead a stretch of
 * the page's own text, in Pagefind's form (words, the page's < and > escaped, <mark> around the
 * matched ones): the lead from its start, when its first match is within an excerpt's length of
 * it or when the page has no match in its own text at all (only in its title or topics, which
 * the result marks there); else the text around the first match in the lead or after the topics,
 * never running on into the facts. Undefined where Pagefind's excerpt stands. `excerpt` is
 * Pagefind's, `content` the page's indexed text from the same result, `matched` the word
 * positions to mark.
 */
export function caseExcerpt(excerpt: string, content: string, zones: CaseZones, matched: readonly number[], length: number): string | undefined {
  const words = pageWords(content);
  const shown = unescapeAngles(excerpt.replace(/<\/?mark>/g, '')).split(/\s+/).filter(Boolean);
  const start = shown.length ? words.findIndex((_, offset) => shown.every((word, i) => words[offset + i] === word)) : -1;
  if (start === -1) return undefined;
  const { leadAt, factsAt, proseAt } = zones;
  const context = Math.floor(length / 4);
  const takesInOthers = start < leadAt || (start < proseAt && start + shown.length > factsAt);
  // A few words into the lead, Pagefind's excerpt would cut off its first words (…市城区坚持…).
  const justIntoLead = start > leadAt && start - leadAt <= context;
  if (!takesInOthers && !justIntoLead) return undefined;
  const first = matched.filter((at) => (at >= leadAt && at < factsAt) || at >= proseAt).sort((a, b) => a - b)[0];
  let from: number;
  let to: number;
  if (first === undefined || (first < factsAt && first < leadAt + length)) [from, to] = [leadAt, factsAt];
  else if (first < factsAt) [from, to] = [Math.max(leadAt, Math.min(first - context, factsAt - length)), factsAt];
  else [from, to] = [Math.max(proseAt, first - context), words.length];
  const marked = new Set(matched);
  return words
    .slice(from, Math.min(to, from + length))
    .map((word) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .map((word, k) => (marked.has(from + k) ? `<mark>${word}</mark>` : word))
    .join(' ');
}
