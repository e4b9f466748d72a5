import { describe, expect, it } from 'vitest';
import { pagesByTermCoverage, pagesWithPhrase } from '../../src/lib/phrase.ts';

const term = (entries: Record<string, number[]>) => new Map(Object.entries(entries));

describe('pagesWithPhrase', () => {
  it('finds pages where the terms stand at consecutive positions', () => {
    const positions = [term({ a: [3, 40], b: [7] }), term({ a: [41], b: [8] }), term({ a: [42], b: [20] })];
    expect([...pagesWithPhrase(positions)].sort()).toEqual(['a']);
  });

  it('rejects pages that have every term but apart or out of order', () => {
    const positions = [term({ a: [5] }), term({ a: [4] })];
    expect(pagesWithPhrase(positions).size).toBe(0);
  });

  it('rejects pages missing a term, and is empty for no terms', () => {
    expect(pagesWithPhrase([term({ a: [1] }), term({ b: [2] })]).size).toBe(0);
    expect(pagesWithPhrase([]).size).toBe(0);
  });
});

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
