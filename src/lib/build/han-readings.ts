// Build time: the readings of common Han characters, for the search's correction of a character
// the input method picked wrongly (src/lib/homophones.ts). Its characters are GB 2312's 6,763, the
// ones every Chinese input method offers first, so a reader's wrong pick is almost always among
// them; the route (src/pages/api/han-readings.json.ts) adds any other the library's words use.
// 18 KB gzip; 0.2 s to build.
import { hanReadings } from '../text/pinyin.ts';
import type { HanReadingTable } from '../homophones.ts';

/** GB 2312's Han characters, in its order: rows 16–87 (0xB0–0xF7), 94 cells each, the last row partly empty. */
export function gb2312Characters(): string[] {
  const decoder = new TextDecoder('gb2312');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(char)) chars.push(char);
    }
  }
  return chars;
}

export function hanReadingTable(chars: readonly string[] = gb2312Characters()): HanReadingTable {
  const table: HanReadingTable = {};
  for (const char of chars) for (const reading of hanReadings(char)) table[reading] = (table[reading] ?? '') + char;
  return table;
}
