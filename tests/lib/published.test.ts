import { describe, expect, it } from 'vitest';
import { appendPublished, malformedPublishedLines, parsePublished } from '../../src/lib/published.ts';

describe('parsePublished', () => {
  it('lists the slug and line of every case URL, skipping comments and blank lines', () => {
    expect(parsePublished('# 注释\n/cases/a-b/\n\n  /cases/c/  \n')).toEqual([
      { slug: 'a-b', line: 2 },
      { slug: 'c', line: 4 },
    ]);
  });
});

describe('malformedPublishedLines', () => {
  it('reports lines that are not a /cases/<slug>/ URL', () => {
    expect(malformedPublishedLines('/cases/a/\ncases/b\n/cases/c\n# ok\n\n/tags/x/\n')).toEqual([2, 3, 6]);
  });
});

describe('appendPublished', () => {
  it('appends unlisted slugs in sorted order and keeps existing lines untouched', () => {
    const result = appendPublished('# 头\n/cases/zeta/\n', ['zeta', 'beta', 'alpha']);
    expect(result.added).toEqual(['alpha', 'beta']);
    expect(result.text).toBe('# 头\n/cases/zeta/\n/cases/alpha/\n/cases/beta/\n');
  });

  it('never removes a URL whose entry is gone, and adds a missing final newline', () => {
    expect(appendPublished('/cases/old/', ['new']).text).toBe('/cases/old/\n/cases/new/\n');
  });

  it('leaves the text unchanged when every slug is listed', () => {
    expect(appendPublished('/cases/a/\n', ['a'])).toEqual({ text: '/cases/a/\n', added: [] });
  });
});
