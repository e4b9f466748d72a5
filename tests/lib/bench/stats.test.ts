import { describe, expect, it } from 'vitest';
import { median, medianWithRange } from '../../../src/lib/bench/stats.ts';

describe('median', () => {
  it('takes the middle value, whatever the order', () => {
    expect(median([823, 494, 439])).toBe(494);
    expect(median([3, 1, 2, 4])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('refuses an empty list rather than report NaN', () => {
    expect(() => median([])).toThrow();
  });
});

describe('medianWithRange', () => {
  it('writes the median with the smallest and largest value', () => {
    expect(medianWithRange([823.4, 494.2, 1439.6], 'ms')).toBe('823 ms（494–1,440）');
    expect(medianWithRange([51], 'ms')).toBe('51 ms');
  });
});
