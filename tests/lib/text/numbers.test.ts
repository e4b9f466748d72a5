import { describe, expect, it } from 'vitest';
import { findNumbers, numbersIn, slipOf } from '../../../src/lib/text/numbers.ts';

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

  it('finds no digits in Chinese numerals (the check cannot vouch for them)', () => {
    expect(digits('百分之九十以上，三个小区')).toEqual([]);
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
