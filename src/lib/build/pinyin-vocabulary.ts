// Build time: the vocabulary that turns a query typed in pinyin into characters
// (src/lib/pinyin-query.ts). Its words are the library's own: every run of one to four characters
// in a case's title and summary, and whole its tags, the names of its region (with and without 省,
// 市, 区 …) and the field's synonyms. Each pinyin keeps the characters the library has most often
// (datong: 大同, not 大通), and the vocabulary keeps the most widespread pinyins only, so that its
// size is bounded however large the library grows. At 5,000 entries it takes 0.7–1.0 s (2026-12-04),
// two thirds of it pinyin-pro's reading of the text.
import { hanSyllables } from '../text/pinyin.ts';
import type { PinyinVocabulary } from '../pinyin-query.ts';

/** What one case contributes: text to take words of one to four characters from, and words taken whole. */
export interface PinyinDocument {
  texts: string[];
  words: string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
const LONGEST_RUN_WORD = 4;
/** 35 KB gzip when full (5,000 bench entries; 27 KB at 23 entries): downloaded only by a query typed in pinyin. */
export const PINYIN_VOCABULARY_LIMIT = 5000;

export function pinyinVocabulary(documents: readonly PinyinDocument[], alwaysWords: readonly string[] = [], limit = PINYIN_VOCABULARY_LIMIT): PinyinVocabulary {
  // Per word: its pinyin, and how often the library has it (a run of text counts each time, a word
  // taken whole once per case).
  const seen = new Map<string, { key: string; count: number }>();
  const count = (word: string, key: string, by: number) => {
    const entry = seen.get(word);
    if (entry) entry.count += by;
    else seen.set(word, { key, count: by });
  };
  const addRun = (run: string) => {
    const chars = [...run];
    const syllables = hanSyllables(run);
    if (syllables.length !== chars.length) return; // not one syllable per character: left out rather than misaligned
    for (let start = 0; start < chars.length; start++) {
      let word = '';
      for (let end = start; end < Math.min(chars.length, start + LONGEST_RUN_WORD); end++) {
        word += chars[end];
        // Most words are seen before: their pinyin is written out once only.
        const entry = seen.get(word);
        if (entry) entry.count += 1;
        else seen.set(word, { key: syllables.slice(start, end + 1).join(''), count: 1 });
      }
    }
  };
  const keyOfWhole = (word: string) => [...word.matchAll(HAN_RUN)].flatMap((run) => hanSyllables(run[0])).join('');
  for (const document of documents) {
    for (const text of document.texts) for (const run of text.match(HAN_RUN) ?? []) addRun(run);
    for (const word of new Set(document.words)) {
      const key = keyOfWhole(word);
      if (key) count(word, key, 1);
    }
  }
  const always = new Set<string>();
  for (const word of alwaysWords) {
    const key = keyOfWhole(word);
    if (!key) continue;
    count(word, key, 0);
    always.add(word);
  }
  // Per pinyin, the most frequent word; between equals, the longer (a whole name over a part of
  // it), then the first seen.
  const length = (word: string) => [...word].length;
  const best = new Map<string, { word: string; count: number }>();
  for (const [word, { key, count: times }] of seen) {
    const current = best.get(key);
    if (!current || times > current.count || (times === current.count && length(word) > length(current.word))) best.set(key, { word, count: times });
  }
  // Words that are always in (the synonyms) first of all, then the most widespread, then the
  // longer (社区 before its 社 and 区, which the query side needs least).
  const entries = [...best].map(([key, { word, count: times }]) => ({ key, word, count: times, always: always.has(word) }));
  entries.sort((a, b) => Number(b.always) - Number(a.always) || b.count - a.count || length(b.word) - length(a.word) || a.key.localeCompare(b.key));
  return Object.fromEntries(entries.slice(0, limit).map(({ key, word }) => [key, word]));
}
