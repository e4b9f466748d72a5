// The one result shape shared by the text detectors: what was found, where (1-based line and
// column, counted in UTF-16 code units like editors and the content checker do), and a plain
// Chinese message an editor can act on.

export type TextRule =
  | 'ascii-punctuation'
  | 'traditional'
  | 'pinyin'
  | 'damage'
  | 'zero-width'
  | 'unmatched-bracket';

export interface TextFinding {
  rule: TextRule;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Offset of the span in the text that was searched. */
  offset: number;
  /** The offending span as it appears in the text. */
  text: string;
  message: string;
}

/** Maps string offsets to 1-based line/column without re-scanning the text for every finding. */
export function createLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/** Han ideographs (CJK unified, extensions, compatibility). */
export const HAN = /\p{Script=Han}/u;

/** Full-width and CJK punctuation that counts as "Chinese context" for neighbouring ASCII marks. */
export const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/u;

export function isChineseContext(char: string | undefined): boolean {
  return char !== undefined && (HAN.test(char) || CJK_PUNCTUATION.test(char));
}

/** The visible mark for text the received file lost; never filled in by a guess. */
export const DAMAGE_MARK = '〔原文此处缺损〕';
