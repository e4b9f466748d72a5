// The oldest browsers the site serves (src/config/browsers.ts: Chrome 87, Safari 14, Firefox 115)
// lack functions the current Chromium has. Here Chromium is made like them before any script of
// the page runs: the functions they lack are taken away, and a regular expression that looks
// behind throws, as it does in Safari before 16.4. Search (Simplified, Traditional and pinyin
// queries), a case page's tools and the reading list must still work, without an error; and where
// the search script cannot run at all, the search page says so.
// tests/dist/browsers.test.ts checks the scripts' syntax, which cannot be taken away here.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer } from './support/server.ts';
import { openSiteInChromium } from './support/site.ts';

const site = openSiteInChromium(() => startStaticServer('dist'));

/** Runs in the page before its scripts: what Chrome 87 / Safari 14 do not have. */
function makeLikeOlderBrowsers(): void {
  const gone = (owner: object, name: string) => delete (owner as Record<string, unknown>)[name];
  gone(Array.prototype, 'at');
  gone(String.prototype, 'at');
  gone(Array.prototype, 'findLast');
  gone(Array.prototype, 'findLastIndex');
  gone(Array.prototype, 'toSorted');
  gone(Object, 'hasOwn');
  gone(URL, 'canParse');
  gone(URL, 'parse');
  gone(globalThis, 'structuredClone');
  gone(Promise, 'withResolvers');
  gone(Object, 'groupBy');
  // Safari 14.0 and Firefox 115 have no Intl.Segmenter either.
  gone(Intl, 'Segmenter');
  const NativeRegExp = RegExp;
  const OlderRegExp = function (this: unknown, pattern: string | RegExp, flags?: string) {
    const source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
    if (/\(\?<[=!]/.test(source)) throw new SyntaxError('Invalid regular expression: invalid group specifier name');
    return new NativeRegExp(pattern, flags);
  } as unknown as RegExpConstructor;
  Object.defineProperty(OlderRegExp, 'prototype', { value: NativeRegExp.prototype });
  Object.setPrototypeOf(OlderRegExp, NativeRegExp);
  globalThis.RegExp = OlderRegExp;
}

async function olderBrowserPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
  await context.addInitScript(makeLikeOlderBrowsers);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { page, errors };
}

const firstResults = (page: Page) =>
  page.locator('[data-results] > li .result-title a').evaluateAll((links) => links.slice(0, 3).map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href')!)?.[1]));

/** One page of each kind the site has, each with the scripts of its own. */
const PAGE_KINDS = [
  '/',
  '/cases/',
  '/cases/datong-xiaoqu-zhibu/',
  '/cases/datong-xiaoqu-zhibu/card/',
  '/courses/',
  '/courses/chengshi-jiceng-dangjian/',
  '/courses/chengshi-jiceng-dangjian/cards/',
  '/list/?ids=datong-xiaoqu-zhibu,guangan-shequ-jingji',
  '/list/cards/?ids=datong-xiaoqu-zhibu,guangan-shequ-jingji',
  '/tags/',
  '/tags/shequ-jingji/',
  '/regions/',
  '/regions/140000/',
  '/sources/',
  '/sources/datong-jiujiang-guangan-banmian/',
  '/offline/',
  '/about/',
];

describe('in a browser as old as the oldest served', () => {
  it('the functions are really gone and lookbehind really throws', async () => {
    const { page, errors } = await olderBrowserPage();
    await page.goto(`${site.server.url}/about/`);
    expect(await page.evaluate(() => [typeof [].at, typeof Object.hasOwn, typeof URL.canParse, 'Segmenter' in Intl])).toEqual(['undefined', 'undefined', 'undefined', false]);
    expect(await page.evaluate(() => { try { new RegExp('(?<=a)b'); return 'read'; } catch { return 'thrown'; } })).toBe('thrown');
    expect(await page.evaluate(() => new RegExp('a', 'g') instanceof RegExp && /a/.test('a'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('search finds the case for a phrase, a Traditional query and pinyin', async () => {
    const { page, errors } = await olderBrowserPage();
    for (const [query, slug] of [['小区党组织书记', 'datong-xiaoqu-zhibu'], ['社區經濟', 'guangan-shequ-jingji'], ['datong', 'datong-xiaoqu-zhibu'], ['擂台赛', 'wuhu-jiujiang-shuji-leitaisai']] as const) {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => firstResults(page), { message: query, timeout: 15_000 }).toContain(slug);
    }
    // The results' own tools load with them.
    await page.locator('[data-results] > li button[data-add-to-list]').first().click();
    expect(await page.locator('[data-results] > li button[data-add-to-list]').first().getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every kind of page opens and runs its scripts without an error', async () => {
    const { page, errors } = await olderBrowserPage();
    for (const path of PAGE_KINDS) {
      const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      // What scripts fill in has been filled in: the list's cases, the offline page's answer.
      if (path.startsWith('/list/')) await page.waitForSelector('[data-list-items] li, .handout, article');
      expect(errors, path).toEqual([]);
    }
    await page.context().close();
  });

  it('where the search script cannot run at all, the search page says so after a while and offers browsing instead', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    // As in a browser too old for the script, or one that could not download it.
    await context.route(/\/_astro\/search\.astro[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('社区经济')}`);
    const stalled = page.locator('[data-search-stalled]');
    await page.waitForTimeout(2000);
    expect(await stalled.isVisible()).toBe(false);
    await expect.poll(() => stalled.isVisible(), { timeout: 12_000 }).toBe(true);
    expect(await stalled.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/regions/', '/tags/']);
    // Where the script runs, it is gone before it could show.
    const working = await site.browser.newPage();
    await working.goto(`${site.server.url}/search/?q=${encodeURIComponent('社区经济')}`);
    await working.waitForSelector('[data-results] > li');
    expect(await working.locator('[data-search-stalled]').count()).toBe(0);
    await Promise.all([context.close(), working.close()]);
  });

  it('a case page’s tools and the reading list work', async () => {
    const { page, errors } = await olderBrowserPage();
    await page.goto(`${site.server.url}/cases/datong-xiaoqu-zhibu/`, { waitUntil: 'networkidle' });
    await page.click('button[data-add-to-list="datong-xiaoqu-zhibu"]');
    expect(await page.locator('button[data-section-id]').count()).toBeGreaterThan(0);
    await page.click('a[data-list-link]');
    await page.waitForSelector('[data-list-items] li[data-slug="datong-xiaoqu-zhibu"]');
    await page.goto(`${site.server.url}/cases/datong-xiaoqu-zhibu-typo/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('a[href="/cases/datong-xiaoqu-zhibu/"]').count()).toBeGreaterThan(0);
    expect(errors.filter((error) => !/404/.test(error))).toEqual([]);
    await page.context().close();
  });
});
