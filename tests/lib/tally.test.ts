import { describe, expect, it } from 'vitest';
import { tally } from '../../src/lib/tally.ts';

describe('tally', () => {
  it('counts values, largest first, ties in a stable order', () => {
    expect(tally(['山西省', '安徽省', '山西省', '内蒙古自治区']).map((row) => [row.key, row.count])).toEqual([
      ['山西省', 2],
      ['安徽省', 1],
      ['内蒙古自治区', 1],
    ]);
  });

  it('sorts by key when asked (years in time order)', () => {
    expect(tally(['2024', '2019', '2024', '2023'], 'key').map((row) => row.key)).toEqual(['2019', '2023', '2024']);
  });

  it('gives bar lengths relative to the largest in 5 % steps, with a visible minimum', () => {
    const rows = tally([...Array(50).fill('a'), 'b', 'c', 'c']);
    expect(rows.map((row) => row.percent)).toEqual([100, 5, 5]);
    expect(tally(['x', 'x', 'y']).map((row) => row.percent)).toEqual([100, 50]);
    expect(tally(['x', 'x', 'x', 'y']).map((row) => row.percent)).toEqual([100, 35]);
  });

  it('is empty for no values', () => {
    expect(tally([])).toEqual([]);
  });
});
