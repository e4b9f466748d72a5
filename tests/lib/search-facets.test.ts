import { describe, expect, it } from 'vitest';
import { buildFacetTable, countFacets, decodeFacetFile, encodeFacetTable, filterPanelCounts, matchesFilters, namesProvince, provinceFirst, totalFacets } from '../../src/lib/search-facets.ts';

const table = buildFacetTable([
  { id: 'en_a', filters: { province: ['安徽省'], tag: ['基层治理', '党建引领'], kind: ['案例'], year: ['2023'] } },
  { id: 'en_b', filters: { province: ['山西省'], tag: ['党建引领'], kind: ['案例'], year: ['2022'] } },
  { id: 'en_c', filters: { province: ['山西省'], tag: ['社区经济'], kind: ['简讯'], year: ['2023'] } },
  // Keys the page does not filter on are ignored.
  { id: 'en_d', filters: { province: ['四川省'], kind: ['案例'], author: ['某人'] } },
]);

describe('buildFacetTable', () => {
  it('lists each value once and gives every page its value indexes', () => {
    expect(table.values.filter(([key]) => key === 'province').map(([, value]) => value)).toEqual(['安徽省', '山西省', '四川省']);
    expect(table.values.some(([key]) => (key as string) === 'author')).toBe(false);
    expect(table.pages['en_b']!.map((index) => table.values[index])).toEqual([
      ['province', '山西省'],
      ['tag', '党建引领'],
      ['kind', '案例'],
      ['year', '2022'],
    ]);
    expect(Object.keys(table.pages)).toEqual(['en_a', 'en_b', 'en_c', 'en_d']);
  });

  it('survives writing as a facets.json and reading back', () => {
    const file = encodeFacetTable(table);
    // Pagefind's ids (prefix + hex of one length) as base-36 differences of the hashes.
    expect(file.hex).toEqual({ prefix: 'en_', digits: 1 });
    expect(file.ids).toBe('a,1,1,1');
    expect(file.values.province).toEqual(['安徽省', '山西省', '四川省']);
    // One cell per page, in id order: en_a has two tags, en_d none.
    expect(file.columns.tag).toBe('0.1,1,2,');
    expect(decodeFacetFile(JSON.parse(JSON.stringify(file)))).toEqual(table);
    expect(decodeFacetFile(encodeFacetTable(buildFacetTable([])))).toEqual({ values: [], pages: {} });
  });

  it('writes a page\'s values of one key in ascending order, which it reads back as the same set', () => {
    const reversed = buildFacetTable([
      { id: 'en_a', filters: { tag: ['党建引领', '社区治理'] } },
      { id: 'en_b', filters: { tag: ['社区治理', '党建引领'] } },
    ]);
    const file = encodeFacetTable(reversed);
    expect(file.columns.tag).toBe('0.1,0.1');
    const read = decodeFacetFile(JSON.parse(JSON.stringify(file)))!;
    expect(read.values).toEqual(reversed.values);
    for (const id of ['en_a', 'en_b']) expect([...read.pages[id]!].sort(), id).toEqual([...reversed.pages[id]!].sort());
  });

  it('keeps leading zeros of hashes, and writes other ids as they are', () => {
    const hashed = buildFacetTable([
      { id: 'en_ff01', filters: { kind: ['案例'] } },
      { id: 'en_00a0', filters: { kind: ['简讯'] } },
    ]);
    const file = encodeFacetTable(hashed);
    expect(file.ids).toBe(`${(0xa0).toString(36)},${(0xff01 - 0xa0).toString(36)}`);
    expect(file.columns.kind).toBe('1,0');
    expect(decodeFacetFile(file)).toEqual(hashed);
    const other = buildFacetTable(['page-1', 'page-2'].map((id) => ({ id, filters: { kind: ['案例'] } })));
    const written = encodeFacetTable(other);
    expect(written.hex).toBeUndefined();
    expect(written.ids).toBe('page-1,page-2');
    expect(decodeFacetFile(written)).toEqual(other);
  });

  it('writes the ids of the most common form as differences and the few others as they are, after them', () => {
    // Pagefind lengthens a hash that another page already has: one longer id among many.
    const mixed = buildFacetTable(['en_b2', 'en_0bf1', 'en_a1', 'zh_c3', 'page-1', 'en_0c'].map((id, i) => ({ id, filters: { kind: [i % 2 ? '简讯' : '案例'] } })));
    const file = encodeFacetTable(mixed);
    expect(file.hex).toEqual({ prefix: 'en_', digits: 2 });
    expect(file.ids).toBe([0x0c, 0xa1 - 0x0c, 0xb2 - 0xa1].map((delta) => delta.toString(36)).join(','));
    expect(file.others).toBe('en_0bf1,page-1,zh_c3');
    // Columns in the same order: en_0c, en_a1, en_b2, then en_0bf1, page-1, zh_c3.
    expect(file.columns.kind).toBe('1,0,0,1,0,1');
    expect(decodeFacetFile(JSON.parse(JSON.stringify(file)))).toEqual(mixed);
    expect(decodeFacetFile({ ...file, others: 7 })).toBeUndefined();
  });

  it('reads nothing from a file that is not a facet table', () => {
    const file = encodeFacetTable(table);
    expect(decodeFacetFile(null)).toBeUndefined();
    expect(decodeFacetFile({ ...file, columns: { ...file.columns, kind: '0,0' } })).toBeUndefined(); // a page short
    expect(decodeFacetFile({ ...file, columns: { ...file.columns, kind: '0,0,9,0' } })).toBeUndefined(); // no value 9
    expect(decodeFacetFile({ ...file, values: { ...file.values, year: [2023] } })).toBeUndefined();
  });
});

