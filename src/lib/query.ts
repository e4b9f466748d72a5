// Query understanding for Chinese, applied in the browser before Pagefind searches: the query
// is normalised, converted to Simplified when it contains Traditional characters (or to characters
// when it is typed in pinyin), cut into the same bigram terms the index uses, and expanded with
// field synonyms.
import { synonymVariants } from './synonyms.ts';
import { decodeTerm, queryTerms } from './search-tokens.ts';
import { TRADITIONAL_CHARS } from './traditional-chars.ts';
import { toSimplified } from './t2s.ts';
import { loadPinyinVocabulary, pinyinLetters, pinyinToHan, pinyinWordsToHan } from './pinyin-query.ts';

export interface PagefindQuery {
  /** The variant in words (the query, or a synonym of it): marked on the pages it finds. */
  text: string;
  /** The string handed to Pagefind's search(): the terms, space-separated. */
  term: string;
  /** For a phrase: its terms, which must stand at consecutive positions on a page. */
  phrase?: string[];
  /**
   * For a phrase of several words: its words, which a page may have apart (干部培训 → 干部,
   * 培训), and their terms (without the 部培 that joins them). Pages with them are shown after
   * every page with a whole phrase.
   */
  apart?: WordsApart;
}

export interface PreparedQuery {
  /** What the reader asked for, after normalisation and conversion. */
  text: string;
  /**
   * Pagefind searches: the query first, then its synonym variants (and, for a question, itself
   * without its question words). Pages that contain a search's phrase come first, then pages
   * that have its words apart; only when no page has any phrase are pages ranked by the terms
   * they have (`paraphrase`), so phrase results are never buried.
   */
  searches: PagefindQuery[];
  /** Terms of the query without its question words: pages are ranked by them when no page has a phrase. */
  paraphrase: string[];
  /** The words of those terms, to mark on a page found by them (社区怎么挣钱 → 社区, 挣钱). */
  paraphraseWords: string[];
  /** Shown beside the result count, e.g. that a Traditional query was converted. */
  note?: string;
}

const TRADITIONAL = new Set(TRADITIONAL_CHARS);

/** Han characters beyond the Basic Multilingual Plane (CJK Extension B and later). */
const BEYOND_BMP_HAN = /[\u{20000}-\u{3FFFF}]/u;

/**
 * Whether OpenCC might change any character: a cheap test before loading the converter. The
 * list holds the BMP's Traditional characters; OpenCC also converts 356 rare ones beyond it
 * (𡃄 …), 4 bytes each to list on every search page, so any Han character there counts, and
 * the converter tells.
 */
export function looksTraditional(text: string): boolean {
  for (const char of text) if (TRADITIONAL.has(char) || BEYOND_BMP_HAN.test(char)) return true;
  return false;
}

export function stripQuotes(query: string): { text: string; quoted: boolean } {
  const match = /^\s*["“「『](.+?)["”」』]\s*$/u.exec(query);
  return match ? { text: match[1]!, quoted: true } : { text: query, quoted: false };
}

/**
 * A query as the status line sets it inside its own quotation marks (与“…”相关): double
 * quotation marks in it become single ones, as Chinese nests them (实行“四同”教育 →
 * 与“实行‘四同’教育”相关, not 与“实行“四同”教育”相关). An unpaired ASCII " stays.
 */
export function nestQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '‘$1’').replace(/“/g, '‘').replace(/”/g, '’');
}

export interface WordsApart {
  /** The words' terms, space-separated, for Pagefind's search(). */
  term: string;
  /** The words as typed, to highlight on the page a reader opens. */
  words: string[];
  /**
   * Whether the words are the whole phrase (大同小区 → 大同, 小区), not part of it (大学生回乡就业 →
   * 大学生, 就业: the segmenter leaves 回 and 乡 as characters): only then do pages with them stand
   * for the phrase where no page has it whole.
   */
  whole: boolean;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of two characters or more in `text`, as the browser's word segmenter cuts them; a
 * lone character is part of too many words to mean anything on its own. Undefined where there
 * is no Intl.Segmenter (older WeChat, Safari).
 */
function longWords(text: string): string[] | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((part) => part.isWordLike && [...part.segment].length >= 2).map((part) => part.segment);
}

/**
 * A phrase's words (longWords: 干部培训 → 干部, 培训), for pages that have the words but not in a
 * row: only when there are two of them at least and they make up half the phrase or more.
 * Undefined without Intl.Segmenter (the phrase is then searched whole only).
 */
export function wordsApart(text: string): WordsApart | undefined {
  const words = longWords(text);
  if (!words) return undefined;
  const kept = words.reduce((sum, word) => sum + [...word].length, 0);
  const length = [...text.replace(/[\s\p{P}\p{S}]/gu, '')].length;
  const distinct = [...new Set(words)];
  if (distinct.length < 2 || kept * 2 < length) return undefined;
  return { term: [...new Set(distinct.flatMap(queryTerms))].join(' '), words: distinct, whole: kept === length };
}

const HAN_RUN_ONLY = /^\p{Script=Han}{3,}$/u;

