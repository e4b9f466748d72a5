// How Chinese text is cut into search terms, identically at index time (Node) and query time
// (the reader's browser): every run of Han characters becomes its overlapping character
// bigrams (小区党组织 → 小区 区党 党组 组织), quotation marks inside a run left out of them
// (“四同”教育 → 四同 同教 教育, QUOTED_RUN); a lone Han character stays itself; other text is
// left alone.
//
// Why bigrams: they need no dictionary (no Intl.Segmenter, no ICU version drift between Node
// and browsers), two-character terms such as 党建 or 四同 are exact, and a phrase is a run of
// consecutive bigrams at consecutive positions. Indexing is a linear pass, which keeps the index
// step cheap at 20,000 entries.
//
// Why the terms are encoded as Latin words (党建 → 0xxxxyyyy): Pagefind's search code splits any
// query containing Han characters into single characters and matches each as a word prefix, so
// a bigram handed over as Han text would match pages that merely contain both characters. An
// encoded term is an ordinary word to Pagefind: matched as written (all terms have the same
// length, so prefix matching cannot reach another term) and left alone by the English stemmer
// (no vowels, y or s). Excerpts come back encoded and are decoded for display.
//
// A Han character beside a number or Latin word (the 年 of 2019年) is a term of its own with a
// prefix of its own (1xxxx, runWords): when a search for a term anywhere finds no word equal to it
// or starting with it, Pagefind 1.6 falls back to the words it starts with (observed: 进人, on no
// page, found guangan's lone 进 of 引进45家), so these characters, which now stand beside every
// number, would otherwise be found for any bigram they begin that no page has.

import { escapeHtml } from './text/html.ts';
import { QUOTE_MARKS, withoutQuoteMarks } from './text/quote-marks.ts';
import { foldWidth } from './text/width.ts';

/** The Han characters cut into bigrams: CJK Unified Ideographs, Extension A and Compatibility Ideographs. */
const HAN_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff';
/**
 * A Han run that goes on across quotation marks (QUOTE_MARKS): 两新”组织, 行“四同”教. The bigram
 * over the marks (新组) is indexed with the marks inside it, between its two characters' letters
 * (BRIDGE), which Pagefind matches without them (matchedWord) and restoreIndexedText shows again.
 */
const QUOTED_RUN = new RegExp(`[${HAN_CLASS}]+(?:[${QUOTE_MARKS}]+[${HAN_CLASS}]+)*`, 'gu');
const QUOTE_RUN = new RegExp(`[${QUOTE_MARKS}]+`, 'gu');
const HAN = new RegExp(`[${HAN_CLASS}]`, 'u');
const ALPHABET = 'bcdfghjklmnpqrtvwxz';
const TOKEN = /^[01]((?:[bcdfghjklmnpqrtvwxz]{4}){1,2})$/;
/**
 * A bigram indexed across quotation marks (0xxxx”yyyy for 新”组, quotedRunWords), a range mark
 * possibly after it. Inside rather than in front (”0xxxxyyyy): Pagefind indexes the parts of a
 * word with punctuation as extra words, cut where a digit meets a letter; in front, that made two
 * parts of every such bigram (”0 and the letters), the ”0 on every page with a quotation; inside,
 * the 0 alone is too short to be indexed and only the letters with the marks are left.
 */
const BRIDGE = new RegExp(`^(0[${ALPHABET}]{4})([${QUOTE_MARKS}]+)([${ALPHABET}]{4}[\\p{Pd}～~]*)$`, 'u');

const LETTERS_PER_CHAR = 4;

function encodeChar(char: string): string {
  let code = char.charCodeAt(0);
  let out = '';
  for (let i = 0; i < LETTERS_PER_CHAR; i++) {
    out = ALPHABET[code % ALPHABET.length]! + out;
    code = Math.floor(code / ALPHABET.length);
  }
  return out;
}

/** 党建 → the Latin word Pagefind indexes for it. */
export function encodeTerm(term: string): string {
  return `0${[...term].map(encodeChar).join('')}`;
}

/** The Latin word indexed for a character beside a number or Latin word (the 年 of 2019年). */
export function encodeBesideWord(char: string): string {
  return `1${encodeChar(char)}`;
}

