// The numbers a text writes (1381, 1.9, 95%, ９５, 1,381; 二十三, 一百零五, 两万, 二〇二三), so that
// the content check can ask of every number on a case page whether its source says it too: a
// figure a reader quotes in a meeting must be traceable to the article it came from. Numbers are
// compared by value, so 九十 on the page is vouched for by 90 in the source and the other way round.
// A Chinese numeral of one character (三个, 百分之五) is not read: single numerals are in every
// article's words (一起, 统一, 三会一课), and a source vouches for all of them anyway.
import { distance } from 'fastest-levenshtein';
import { createLocator } from './text-finding.ts';

export interface NumberMention {
  /** The number as plain ASCII digits: full-width digits narrowed, thousands separators dropped. */
  digits: string;
  /** As written in the text. */
  text: string;
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

// A group of digits with thousands separators (1,381 / 1，381) is one number; a comma anywhere
// else separates two (2018，2019). A decimal point joins only when digits follow it.
const NUMBER = /(?:[\d０-９]{1,3}(?:[,，][\d０-９]{3})+(?![\d０-９])|[\d０-９]+)(?:[.．][\d０-９]+)?/gu;

function plainDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '').replace('．', '.');
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]{2,}/gu;

/** A number below 10,000 in the standard form (三千零五十, 十四, 两百); undefined for anything else. */
function sectionValue(text: string): number | undefined {
  let value = 0;
  let lastUnit = 10_000;
  let digit: number | undefined;
  let digitChar = '';
  let zero = false;
  for (const char of text) {
    if (char in CHINESE_DIGITS) {
      if (digit !== undefined) return undefined; // 七一, 一两, 二三十: two digits side by side are no one number
      if (CHINESE_DIGITS[char] === 0) {
        if (zero || lastUnit === 10_000) return undefined; // 零 only between two parts (一百零五), never first
        zero = true;
      } else {
        digit = CHINESE_DIGITS[char];
        digitChar = char;
      }
      continue;
    }
    const unit = CHINESE_UNITS[char];
    if (unit === undefined || unit >= lastUnit || zero) return undefined; // 十百千万; 一百零十
    if (digit === undefined && !(unit === 10 && lastUnit === 10_000)) return undefined; // only 十 stands alone, and first (十四)
    if (digitChar === '两' && unit === 10) return undefined; // 两 counts hundreds and more, not tens
    value += (digit ?? 1) * unit;
    digit = undefined;
    lastUnit = unit;
  }
  if (digit !== undefined) {
    // 一百五 (150 in speech) is left unread: its last digit's place is not written.
    if (!(lastUnit === 10 || lastUnit === 10_000 || zero)) return undefined;
    value += digit;
  } else if (zero) return undefined;
  return value;
}

/**
 * The value of a Chinese numeral: 二十三 → 23, 一百零五 → 105, 两万 → 20000, 三千五百万 → 35000000,
 * 二〇二三 → 2023 (a year, digit by digit). Undefined when the characters are not one number as
 * written in running text: 七一 (1 July), 一两 (one or two), 十百千万 (a slogan), 千亿, 三万五.
 */
export function chineseNumeralValue(text: string): number | undefined {
  if (/^[一二][零〇一二三四五六七八九]{3}$/u.test(text)) return Number([...text].map((char) => CHINESE_DIGITS[char]).join(''));
  for (const [big, scale] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = text.indexOf(big);
    if (at < 0) continue;
    const high = chineseNumeralValue(text.slice(0, at));
    const rest = text.slice(at + 1);
    if (!high) return undefined;
    if (!rest) return high * scale;
    const low = rest.startsWith('零') ? chineseNumeralValue(rest.slice(1)) : chineseNumeralValue(rest);
    // Without 零 the rest must fill its places (一万二千, not 一万二 or 一万二十).
    if (low === undefined || low >= scale || (!rest.startsWith('零') && low < scale / 10)) return undefined;
    return high * scale + low;
  }
  return sectionValue(text);
}

/** `value` counted in units of `power` of ten, as 1.9万 writes 19000: "1.9". */
function inUnitsOf(value: string, power: number): string {
  const [whole = '', fraction = ''] = value.split('.');
  const padded = whole.padStart(power + 1, '0');
  const units = padded.slice(0, -power).replace(/^0+(?=\d)/, '');
  const rest = (padded.slice(-power) + fraction).replace(/0+$/, '');
  return rest ? `${units}.${rest}` : units;
}

/** `digits` written before 万 or 亿, as a whole number: 1.9万 → "19000". */
function timesPowerOfTen(digits: string, power: number): string {
  const [whole = '', fraction = ''] = digits.split('.');
  return `${whole}${fraction.padEnd(power, '0').slice(0, power)}`.replace(/^0+(?=\d)/, '') + (fraction.length > power ? `.${fraction.slice(power)}` : '');
}

export function findNumbers(text: string): NumberMention[] {
  const locate = createLocator(text);
  const written = [...text.matchAll(NUMBER)].map((match) => ({ digits: plainDigits(match[0]), text: match[0], offset: match.index }));
  const chinese = [...text.matchAll(CHINESE_NUMERAL)].flatMap((match) => {
    const value = chineseNumeralValue(match[0]);
    return value === undefined ? [] : [{ digits: String(value), text: match[0], offset: match.index }];
  });
  return [...written, ...chinese].sort((a, b) => a.offset - b.offset).map((mention) => ({ ...mention, ...locate(mention.offset) }));
}

/**
 * Every number `text` writes, as `findNumbers` reads them: what a source record can vouch for.
 * A number counted in 万 or 亿 vouches for both ways of writing it: 1.9万 for 一万九千 (19000) and
 * 三千五百万 for 3500万 (3500).
 */
export function numbersIn(text: string): Set<string> {
  const vouched = new Set<string>();
  for (const mention of findNumbers(text)) {
    vouched.add(mention.digits);
    const unit = text[mention.offset + mention.text.length];
    if (/^[\d０-９]/.test(mention.text)) {
      if (unit === '万') vouched.add(timesPowerOfTen(mention.digits, 4));
      if (unit === '亿') vouched.add(timesPowerOfTen(mention.digits, 8));
    } else {
      const value = Number(mention.digits);
      if (value >= 1e4) vouched.add(inUnitsOf(mention.digits, 4));
      if (value >= 1e8) vouched.add(inUnitsOf(mention.digits, 8));
    }
  }
  return vouched;
}

/** Two neighbouring digits swapped (87 for 78, 1318 for 1381): the commonest slip in copying a number. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((char, index) => char !== b[index]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * A number of the source that `digits` is probably a slip of: two neighbouring digits swapped, or,
 * for numbers of four digits or more, one digit wrong, missing or extra (1831, 138 are not close
 * enough to guess among the many short numbers of an article). Undefined when none or several are.
 */
export function slipOf(digits: string, source: Iterable<string>): string | undefined {
  const near = [...source].filter((candidate) => isSwap(digits, candidate) || (Math.min(digits.length, candidate.length) >= 4 && distance(digits, candidate) === 1));
  return near.length === 1 ? near[0] : undefined;
}
