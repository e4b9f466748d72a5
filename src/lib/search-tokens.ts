// How Chinese text is cut into search terms, identically at index time (Node) and query time
// (the reader's browser): every run of Han characters becomes its overlapping character
// bigrams (小区党组织 → 小区 区党 党组 组织); a lone Han character stays itself; other text is
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

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const ALPHABET = 'bcdfghjklmnpqrtvwxz';
const TOKEN = /^0((?:[bcdfghjklmnpqrtvwxz]{4}){1,2})$/;

function encodeChar(char: string): string {
  let code = char.charCodeAt(0);
  let out = '';
  for (let i = 0; i < 4; i++) {
    out = ALPHABET[code % ALPHABET.length]! + out;
    code = Math.floor(code / ALPHABET.length);
  }
  return out;
}

/** 党建 → the Latin word Pagefind indexes for it. */
export function encodeTerm(term: string): string {
  return `0${[...term].map(encodeChar).join('')}`;
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
 * A dash or tilde between two numbers or words (2018—2019, 1～3): Pagefind would index the pair
 * as one word, which a query for either half never found, while a query is cut at
 * every punctuation mark (queryTerms). Set apart by spaces, each half is a word of its own and
 * the mark stays for the excerpt (restoreIndexedText joins them again).
 */
const RANGE_MARK = /(?<=[\p{L}\p{N}])[\p{Pd}～~](?=[\p{L}\p{N}])/gu;

/** Text as indexed: each Han run replaced by its bigrams, space-separated. */
export function toIndexText(text: string): string {
  return text.replace(RANGE_MARK, ' $& ').replace(HAN_RUN, (run) => ` ${hanBigrams(run).map(encodeTerm).join(' ')} `);
}

/** Search terms of a query, in order: bigrams of Han runs, other words as typed. */
export function queryTerms(query: string): string[] {
  return toIndexText(query)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

interface Token {
  text: string;
  marked: boolean;
}

function isBigram(token: string): boolean {
  const chars = [...token];
  return chars.length === 2 && HAN.test(chars[0]!) && HAN.test(chars[1]!);
}

/**
 * Turns indexed text back into what the page says, keeping <mark> highlights: consecutive
 * bigrams that overlap (小区 区党 党组) merge back into one run (小区党组). Input is Pagefind's
 * excerpt, whose text is already HTML-escaped apart from <mark> tags; output is the same.
 */
export function restoreIndexedText(excerpt: string): string {
  const tokens: Token[] = [];
  const re = /<mark>(.*?)<\/mark>|([^<\s]+)|(\s+)|(<)/gs;
  for (const match of excerpt.matchAll(re)) {
    if (match[1] !== undefined) for (const word of match[1].split(/\s+/).filter(Boolean)) tokens.push({ text: decodeTerm(word) ?? word, marked: true });
    else if (match[2] !== undefined) tokens.push({ text: decodeTerm(match[2]) ?? match[2], marked: false });
    else if (match[4] !== undefined) tokens.push({ text: '&lt;', marked: false });
  }
  // Each output character carries a highlight flag; a merged bigram's shared character is
  // highlighted if either bigram was.
  const out: { text: string; marked: boolean; gapBefore: boolean }[] = [];
  let previous: Token | undefined;
  for (const token of tokens) {
    const chars = [...token.text];
    if (previous && isBigram(previous.text) && isBigram(token.text) && [...previous.text][1] === chars[0]) {
      const last = out[out.length - 1]!;
      last.marked ||= token.marked;
      out.push({ text: chars[1]!, marked: token.marked, gapBefore: false });
    } else {
      // Spaces were inserted around every Han run, so only a space between two non-Han words
      // (Latin, digits) can be original; keep those and drop the rest. Two Han runs that meet
      // without overlapping were apart on the page (a title and the summary under it, two list
      // items, words set apart by a space): keep them apart with a space too.
      const wordChar = (c: string) => !HAN.test(c) && !/\p{P}|\p{S}/u.test(c);
      const before = out[out.length - 1]?.text;
      const gap = before !== undefined && ((wordChar(before) && wordChar(chars[0]!)) || (HAN.test(before) && HAN.test(chars[0]!)));
      chars.forEach((char, i) => out.push({ text: char, marked: token.marked, gapBefore: i === 0 && gap }));
    }
    previous = token;
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

/**
 * Rewrites the text of an HTML page into indexed text, leaving tags and attributes alone and
 * skipping <script> and <style>. Used on a copy of each built case page handed to Pagefind;
 * titles and filters are attribute values there, so they stay as written.
 */
export function toIndexHtml(html: string): string {
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/gi, (whole, raw, _name, tag, text) =>
    raw ?? tag ?? toIndexText(text),
  );
}
