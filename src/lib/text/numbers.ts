// The numbers a text writes in digits (1381, 1.9, 95%, ９５, 1,381), so that the content check
// can ask of every number on a case page whether its source says it too: a figure a reader
// quotes in a meeting must be traceable to the article it came from. Numbers written in Chinese
// (三个、百分之九十) are not found here; the check's documentation says so.
import { distance } from 'fastest-levenshtein';
import { createLocator } from './text-finding.ts';

export interface NumberMention {
  /** The number as plain ASCII digits: full-width digits narrowed, thousands separators dropped. */
  digits: string;
  /** As written in the text. */
  text: string;
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

// A group of digits with thousands separators (1,381 / 1，381) is one number; a comma anywhere
// else separates two (2018，2019). A decimal point joins only when digits follow it.
const NUMBER = /(?:[\d０-９]{1,3}(?:[,，][\d０-９]{3})+(?![\d０-９])|[\d０-９]+)(?:[.．][\d０-９]+)?/gu;

function plainDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '').replace('．', '.');
}

export function findNumbers(text: string): NumberMention[] {
  const locate = createLocator(text);
  return [...text.matchAll(NUMBER)].map((match) => ({ digits: plainDigits(match[0]), text: match[0], offset: match.index, ...locate(match.index) }));
}

/** Every number `text` writes, as `findNumbers` reads them: what a source record can vouch for. */
export function numbersIn(text: string): Set<string> {
  return new Set(findNumbers(text).map((mention) => mention.digits));
}

/** Two neighbouring digits swapped (87 for 78, 1318 for 1381): the commonest slip in copying a number. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((char, index) => char !== b[index]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * A number of the source that `digits` is probably a slip of: two neighbouring digits swapped, or,
 * for numbers of four digits or more, one digit wrong, missing or extra (1831, 138 are not close
 * enough to guess among the many short numbers of an article). Undefined when none or several are.
 */
export function slipOf(digits: string, source: Iterable<string>): string | undefined {
  const near = [...source].filter((candidate) => isSwap(digits, candidate) || (Math.min(digits.length, candidate.length) >= 4 && distance(digits, candidate) === 1));
  return near.length === 1 ? near[0] : undefined;
}