/** The Han text of an encoded term, or undefined for any other word. */
export function decodeTerm(word: string): string | undefined {
  const match = TOKEN.exec(word);
  if (!match) return undefined;
  let text = '';
  for (let i = 0; i < match[1]!.length; i += 4) {
    let code = 0;
    for (const letter of match[1]!.slice(i, i + 4)) code = code * ALPHABET.length + ALPHABET.indexOf(letter);
    text += String.fromCharCode(code);
  }
  return text;
}

export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => chars[i] + char);
}

/**
 * A dash or tilde between two numbers or words (2018—2019, 1～3). Left in place, Pagefind indexes
 * the pair as one word, which a query for either half never finds, while a query is cut at every
 * punctuation mark (queryTerms); set apart, the mark is a word of its own that takes a position,
 * so the phrase 2018—2019 is not found either. Attached to the word before it (2018— 2019), it is
 * indexed as part of that word, which Pagefind matches without its punctuation, and the excerpt
 * still shows it (restoreIndexedText joins the two again). The word character before the mark is
 * matched and put back rather than looked behind at: Safari before 16.4 has no lookbehind, and the
 * search page runs this (src/config/browsers.ts).
 */
const RANGE_MARK = /([\p{L}\p{N}])\s*([\p{Pd}～~])\s*(?=[\p{L}\p{N}])/gu;

/** A range mark at the end of an indexed word (2018—), which Pagefind does not match. */
const TRAILING_RANGE_MARK = /[\p{Pd}～~]+$/u;

/**
 * A word of its own between two blocks of the page (a heading and the paragraph under it, a key
 * figure's value and its label) that would otherwise read as one (toIndexHtml). Indexed text is
 * Han runs spaced apart, so restoring it to what the page says joins a run to the number beside
 * it (2019 年 年度 → 2019年度), right inside a sentence and wrong across blocks: the heading 成效
 * and the paragraph 2022年以来…, a key figure's 105个 and its label 2022年全县小区, read as
 * 成效2022年以来 and 105个2022年全县小区. restoreIndexedText turns it into a space. It is
 * punctuation only, so Pagefind indexes no word for it, but it takes a word position (as a lone
 * punctuation mark does), which only keeps a phrase from running across two blocks: set beside
 * a word instead, Pagefind indexed the word with it and, split at it, parts of the word as extra
 * words. U+2E31 WORD SEPARATOR MIDDLE DOT: a character Chinese text does not use.
 */
export const BLOCK_BREAK = '\u2e31';

/**
 * The word Pagefind matches for an indexed word: without the punctuation beside it, a range mark
 * (2018— → 2018), a quotation mark or a clause's end (“2024 → 2024, 78%， → 78), nor the
 * quotation marks inside a bigram across them (BRIDGE).
 */
export function matchedWord(word: string): string {
  return withoutQuoteMarks(word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''));
}

const RANGE_MARK_CHAR = /[\p{Pd}～~]/u;
const SPACE_IN_LINE = new Set([' ', '\t', '\u00a0', '\u3000']);
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NEIGHBOURHOOD = 16;

/**
 * Whether a number or Latin word stands beside a Han run, directly or across spaces on the same
 * line (案例 第 3 号 is searched as 第3号 too): the first character that is not a space, looking
 * from `from` in the direction `step`. A scan, not a regular expression: it runs for every Han run
 * of every page (at 5,000 entries a regular expression on a slice of the text cost 2 s).
 */
function wordBeside(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from, seen = 0; i >= 0 && i < text.length && seen < NEIGHBOURHOOD; i += step, seen++) {
    const char = text[i]!;
    if (SPACE_IN_LINE.has(char)) continue;
    const code = char.charCodeAt(0);
    // Decided by code point where most text is: ASCII and full-width letters and digits are such
    // words; Han (in or beyond the BMP: a surrogate half) and the punctuation beside most runs
    // (general, CJK, full-width) are not.
    const within = (low: number, high: number) => code >= low && code <= high;
    if (code < 0x80) return within(0x30, 0x39) || within(0x41, 0x5a) || within(0x61, 0x7a);
    if (within(0xff10, 0xff19) || within(0xff21, 0xff3a) || within(0xff41, 0xff5a)) return true;
    if (within(0x3400, 0x9fff) || within(0xf900, 0xfaff) || within(0xd800, 0xdfff)) return false;
    if (within(0x2000, 0x206f) || within(0x3000, 0x303f) || within(0xff00, 0xffef)) return false;
    return LETTER_OR_NUMBER.test(char);
  }
  return false;
}

