// Query understanding for Chinese, applied in the browser before Pagefind searches.
import { synonymVariants } from './synonyms.ts';

export interface RankableResult {
  id: string;
}

export interface PreparedQuery {
  /** What is sent to Pagefind: the query, then its synonym variants (results are merged in this order). */
  searches: string[];
  /** Terms highlighted in results and on the opened page. */
  highlightTerms: string[];
  /** The exact phrase the reader asked for, if any (quoted, or one unbroken Chinese run). */
  phrase?: string;
  /** Shown beside the result count, e.g. that a Traditional query was converted. */
  note?: string;
  rank<T extends RankableResult>(results: T[]): T[];
  /** Puts results containing the exact phrase first; keeps Pagefind's order otherwise. */
  order<T extends { content?: string; excerpt: string }>(datas: T[]): Promise<T[]>;
}

const HAN = /\p{Script=Han}/u;
/** Characters that only appear in Traditional text: a cheap test before loading a converter. */
const TRADITIONAL_HINT = /[黨區務業實進聯責設強機現隊網領導構點優運層個辦處國萬開關發會經這時從與為後對來體義記們當種傳團結學習書議於問題還門長員]/u;

export function looksTraditional(text: string): boolean {
  return TRADITIONAL_HINT.test(text);
}

let converter: Promise<(text: string) => string> | undefined;

/** opencc-js is loaded only for queries that contain Traditional characters. */
async function toSimplified(text: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 't', to: 'cn' }));
  return (await converter)(text);
}

export function stripQuotes(query: string): { text: string; quoted: boolean } {
  const match = /^\s*["“「『](.+?)["”」』]\s*$/u.exec(query);
  return match ? { text: match[1]!, quoted: true } : { text: query, quoted: false };
}

export async function prepareQuery(raw: string): Promise<PreparedQuery> {
  let note: string | undefined;
  let { text, quoted } = stripQuotes(raw.normalize('NFKC').trim());
  if (looksTraditional(text)) {
    const simplified = await toSimplified(text);
    if (simplified !== text) {
      note = `已按简体“${simplified}”查找`;
      text = simplified;
    }
  }
  const compact = text.replace(/\s+/g, ' ').trim();
  const isPhrase = quoted || (!compact.includes(' ') && [...compact].filter((c) => HAN.test(c)).length >= 4);
  const phrase = isPhrase ? compact.replace(/\s+/g, '') : undefined;
  return {
    searches: compact ? synonymVariants(compact) : [],
    highlightTerms: compact ? compact.split(' ') : [],
    phrase,
    note,
    rank: (results) => results,
    order: async (datas) => {
      if (!phrase) return datas;
      const has = (d: { content?: string; excerpt: string }) => (d.content ?? d.excerpt.replace(/<\/?mark>/g, '')).includes(phrase);
      return [...datas.filter(has), ...datas.filter((d) => !has(d))];
    },
  };
}
