import { describe, expect, it } from 'vitest';
import { buildRegionTree, flattenRegionTree, isWithinRegion } from '../../src/lib/region-tree.ts';

describe('buildRegionTree', () => {
  const tree = buildRegionTree(['340207', '140200', '140302', '140302', '150600']);

  it('counts entries at every level above them', () => {
    const shanxi = tree.find((node) => node.name === '山西省')!;
    expect(shanxi.count).toBe(3);
    expect(shanxi.children.map((c) => [c.name, c.count])).toEqual([
      ['大同市', 1],
      ['阳泉市', 2],
    ]);
    expect(shanxi.children[1]!.children.map((c) => [c.name, c.count])).toEqual([['城区', 2]]);
  });

  it('orders provinces by code', () => {
    expect(tree.map((node) => node.code)).toEqual(['140000', '150000', '340000']);
  });

  it('throws on an unknown code instead of dropping the entry', () => {
    expect(() => buildRegionTree(['999999'])).toThrow(/999999/);
  });
});

describe('flattenRegionTree', () => {
  it('lists parents before children, each once', () => {
    const codes = flattenRegionTree(buildRegionTree(['340207', '340207'])).map((node) => node.code);
    expect(codes).toEqual(['340000', '340200', '340207']);
  });
});

describe('isWithinRegion', () => {
  it('is true for the area itself and every area above it', () => {
    expect(isWithinRegion('340207', '340000')).toBe(true);
    expect(isWithinRegion('340207', '340207')).toBe(true);
    expect(isWithinRegion('340207', '140000')).toBe(false);
    expect(isWithinRegion('140200', '140212')).toBe(false);
  });
});
