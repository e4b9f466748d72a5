import { describe, expect, it } from 'vitest';
import { findUnmatchedBrackets } from '../../../src/lib/text/brackets.ts';

describe('findUnmatchedBrackets', () => {
  it('accepts balanced and nested marks, and ASCII parentheses paired with full-width ones', () => {
    expect(findUnmatchedBrackets('印发《大同市城市居民小区（网格)党支部书记管理办法》，“面对“传经送宝””')).toEqual([]);
  });

  it('reports an unclosed quotation at the opening mark', () => {
    const found = findUnmatchedBrackets('开展“在职党员进社区服务群众零距离旧物置换活动。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'unmatched-bracket', line: 1, column: 3, text: '“' });
  });

  it('reports a closing mark without an opening one', () => {
    expect(findUnmatchedBrackets('领头雁》培训').map((f) => f.column)).toEqual([4]);
  });

  it('checks each paragraph on its own', () => {
    expect(findUnmatchedBrackets('第一段“引文\n\n第二段”').map((f) => [f.line, f.column])).toEqual([[1, 4], [3, 4]]);
  });

  it('tolerates an excerpt cut inside a quotation, but not a wrong pairing', () => {
    expect(findUnmatchedBrackets('领头雁”培训范围，开展“在职党员', { excerpt: true })).toEqual([]);
    expect(findUnmatchedBrackets('《管理办法”》', { excerpt: true })).toHaveLength(1);
    expect(findUnmatchedBrackets('“管理办法》”', { excerpt: true })).toHaveLength(1);
  });
});
