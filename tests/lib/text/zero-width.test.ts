import { describe, expect, it } from 'vitest';
import { findZeroWidth, removeZeroWidth } from '../../../src/lib/text/zero-width.ts';

describe('findZeroWidth', () => {
  it('reports invisible characters with their position', () => {
    expect(findZeroWidth('四事\u200b分办\n\ufeff标题').map(({ line, column }) => [line, column])).toEqual([[1, 3], [2, 1]]);
  });

  it('finds nothing in ordinary text (full-width spaces are visible layout, not zero-width)', () => {
    expect(findZeroWidth('聚焦精准选配\u3000注重人岗相适')).toEqual([]);
  });
});

describe('removeZeroWidth', () => {
  it('removes them and counts', () => {
    expect(removeZeroWidth('双报到\u200d双服务\u200c')).toEqual({ text: '双报到双服务', removed: 2 });
  });
});
