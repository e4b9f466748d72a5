import { describe, expect, it } from 'vitest';
import { TRADITIONAL_CHARS } from '../../src/lib/traditional-chars.ts';
import { traditionalCharsFromOpenCC } from '../../src/lib/text/traditional-chars-source.ts';
import { looksTraditional } from '../../src/lib/query.ts';

describe('the list of Traditional characters', () => {
  it('is what the installed opencc-js converts (regenerate with scripts/generate-traditional-chars.ts)', () => {
    expect(TRADITIONAL_CHARS).toBe(traditionalCharsFromOpenCC());
  });

  it('recognises Traditional queries that a hand-written list would miss, and not Simplified ones', () => {
    for (const query of ['擂臺賽', '雙報到', '黨建', '幹部', '社區']) expect(looksTraditional(query), query).toBe(true);
    for (const query of ['擂台赛', '双报到', '党建', '干部', '社区', '四同', 'abc']) expect(looksTraditional(query), query).toBe(false);
  });
});
