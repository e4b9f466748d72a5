import { describe, expect, it } from 'vitest';
import { homophoneCorrection, mayBeMispicked, readingsByCharacter } from '../../src/lib/homophones.ts';
import { hanReadingTable } from '../../src/lib/build/han-readings.ts';
import type { PinyinVocabulary } from '../../src/lib/pinyin-query.ts';

describe('homophoneCorrection', () => {
  const readings = readingsByCharacter(hanReadingTable());
  // As /api/pinyin.json has them: the library's words by their pinyin.
  const vocabulary: PinyinVocabulary = {
    leitaisai: '擂台赛', dangjian: '党建', shequ: '社区', jingji: '经济', shequjingji: '社区经济', fangan: '方案',
    hongse: '红色', wuye: '物业', xiaoqu: '小区', shuji: '书记', dangzuzhi: '党组织', gongshi: '公示', zhi: '制',
  };

  it('reads a word the input method picked wrongly back as the library’s word of the same sound', () => {
    expect(homophoneCorrection('擂台塞', readings, vocabulary)).toBe('擂台赛');
    expect(homophoneCorrection('党见', readings, vocabulary)).toBe('党建');
    expect(homophoneCorrection('社区经纪', readings, vocabulary)).toBe('社区经济');
    expect(homophoneCorrection('红色务业', readings, vocabulary)).toBe('红色物业');
    // Two wrong in seven characters, read as three words of the library.
    expect(homophoneCorrection('小区竖纪党组织', readings, vocabulary)).toBe('小区书记党组织');
    // A character of several readings (塞: sai, se; 行: xing, hang, heng) is tried with each.
    expect(homophoneCorrection('小区书纪', readings, vocabulary)).toBe('小区书记');
  });

  it('leaves alone what it cannot correct with few changes of the same sound', () => {
    // The library's own words, and words of no sound the library has.
    expect(homophoneCorrection('擂台赛', readings, vocabulary)).toBeUndefined();
    expect(homophoneCorrection('网格化', readings, vocabulary)).toBeUndefined();
    // fan gan is not fang an: the same letters, other syllables.
    expect(homophoneCorrection('反感', readings, vocabulary)).toBeUndefined();
    // More than one character in three changed: a different word, not a wrong pick.
    expect(homophoneCorrection('红色务叶', readings, vocabulary)).toBeUndefined();
    expect(homophoneCorrection('共识', readings, { gongshi: '攻势' })).toBeUndefined();
    // Not two to twelve Han characters.
    for (const text of ['党', 'dangjian', '党建 社区', '2019年', '一二三四五六七八九十一二三']) {
      expect(mayBeMispicked(text), text).toBe(false);
      expect(homophoneCorrection(text, readings, vocabulary), text).toBeUndefined();
    }
  });
});

describe('hanReadingTable', () => {
  it('has every reading of GB 2312’s characters, and nothing else', () => {
    const table = hanReadingTable();
    const chars = new Set(Object.values(table).flatMap((list) => [...list]));
    expect(chars.size).toBe(6763);
    expect(table.sai).toContain('赛');
    expect(table.sai).toContain('塞');
    expect(table.se).toContain('塞');
    expect(table.lv).toContain('绿');
    for (const reading of Object.keys(table)) expect(reading).toMatch(/^[a-z]+$/);
  });
});
