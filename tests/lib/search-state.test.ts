import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, describeFilters, parseSearchState, serializeSearchState, toggleFilter } from '../../src/lib/search-state.ts';

describe('parseSearchState', () => {
  it('reads the query, repeated filters and the page', () => {
    const state = parseSearchState('?q=%E6%93%82%E5%8F%B0%E8%B5%9B&tag=a&tag=b&province=%E5%AE%89%E5%BE%BD%E7%9C%81&page=2');
    expect(state).toEqual({ query: '擂台赛', filters: { tag: ['a', 'b'], province: ['安徽省'] }, page: 2 });
  });

  it('ignores bad pages and unknown keys, and cuts very long queries', () => {
    const state = parseSearchState(`?q=${'党'.repeat(500)}&page=-3&foo=bar`);
    expect(state.page).toBe(1);
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(state.filters).toEqual({});
  });
});

describe('serializeSearchState', () => {
  it('round-trips through parseSearchState', () => {
    const state = { query: '小区 书记', filters: { kind: ['简讯'], year: ['2023'] }, page: 3 };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('is empty for the empty state', () => {
    expect(serializeSearchState({ query: ' ', filters: {}, page: 1 })).toBe('');
  });
});

describe('toggleFilter', () => {
  it('adds and removes a value and resets paging', () => {
    const on = toggleFilter({ query: '', filters: {}, page: 4 }, 'tag', '社区治理');
    expect(on).toEqual({ query: '', filters: { tag: ['社区治理'] }, page: 1 });
    expect(toggleFilter(on, 'tag', '社区治理').filters).toEqual({});
  });
});

describe('describeFilters', () => {
  it('names the ticked values in the filters’ order: alternatives with 或, groups with ，, years with 年', () => {
    expect(describeFilters({ year: ['2023'] })).toBe('2023年');
    expect(describeFilters({ year: ['2023'], province: ['山西省', '安徽省'], kind: ['简讯'] })).toBe('山西省或安徽省，简讯，2023年');
    expect(describeFilters({})).toBe('');
  });
});
