// Machine-inserted pinyin after characters, e.g. 鄉(xiāng)鎮(zhèn). An annotation is a
// parenthesis (ASCII or full-width) directly after a Han character holding only pinyin letters
// with at least one tone-marked vowel: real asides such as (街道), (网格) or (郭文治 李靜雯)
// never match, and neither does toneless Latin text such as (PPT).
import { createLocator, type TextFinding } from './text-finding.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN_LETTERS = `a-zA-ZüÜ${TONED}`;
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})[(（]([${PINYIN_LETTERS}]+(?: [${PINYIN_LETTERS}]+)*)[)）]`, 'gu');
const HAS_TONE = new RegExp(`[${TONED}]`, 'u');

export interface PinyinRemoval {
  text: string;
  /** Number of annotations removed. */
  removed: number;
}

function annotations(text: string): RegExpExecArray[] {
  return [...text.matchAll(ANNOTATION)].filter((match) => HAS_TONE.test(match[1]!));
}

export function removePinyinAnnotations(text: string): PinyinRemoval {
  let removed = 0;
  const output = text.replace(ANNOTATION, (whole, letters: string) => {
    if (!HAS_TONE.test(letters)) return whole;
    removed++;
    return '';
  });
  return { text: output, removed };
}

export function findPinyinAnnotations(text: string): TextFinding[] {
  const locate = createLocator(text);
  return annotations(text).map((match) => ({
    rule: 'pinyin',
    ...locate(match.index),
    offset: match.index,
    text: match[0],
    message: `机器注音“${match[0]}”：请删除（前一个字后面不应带拼音）`,
  }));
}
