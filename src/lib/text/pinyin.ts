// Toneless pinyin as this project writes it everywhere (ids, slugs, the search's pinyin vocabulary):
// one syllable per character, ü as v, characters read in context (银行 yinhang). Build-time and
// command-line code only: pinyin-pro and its dictionary are far too large for a page's script.
import { pinyin } from 'pinyin-pro';

/** The syllables of the Han characters in `text`, anything else left out. */
export function hanSyllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter(Boolean);
}

/** Every toneless reading of one Han character (行: xing, hang, heng), ü as v. */
export function hanReadings(char: string): string[] {
  return pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).filter((reading) => /^[a-z]+$/.test(reading));
}