/**
 * The indexed words of a Han run: its bigrams, or a lone character. Where it touches a number or
 * a Latin word (2019年度, 第3次, 第 3 号), the character beside that word is a term of its own as
 * well, at the position next to it: a query for 2019年 is the phrase 2019 + 年, and without it a
 * page with 2019年度 (2019 + 年度) would not have that phrase; nor would 在第3次 (在第 + 3) have
 * 第3. Such a character is encoded apart from other lone characters (see the top of this file).
 */
function runWords(run: string, touchesWordBefore: boolean, touchesWordAfter: boolean): string[] {
  const words = hanBigrams(run).map(encodeTerm);
  if (!touchesWordBefore && !touchesWordAfter) return words;
  const chars = [...run];
  if (chars.length < 2) return [encodeBesideWord(run)];
  if (touchesWordBefore) words.unshift(encodeBesideWord(chars[0]!));
  if (touchesWordAfter) words.push(encodeBesideWord(chars[chars.length - 1]!));
  return words;
}

/**
 * The words of a Han run that goes on across quotation marks (QUOTE_MARKS): those of the run
 * without them, each group of marks put inside the bigram that spans it, where it stands on the
 * page (新组 of 两新”组织 is indexed as 新”组, BRIDGE).
 */
function quotedRunWords(run: string, touchesWordBefore: boolean, touchesWordAfter: boolean): string[] {
  const han = run.replace(QUOTE_RUN, '');
  const words = runWords(han, touchesWordBefore, touchesWordAfter);
  if (han.length === run.length) return words;
  const shift = touchesWordBefore ? 1 : 0;
  let removed = 0;
  for (const marks of run.matchAll(QUOTE_RUN)) {
    // The marks stand before the Han character at this index of `han` (UTF-16 units: the run's
    // characters are all in the BMP): the bigram that starts one character earlier spans them.
    const at = shift + marks.index - removed - 1;
    const secondChar = 1 + LETTERS_PER_CHAR; // after the term's digit and its first character's letters
    words[at] = words[at]!.slice(0, secondChar) + marks[0] + words[at]!.slice(secondChar);
    removed += marks[0].length;
  }
  return words;
}

/** Text as indexed: each Han run replaced by its words (runWords, quotedRunWords), space-separated. */
export function toIndexText(text: string): string {
  const indexed = text.replace(QUOTED_RUN, (run: string, offset: number) => {
    const words = quotedRunWords(run, wordBeside(text, offset - 1, -1), wordBeside(text, offset + run.length, 1));
    return ` ${words.join(' ')} `;
  });
  return RANGE_MARK_CHAR.test(indexed) ? indexed.replace(RANGE_MARK, '$1$2 ') : indexed;
}

