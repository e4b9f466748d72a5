import { describe, expect, it } from 'vitest';
import { LIST_TITLE_MAX, READING_LIST_MAX, addId, encodeIds, listCardsUrl, listUrl, moveId, parseIds, parseListTitle, removeId } from '../../src/lib/reading-list.ts';

describe('parseIds', () => {
  it('splits on commas, Chinese commas and spaces, keeping order and dropping duplicates', () => {
    expect(parseIds('b,a，c、a d')).toEqual(['b', 'a', 'c', 'd']);
  });

  it('drops anything that cannot be a slug or a number', () => {
    expect(parseIds('ok,<script>,../x,,17,Datong-Xiaoqu')).toEqual(['ok', '17', 'datong-xiaoqu']);
  });

  it('is empty for a missing parameter', () => {
    expect(parseIds(null)).toEqual([]);
    expect(parseIds('')).toEqual([]);
  });

  it('caps the list length', () => {
    const many = Array.from({ length: READING_LIST_MAX + 5 }, (_, i) => `c${i}`).join(',');
    expect(parseIds(many)).toHaveLength(READING_LIST_MAX);
  });
});

describe('encodeIds and listUrl', () => {
  it('round-trips through parseIds with readable commas', () => {
    const ids = ['datong-xiaoqu-zhibu', 'wuhu-jiujiang-shuji-leitaisai'];
    expect(encodeIds(ids)).toBe('datong-xiaoqu-zhibu,wuhu-jiujiang-shuji-leitaisai');
    expect(parseIds(encodeIds(ids))).toEqual(ids);
    expect(listUrl(ids)).toBe('/list/?ids=datong-xiaoqu-zhibu,wuhu-jiujiang-shuji-leitaisai');
  });

  it('links the bare page for an empty list', () => {
    expect(listUrl([])).toBe('/list/');
  });
});

describe('parseListTitle and a titled listUrl', () => {
  it('keeps a title as one line of text', () => {
    expect(parseListTitle('  第三讲\n\t阅读材料  ')).toBe('第三讲 阅读材料');
    expect(parseListTitle('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(parseListTitle(null)).toBe('');
    expect(parseListTitle(' \u0007 ')).toBe('');
  });

  it('drops direction overrides, which could make it read as something else', () => {
    expect(parseListTitle('阅读\u202e材料\u2066')).toBe('阅读材料');
  });

  it('cuts at the limit without splitting a character outside the Basic Plane', () => {
    const long = '𠀀'.repeat(LIST_TITLE_MAX + 5);
    expect(parseListTitle(long)).toBe('𠀀'.repeat(LIST_TITLE_MAX));
    expect([...parseListTitle('党'.repeat(100))]).toHaveLength(LIST_TITLE_MAX);
  });

  it('puts the title after the ids, encoded, and leaves it out when empty', () => {
    expect(listUrl(['a-b', 'c'], '第三讲 阅读&材料')).toBe(`/list/?ids=a-b,c&title=${encodeURIComponent('第三讲 阅读&材料')}`);
    expect(listUrl(['a-b'], '   ')).toBe('/list/?ids=a-b');
    expect(listUrl([], '第三讲')).toBe(`/list/?title=${encodeURIComponent('第三讲')}`);
    expect(listCardsUrl(['a-b', 'c'], '第三讲')).toBe(`/list/cards/?ids=a-b,c&title=${encodeURIComponent('第三讲')}`);
    expect(listCardsUrl([])).toBe('/list/cards/');
    expect(new URL(listUrl(['a-b'], '第三讲 阅读&材料'), 'https://x.cn').searchParams.get('title')).toBe('第三讲 阅读&材料');
  });
});

describe('addId, removeId and moveId', () => {
  it('appends once', () => {
    expect(addId(['a'], 'b')).toEqual(['a', 'b']);
    expect(addId(['a', 'b'], 'a')).toEqual(['a', 'b']);
  });

  it('removes', () => {
    expect(removeId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('moves one place and ignores moves past either end', () => {
    expect(moveId(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a'], 'x', 1)).toEqual(['a']);
  });
});

