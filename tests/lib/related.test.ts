import { describe, expect, it } from 'vitest';
import { relatedCases } from '../../src/lib/related.ts';

const make = (slug: string, tags: string[], regionCode = '110101', sourceId = 's1', related?: string[]) => ({ slug, tags, regionCode, sourceId, related });

describe('relatedCases', () => {
  const all = [
    make('a', ['x', 'y'], '140200'),
    make('b', ['x', 'y'], '340207', 's2'),
    make('c', ['z'], '140302', 's2'),
    make('d', ['x'], '500101', 's3'),
    make('e', ['q'], '500101', 's3'),
  ];

  it('ranks by shared tags, then province and source, and never returns the case itself', () => {
    const result = relatedCases(make('a', ['x', 'y'], '140200'), all).map((c) => c.slug);
    expect(result).toEqual(['b', 'd']);
  });

  it('puts cases the editor named first', () => {
    const result = relatedCases(make('a', ['x', 'y'], '140200', 's1', ['e']), all).map((c) => c.slug);
    expect(result[0]).toBe('e');
  });

  it('leaves out cases with nothing in common', () => {
    expect(relatedCases(make('n', ['none'], '650100', 's9'), all)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(relatedCases(make('n', ['x'], '140200'), all, 1)).toHaveLength(1);
  });
});
