// Citations of a case page, for trainers' slides and handouts.
//
// GB/T 7714-2015 §4.8 (电子资源) gives the pattern
//   主要责任者. 题名[EB/OL]. 出版者, 出版年[引用日期]. 获取和访问路径.
// with Western punctuation, as in the standard's own Chinese examples. Rules used here:
// - more than three responsible persons: the first three, then ", 等" (§8.1.2);
// - an organisation is written as the responsible party when no person is named (§8.1.3);
// - an estimated publication year goes in square brackets, e.g. [2024] (§8.4.2);
// - the access date is YYYY-MM-DD in square brackets, filled in by the reader's device.
import { formatPartialDate } from '../schemas/common.ts';

export interface CitationInput {
  title: string;
  /** Named authors, in order; may be empty. */
  authors?: readonly string[];
  /** Reporting or contributing unit, used when no author is named. */
  unit: string;
  /** "2024", "2024-03" or "2024-03-15". */
  date: string;
  /** The date was estimated by the editors rather than printed in the source. */
  dateInferred: boolean;
  /** Publisher of the page: the library's name. */
  publisher: string;
  /** Absolute, permanent URL of the page. */
  url: string;
}

export interface SourceNoteInput {
  title: string;
  publication: string;
  column?: string;
  date: string;
  dateInferred: boolean;
}

/** Responsible parties per §8.1: up to three names, then “等”; otherwise the unit. */
export function responsibleParty(authors: readonly string[] | undefined, unit: string): string {
  const names = (authors ?? []).map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) return unit.trim();
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

/** Publication year, bracketed when estimated (§8.4.2). */
export function publicationYear(date: string, inferred: boolean): string {
  const year = date.slice(0, 4);
  return inferred ? `[${year}]` : year;
}

export { accessDate } from './access-date.ts';

/** Ends a citation element with exactly one full stop, unless it already ends in one (e.g. a title ending in “？”). */
function element(text: string): string {
  return /[.。？！?!]$/.test(text) ? text : `${text}.`;
}

/**
 * The two parts of the GB/T 7714 citation around the access date, so that a page can render the
 * build date and let a script on the reader's device replace it.
 */
export function gbtCitationParts(input: CitationInput): { before: string; after: string } {
  const before = `${element(responsibleParty(input.authors, input.unit))} ${input.title}[EB/OL]. ${input.publisher}, ${publicationYear(input.date, input.dateInferred)}`;
  return { before, after: `. ${input.url}.` };
}

/** The full GB/T 7714-2015 citation of an electronic resource, accessed on `accessed` (YYYY-MM-DD). */
export function gbtCitation(input: CitationInput, accessed: string): string {
  const { before, after } = gbtCitationParts(input);
  return `${before}[${accessed}]${after}`;
}

/** One line for WeChat and other chats, where a bare URL becomes a link: title, library, URL. */
export function plainCitation(input: Pick<CitationInput, 'title' | 'publisher' | 'url'>): string {
  return `${input.title}（${input.publisher}）${input.url}`;
}

/** Where the case was first published, in Chinese prose: 原载《题名》，刊物，栏目，2024年（推断）。 */
export function sourceNote(source: SourceNoteInput): string {
  const parts = [`《${source.title}》`, source.publication, source.column && `“${source.column}”栏目`, formatPartialDate(source.date) + (source.dateInferred ? '（推断）' : '')];
  return `原载${parts.filter(Boolean).join('，')}。`;
}
