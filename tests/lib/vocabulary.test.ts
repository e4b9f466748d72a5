import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAliasSlugs, readCaseHeads } from '../../src/lib/vocabulary.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'anliku-aliases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readAliasSlugs', () => {
  it('reads aliases in flow and block form, and nothing from entries without them', () => {
    writeFileSync(path.join(dir, 'a.mdx'), '---\ntitle: 甲\naliases: [old-a, older-a]\n---\n正文\n');
    writeFileSync(path.join(dir, 'b.mdx'), '---\ntitle: 乙\naliases:\n  - old-b\n---\n正文\n');
    writeFileSync(path.join(dir, 'c.mdx'), '---\ntitle: 丙\nsummary: 没有 aliases: 字段\n---\naliases: [not-frontmatter]\n');
    writeFileSync(path.join(dir, 'd.mdx'), '---\ntitle: "丁\naliases: [broken-yaml]\n---\n');
    expect(readAliasSlugs(dir)).toEqual(['old-a', 'older-a', 'old-b']);
  });

  it('reads the fixture tree’s alias', () => {
    expect(readAliasSlugs(path.resolve('tests/fixtures/check/base/cases'))).toEqual(['pingcheng-rencaiku']);
  });
});

describe('readCaseHeads', () => {
  it('reads each entry’s number, title and old slugs, and stands in for a frontmatter that does not parse', () => {
    expect(readCaseHeads(path.resolve('tests/fixtures/check/base/cases'))).toEqual([
      { slug: 'good', number: 1, title: '大同市：“支部建在小区” 锻造书记队伍', aliases: [] },
      { slug: 'good-brief', number: 3, title: '平城区：科学比选建立选派人才库', aliases: ['pingcheng-rencaiku'] },
    ]);
    expect(readCaseHeads(dir).find((head) => head.slug === 'd')).toEqual({ slug: 'd', number: 0, title: 'd', aliases: [] });
  });
});
