// A character the input method chose wrongly: with pinyin input the reader types the sound and
// picks the characters, and a wrong pick gives a word of the same sound (擂台塞 for 擂台赛, 党见 for
// 党建, 社区经纪 for 社区经济) that no page has. When a query finds no page with it whole, its
// sound is read back as the library's words (the pinyin vocabulary, src/lib/pinyin-query.ts) and,
// if that spells a word the library has, the search page searches that instead and says so.
// The readings of common characters (/api/han-readings.json, src/lib/build/han-readings.ts) and
// the vocabulary are downloaded only then.

import { pinyinToHan, type PinyinVocabulary } from './pinyin-query.ts';
import { jsonOnce } from './fetch-once.ts';

export const HAN_READINGS_URL = '/api/han-readings.json';

/** Toneless pinyin (ü as v) → the characters with that reading; a character with several readings is under each. */
export type HanReadingTable = Record<string, string>;

/** Character → its readings. */
export type HanReadings = Map<string, string[]>;

export function readingsByCharacter(table: HanReadingTable): HanReadings {
  const readings: HanReadings = new Map();
  for (const [reading, chars] of Object.entries(table)) for (const char of chars) readings.set(char, [...(readings.get(char) ?? []), reading]);
  return readings;
}

/** Queries longer than this are sentences, not a word picked wrongly: no correction. */
const LONGEST = 12;
/** At most this many ways to read a query's characters (行 has three) are tried. */
const MOST_READINGS = 64;

/** Whether `text` is a query homophoneCorrection reads (two to twelve Han characters): checked before its tables are downloaded. */
export function mayBeMispicked(text: string): boolean {
  const chars = [...text];
  return chars.length >= 2 && chars.length <= LONGEST && chars.every((char) => /\p{Script=Han}/u.test(char));
}

/**
 * The library's word(s) that sound like `text` and differ from it in a few characters, each of the
 * same sound as the one it replaces; undefined if there are none, or `text` is not two to twelve
 * Han characters, has a character the table does not know, or changes more than one character in
 * three. Of several, the one that changes fewest characters.
 */
export function homophoneCorrection(text: string, readings: HanReadings, vocabulary: PinyinVocabulary): string | undefined {
  if (!mayBeMispicked(text)) return undefined;
  const chars = [...text];
  const perChar = chars.map((char) => readings.get(char));
  if (perChar.some((list) => !list?.length)) return undefined;
  let ways: string[][] = [[]];
  for (const list of perChar as string[][]) {
    ways = ways.flatMap((way) => list.map((reading) => [...way, reading])).slice(0, MOST_READINGS);
  }
  const allowed = Math.max(1, Math.floor(chars.length / 3));
  let best: { text: string; changes: number } | undefined;
  for (const way of ways) {
    const han = pinyinToHan(way.join(''), vocabulary);
    const candidate = han && [...han];
    if (!candidate || candidate.length !== chars.length) continue;
    // Read back with the same syllables, character by character: not 方案 for 反感 (fan gan / fang an).
    if (!candidate.every((char, i) => readings.get(char)?.includes(way[i]!))) continue;
    const changes = candidate.filter((char, i) => char !== chars[i]).length;
    if (changes === 0 || changes > allowed) continue;
    if (!best || changes < best.changes) best = { text: han, changes };
  }
  return best?.text;
}

/** The readings table, downloaded once; a failed download is tried again by the next query. */
export const loadHanReadings = jsonOnce(HAN_READINGS_URL, (json) => readingsByCharacter(json as HanReadingTable));
