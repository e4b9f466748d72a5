import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDamage, repairKnownDamage } from '../../../src/lib/text/damage.ts';
import { DAMAGE_MARK } from '../../../src/lib/text/text-finding.ts';

const seed001 = readFileSync('content/sources/raw/001_6fa05ebf35b54be8.txt', 'utf8');

describe('findDamage', () => {
  it('finds the three GBK misalignment signatures of seed 001, seven spans, at their line:col', () => {
    const found = findDamage(seed001).map(({ kind, line, column }) => `${kind}@${line}:${column}`);
    expect(found).toEqual([
      'gbk-zong-renkou@1:35',
      'gbk-bao-quanmian-tisheng@1:107',
      'gbk-bao-jiceng-dangjian@3:1',
      'gbk-bao-jiceng-dangjian@9:1',
      'gbk-bao-jiceng-dangjian@14:1',
      'gbk-bao-jiceng-dangjian@19:1',
      'gbk-bao-jiceng-dangjian@25:1',
    ]);
  });

  it('does not flag the intact heading 確保基層黨建提質(zhì)增效', () => {
    expect(findDamage('聚焦居民自治\n確保基層黨建提質(zhì)增效')).toEqual([]);
  });

  it('recognises a signature after conversion to Simplified too', () => {
    expect(findDamage('确?;鶎狱h建齐抓共管')[0]).toMatchObject({ kind: 'gbk-bao-jiceng-dangjian', recoverable: 'full' });
  });

  it('flags U+FFFD, a ? beside Han, control and private-use characters with positions', () => {
    const text = '第一段\uFFFD\uFFFD文字\n怎么?办\n控制\u0007字符和\uE000私用';
    expect(findDamage(text).map(({ kind, line, column, text: span }) => [kind, line, column, span])).toEqual([
      ['replacement-char', 1, 4, '\uFFFD\uFFFD'],
      ['question-mark', 2, 3, '?'],
      ['control', 3, 3, '\u0007'],
      ['private-use', 3, 7, '\uE000'],
    ]);
  });

  it('leaves ? away from Han characters and the damage mark alone', () => {
    expect(findDamage(`网址 https://a.cn/?q=1 和 ${DAMAGE_MARK}`)).toEqual([]);
  });
});

describe('repairKnownDamage', () => {
  it('restores what the plan documents as fully recoverable', () => {
    const result = repairKnownDamage('確?;鶎狱h建齊抓共管');
    expect(result.text).toBe('確保基層黨建齊抓共管');
    expect(result.repairs).toMatchObject([{ recoverable: 'full', line: 1, column: 1, before: '確?;鶎狱h建' }]);
  });

  it('marks the lost population digit instead of inventing it', () => {
    const result = repairKnownDamage('全市總?cè)丝?1.9萬人');
    expect(result.text).toBe(`全市總人口${DAMAGE_MARK}1.9萬人`);
    expect(result.repairs[0]!.recoverable).toBe('partial');
  });

  it('keeps only the byte-recoverable characters of 確?!保嫣嵘h建 and marks the rest', () => {
    expect(repairKnownDamage('堅持“六聚焦六確?!保嫣嵘h建引領').text).toBe(`堅持“六聚焦六確保”${DAMAGE_MARK}提${DAMAGE_MARK}建引領`);
  });

  it('replaces undecodable bytes with the mark and changes nothing else', () => {
    expect(repairKnownDamage('人口\uFFFD万，怎么?办').text).toBe(`人口${DAMAGE_MARK}万，怎么?办`);
  });
});
