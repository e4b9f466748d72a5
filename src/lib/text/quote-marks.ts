/**
 * Quotation and title marks, which Chinese text sets inside a phrase: “两新”组织, 实行“四同”教育,
 * 学习《条例》精神. A reader types the phrase without them (两新组织, 四同教育): the search index
 * reads a Han run on across them (src/lib/search-tokens.ts) and the highlight on a page skips
 * them (src/lib/highlight.ts). Clause punctuation (，。、；：) and brackets are not among them:
 * 党建，治理 is not the phrase 党建治理.
 */
export const QUOTE_MARKS = '“”‘’「」『』《》〈〉';
