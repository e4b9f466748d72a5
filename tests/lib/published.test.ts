import { describe, expect, it } from 'vitest';
import { appendPublished, malformedPublishedLines, parsePublished, parsePublishedPages, type PublishedPage } from '../../src/lib/published.ts';

const cases = (...names: string[]): PublishedPage[] => names.map((name) => ({ kind: 'cases', name }));

describe('parsePublished', () => {
  it('lists the slug and line of every case URL, skipping comments, blank lines and other pages', () => {
    expect(parsePublished('# 注释\n/cases/a-b/\n\n  /cases/c/  \n/tags/hongse-wuye/\n')).toEqual([
      { slug: 'a-b', line: 2 },
      { slug: 'c', line: 4 },
    ]);
  });
});

describe('parsePublishedPages', () => {
  it('lists every case, topic, course and source page with its line', () => {
    expect(parsePublishedPages('/cases/a/\n/tags/t/\n# x\n/courses/k/\n/sources/s/\n')).toEqual([
      { kind: 'cases', name: 'a', line: 1 },
      { kind: 'tags', name: 't', line: 2 },
      { kind: 'courses', name: 'k', line: 4 },
      { kind: 'sources', name: 's', line: 5 },
    ]);
  });
});

describe('malformedPublishedLines', () => {
  it('reports lines that are not the URL of a listed kind of page', () => {
    expect(malformedPublishedLines('/cases/a/\ncases/b\n/cases/c\n# ok\n\n/tags/x/\n/regions/140200/\n/search/\n/courses/a/b/\n')).toEqual([2, 3, 7, 8, 9]);
  });
});

describe('appendPublished', () => {
  it('appends unlisted pages, cases first and then topics, courses and sources, each sorted, and keeps existing lines untouched', () => {
    const result = appendPublished('# 头\n/cases/zeta/\n', [
      { kind: 'sources', name: 's' },
      ...cases('zeta', 'beta', 'alpha'),
      { kind: 'tags', name: 'b' },
      { kind: 'tags', name: 'a' },
      { kind: 'courses', name: 'k' },
    ]);
    expect(result.added).toEqual(['/cases/alpha/', '/cases/beta/', '/tags/a/', '/tags/b/', '/courses/k/', '/sources/s/']);
    expect(result.text).toBe('# 头\n/cases/zeta/\n/cases/alpha/\n/cases/beta/\n/tags/a/\n/tags/b/\n/courses/k/\n/sources/s/\n');
  });

  it('never removes a URL whose page is gone, and adds a missing final newline', () => {
    expect(appendPublished('/cases/old/', cases('new')).text).toBe('/cases/old/\n/cases/new/\n');
  });

  it('leaves the text unchanged when every page is listed', () => {
    expect(appendPublished('/cases/a/\n/tags/t/\n', [...cases('a'), { kind: 'tags', name: 't' }])).toEqual({ text: '/cases/a/\n/tags/t/\n', added: [] });
  });
});
