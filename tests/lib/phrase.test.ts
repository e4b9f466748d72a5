import { describe, expect, it } from 'vitest';
import { pagesByTermCoverage } from '../../src/lib/phrase.ts';

describe('pagesByTermCoverage', () => {
  it('ranks pages by the share of terms they contain and drops those below the minimum', () => {
    const perTerm = [['a', 'b'], ['a'], ['a', 'c'], ['b']];
    expect(pagesByTermCoverage(perTerm)).toEqual(['a', 'b']);
    expect(pagesByTermCoverage(perTerm, 0.25)).toEqual(['a', 'b', 'c']);
  });

  it('counts a page once per term', () => {
    expect(pagesByTermCoverage([['a', 'a'], []], 0.5)).toEqual(['a']);
  });
});
