import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, findNumbers, numbersIn, slipOf } from '../../../src/lib/text/numbers.ts';

const digits = (text: string) => findNumbers(text).map((mention) => mention.digits);

describe('findNumbers', () => {
  it('reads each number a text writes in digits, with where it starts', () => {
    expect(findNumbers('选任书记1381名，\n覆盖率达到78%').map(({ digits, line, column }) => [digits, line, column])).toEqual([
      ['1381', 1, 5],
      ['78', 2, 6],
    ]);
  });

  it('keeps decimals whole and a trailing full stop out', () => {
    expect(digits('总人口1.9万。共3个。')).toEqual(['1.9', '3']);
  });

  it('narrows full-width digits and drops thousands separators, so a copy with either still matches its source', () => {
    expect(digits('１３８１名，1,381名，1，381名')).toEqual(['1381', '1381', '1381']);
    expect(findNumbers('其中１２名')[0]!.text).toBe('１２');
  });

  it('reads a comma between two numbers that are not thousands as two numbers', () => {
    expect(digits('2018，2019年')).toEqual(['2018', '2019']);
    expect(digits('1,2345')).toEqual(['1', '2345']);
    expect(digits('“3+N”')).toEqual(['3']);
  });

  it('reads Chinese numerals of two characters or more by their value, in order with the digits', () => {
    expect(findNumbers('百分之九十以上，二十三个小区，共1381名').map(({ text, digits, column }) => [text, digits, column])).toEqual([
      ['九十', '90', 4],
      ['二十三', '23', 9],
      ['1381', '1381', 17],
    ]);
  });

  it('leaves single numerals and runs that are not one number unread', () => {
    // 三个 (a single numeral); 清零两步走 (零 ends 清零); 一两个 (one or two); “七一” (1 July); 十百千万 (a slogan)
    expect(digits('三个小区，清零两步走，一两个专题，“七一”前后，“十百千万”工程')).toEqual([]);
  });
});

describe('chineseNumeralValue', () => {
  it('reads the standard forms', () => {
    const values = Object.fromEntries(['十四', '二十', '二十三', '一百零五', '两百', '一千零一', '一万二千', '一万零五', '两万', '十万', '三千五百万', '一亿二千万'].map((text) => [text, chineseNumeralValue(text)]));
    expect(values).toEqual({ 十四: 14, 二十: 20, 二十三: 23, 一百零五: 105, 两百: 200, 一千零一: 1001, 一万二千: 12000, 一万零五: 10005, 两万: 20000, 十万: 100000, 三千五百万: 35000000, 一亿二千万: 120000000 });
  });

  it('reads a year written digit by digit', () => {
    expect(chineseNumeralValue('二〇二三')).toBe(2023);
    expect(chineseNumeralValue('一九九八')).toBe(1998);
  });

  it('reads nothing that is not one number as running text writes it', () => {
    for (const text of ['七一', '一两', '二三十', '三三两两', '一五一十', '十四五', '两十', '零两', '万一', '千亿', '十百千万', '一百五', '三万五', '一万二']) {
      expect(chineseNumeralValue(text), text).toBeUndefined();
    }
  });
});

describe('numbersIn', () => {
  it('vouches for a number only as a whole, not for a part of a longer one', () => {
    const source = numbersIn('全覆盖选任小区党组织书记1381名，专职书记覆盖率达到78%');
    expect(source.has('1381')).toBe(true);
    expect(source.has('78')).toBe(true);
    expect(source.has('138')).toBe(false);
    expect(source.has('87')).toBe(false);
  });

  it('vouches by value: a number in digits for the same number in Chinese and the other way round', () => {
    const source = numbersIn('覆盖率达到百分之九十，选任书记1381名，二十三个小区');
    expect(source.has('90')).toBe(true);
    expect(source.has('23')).toBe(true);
    expect([...findNumbers('书记一千三百八十一名')].map((mention) => source.has(mention.digits))).toEqual([true]);
  });

  it('vouches for a number counted in 万 or 亿 both ways: 1.9万 for 一万九千, 三千五百万 for 3500万', () => {
    const source = numbersIn('总人口1.9万，投入三千五百万元，产值2亿');
    expect(source.has('19000')).toBe(true);
    expect(source.has('1.9')).toBe(true);
    expect(source.has('35000000')).toBe(true);
    expect(source.has('3500')).toBe(true);
    expect(source.has('200000000')).toBe(true);
    expect(source.has('190')).toBe(false);
  });
});

describe('slipOf', () => {
  const source = numbersIn('选任书记1381名，覆盖率达到78%，214名干部，2023年，共3个，1.9万');

  it('names the number of the source that two swapped digits came from', () => {
    expect(slipOf('87', source)).toBe('78');
    expect(slipOf('1318', source)).toBe('1381');
    expect(slipOf('2032', source)).toBe('2023');
  });

  it('names a long number with one digit wrong, missing or extra', () => {
    expect(slipOf('1391', source)).toBe('1381');
    expect(slipOf('13810', source)).toBe('1381');
  });

  it('does not guess among short numbers, nor between several candidates', () => {
    expect(slipOf('215', source)).toBeUndefined();
    expect(slipOf('138', source)).toBeUndefined();
    expect(slipOf('95', source)).toBeUndefined();
    expect(slipOf('2024', numbersIn('2023年，2025年'))).toBeUndefined();
  });
});
