// Invisible characters that break search and quote matching without showing on the page.
import { createLocator, type TextFinding } from './text-finding.ts';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u180e\u00ad]/gu;

const NAMES: Record<string, string> = {
  '\u200b': '零宽空格 U+200B',
  '\u200c': '零宽不连字 U+200C',
  '\u200d': '零宽连字 U+200D',
  '\u2060': '零宽不折行 U+2060',
  '\ufeff': '字节顺序标记 U+FEFF',
  '\u180e': '蒙古文元音分隔符 U+180E',
  '\u00ad': '软连字符 U+00AD',
};

export function findZeroWidth(text: string): TextFinding[] {
  const locate = createLocator(text);
  return [...text.matchAll(ZERO_WIDTH)].map((match) => ({
    rule: 'zero-width',
    ...locate(match.index),
    offset: match.index,
    text: match[0],
    message: `不可见字符（${NAMES[match[0]]}）：请删除，它会使搜索和引文核对失败`,
  }));
}

export function removeZeroWidth(text: string): { text: string; removed: number } {
  let removed = 0;
  return { text: text.replace(ZERO_WIDTH, () => (removed++, '')), removed };
}
