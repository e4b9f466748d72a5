// The site as nginx serves it with the configuration of `npm run nginx-config` (most servers in
// mainland China run nginx): pages, search and the reading list work under the policy nginx sends,
// and the browser, not Pagefind, inflates Pagefind's gzip data. The headers file by file:
// tests/dist/nginx.test.ts.
import { builtCaseSlugs } from '../../src/lib/build/site-counts.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SKIP_NGINX, startNginx } from './support/nginx.ts';
import { openSiteInChromium } from './support/site.ts';

describe.skipIf(SKIP_NGINX)('the site served by nginx', () => {
  const site = openSiteInChromium(() => startNginx('dist'));

  /** Console errors (a policy violation is one), page errors and requests to other hosts. */
  function watch(page: Page): string[] {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`));
    page.on('request', (request) => !request.url().startsWith(site.server.url) && !/^(data|blob):/.test(request.url()) && problems.push(`${page.url()} → ${request.url()}`));
    return problems;
  }

  async function searchStatus(page: Page, query: string): Promise<string> {
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('[data-status]')?.textContent?.trim() ?? ''));
    return (await page.textContent('[data-status]'))!.trim();
  }

  it('searches, Simplified and Traditional, with Pagefind’s files inflated by the browser', async () => {
    const page = await site.browser.newPage();
    const problems = watch(page);
    const encodings = new Map<string, string | undefined>();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (/^\/pagefind\/(index|fragment)\//.test(pathname)) encodings.set(pathname, response.headers()['content-encoding']);
    });
    expect(await searchStatus(page, '擂台赛')).toMatch(/^找到 \d+ 条/);
    expect(await page.locator('[data-results] a', { hasText: '鸠江' }).count()).toBeGreaterThan(0);
    expect(await searchStatus(page, '黨建引領')).toMatch(/^找到 \d+ 条.*已按简体“党建引领”查找/);
    expect(encodings.size).toBeGreaterThan(2);
    expect([...encodings].filter(([, encoding]) => encoding !== 'gzip')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows pages, the reading list and the 404 page’s suggestions without a console error', async () => {
    const page = await site.browser.newPage();
    const problems = watch(page);
    const slug = builtCaseSlugs('dist')[0]!;
    for (const path of ['/', `/cases/${slug}/`, `/cases/${slug}/card/`, '/regions/', '/tags/']) {
      const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
      expect([path, response?.status()]).toEqual([path, 200]);
    }
    await page.goto(`${site.server.url}/list/?ids=${slug},1`);
    await page.waitForFunction(() => document.querySelector('[data-list-status]')?.textContent?.includes('清单中有 2 个案例'));
    const missing = await page.goto(`${site.server.url}/cases/${slug.slice(0, -2)}/`);
    expect(missing?.status()).toBe(404);
    await page.waitForFunction((slug) => [...document.querySelectorAll('[data-suggestions] a')].some((a) => a.getAttribute('href') === `/cases/${slug}/`), slug);
    // Chromium reports the 404 page's own status as a console error.
    expect(problems.filter((problem) => !problem.endsWith('status of 404 (Not Found)'))).toEqual([]);
    await page.close();
  });
});
