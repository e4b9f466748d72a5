// The search-quality suite: real queries against the real entries, in Chromium, on the built
// site. Passes at >= 95 % of queries with every expected entry in the top 3; the misses are
// written to reports/search-quality.md so they can be worked on.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { startStaticServer } from './support/server.ts';
import { openSiteInChromium } from './support/site.ts';

interface QualityCase {
  q: string;
  kind: string;
  top3: string[];
}
const SUITE = parse(readFileSync('tests/fixtures/search-quality.yaml', 'utf8')) as QualityCase[];
const PASS_RATE = 0.95;

const site = openSiteInChromium(() => startStaticServer('dist'));

it('has at least 40 queries of every kind', () => {
  expect(SUITE.length).toBeGreaterThanOrEqual(40);
  expect(new Set(SUITE.map((c) => c.kind))).toEqual(new Set(['exact', 'slogan', 'place', 'paraphrase', 'traditional', 'number', 'pinyin', 'homophone']));
});

it(`finds the expected entries in the top 3 for at least ${PASS_RATE * 100} % of queries`, async () => {
  const page = await site.browser.newPage();
  const outcomes: { q: string; kind: string; expected: string[]; top3: string[]; pass: boolean }[] = [];
  for (const { q, kind, top3: expected } of SUITE) {
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-status]')?.textContent ?? '';
      return text.startsWith('找到') || text.startsWith('没有找到');
    });
    const hrefs = await page.locator('[data-results] li .result-title a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    const top3 = hrefs.map((href) => /\/cases\/([^/]+)\//.exec(href)?.[1] ?? href);
    outcomes.push({ q, kind, expected, top3, pass: expected.every((slug) => top3.includes(slug)) });
  }
  await page.close();
  const passed = outcomes.filter((o) => o.pass).length;
  const misses = outcomes.filter((o) => !o.pass);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/search-quality.md',
    [
      `# 搜索质量：${passed}/${outcomes.length}（${((passed / outcomes.length) * 100).toFixed(1)} %）`,
      '',
      misses.length ? '| 查询 | 类型 | 应在前三 | 实际前三 |\n|---|---|---|---|' : '没有未命中的查询。',
      ...misses.map((m) => `| ${m.q} | ${m.kind} | ${m.expected.join(', ')} | ${m.top3.join(', ') || '（无结果）'} |`),
      '',
    ].join('\n'),
  );
  expect(passed / outcomes.length, `misses: ${JSON.stringify(misses, null, 1)}`).toBeGreaterThanOrEqual(PASS_RATE);
}, 300_000);
