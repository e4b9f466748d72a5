import { describe, expect, it } from 'vitest';
import { pinyinLetters, pinyinToHan, pinyinWordsToHan, type PinyinVocabulary } from '../../src/lib/pinyin-query.ts';

// As the build writes it: each pinyin once, with the library's most frequent characters for it.
const vocabulary: PinyinVocabulary = {
  datong: '大同',
  da: '大',
  tong: '同',
  xiaoqu: '小区',
  dang: '党',
  jian: '建',
  dangjian: '党建',
  liu: '六',
  dong: '动',
  dangyuan: '党员',
  neimenggu: '内蒙古',
  ganbu: '干部',
  peixun: '培训',
  lvse: '绿色',
  xian: '县',
};

describe('pinyinLetters', () => {
  it('reads syllables run together or set apart by spaces, hyphens and apostrophes, in any case and width', () => {
    expect(pinyinLetters('datong')).toBe('datong');
    expect(pinyinLetters(' Hongse  Wuye ')).toBe('hongsewuye');
    expect(pinyinLetters('hongse-wuye')).toBe('hongsewuye');
    expect(pinyinLetters("Xi'an")).toBe('xian');
    expect(pinyinLetters('ｄａｔｏｎｇ')).toBe('datong');
    expect(pinyinLetters('lüse')).toBe('lvse');
  });

  it('leaves alone what is not pinyin: characters, numbers, a lone letter', () => {
    for (const query of ['党建', 'datong 支部', '12345', 'app1', 'a', '', "'", 'wi-fi!']) expect(pinyinLetters(query), query).toBeUndefined();
  });
});

describe('pinyinToHan', () => {
  it('reads the letters as the fewest words, a lone character counting as two', () => {
    expect(pinyinToHan('datong', vocabulary)).toBe('大同'); // not 大 + 同
    expect(pinyinToHan('dangjian', vocabulary)).toBe('党建');
    expect(pinyinToHan('datong xiaoqu', vocabulary)).toBe('大同小区');
    expect(pinyinToHan('DaTongXiaoQu', vocabulary)).toBe('大同小区');
    expect(pinyinToHan('lüse', vocabulary)).toBe('绿色');
  });

  it('takes a lone character beside a word, not two in a row', () => {
    expect(pinyinToHan('dangyuanliu', vocabulary)).toBe('党员六');
    expect(pinyinToHan('liudong dangyuan', vocabulary), 'liudong is no word of the library: 六动 is a guess').toBeUndefined();
  });

  it('gives up on letters it cannot read, one character, and names an object has', () => {
    expect(pinyinToHan('zzqq', vocabulary)).toBeUndefined();
    expect(pinyinToHan('datongx', vocabulary)).toBeUndefined();
    expect(pinyinToHan("xi'an", vocabulary), 'one syllable: too little to tell a word').toBeUndefined();
    expect(pinyinToHan('constructor', vocabulary)).toBeUndefined();
    expect(pinyinToHan('tostring', {})).toBeUndefined();
    expect(pinyinToHan('datong'.repeat(1000), vocabulary), 'longer than a query can be').toBeUndefined();
    expect(pinyinToHan('datong'.repeat(16), vocabulary)).toBe('大同'.repeat(16));
  });
});

describe('pinyinWordsToHan', () => {
  it('gives each word typed apart its characters, apart', () => {
    expect(pinyinWordsToHan('neimenggu ganbu peixun', vocabulary)).toBe('内蒙古 干部 培训');
    expect(pinyinWordsToHan('neimenggu', vocabulary), 'one word').toBeUndefined();
    expect(pinyinWordsToHan('neimenggu liu', vocabulary), 'a word of one character').toBeUndefined();
  });
});