describe('countFacets and totalFacets', () => {
  it('counts the given pages per value, leaving out values none of them has', () => {
    expect(countFacets(table, ['en_a', 'en_b'])).toEqual({
      province: { 安徽省: 1, 山西省: 1 },
      tag: { 基层治理: 1, 党建引领: 2 },
      kind: { 案例: 2 },
      year: { '2023': 1, '2022': 1 },
    });
    expect(totalFacets(table).province).toEqual({ 安徽省: 1, 山西省: 2, 四川省: 1 });
  });

  it('counts nothing for ids the table does not know', () => {
    expect(countFacets(table, ['en_zzz']).province).toEqual({});
  });
});

describe('matchesFilters', () => {
  it('needs any selected value within a key and every key with a selection', () => {
    expect(matchesFilters(table, 'en_b', {})).toBe(true);
    expect(matchesFilters(table, 'en_b', { province: ['安徽省', '山西省'] })).toBe(true);
    expect(matchesFilters(table, 'en_b', { province: ['山西省'], kind: ['简讯'] })).toBe(false);
    expect(matchesFilters(table, 'en_c', { province: ['山西省'], kind: ['简讯'] })).toBe(true);
    expect(matchesFilters(table, 'en_b', { province: [] })).toBe(true);
  });

  it('lets an unknown page through only when nothing is selected', () => {
    expect(matchesFilters(table, 'en_zzz', {})).toBe(true);
    expect(matchesFilters(table, 'en_zzz', { year: ['2023'] })).toBe(false);
  });
});

describe('filterPanelCounts', () => {
  const found = ['en_a', 'en_b', 'en_c', 'en_d'];

  it('without a selection, is the plain count of the results', () => {
    expect(filterPanelCounts(table, found, {})).toEqual(countFacets(table, found));
  });

  it("counts a key's values over the results of the other keys' selections", () => {
    const counts = filterPanelCounts(table, found, { province: ['山西省'] });
    // Other provinces stay visible with what they would add…
    expect(counts.province).toEqual({ 安徽省: 1, 山西省: 2, 四川省: 1 });
    // …while the other keys count only 山西省's results.
    expect(counts.kind).toEqual({ 案例: 1, 简讯: 1 });
    expect(counts.tag).toEqual({ 党建引领: 1, 社区经济: 1 });
  });

  it('combines selections across keys', () => {
    const counts = filterPanelCounts(table, found, { province: ['山西省'], kind: ['案例'] });
    expect(counts.province).toEqual({ 安徽省: 1, 山西省: 1, 四川省: 1 });
    expect(counts.kind).toEqual({ 案例: 1, 简讯: 1 });
    expect(counts.year).toEqual({ '2022': 1 });
  });
});

describe('provinceFirst', () => {
  const results = ['en_a', 'en_b', 'en_d', 'en_c', 'en_zzz'].map((id) => ({ id }));
  const ids = (list: { id: string }[]) => list.map((result) => result.id);

  it('puts the pages of the province a query names first, keeping the order otherwise', () => {
    expect(ids(provinceFirst(table, results, '山西'))).toEqual(['en_b', 'en_c', 'en_a', 'en_d', 'en_zzz']);
    expect(ids(provinceFirst(table, results, '山西省'))).toEqual(['en_b', 'en_c', 'en_a', 'en_d', 'en_zzz']);
    expect(ids(provinceFirst(table, results, '四川'))).toEqual(['en_d', 'en_a', 'en_b', 'en_c', 'en_zzz']);
  });

  it('leaves the order alone for a query that names no province, or names it only in part', () => {
    expect(ids(provinceFirst(table, results, '社区经济'))).toEqual(ids(results));
    // One character is part of many names (山西省, 陕西省), not a province of its own.
    expect(ids(provinceFirst(table, results, '山'))).toEqual(ids(results));
    expect(ids(provinceFirst(table, results, '西省'))).toEqual(ids(results));
  });

  it('reorders exactly when namesProvince, which the search page asks before it has the table, says the query names one', () => {
    const provinces = table.values.filter(([key]) => key === 'province').map(([, value]) => value);
    for (const query of ['山西', '山西省', '四川', '社区经济', '山', '西省', '吉林', '']) {
      const reordered = ids(provinceFirst(table, results, query)).join() !== ids(results).join();
      expect(namesProvince(provinces, query), query).toBe(reordered);
    }
  });
});
