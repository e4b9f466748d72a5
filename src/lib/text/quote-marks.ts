/**
 * Quotation and title marks, which Chinese text sets inside a phrase: “两新”组织, 实行“四同”教育,
 * 学习《条例》精神. A reader types the phrase without them (两新组织, 四同教育): the search index
 * reads a Han run on across them (src/lib/search-tokens.ts) and the highlight on a page skips
 * them (src/lib/highlight.ts). Clause punctuation (，。、；：) and brackets are not among them:
 * 党建，治理 is not the phrase 党建治理.
 */
export const QUOTE_MARKS = '“”‘’「」『』《》〈〉';

const QUOTE_MARK = new RegExp(`[${QUOTE_MARKS}]`, 'gu');

/** `text` without its quotation and title marks (“两新”组织 → 两新组织). */
export function withoutQuoteMarks(text: string): string {
  return text.replace(QUOTE_MARK, '');
}

/** Whether one character is a quotation or title mark. */
export function isQuoteMark(char: string): boolean {
  return char.length > 0 && QUOTE_MARKS.includes(char);
}
