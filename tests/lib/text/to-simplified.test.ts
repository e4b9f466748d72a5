import { describe, expect, it } from 'vitest';
import { findTraditional, toSimplified } from '../../../src/lib/text/to-simplified.ts';

describe('toSimplified', () => {
  it('converts Traditional to mainland Simplified and counts changed characters (seed 001)', () => {
    expect(toSimplified('自2018年被確定為全國城市基層黨建示範市以來')).toEqual({ text: '自2018年被确定为全国城市基层党建示范市以来', converted: 7 });
  });

  it('leaves Simplified text and characters valid in both scripts unchanged', () => {
    expect(toSimplified('著力从多方面搭建上下联动、条块结合')).toEqual({ text: '著力从多方面搭建上下联动、条块结合', converted: 0 });
  });
});

describe('findTraditional', () => {
  it('reports each run of Traditional characters with its position and Simplified form', () => {
    const found = findTraditional('社区治理\n推进黨建引領工作');
    expect(found.map(({ line, column, text }) => ({ line, column, text }))).toEqual([
      { line: 2, column: 3, text: '黨' },
      { line: 2, column: 6, text: '領' },
    ]);
    expect(found[0]!.message).toContain('“党”');
  });

  it('finds nothing in clean Simplified text', () => {
    expect(findTraditional('全市1504个机关企事业单位党组织到社区报到')).toEqual([]);
  });
});

describe('official place names OpenCC would change', () => {
  it('are not reported: 乾安县 and 乾县 are correct Simplified names', () => {
    expect(findTraditional('吉林省松原市乾安县、陕西省咸阳市乾县')).toEqual([]);
    expect(findTraditional('乾安的经验')).toEqual([]);
  });

  it('are kept when an article is converted, while the rest of the text is', () => {
    expect(toSimplified('乾安縣黨建').text).toBe('乾安县党建');
  });

  it('do not shield the same character elsewhere', () => {
    expect(findTraditional('乾淨').map((item) => item.text)).not.toEqual([]);
  });
});