/** The pairs of neighbouring characters of a query that is one run of Han characters (鸠江擂台赛 → 鸠江, 江擂, 擂台, 台赛); none otherwise. */
export function neighbourPairs(text: string): string[] {
  if (!HAN_RUN_ONLY.test(text)) return [];
  const chars = [...text];
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

/**
 * A run's words where the index says they end: no page has 江擂, so 鸠江擂台赛 is 鸠江 and 擂台赛,
 * which a page may have apart. For the places and names the browser's segmenter does not know
 * (it cuts 鸠江擂台赛 into 鸠, 江, 擂台赛), and where there is none. Only when the cuts leave two
 * words or more and no lone character (大学生回乡就业 with 回 alone stays a paraphrase); `absent`:
 * the query's neighbourPairs that are on no page.
 */
export function wordsWhereIndexCuts(text: string, absent: ReadonlySet<string>): WordsApart | undefined {
  const pairs = neighbourPairs(text);
  // A question's words apart would include its question words, which no case page is about.
  if (!pairs.some((pair) => absent.has(pair)) || withoutQuestionWords(text) !== text) return undefined;
  const chars = [...text];
  const words: string[] = [];
  let word = chars[0]!;
  pairs.forEach((pair, i) => {
    if (absent.has(pair)) {
      words.push(word);
      word = '';
    }
    word += chars[i + 1]!;
  });
  words.push(word);
  const distinct = [...new Set(words)];
  if (distinct.length < 2 || words.some((part) => [...part].length < 2)) return undefined;
  return { term: [...new Set(distinct.flatMap(queryTerms))].join(' '), words: distinct, whole: true };
}

/**
 * Question words a reader types around what they look for (社区怎么挣钱, 怎样管理流动党员). A case
 * page that has one has it in passing, so when no page has the query as typed and pages are
 * ranked by their share of its terms, these would rank pages for the wrong words.
 */
const QUESTION_WORDS = /怎么办|怎么样|为什么|怎么|怎样|如何|什么|哪些|有没有/gu;

/** A paraphrase without its question words (unless that leaves nothing). */
function withoutQuestionWords(text: string): string {
  return text.replace(QUESTION_WORDS, ' ').replace(/\s+/g, ' ').trim() || text;
}

/** The distinct terms of a paraphrase, its question words left out. */
export function paraphraseTerms(text: string): string[] {
  return [...new Set(queryTerms(withoutQuestionWords(text)))];
}

/**
 * What a page found by a paraphrase is marked with when opened: its words of two characters or
 * more as the browser's segmenter cuts them (社区怎么挣钱 → 社区, 挣钱), or without a segmenter
 * the parts the question words and spaces leave.
 */
export function paraphraseWords(text: string): string[] {
  const content = withoutQuestionWords(text);
  const words = longWords(content) ?? content.split(/[\s\p{P}\p{S}]+/u).filter((word) => [...word].length >= 2);
  return [...new Set(words)];
}

/**
 * Said with the results of a one-character query. The index holds two-character words; a lone
 * character is looked up as the start of such words, and Pagefind reads one index chunk per term,
 * so only part of the pages that have the character are found (docs/search.md, 索引).
 */
export const ONE_CHARACTER_NOTE = '只输一个字时结果不全，多输一两个字更准';

export async function prepareQuery(raw: string): Promise<PreparedQuery> {
  let note: string | undefined;
  let { text } = stripQuotes(raw.normalize('NFKC').trim());
  // The converter and its dictionary are downloaded only for queries with Traditional characters.
  // Without them (the line dropped) the query is searched as typed, and the reader told why.
  if (looksTraditional(text)) {
    const simplified = await toSimplified(text).catch(() => undefined);
    if (simplified === undefined) note = '繁简转换表没有载入，按输入的原文查找，可稍后重试';
    else if (simplified !== text) {
      note = `已按简体“${simplified}”查找`;
      text = simplified;
    }
  }
  // Pinyin (datong, hongse wuye) is searched as the library's words it stands for; the vocabulary is
  // downloaded only for such a query. Letters it cannot read as words are searched as typed.
  // Typed as several words, it is also searched as those words apart, after the pages with the
  // whole run (内蒙古干部培训, then 内蒙古 干部 培训).
  let pinyinWords: string | undefined;
  if (pinyinLetters(text)) {
    const vocabulary = await loadPinyinVocabulary().catch(() => undefined);
    const han = vocabulary && pinyinToHan(text, vocabulary);
    if (vocabulary === undefined) note = '拼音对照表没有载入，按输入的字母查找，可稍后重试';
    else if (han) {
      note = `已按拼音查找“${han}”`;
      pinyinWords = pinyinWordsToHan(text, vocabulary);
      text = han;
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (/^\p{Script=Han}$/u.test(text)) note = note ? `${note}；${ONE_CHARACTER_NOTE}` : ONE_CHARACTER_NOTE;
  // The query as typed, then its synonyms. A question is followed by itself without its question
  // words (怎样发展社区经济 → 发展社区经济), which a page may have whole, and that one's synonyms.
  const asked = withoutQuestionWords(text);
  const variants = !text ? [] : asked === text ? synonymVariants(text) : [text, ...synonymVariants(asked)];
  if (pinyinWords && !variants.includes(pinyinWords)) variants.push(pinyinWords);
  const searches: PagefindQuery[] = [];
  for (const variant of variants) {
    const terms = queryTerms(variant);
    if (!terms.length) continue;
    // Words the reader separated with spaces may stand apart; one unbroken run is a phrase. So is
    // a single two-character term: Pagefind looks an exact term up directly, while a search for a
    // term anywhere compares it with every word loaded, as a prefix (at 5,000 entries 党建 takes
    // 67 ms one way and 120–200 ms the other).
    const phrase = !variant.includes(' ') && (terms.length > 1 || decodeTerm(terms[0]!)?.length === 2) ? terms : undefined;
    // A question's words apart would include its question words, which no case page is about.
    const apart = phrase && withoutQuestionWords(variant) === variant && wordsApart(variant);
    searches.push({ text: variant, term: terms.join(' '), ...(phrase && { phrase }), ...(apart && { apart }) });
  }
  return { text, searches, paraphrase: paraphraseTerms(text), paraphraseWords: paraphraseWords(text), note };
}
