import { describe, expect, it } from 'vitest';
import { isSurelyAfter } from '../../src/schemas/common.ts';

describe('isSurelyAfter', () => {
  it('compares to the precision both dates have', () => {
    expect(isSurelyAfter('2024', '2023-11')).toBe(true);
    expect(isSurelyAfter('2023-12-01', '2023-11')).toBe(true);
    expect(isSurelyAfter('2023-11-22', '2023-11-21')).toBe(true);
  });

  it('is false for the same date, an earlier one, or one that may be the same', () => {
    expect(isSurelyAfter('2023-11', '2023-11')).toBe(false);
    expect(isSurelyAfter('2020', '2023-11')).toBe(false);
    expect(isSurelyAfter('2023-12', '2023')).toBe(false);
    expect(isSurelyAfter('2023', '2023-11-21')).toBe(false);
  });
});
