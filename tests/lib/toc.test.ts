import { describe, expect, it } from 'vitest';
import { buildToc, tocSize } from '../../src/lib/toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text });

describe('buildToc', () => {
  it('nests h3 under the h2 before them', () => {
    const toc = buildToc([h(2, '导语'), h(2, '主要做法'), h(3, '一'), h(3, '二'), h(2, '成效')]);
    expect(toc.map((entry) => [entry.text, entry.children.map((child) => child.text)])).toEqual([
      ['导语', []],
      ['主要做法', ['一', '二']],
      ['成效', []],
    ]);
    expect(tocSize(toc)).toBe(5);
  });

  it('keeps an h3 that comes before any h2 as an entry, and leaves out h1 and h4', () => {
    const toc = buildToc([h(1, '标题'), h(3, '前言'), h(2, '做法'), h(4, '细节')]);
    expect(toc.map((entry) => entry.text)).toEqual(['前言', '做法']);
    expect(tocSize(toc)).toBe(2);
  });
});
