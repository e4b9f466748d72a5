import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAliasSlugs } from '../../src/lib/vocabulary.ts';

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
