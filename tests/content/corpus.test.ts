// The real content, through the real rules: what `npm run check` and the build gate enforce.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatFinding } from '../../src/lib/check/finding.ts';
import { parseEntryDocument } from '../../src/lib/check/document.ts';
import { readCaseSlugs, readSourceIds } from '../../src/lib/vocabulary.ts';
import { parsePublished } from '../../src/lib/published.ts';

interface PlannedPractice {
  slug: string;
  kind: 'case' | 'brief';
  region: { code: string; inferred: boolean };
  source: { file: string };
}
// A copy of the editorial plan (shared/content-plan.json) that the first entries were written from.
const plan = JSON.parse(readFileSync('tests/fixtures/content-plan.json', 'utf8')) as { practices: PlannedPractice[] };

function frontmatter(slug: string): Record<string, any> {
  return parseEntryDocument(slug, readFileSync(`content/cases/${slug}.mdx`, 'utf8')).data as Record<string, any>;
}

describe('the content tree', () => {
  it('passes every rule of npm run check with zero findings', () => {
    const findings = checkContent({ root: process.cwd() }).map(formatFinding);
    expect(findings).toEqual([]);
  });

  it('has an entry for every practice of the editorial plan, under its permanent slug', () => {
    const slugs = readCaseSlugs();
    const missing = plan.practices.map((p) => p.slug).filter((slug) => !slugs.includes(slug));
    expect(missing).toEqual([]);
  });

  it('keeps the kind and region code of the plan for every planned practice', () => {
    for (const practice of plan.practices) {
      const data = frontmatter(practice.slug);
      expect({ slug: practice.slug, kind: data.kind, code: data.region.code, inferred: data.region.inferred }).toEqual({
        slug: practice.slug,
        kind: practice.kind,
        code: practice.region.code,
        inferred: practice.region.inferred,
      });
    }
  });

  it('has one source record per source article, each used by an entry', () => {
    const files = new Set(plan.practices.map((p) => p.source.file));
    expect(readSourceIds()).toHaveLength(files.size);
    const used = new Set(readCaseSlugs().map((slug) => frontmatter(slug).source));
    expect([...used].sort()).toEqual(readSourceIds());
  });

  // Cases whose article gives fewer than three figures; adding a figure the source does not have
  // would break fidelity, so they are listed here with the reason instead.
  const FEW_FIGURES_IN_SOURCE: Record<string, string> = {
    'yangquan-chengqu-sishi-fenban': '“四事分办”一文只有“38件‘难事’”一个数字',
    'liaoyuan-dangxiao-sitong-jiaoyu': '“四同”教育一文除年份外没有阿拉伯数字',
  };

  it('gives every full case at least three key figures, unless its article has fewer', () => {
    const thin = readCaseSlugs().filter((slug) => {
      const data = frontmatter(slug);
      return data.kind === 'case' && data.figures.length < 3;
    });
    expect(thin.sort()).toEqual(Object.keys(FEW_FIGURES_IN_SOURCE).sort());
  });

  it('numbers entries uniquely from 1 without gaps', () => {
    const numbers = readCaseSlugs().map((slug) => frontmatter(slug).number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});

describe('content/published.txt', () => {
  it('lists the URL of every entry, so that npm run check guards each one from now on', () => {
    const listed = new Set(parsePublished(readFileSync('content/published.txt', 'utf8')).map((entry) => entry.slug));
    expect(readCaseSlugs().filter((slug) => !listed.has(slug))).toEqual([]);
  });
});
