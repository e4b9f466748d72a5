// Paragraphs broken mid-sentence by page layout (“小区党组\n\n织书记”). Every non-empty line is a
// paragraph; two are joined only when the evidence is strong on both sides, because a wrong join
// merges a heading into the text. Everything that looks broken but is not joined is reported.

/** Ends a sentence or a clause that may end a paragraph. */
const CLOSING = /[。！？；：…”’」』）》)!?;:]$/u;
/** A line that reads as prose: it has sentence punctuation (not 、, which headings use: “一、背景”). */
const PROSE = /[，。；：,;:]/u;
/** Ends in the middle of a word: a Han character, a digit or a letter. */
const MID_WORD_END = /[\p{Script=Han}\p{N}A-Za-z]$/u;
/** May continue a sentence: not a heading marker (■ ◎ □ ◆), not an opening quote or list number. */
const CONTINUATION_START = /^[\p{Script=Han}\p{N}”’、，,]/u;
const LIST_START = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、])/u;

export interface LineJoin {
  /** 1-based line numbers of the two parts, in the text given. */
  line: number;
  nextLine: number;
  /** The last characters of the first part and the first of the second, e.g. “小区党组 | 织书记”. */
  context: string;
}

export interface UnjoinedBreak extends LineJoin {
  reason: string;
}

export interface RejoinResult {
  /** Trimmed paragraphs, in order. */
  paragraphs: string[];
  /** 1-based first line of each paragraph. */
  paragraphLines: number[];
  joins: LineJoin[];
  /** Breaks that look suspicious (the first part does not end a sentence) but were left alone. */
  unjoined: UnjoinedBreak[];
}

const trim = (line: string): string => line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');

function hasOpenQuote(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '“') depth++;
    else if (char === '”' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Why the break between `first` and `second` must not be joined, or undefined to join. */
function refusal(first: string, second: string): string | undefined {
  if (!MID_WORD_END.test(first)) return '前一段以标点结尾';
  if (!PROSE.test(first) && !hasOpenQuote(first)) return '前一段像标题（没有句读标点）';
  const tail = first.split(/[。！？]/u).at(-1)!;
  if (/\s/u.test(tail)) return '前一段末尾是空格隔开的短语（署名、图片说明等）';
  if (!CONTINUATION_START.test(second) || LIST_START.test(second)) return '后一段以标题或列表符号开头';
  if (!PROSE.test(second) && [...second].length < 20) return '后一段像标题（短且没有句读标点）';
  return undefined;
}

export function rejoinBrokenLines(text: string): RejoinResult {
  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  const joins: LineJoin[] = [];
  const unjoined: UnjoinedBreak[] = [];
  let lastLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = trim(raw);
    if (!line) return;
    const previous = paragraphs.at(-1);
    if (previous !== undefined && !CLOSING.test(previous)) {
      const context = `${previous.slice(-6)} | ${line.slice(0, 6)}`;
      const reason = refusal(previous, line);
      if (!reason) {
        joins.push({ line: lastLine, nextLine: index + 1, context });
        paragraphs[paragraphs.length - 1] = previous + line;
        lastLine = index + 1;
        return;
      }
      if (/[，。,]/u.test(previous)) unjoined.push({ line: lastLine, nextLine: index + 1, context, reason });
    }
    paragraphs.push(line);
    paragraphLines.push(index + 1);
    lastLine = index + 1;
  });
  return { paragraphs, paragraphLines, joins, unjoined };
}
