// Toneless pinyin as this project writes it everywhere (ids, slugs, the search's pinyin vocabulary):
// one syllable per character, ü as v, characters read in context (银行 yinhang). Build-time and
// command-line code only: pinyin-pro and its dictionary are far too large for a page's script.
import { pinyin } from 'pinyin-pro';

/** The syllables of the Han characters in `text`, anything else left out. */
export function hanSyllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter(Boolean);
}
