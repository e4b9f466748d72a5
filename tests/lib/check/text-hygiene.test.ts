import { describe, expect, it } from 'vitest';
import { findTextHygieneProblems } from '../../../src/lib/check/text-hygiene.ts';

const rules = (text: string) => findTextHygieneProblems(text).map((p) => `${p.rule}@${p.line}:${p.column}`);

describe('findTextHygieneProblems', () => {
  it('passes clean text, including the damage mark', () => {
    expect(rules('\n全市总人口〔原文此处缺损〕1.9万人，其中城市居住人口约19万人。\n')).toEqual([]);
  });

  it('reports each kind of problem with its rule id and position', () => {
    const body = ['', '近年来,大同市坚持黨建引领。', '鄉(xiāng)镇', '总?人口', '四事\u200b分办', '开展“在职党员进社区。', ''].join('\n');
    expect(rules(body)).toEqual([
      'hygiene/ascii-punctuation@2:4',
      'hygiene/traditional@2:10',
      'hygiene/traditional@3:1',
      'hygiene/pinyin@3:2',
      'hygiene/damage@4:2',
      'hygiene/zero-width@5:3',
      'hygiene/unmatched-bracket@6:3',
    ]);
  });

  it('messages are in Chinese and say what to write instead', () => {
    expect(findTextHygieneProblems('近年来,大同市')[0]!.message).toBe('中文里用了半角标点“,”，应为全角“，”');
  });

  it('treats a one-line text (a figure quote) as an excerpt that may cut a quotation', () => {
    expect(rules('领头雁”培训范围，开展“在职党员')).toEqual([]);
    expect(rules('\n领头雁”培训范围\n')).toEqual(['hygiene/unmatched-bracket@2:4']);
  });
});
