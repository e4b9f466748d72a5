import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle, formatCleanReport } from '../../../src/lib/text/clean-article.ts';
import { findTraditional } from '../../../src/lib/text/to-simplified.ts';
import { findPinyinAnnotations } from '../../../src/lib/text/pinyin-annotations.ts';
import { findTextHygieneProblems } from '../../../src/lib/check/text-hygiene.ts';
import { DAMAGE_MARK } from '../../../src/lib/text/text-finding.ts';

const raw = (name: string) => readFileSync(`content/sources/raw/${name}`, 'utf8');

describe('cleanArticle on seed 001 (Traditional, pinyin-annotated, GBK-damaged)', () => {
  const { body, paragraphs, report } = cleanArticle(raw('001_6fa05ebf35b54be8.txt'));

  it('reads as clean Simplified Chinese: no Traditional characters, no pinyin, no ?', () => {
    expect(findTraditional(body)).toEqual([]);
    expect(findPinyinAnnotations(body)).toEqual([]);
    expect(body).not.toMatch(/[?\ufffd]/u);
    expect(body).not.toMatch(/[鶎狱嫣嵘]|cè/u);
    expect(findTextHygieneProblems(body)).toEqual([]);
  });

  it('marks the lost population digit instead of inventing it', () => {
    expect(paragraphs[0]).toContain(`全市总人口${DAMAGE_MARK}1.9万人`);
    expect(body).not.toMatch(/总人口\d/u);
  });

  it('restores the five damaged headings 确保基层党建…', () => {
    expect(paragraphs.filter((p) => p.startsWith('确保基层党建'))).toHaveLength(6);
  });

  it('counts what it did', () => {
    expect(report.annotationsRemoved).toBe(311);
    expect(report.converted).toBeGreaterThan(500);
    expect(report.damage).toHaveLength(7);
    expect(report.repairs.filter((r) => r.recoverable === 'full')).toHaveLength(5);
    expect(report.repairs.filter((r) => r.recoverable === 'partial')).toHaveLength(2);
    expect(paragraphs.at(-2)).toContain('（郭文治 李静雯）');
  });

  it('prints a Chinese report with file:line:col for every damaged span', () => {
    const lines = formatCleanReport(report, '001.txt');
    expect(lines).toContain('删除机器注音：311 处');
    expect(lines.filter((line) => /^ {2}001\.txt:\d+:\d+ 乱码/u.test(line))).toHaveLength(7);
  });
});

describe('cleanArticle on the Simplified seeds', () => {
  it('rejoins the layout breaks of seed 003 and changes no character except punctuation width', () => {
    const text = raw('003_ea09177695115416.txt');
    const { body, report } = cleanArticle(text);
    expect(body).toContain('全覆盖选任小区党组织书记1381名，专职书记覆盖率达到78%');
    expect(body).toContain('为构建党建引领城市治理新格局提供有力保障。');
    expect(report.joins.length).toBe(7);
    const strip = (s: string) => s.replace(/[\s\u00a0]/gu, '').replace(/[，；：！（）]/gu, (c) => ({ '，': ',', '；': ';', '：': ':', '！': '!', '（': '(', '）': ')' })[c]!);
    expect(strip(body)).toBe(strip(text));
  });

  it('finds no damage in seeds that have none', () => {
    for (const name of ['000_23eb743c7e7d98ef.txt', '002_99dde660032c210e.txt', '004_dd9c34f4ab49797f.txt']) {
      expect(cleanArticle(raw(name)).report.damage, name).toEqual([]);
    }
  });
});