/** Search terms of a query, in order: bigrams of Han runs, other words as typed. */
export function queryTerms(query: string): string[] {
  return withoutQuoteMarks(toIndexText(query))
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

interface Token {
  text: string;
  marked: boolean;
  /** A range mark split off the word before it (wordTokens). */
  rangeMark?: boolean;
  /** BLOCK_BREAK: the next token is apart from the one before. */
  blockBreak?: boolean;
  /** A bigram indexed across quotation marks (新”组, BRIDGE): the marks, shown between its characters. */
  quotes?: string;
}

function isBigram(token: string): boolean {
  const chars = [...token];
  return chars.length === 2 && HAN.test(chars[0]!) && HAN.test(chars[1]!);
}

function isLoneHan(token: string): boolean {
  const chars = [...token];
  return chars.length === 1 && HAN.test(chars[0]!);
}

/**
 * An indexed word as tokens: a range mark attached to it (2018—, toIndexText) is a token of its
 * own, highlighted only between two highlights (a search for 2018 marks the word 2018—).
 */
function wordTokens(word: string, marked: boolean): Token[] {
  if (word === BLOCK_BREAK) return [{ text: '', marked: false, blockBreak: true }];
  // A bigram across quotation marks carries them between its characters (0xxxx”yyyy, BRIDGE).
  const bridge = BRIDGE.exec(word);
  if (bridge) return wordTokens(bridge[1]! + bridge[3]!, marked).map((token, i) => (i === 0 ? { ...token, quotes: bridge[2] } : token));
  const bare = word.replace(TRAILING_RANGE_MARK, '') || word;
  const tokens: Token[] = [{ text: decodeTerm(bare) ?? bare, marked }];
  return bare === word ? tokens : [...tokens, { text: word.slice(bare.length), marked: false, rangeMark: true }];
}

/**
 * Turns indexed text back into what the page says, keeping <mark> highlights: consecutive
 * bigrams that overlap (小区 区党 党组) merge back into one run (小区党组), as do the lone first
 * or last character a run has beside a number (2019 年 年度 → 2019年度, runWords). Input is
 * Pagefind's excerpt, whose text is already HTML-escaped apart from <mark> tags; output is the
 * same.
 */
export function restoreIndexedText(excerpt: string): string {
  const tokens: Token[] = [];
  const re = /<mark>(.*?)<\/mark>|([^<\s]+)|(\s+)|(<)/gs;
  for (const match of excerpt.matchAll(re)) {
    if (match[1] !== undefined) for (const word of match[1].split(/\s+/).filter(Boolean)) tokens.push(...wordTokens(word, true));
    else if (match[2] !== undefined) tokens.push(...wordTokens(match[2], false));
    else if (match[4] !== undefined) tokens.push({ text: '&lt;', marked: false });
  }
  // Each output character carries a highlight flag; a merged term's shared character is
  // highlighted if either term was.
  const out: { text: string; marked: boolean; gapBefore: boolean; rangeMark?: boolean }[] = [];
  let previous: Token | undefined;
  let apart = false;
  for (const token of tokens) {
    if (token.blockBreak) {
      apart = true;
      previous = undefined;
      continue;
    }
    const chars = [...token.text];
    const last = out[out.length - 1];
    const previousChars = previous ? [...previous.text] : [];
    if (last && previous && (isBigram(previous.text) || isLoneHan(previous.text)) && isBigram(token.text) && previousChars[previousChars.length - 1] === chars[0]) {
      last.marked ||= token.marked;
      for (const mark of token.quotes ?? '') out.push({ text: mark, marked: token.marked, gapBefore: false });
      out.push({ text: chars[1]!, marked: token.marked, gapBefore: false });
    } else if (last && previous && isBigram(previous.text) && isLoneHan(token.text) && previousChars[1] === chars[0]) {
      last.marked ||= token.marked;
      continue;
    } else {
      // Spaces were inserted around every Han run, so only a space between two non-Han words
      // (Latin, digits) can be original; keep those and drop the rest. Two Han runs that meet
      // without overlapping were apart on the page (a title and the summary under it, two list
      // items, words set apart by a space): keep them apart with a space too, as well as the
      // blocks that BLOCK_BREAK marks.
      const wordChar = (c: string) => !HAN.test(c) && !/\p{P}|\p{S}/u.test(c);
      const before = out[out.length - 1]?.text;
      const gap = before !== undefined && (apart || (wordChar(before) && wordChar(chars[0]!)) || (HAN.test(before) && HAN.test(chars[0]!)));
      if (token.marked && last?.rangeMark && out[out.length - 2]?.marked) last.marked = true;
      // A bridge whose first character is not shown before it (an excerpt that starts with it).
      if (token.quotes) chars.splice(1, 0, ...token.quotes);
      chars.forEach((char, i) => out.push({ text: char, marked: token.marked, gapBefore: i === 0 && gap, rangeMark: token.rangeMark }));
    }
    previous = token;
    apart = false;
  }
  let html = '';
  let open = false;
  for (const piece of out) {
    if (piece.gapBefore) {
      if (open) {
        html += '</mark>';
        open = false;
      }
      html += ' ';
    }
    if (piece.marked && !open) {
      html += '<mark>';
      open = true;
    } else if (!piece.marked && open) {
      html += '</mark>';
      open = false;
    }
    html += piece.text;
  }
  return open ? `${html}</mark>` : html;
}

// Pagefind cuts an excerpt at word boundaries of the indexed text, and every punctuation mark
// is a boundary there: an excerpt can start with the end of a quotation or clause (”擂台赛…,
// 、闭环化…) and end with the start of one (…实行“).
const CLOSING_PUNCTUATION = '”’」』）》〉】〕，。、；：！？,.;:!?)';
const OPENING_PUNCTUATION = '“‘「『（《〈【〔(';
const LEADING_CLOSERS = new RegExp(`^[\\s${CLOSING_PUNCTUATION}]+`, 'u');
const TRAILING_OPENERS = new RegExp(`[\\s${OPENING_PUNCTUATION}]+$`, 'u');

/**
 * An excerpt (HTML, as restoreIndexedText returns it) without the stray closing punctuation at its
 * start and opening punctuation at its end that only say where Pagefind cut it.
 */
export function trimExcerptEdges(html: string): string {
  return html.replace(LEADING_CLOSERS, '').replace(TRAILING_OPENERS, '');
}

/** Pagefind's excerpts have the < and > of a page's text as &lt; and &gt; (and nothing else escaped). */
export function unescapeAngles(excerpt: string): string {
  return excerpt.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * An excerpt in Pagefind's form (see unescapeAngles) as HTML to show: all of the page's text as
 * text, only the <mark> tags around matched words kept as tags.
 */
export function excerptAsHtml(excerpt: string): string {
  return escapeHtml(unescapeAngles(excerpt)).replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}

/**
 * Whether an excerpt leaves out text of the page before it and after it, to show with an ellipsis.
 * `excerpt` is Pagefind's (indexed text with <mark> tags), `content` the page's whole indexed text
 * from the same result: the excerpt is a run of its words. An excerpt that begins at the page's
 * start, or at one of `blockStarts` (word positions where a block of text begins: a case page's
 * lead, its text after the facts), leaves nothing out before it that belongs to its sentence.
 */
export function excerptCut(excerpt: string, content: string, blockStarts: readonly number[] = []): { before: boolean; after: boolean } {
  const words = (text: string) => text.replace(/<\/?mark>/g, '').split(/\s+/).filter(Boolean);
  const shown = words(unescapeAngles(excerpt));
  const all = words(content);
  const startsAt = (offset: number) => offset >= 0 && shown.every((word, i) => all[offset + i] === word);
  return { before: ![0, ...blockStarts].some(startsAt), after: !startsAt(all.length - shown.length) };
}

/** Tags that begin or end a block of text (a heading, paragraph, list item, table cell …). */
const BLOCK_TAG = /^<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|td|th|tr|ul)[\s/>]/i;
const VOID_TAG = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

type Edge = 'han' | 'word' | 'other';
function edgeOf(char: string | undefined): Edge {
  if (char === undefined) return 'other';
  if (/\p{sc=Han}/u.test(char)) return 'han';
  return LETTER_OR_NUMBER.test(char) ? 'word' : 'other';
}

/**
 * Rewrites the text of an HTML page into indexed text, leaving tags and attributes alone and
 * skipping <script> and <style>. Used on a copy of each built case page handed to Pagefind;
 * titles and filters are attribute values there, so they stay as written. Full-width digits
 * and letters are indexed as ASCII (foldWidth), as a query has them. BLOCK_BREAK goes
 * between two blocks of text unless both sides are Han, or both a number or Latin word (those
 * stay apart anyway); text Pagefind leaves out (data-pagefind-ignore) is not a side.
 */
export function toIndexHtml(html: string): string {
  let lastEdge: Edge | undefined;
  let blockSince = false;
  let ignored: { tag: string; depth: number } | undefined;
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/gi, (whole, raw, _name, tag, text) => {
    if (raw) return raw;
    if (tag) {
      blockSince ||= BLOCK_TAG.test(tag);
      // Most tags neither open an ignored element nor sit inside one: tell them apart cheaply.
      if (ignored || tag.includes('data-pagefind-ignore')) {
        const name = /^<\/?([\w-]+)/.exec(tag)?.[1]?.toLowerCase();
        const closes = tag.startsWith('</');
        const opens = !closes && !tag.endsWith('/>') && !VOID_TAG.test(tag);
        if (ignored) {
          if (name === ignored.tag) ignored.depth += opens ? 1 : closes ? -1 : 0;
          if (ignored.depth === 0) ignored = undefined;
        } else if (name && opens && /\sdata-pagefind-ignore\b/i.test(tag)) ignored = { tag: name, depth: 1 };
      }
      return tag;
    }
    const indexed = toIndexText(foldWidth(text));
    const trimmed = text.trim();
    if (ignored || !trimmed) return indexed;
    // First and last character, whole even beyond the BMP (a Han character there is two units).
    const first = edgeOf([...trimmed.slice(0, 2)][0]);
    // Two Han runs, or two words, are kept apart by restoreIndexedText already.
    const apart = blockSince && lastEdge !== undefined && (first === 'other' || first !== lastEdge);
    const tail = [...trimmed.slice(-2)];
    lastEdge = edgeOf(tail[tail.length - 1]);
    blockSince = false;
    return apart ? ` ${BLOCK_BREAK} ${indexed}` : indexed;
  });
}
