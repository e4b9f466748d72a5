// Pinyin typed in place of characters (datong, leitaisai, hongse wuye): a reader on a phone whose
// input method is switched off, or in a hurry, types the letters and sends them. The index holds
// Chinese only, so such a query is turned into the characters it most likely stands for, using the
// library's own words: the pinyin of the words in its titles, summaries, topics, region names and
// synonyms (/api/pinyin.json, written at build time by src/lib/build/pinyin-vocabulary.ts), so that
// datong is 大同 here and not 大通. Downloaded only for a query of Latin letters.

import { MAX_QUERY_LENGTH } from './search-state.ts';
import { jsonOnce } from './fetch-once.ts';

/** Toneless pinyin, letters only (ü as v), → the characters it stands for in this library. */
export type PinyinVocabulary = Record<string, string>;

export const PINYIN_VOCABULARY_URL = '/api/pinyin.json';

/** Letters as a reader types pinyin: syllables run together or set apart by spaces, hyphens or apostrophes (xi'an). */
const PINYIN_LIKE = /^[a-z]+(?:[\s'’-]+[a-z]+)*$/;

/** The query's letters, if it reads as pinyin (two letters at least, nothing but letters and separators); else undefined. */
export function pinyinLetters(query: string): string | undefined {
  const text = query.normalize('NFKC').trim().toLowerCase().replace(/ü/g, 'v');
  if (!PINYIN_LIKE.test(text)) return undefined;
  const letters = text.replace(/[^a-z]/g, '');
  return letters.length >= 2 ? letters : undefined;
}

/**
 * The characters `query` stands for, or undefined when it is not pinyin, its letters cannot all
 * be read as words of the vocabulary, or they make one character only. Of the readings, the one
 * of fewest words wins (a lone character counts as two, being part of so many words: dangjian is
 * 党建, not 党 + 建). Which characters a pinyin stands for the vocabulary says: the library's most
 * frequent (shequ 社区). Every cut of the letters is tried, so longer text than a query can be
 * (MAX_QUERY_LENGTH) is not read.
 */
export function pinyinToHan(query: string, vocabulary: PinyinVocabulary): string | undefined {
  const letters = pinyinLetters(query);
  if (!letters || letters.length > MAX_QUERY_LENGTH) return undefined;
  // best[i]: the best reading of the first i letters; `lone`: whether it ends in a lone character.
  const best: ({ cost: number; text: string; lone: boolean } | undefined)[] = [{ cost: 0, text: '', lone: false }];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const word = before && Object.prototype.hasOwnProperty.call(vocabulary, letters.slice(start, end)) ? vocabulary[letters.slice(start, end)] : undefined;
      if (!before || !word) continue;
      const lone = [...word].length === 1;
      // Two lone characters in a row spell a word the library's titles do not have, and guessed
      // character by character it is most likely another one (liudong: 六动, not 流动).
      if (lone && before.lone) continue;
      const cost = before.cost + (lone ? 2 : 1);
      const current = best[end];
      if (!current || cost < current.cost) best[end] = { cost, text: before.text + word, lone };
    }
  }
  const text = best[letters.length]?.text;
  // One syllable is too little to tell a word (xian: 县, 先, 线 …), and a lone character finds
  // little in an index of two-character terms.
  return text && [...text].length >= 2 ? text : undefined;
}

/**
 * For pinyin typed as several words (neimenggu ganbu peixun): each word's characters, set apart as
 * the reader set them apart (内蒙古 干部 培训), for pages that have them in other places than one
 * run. Undefined for one word, or when a word cannot be read on its own.
 */
export function pinyinWordsToHan(query: string, vocabulary: PinyinVocabulary): string | undefined {
  const words = query.normalize('NFKC').trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const han = words.map((word) => pinyinToHan(word, vocabulary));
  return han.every(Boolean) ? han.join(' ') : undefined;
}

/** The vocabulary, downloaded once; a failed download is tried again by the next query. */
export const loadPinyinVocabulary = jsonOnce(PINYIN_VOCABULARY_URL, (json) => json as PinyinVocabulary);
