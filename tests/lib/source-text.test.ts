import { describe, expect, it } from 'vitest';
import { findQuoteParagraph, splitParagraphs } from '../../src/lib/source-text.ts';

describe('splitParagraphs', () => {
  it('splits on blank lines and drops empty blocks', () => {
    expect(splitParagraphs('第一段。\n\n\n第二段，\n续行。\n\n')).toEqual(['第一段。', '第二段，续行。']);
  });
});

describe('findQuoteParagraph', () => {
  const paragraphs = ['导语。', '全市选配小区党组织书记1381名,实现全覆盖。', '成效。'];

  it('finds the paragraph regardless of spacing and punctuation width', () => {
    expect(findQuoteParagraph(paragraphs, '小区党组织书记 1381名，实现')).toBe(1);
  });

  it('returns -1 when the quote is not there', () => {
    expect(findQuoteParagraph(paragraphs, '小区党组织书记1382名')).toBe(-1);
    expect(findQuoteParagraph(paragraphs, '  ')).toBe(-1);
  });
});
