import { describe, expect, it } from 'vitest';
import { parseSearchState } from '../../src/lib/search-state.ts';
import { searchBrowseUrl } from '../../src/lib/urls.ts';

describe('searchBrowseUrl', () => {
  it('opens the search page on the filters alone, as the page reads them back', () => {
    const url = searchBrowseUrl({ year: ['2023'] });
    expect(url).toBe('/search/?year=2023');
    expect(parseSearchState(new URL(url, 'https://anli.example.cn').search)).toEqual({ query: '', filters: { year: ['2023'] }, page: 1 });
  });

  it('encodes Chinese filter values', () => {
    const url = searchBrowseUrl({ province: ['内蒙古自治区'], tag: ['红色物业'] });
    expect(url).toMatch(/^\/search\/\?province=%E5%86%85/);
    expect(parseSearchState(new URL(url, 'https://anli.example.cn').search).filters).toEqual({ province: ['内蒙古自治区'], tag: ['红色物业'] });
  });
});
