// ASCII , ; : ! ? ( ) used in Chinese text → their full-width forms. A mark is converted only
// when a neighbour is Chinese (a Han character or CJK punctuation), so URLs (http://), times
// (11:30), decimals (1.9), numbers (1,000) and formulas (3+N) are left alone.
import { createLocator, isChineseContext, type TextFinding } from './text-finding.ts';

export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

export interface PunctuationOptions {
  /**
   * Also convert `?`. Off in the import pipeline: in a damaged file a `?` beside a Han character
   * is usually what a decoder printed for bytes it could not read, and turning it into “？”
   * would hide the damage. Such a `?` is reported by findDamage instead.
   */
  questionMark?: boolean;
}

export interface PunctuationFix {
  text: string;
  /** Number of marks converted. */
  fixed: number;
}

function asciiMarkOffsets(text: string, { questionMark = true }: PunctuationOptions = {}): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(/[,;:!?()]/g)) {
    const i = match.index;
    const char = match[0];
    if (char === '?' && !questionMark) continue;
    if (isChineseContext(neighbour(text, i, -1)) || isChineseContext(neighbour(text, i, +1))) offsets.push(i);
  }
  return offsets;
}

/**
 * The character next to position i, looking through other ASCII marks of the set so that
 * “示范市)),” or “(一)” count as Chinese context on both sides.
 */
function neighbour(text: string, i: number, step: -1 | 1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < text.length && text[j]! in FULL_WIDTH && text[j] !== '?') j += step;
  return j >= 0 && j < text.length ? text[j] : undefined;
}

export function fixPunctuation(text: string, options: PunctuationOptions = {}): PunctuationFix {
  const offsets = new Set(asciiMarkOffsets(text, options));
  if (!offsets.size) return { text, fixed: 0 };
  let output = '';
  for (let i = 0; i < text.length; i++) output += offsets.has(i) ? FULL_WIDTH[text[i]!]! : text[i];
  return { text: output, fixed: offsets.size };
}

export function findAsciiPunctuation(text: string, options: PunctuationOptions = {}): TextFinding[] {
  const locate = createLocator(text);
  return asciiMarkOffsets(text, options).map((offset) => ({
    rule: 'ascii-punctuation',
    ...locate(offset),
    offset,
    text: text[offset]!,
    message: `中文里用了半角标点“${text[offset]}”，应为全角“${FULL_WIDTH[text[offset]!]}”`,
  }));
}
