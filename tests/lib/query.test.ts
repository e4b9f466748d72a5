import { describe, expect, it } from 'vitest';
import { looksTraditional, prepareQuery, stripQuotes } from '../../src/lib/query.ts';
import { synonymVariants } from '../../src/lib/synonyms.ts';

describe('stripQuotes', () => {
  it('recognises Chinese and ASCII quotes around a phrase', () => {
    expect(stripQuotes('“小区党组织书记”')).toEqual({ text: '小区党组织书记', quoted: true });
    expect(stripQuotes('"四同"')).toEqual({ text: '四同', quoted: true });
    expect(stripQuotes('四同 教育')).toEqual({ text: '四同 教育', quoted: false });
  });
});

describe('looksTraditional', () => {
  it('detects Traditional-only characters and leaves Simplified alone', () => {
    expect(looksTraditional('黨建')).toBe(true);
    expect(looksTraditional('党建')).toBe(false);
  });
});

describe('prepareQuery', () => {
  it('converts a Traditional query to Simplified and says so', async () => {
    const prepared = await prepareQuery('黨建引領');
    expect(prepared.searches[0]).toBe('党建引领');
    expect(prepared.note).toContain('党建引领');
  });

  it('treats an unbroken Chinese run of four or more characters as a phrase', async () => {
    expect((await prepareQuery('小区党组织书记')).phrase).toBe('小区党组织书记');
    expect((await prepareQuery('党建')).phrase).toBeUndefined();
    expect((await prepareQuery('“四同”')).phrase).toBe('四同');
  });

  it('orders results that contain the exact phrase first', async () => {
    const prepared = await prepareQuery('小区党组织书记');
    const ordered = await prepared.order([
      { excerpt: '小区 党组织 的 书记', content: '小区里的党组织和书记' },
      { excerpt: '选配<mark>小区党组织书记</mark>', content: '选配小区党组织书记1381名' },
    ]);
    expect(ordered[0]!.content).toContain('小区党组织书记');
  });

  it('folds full-width Latin and digits to ASCII', async () => {
    expect((await prepareQuery('１２３４５')).searches[0]).toBe('12345');
  });

  it('is empty for blank input', async () => {
    expect((await prepareQuery('   ')).searches).toEqual([]);
  });
});

describe('synonymVariants', () => {
  it('adds one variant per synonym, keeping the query first', () => {
    expect(synonymVariants('红心物业 做法')).toEqual(['红心物业 做法', '红色物业 做法', '物业党建 做法']);
  });

  it('returns only the query when no group matches', () => {
    expect(synonymVariants('四同')).toEqual(['四同']);
  });
});
