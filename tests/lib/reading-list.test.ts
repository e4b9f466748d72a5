import { describe, expect, it } from 'vitest';
import { READING_LIST_MAX, addId, encodeIds, listUrl, moveId, parseIds, removeId, resolveIds } from '../../src/lib/reading-list.ts';

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

describe('resolveIds', () => {
  const cases = [
    { slug: 'datong-xiaoqu-zhibu', number: 10 },
    { slug: 'wuhu-jiujiang-shuji-leitaisai', number: 11 },
  ];

  it('accepts slugs and printed case numbers, in the list’s order', () => {
    expect(resolveIds(['11', 'datong-xiaoqu-zhibu'], cases).found.map((c) => c.number)).toEqual([11, 10]);
  });

  it('reports unknown ids and does not list a case twice', () => {
    const { found, unknown } = resolveIds(['10', 'datong-xiaoqu-zhibu', 'nope'], cases);
    expect(found).toHaveLength(1);
    expect(unknown).toEqual(['nope']);
  });
});
