// The foundation's promises, checked in a real browser against the built site.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './support/server.ts';
import { readCaseSlugs } from '../../src/lib/vocabulary.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { facetTableUrl, pagefindScriptUrls, pagefindStartUrls, readFragment, readPagefindFile } from '../../src/lib/build/search-index.ts';
import { readChunkWords, readMetaChunks } from '../../src/lib/build/index-chunks.ts';
import { decode } from 'cborg';
import { showWholeResultsPage } from './support/search-results.ts';
import { openSiteInChromium } from './support/site.ts';
import { queryTerms } from '../../src/lib/search-tokens.ts';
import { ONE_CHARACTER_NOTE } from '../../src/lib/query.ts';
import { matchedPositions } from '../../src/lib/phrase.ts';
import { T2S_VERSION } from '../../src/lib/t2s-dictionary.ts';
import { PREFETCH_ATTRIBUTE, parsePrefetchList } from '../../src/lib/search-prefetch.ts';
import { pageLoadFiles } from '../../src/lib/build/search-prefetch.ts';
import { t2sShardFile, t2sShardOf } from '../../src/lib/t2s-shard.ts';

const site = openSiteInChromium(() => startStaticServer('dist'));

async function searchFor(query: string) {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}/search/`);
  await page.fill('input[name="q"]', query);
  await page.waitForSelector('[data-results] li');
  return page;
}

/**
 * Runs `visit` against a server of its own (whose request log only this test fills) in a fresh
 * browser context, closing both even when an assertion fails. `pagesOnly` keeps the offline
 * service worker from starting, for tests that read the log as what the pages asked for: once a
 * page has loaded, the worker fetches the offline page and its bundles in the background
 * (tests/browser/offline.test.ts measures that).
 */
async function onOwnServer(visit: (own: StaticServer, page: Page, context: BrowserContext) => Promise<void>, { pagesOnly = false } = {}): Promise<void> {
  const own = await startStaticServer('dist');
  const context = await site.browser.newContext({ serviceWorkers: pagesOnly ? 'block' : 'allow' });
  try {
    await visit(own, await context.newPage(), context);
  } finally {
    await context.close();
    await own.close();
  }
}

describe('search', () => {
  it('finds the first and the last word of every index chunk through Pagefind\'s own lookup of the chunks we cut', async () => {
    // Pagefind downloads, for a term, the chunk whose bounds in the metadata take it in; bounds
    // that missed a word would make it unfindable. Each word is searched as indexed (Latin), with
    // Pagefind's API directly, and must find at least every page its index entry lists.
    const pagefindDir = path.join('dist', 'pagefind');
    const metaName = readdirSync(pagefindDir).find((name) => name.endsWith('.pf_meta'))!;
    const boundaryWords = readMetaChunks(readPagefindFile(path.join(pagefindDir, metaName), '索引元数据')).flatMap(({ hash }) => {
      const words = readChunkWords(readPagefindFile(path.join(pagefindDir, 'index', `${hash}.pf_index`), '索引分片'));
      return [words[0]!, words.at(-1)!].map(({ word, item }) => ({ word, pages: (decode(item) as [string, unknown[]])[1].length }));
    });
    expect(boundaryWords.length).toBeGreaterThan(8);
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    // A string, so that Vitest leaves the browser's dynamic import alone.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import(document.querySelector('link[data-pagefind-script]').href);
      const counts = {};
      for (const word of ${JSON.stringify(boundaryWords.map(({ word }) => word))}) counts[word] = (await pagefind.search(word)).results.length;
      return counts;
    })()`)) as Record<string, number>;
    expect(boundaryWords.filter(({ word, pages }) => !(found[word]! >= pages))).toEqual([]);
    await page.close();
  });

  it('has the browser inflate Pagefind\'s files, so that Pagefind need not (Content-Encoding from _headers)', async () => {
    // Pagefind inflates a file in JavaScript unless it already starts with its signature.
    const page = await site.browser.newPage();
    const files: Promise<{ name: string; encoding?: string; start: string }>[] = [];
    page.on('response', (response) => {
      const name = /\/pagefind\/(.*\.pf_\w+|wasm\.\w+\.pagefind)$/.exec(new URL(response.url()).pathname)?.[1];
      if (name) files.push((async () => ({ name, encoding: (await response.allHeaders())['content-encoding'], start: (await response.body()).subarray(0, 12).toString('latin1') }))());
    });
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('小区党组织书记')}`);
    await page.waitForSelector('[data-results] li');
    const received = await Promise.all(files);
    expect(new Set(received.map(({ name }) => name.replace(/^.*\.(pf_\w+)$|^wasm.*$/, (_, kind: string | undefined) => kind ?? 'wasm')))).toEqual(new Set(['wasm', 'pf_meta', 'pf_index', 'pf_fragment']));
    expect(received.filter(({ encoding, start }) => encoding !== 'gzip' || start !== 'pagefind_dcd')).toEqual([]);
    await page.close();
  });

  it('asks for Pagefind\'s metadata and wasm with the search page, once: the worker gets the preloaded files from the cache', async () => {
    // Without the preloads the worker asks for them only after its own script (later in the log);
    // without a year's caching (_headers) it asks for them a second time.
    await onOwnServer(async (own, page) => {
      await page.goto(`${own.url}/search/?q=${encodeURIComponent('四同')}`);
      await page.waitForSelector('[data-results] li');
      const [meta, wasm] = pagefindStartUrls(path.join('dist', 'pagefind'));
      const worker = own.requests.indexOf(pagefindScriptUrls(path.join('dist', 'pagefind')).worker);
      expect(worker).toBeGreaterThan(0);
      for (const file of [meta!, wasm!]) {
        expect(own.requests.filter((requested) => requested === file), file).toHaveLength(1);
        expect(own.requests.indexOf(file), `${file} before the worker's script`).toBeLessThan(worker);
      }
      // The filter table, named by its contents too, is fetched by the page's script, once.
      expect(own.requests.filter((requested) => requested === facetTableUrl(path.join('dist', 'pagefind')))).toHaveLength(1);
    });
  });

  it('shows a query\'s first results without waiting for the filter table, unless it filters or names a province', async () => {
    // The table is held back until released: results that need it cannot be shown before. A
    // phone's width: the link down to the filters is for phones.
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route(`**${facetTableUrl(path.join('dist', 'pagefind'))}`, async (route) => {
      asked++;
      await held;
      await route.continue();
    });
    const rendered = (query: string, timeout = 5000) => page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-results]')?.dataset.renderedQuery === q, query, { timeout }).then(() => true, () => false);

    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('擂台赛')}`);
    expect(await rendered('擂台赛'), 'a query: shown while the table is held').toBe(true);
    expect(await page.locator('[data-filters] fieldset').count(), 'its counts come with the table').toBe(0);
    expect(await page.getByRole('link', { name: '按省份、主题、类型、年份筛选 ↓' }).isVisible(), 'the link down to them is there already').toBe(true);
    release();
    await page.locator('[data-filters] fieldset', { hasText: '省份' }).waitFor();
    expect(asked).toBe(1);
    await page.unroute('**/*');

    for (const address of [`/search/?q=${encodeURIComponent('吉林')}`, `/search/?q=${encodeURIComponent('擂台赛')}&province=${encodeURIComponent('安徽省')}`]) {
      let releaseThis = (): void => {};
      const heldThis = new Promise<void>((resolve) => (releaseThis = resolve));
      await page.route(`**${facetTableUrl(path.join('dist', 'pagefind'))}`, async (route) => {
        await heldThis;
        await route.continue();
      });
      await page.goto(`${site.server.url}${address}`);
      const query = new URL(address, site.server.url).searchParams.get('q')!;
      // Shown without the table, the results would be there in well under a second.
      expect(await rendered(query, 1500), `${address}: waits for the table`).toBe(false);
      releaseThis();
      expect(await rendered(query), `${address}: shown once it is in`).toBe(true);
      await page.unroute('**/*');
    }
    await page.close();
  });

  it('leads a search without results on to browsing by region and topic', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('zzqq')}`);
    const status = page.locator('[data-status]');
    await page.waitForFunction(() => /没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await status.textContent()).toBe('没有找到与“zzqq”相关的结果。试试更短的词，或按地区、主题浏览。');
    await status.getByRole('link', { name: '主题' }).click();
    await page.waitForURL(/\/tags\/$/);
    expect(await page.locator('h1').textContent()).toContain('主题');
    await page.close();
  });

  it('links a place or topic the query names to its region or topic page, with the results and only then', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    const shortcuts = page.locator('[data-shortcuts]');
    const linksFor = async (query: string) => {
      await page.fill('input[name="q"]', query);
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-results]')?.dataset.renderedQuery === q, query);
      return shortcuts.locator('a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    };
    await page.goto(`${site.server.url}/search/`);
    // A city typed without 市, a place and a topic's synonym, a province typed without 自治区.
    expect(await linksFor('大同')).toEqual([['地区：山西省大同市', '/regions/140200/']]);
    // Each result names its region to the 市 and 区县, the place the query names marked.
    expect(await page.locator('[data-results] > li .result-meta').first().innerHTML()).toMatch(/^山西省<mark>大同<\/mark>市 · 案例 · 2024/);
    expect(await linksFor('东丰 红心物业')).toEqual([['地区：吉林省辽源市东丰县', '/regions/220421/'], ['主题：红色物业', '/tags/hongse-wuye/']]);
    expect(await linksFor('内蒙古')).toEqual([['地区：内蒙古自治区', '/regions/150000/']]);
    // A banner by the short form its case writes (察右后旗 for 察哈尔右翼后旗), and a topic after it.
    expect(await linksFor('察右后旗乡村振兴')).toEqual([['地区：内蒙古自治区乌兰察布市察哈尔右翼后旗', '/regions/150928/'], ['主题：乡村振兴', '/tags/xiangcun-zhenxing/']]);
    // Nothing for a query that names no place or topic, nor for one without results.
    expect(await linksFor('擂台赛')).toEqual([]);
    expect(await shortcuts.isHidden()).toBe(true);
    expect(await linksFor('大同')).toHaveLength(1);
    expect(await linksFor('zzqq')).toEqual([]);
    expect(await shortcuts.isHidden()).toBe(true);
    // A case asked for by its number, as a handout prints it, leads to its short link.
    expect(await linksFor('案例 10')).toEqual([['打开第 10 号案例', '/c/10/']]);
    // It leads where it says, above the first result.
    await linksFor('内蒙古');
    const [linkBox, firstResult] = await Promise.all([shortcuts.locator('a').boundingBox(), page.locator('[data-results] > li').first().boundingBox()]);
    expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(firstResult!.y);
    await shortcuts.locator('a').click();
    await page.waitForURL(/\/regions\/150000\/$/);
    expect(await page.locator('h1').textContent()).toBe('内蒙古自治区');
    await page.close();
  });

  it('tries a failed filter table again while the results are shown, and offers to retry a failed search', async () => {
    // A dropped connection on a phone: the table's first request fails, the second gets through.
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    const tableUrl = `**${facetTableUrl(path.join('dist', 'pagefind'))}`;
    let asked = 0;
    await page.route(tableUrl, async (route) => (++asked === 1 ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('擂台赛')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.renderedQuery === '擂台赛');
    // No new search: the counts come from the second request, about a second later.
    await page.locator('[data-filters] fieldset', { hasText: '省份' }).waitFor({ timeout: 5000 });
    expect(asked).toBe(2);
    expect(await page.getByRole('link', { name: '按省份、主题、类型、年份筛选 ↓' }).isVisible()).toBe(true);
    await page.unroute(tableUrl);

    // Browsing needs the table before anything is shown: its failure says so and offers a retry.
    let failing = true;
    await page.route(tableUrl, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${site.server.url}/search/?province=${encodeURIComponent('安徽省')}`);
    const retry = page.locator('[data-status] button', { hasText: '重试' });
    await retry.waitFor();
    expect(await page.locator('[data-status]').textContent()).toContain('搜索索引载入失败');
    expect(await page.locator('[data-status] a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))), 'browsing needs no index').toEqual(['/regions/', '/tags/']);
    failing = false;
    await retry.click();
    await page.locator('[data-results] li').first().waitFor();
    expect(await page.locator('[data-status]').textContent()).toMatch(/^找到 \d+ 条结果/);
    expect(new URL(page.url()).searchParams.get('province'), 'the filter is kept').toBe('安徽省');

    // Or by itself, once the browser is back online.
    failing = true;
    await page.goto(`${site.server.url}/search/?province=${encodeURIComponent('吉林省')}`);
    await retry.waitFor();
    failing = false;
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await page.locator('[data-results] li').first().waitFor({ timeout: 5000 });
    expect(await page.locator('[data-status]').textContent()).toMatch(/^找到 \d+ 条结果/);
    await page.close();
  });

  describe('a search box outside the search page (home, 404)', () => {
    const prefetchListOf = (html: string) => parsePrefetchList(new RegExp(`${PREFETCH_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1] ?? null);
    const homeList = prefetchListOf(readFileSync(path.join('dist', 'index.html'), 'utf8'));
    const waitForRequests = async (own: StaticServer, urls: readonly string[]) => {
      for (let waited = 0; urls.some((url) => !own.requests.includes(url)) && waited < 10_000; waited += 50) await new Promise((done) => setTimeout(done, 50));
      expect(urls.filter((url) => !own.requests.includes(url))).toEqual([]);
    };

    it('lists what the search page loads, other than what depends on the query or the home page loaded already', async () => {
      expect(homeList).toEqual(prefetchListOf(readFileSync(path.join('dist', '404.html'), 'utf8')));
      await onOwnServer(async (own, page) => {
        await page.goto(`${own.url}/`, { waitUntil: 'load' });
        const home = new Set(own.requests);
        const start = own.requests.length;
        await page.goto(`${own.url}/search/?q=${encodeURIComponent('四同')}`);
        await page.waitForSelector('[data-results] li');
        const searched = own.requests.slice(start);
        // Not in the list: the site's icon (asked for after any page has loaded), the page itself, and what depends on the query.
        const leftOutOfTheList = (url: string) => url === '/favicon.svg' || url === '/search/' || url === '/pagefind/pagefind-entry.json' || /^\/pagefind\/(index|fragment|filter)\//.test(url);
        expect(homeList.filter((url) => !searched.includes(url) && !home.has(url))).toEqual([]);
        expect(searched.filter((url) => !homeList.includes(url) && !home.has(url) && !leftOutOfTheList(url))).toEqual([]);
      }, { pagesOnly: true });
    });

    it('has the browser fetch them once the reader types, and the search page then downloads none of them again', async () => {
      await onOwnServer(async (own, page) => {
        await page.goto(`${own.url}/`, { waitUntil: 'load' });
        await page.waitForTimeout(300);
        // Reading the home page asks for none of the search's files but those it shares with the search
        // page (the site's style sheet and scripts): only a reader who searches pays for them.
        const homeOwn = new Set(await pageLoadFiles('dist', readFileSync(path.join('dist', 'index.html'), 'utf8')));
        expect(own.requests.filter((url) => homeList.includes(url) && !homeOwn.has(url))).toEqual([]);
        await page.click('#search-input');
        await page.keyboard.type('四同');
        await waitForRequests(own, homeList);
        const requested = own.requests.length;
        await page.press('#search-input', 'Enter');
        await page.waitForSelector('[data-results] li');
        // Every one is named by its contents and cached for a year: the browser does not even ask whether it changed (304).
        expect(homeList.filter((url) => own.requests.slice(requested).includes(url))).toEqual([]);
      }, { pagesOnly: true });
    });

    it('does not fetch them while the box only has the focus the 404 page gives it, nor with the browser\'s data saver on', async () => {
      await onOwnServer(async (own, page, context) => {
        await page.goto(`${own.url}/no-such-page/`, { waitUntil: 'load' });
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
        expect(own.requests.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
        await page.keyboard.type('四同');
        await waitForRequests(own, homeList);

        const saver = await context.newPage();
        const cdp = await context.newCDPSession(saver);
        await cdp.send('Emulation.setDataSaverOverride' as 'Emulation.setCPUThrottlingRate', { dataSaverEnabled: true } as never);
        const before = own.requests.length;
        await saver.goto(`${own.url}/`, { waitUntil: 'load' });
        expect(await saver.evaluate(() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(true);
        await saver.click('#search-input');
        await saver.keyboard.type('四同');
        await saver.waitForTimeout(500);
        expect(own.requests.slice(before).filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
      });
    });
  });

  it('finds the 鸠江 擂台赛 case first for 擂台赛', async () => {
    const page = await searchFor('擂台赛');
    const first = await page.locator('[data-results] li .result-title a').first().getAttribute('href');
    expect(first).toMatch(/^\/cases\/wuhu-jiujiang-shuji-leitaisai\//);
    await page.close();
  });

  it('shows no excerpt starting with the end of a quotation or clause, or ending with the start of one', async () => {
    // Queries whose excerpts Pagefind cuts just after a closing quote or a 、 and just before an
    // opening quote on the real entries (8 of 91 excerpts before the search page trimmed them).
    const page = await site.browser.newPage();
    const excerpts: string[] = [];
    for (const query of ['党建', '小区党组织书记', '双报到', '书记', '党员']) {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await showWholeResultsPage(page, query);
      excerpts.push(...(await page.locator('.result-excerpt').allTextContents()));
    }
    expect(excerpts.length).toBeGreaterThan(40);
    // The ellipsis that says the page goes on is the search page's own; what Pagefind cut is inside it.
    const cut = excerpts.map((text) => text.replace(/^…|…$/gu, ''));
    expect(cut.filter((text) => /^[\s”’」』）》，。、；：！？]/u.test(text) || /[“‘「『（《]$/u.test(text))).toEqual([]);
    await page.close();
  });

  it('marks with an ellipsis where the page goes on before or after an excerpt', async () => {
    // A case page's indexed text begins with its number (案例 第 N 号) and ends with its last
    // paragraph; an excerpt shown from where its lead (the summary) starts cuts nothing off either.
    const page = await site.browser.newPage();
    const summaries = (await (await fetch(`${site.server.url}/api/cases.json`)).json() as { cases: { summary: string }[] }).cases.map((c) => c.summary);
    const excerpts: string[] = [];
    for (const query of ['党建', '书记', '案例']) {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await showWholeResultsPage(page, query);
      excerpts.push(...(await page.locator('.result-excerpt').allTextContents()));
    }
    expect(excerpts.filter((text) => text.startsWith('…')).length).toBeGreaterThan(10);
    const whole = excerpts.filter((text) => !text.startsWith('…'));
    const atPageStart = whole.filter((text) => /^(案例|简讯) 第\d+号/u.test(text));
    const atLead = whole.filter((text) => summaries.some((summary) => summary.startsWith(text.replace(/…$/u, '').slice(0, 12))));
    expect(atLead.length).toBeGreaterThan(0);
    expect(atPageStart.length + atLead.length).toBe(whole.length);
    await page.close();
  });

  it('gets from Pagefind, for a phrase on a page, the first occurrence outside the title (what the ranking of phrase hits reads)', async () => {
    // src/lib/phrase.ts (rankByFirstOccurrence) and docs/search.md describe this: if a Pagefind
    // upgrade reports the title's occurrence instead, both should say so.
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    const terms = queryTerms('社区经济');
    // A string, so that Vitest leaves the browser's dynamic import alone.
    const reported = (await page.evaluate(`(async () => {
      const pagefind = await import(document.querySelector('link[data-pagefind-script]').href);
      await pagefind.init();
      const hit = (await pagefind.search(${JSON.stringify(`"${terms.join(' ')}"`)})).results[0];
      const data = await hit.data();
      return { url: data.url, words: hit.words, content: data.content, leadAt: data.anchors.find((anchor) => anchor.id === 'lead').location };
    })()`)) as { url: string; words: number[]; content: string; leadAt: number };
    expect(reported.url).toBe('/cases/guangan-shequ-jingji/');
    const occurrences = matchedPositions(reported.content, terms, []).filter((_, i) => i % terms.length === 0);
    expect(occurrences[0]).toBeLessThan(reported.leadAt); // in the title
    expect(reported.words[0]).toBe(occurrences.find((at) => at >= reported.leadAt));
    await page.close();
  });

  it('does not repeat a result’s title in its excerpt when the lead below the title has the searched words', async () => {
    // 广安's first 党建 is early in its lead, right after its number and title: Pagefind's excerpt
    // began with 案例 第12号 and the title, which the result shows just above it.
    const page = await site.browser.newPage();
    const rows = [];
    for (const query of ['党建', '乡村振兴', '社区经济']) {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await showWholeResultsPage(page, query);
      rows.push(...(await page.locator('[data-results] > li').evaluateAll((items) => items.map((li) => ({ title: li.querySelector('.result-title')!.textContent!.trim(), excerpt: li.querySelector('.result-excerpt')!.innerHTML })))));
    }
    const guangan = rows.find((row) => row.title.startsWith('广安市广安区'))!;
    expect(guangan.excerpt).toMatch(/^四川省广安市广安区坚持“<mark>党建<\/mark>引领/u);
    expect(rows.filter((row) => row.excerpt.replace(/<\/?mark>|\s/g, '').includes(row.title.replace(/\s/g, '')))).toEqual([]);
    expect(rows.filter((row) => /^(…)?(案例|简讯) 第\d+号/u.test(row.excerpt))).toEqual([]);
    await page.close();
  });

  it('shows a case’s own text in an excerpt, not its row of facts and topics, and names a matched topic beside the result', async () => {
    // A search for a topic (红色物业, 区域化党建共建) found it first in the topics under each lead:
    // Pagefind's excerpts read …东丰县委组织部 2020年 城市基层党建 区域化党建共建 红色物业 数字化党建….
    const cases = (await (await fetch(`${site.server.url}/api/cases.json`)).json() as { cases: { url: string; region: { fullName: string }; organization: { unit: string }; tags: string[] }[] }).cases;
    const page = await site.browser.newPage();
    let tagged = 0;
    for (const query of ['红色物业', '区域化党建共建', '干部教育培训', '人才工作']) {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await showWholeResultsPage(page, query);
      const rows = await page.locator('[data-results] > li').evaluateAll((items) =>
        items.map((li) => ({ href: li.querySelector('.result-title a')!.getAttribute('href')!.split('?')[0]!, meta: li.querySelector('.result-meta')!.innerHTML, excerpt: li.querySelector('.result-excerpt')!.textContent! })),
      );
      for (const row of rows) {
        const entry = cases.find((c) => new URL(c.url).pathname === row.href)!;
        // The facts and topics in a row, as the page's text has them: region, unit; one topic after another.
        const rowsOfNames = [`${entry.region.fullName} ${entry.organization.unit}`, ...entry.tags.slice(1).map((tag, i) => `${entry.tags[i]} ${tag}`)];
        for (const names of rowsOfNames) expect(row.excerpt, `${query}: ${row.href}`).not.toContain(names);
        if (entry.tags.includes(query)) {
          tagged += 1;
          expect(row.meta, `${query}: ${row.href}`).toContain(`主题：<mark>${query}</mark>`);
        }
      }
    }
    expect(tagged).toBeGreaterThan(8);
    await page.close();
  });

  it('shows a heading, a key figure and its label apart in an excerpt, not run together', async () => {
    // 和林格尔's first key figure: 105个 with the label 2022年全县小区 and its quotation, under 关键数据.
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('105个')}`);
    await showWholeResultsPage(page, '105个');
    const excerpt = await page.locator('[data-results] li', { has: page.locator('a[href^="/cases/helingeer-shequ-gongzhi-tongxinyuan/"]') }).locator('.result-excerpt').first().textContent();
    expect(excerpt).toContain('关键数据 105个 2022年全县小区 “全县105个小区');
    await page.close();
  });

  it('does not find an entry by the editor’s notes on where its date or region comes from', async () => {
    // 大同's only 擂台赛 is in its date evidence, which quotes the 鸠江 article of the same issue.
    const page = await searchFor('擂台赛');
    await showWholeResultsPage(page, '擂台赛');
    const hrefs = await page.locator('[data-results] li .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((href) => href.startsWith('/cases/wuhu-jiujiang-shuji-leitaisai/'))).toBe(true);
    expect(hrefs.filter((href) => href.startsWith('/cases/datong-xiaoqu-zhibu/'))).toEqual([]);
    await page.close();
  });

  it('does not find an entry by what its page shows around it: the labels of its facts, the notes on inferred values, its source\'s title', async () => {
    // Every case page shows 地区 / 单位 / 时间 / 来源 and, where a value is inferred, （推断，见依据）;
    // no entry's own text says 推断, and 地区 and 时间 are in the text of few.
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('推断')}`);
    await page.waitForFunction(() => /没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.locator('[data-results] li').count()).toBe(0);
    for (const label of ['地区', '时间']) {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(label)}`);
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-results]')?.dataset.renderedQuery === q, label);
      const found = Number(/找到 (\d+) 条/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1]);
      expect(found, label).toBeGreaterThan(0);
      expect(found, label).toBeLessThan(readCaseSlugs().length / 2);
    }
    // 大同, 鸠江 and 广安 share a source, titled 大同市、鸠江区、广安市组织工作经验版面; only 广安's text names 广安.
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('广安')}`);
    await showWholeResultsPage(page, '广安');
    const hrefs = await page.locator('[data-results] li .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((href) => href.startsWith('/cases/guangan-shequ-jingji/'))).toBe(true);
    expect(hrefs.filter((href) => /^\/cases\/(datong-xiaoqu-zhibu|wuhu-jiujiang-shuji-leitaisai)\//.test(href))).toEqual([]);
    await page.close();
  });

  it('finds a number range as typed, and a number with the character after it where a longer word follows', async () => {
    // 辽源 says 2018—2019年; 东丰 says 2018至2019年度.
    const page = await site.browser.newPage();
    const results = async (query: string) => {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await showWholeResultsPage(page, query);
      const found = await page.locator('[data-results] li .result-title a').evaluateAll((links) =>
        links.map((a) => ({ slug: /\/cases\/([^/]+)\//.exec(a.getAttribute('href')!)![1], excerpt: a.closest('li')!.querySelector('.result-excerpt')?.innerHTML ?? '' })),
      );
      return { found, status: (await page.locator('[data-status]').textContent()) ?? '' };
    };
    const range = await results('2018—2019');
    expect(range.found[0]?.slug).toBe('liaoyuan-dangxiao-sitong-jiaoyu');
    expect(range.found[0]?.excerpt).toContain('<mark>2018—2019</mark>');
    expect(range.status).not.toContain('没有页面包含全部字词');
    const year = await results('2019年');
    expect(year.found.map((r) => r.slug).sort()).toEqual(['dongfeng-badatixi-baxiang-gongcheng', 'liaoyuan-dangxiao-sitong-jiaoyu']);
    expect(year.status).not.toMatch(/只是分别含有|没有页面包含全部字词/);
    expect(year.found.find((r) => r.slug === 'dongfeng-badatixi-baxiang-gongcheng')?.excerpt).toContain('<mark>2019年</mark>度');
    await page.close();
  });

  it('finds a phrase the page writes with quotation marks inside as typed without them, and marks it across them', async () => {
    // 原平 says 机关企事业单位、“两新”组织等; 辽源 says 的“四同”教育 (and its title …暨“四同”教育项目教学).
    const page = await searchFor('两新组织');
    await showWholeResultsPage(page, '两新组织');
    expect(await page.locator('[data-status]').textContent()).toBe('找到 1 条与“两新组织”相关的结果');
    const first = page.locator('[data-results] li').first();
    expect(await first.locator('.result-title a').getAttribute('href')).toMatch(/^\/cases\/yuanping-liujujiao-liuquebao\/\?hl=/);
    expect(await first.locator('.result-excerpt').innerHTML()).toContain('、“<mark>两新”组织</mark>等');
    await first.locator('.result-title a').click();
    await page.waitForSelector('mark.search-hit');
    expect(await page.locator('mark.search-hit').first().textContent()).toBe('两新”组织');
    // A comma still ends the phrase: no page says 单位两新 (单位、“两新”).
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('单位两新')}`);
    await showWholeResultsPage(page, '单位两新');
    // (The pages with 单位 and 两新 apart come first, the words cut where no page has 位两.)
    expect(await page.locator('[data-status]').textContent()).toMatch(/：没有页面含有完整的“单位两新”，前 \d+ 条分别含有“单位”“两新”/);
    // A wrongly picked character of such a phrase is read back as it (四桶 → 四同).
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('四桶教育')}`);
    await showWholeResultsPage(page, '四桶教育');
    expect(await page.locator('[data-status]').textContent()).toBe('找到 1 条与“四桶教育”相关的结果（已按同音的“四同教育”查找）。仍查“四桶教育”');
    expect(await page.locator('[data-results] li .result-title').first().innerHTML()).toContain('暨“<mark>四同”教育</mark>项目教学');
    // Pasted with its quotation marks: searched as one run, its marks nested in the status line's own.
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('开展“四同”教育')}`);
    await showWholeResultsPage(page, '开展“四同”教育');
    expect(await page.locator('[data-status]').textContent()).toMatch(/^找到 \d+ 条与“开展‘四同’教育”相关的结果；后 \d+ 条只是分别含有其中的词$/);
    expect(await page.locator('[data-results] li .result-title a').first().getAttribute('href')).toMatch(/^\/cases\/liaoyuan-dangxiao-sitong-jiaoyu\//);
    await page.close();
  });

  it('shows pages with a phrase\'s words apart after the pages with the whole phrase', async () => {
    // Only 辽源 says 干部培训; 兴安盟 is about 干部 … 精准培训.
    const page = await searchFor('干部培训');
    await showWholeResultsPage(page, '干部培训');
    const slugs = await page.locator('[data-results] li .result-title a').evaluateAll((links) => links.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href')!)![1]));
    expect(slugs[0]).toBe('liaoyuan-dangxiao-sitong-jiaoyu');
    expect(slugs).toContain('xinganmeng-ganbu-jingzhun-peixun');
    expect(await page.locator('[data-status]').textContent()).toContain(`后 ${slugs.length - 1} 条只是分别含有其中的词`);
    // Where the words-apart results begin, the list says so (the status line is off screen by then).
    const notes = await page.locator('[data-results] li .result-group').evaluateAll((found) => found.map((p) => [p.closest('li')!.querySelector('.result-title a')!.getAttribute('href')!.split('/')[2], p.textContent]));
    expect(notes).toEqual([[slugs[1], '以下结果不含完整的“干部培训”，只是分别含有其中的词：干部、培训']]);
    // The page opened from a result marks what it was found by: the phrase, or its words.
    const hl = async (slug: string) => new URL((await page.locator(`[data-results] li .result-title a[href^="/cases/${slug}/"]`).getAttribute('href'))!, site.server.url).searchParams.get('hl');
    expect(await hl('liaoyuan-dangxiao-sitong-jiaoyu')).toBe('干部培训');
    expect(await hl('xinganmeng-ganbu-jingzhun-peixun')).toBe('干部 培训');
    await page.close();
  });

  it('finds first the pages that have a run\'s words where no page has the run whole, then the closest, and says so', async () => {
    // A place and a topic typed together: 大同's case has 大同 and 小区, never 大同小区.
    const page = await searchFor('大同小区');
    await showWholeResultsPage(page, '大同小区');
    const links = page.locator('[data-results] li .result-title a');
    expect(await links.first().getAttribute('href')).toMatch(/^\/cases\/datong-xiaoqu-zhibu\/\?hl=/);
    expect(await page.locator('[data-status]').textContent()).toBe(`找到 ${await links.count()} 条与“大同小区”相关的结果：没有页面含有完整的“大同小区”，前 1 条分别含有“大同”“小区”，其余是最接近的结果`);
    // Then, as for a paraphrase, the pages with most of its terms; the list says where each group begins.
    const notes = await page.locator('[data-results] > li').evaluateAll((items) => items.map((item) => item.querySelector('.result-group')?.textContent ?? null));
    expect(notes.slice(0, 2)).toEqual(['以下结果不含完整的“大同小区”，只是分别含有其中的词：大同、小区', '以下结果不含全部字词，是最接近的结果']);
    expect(notes.slice(2).filter(Boolean)).toEqual([]);
    expect(new URL((await links.first().getAttribute('href'))!, site.server.url).searchParams.get('hl')).toBe('大同 小区');
    await page.close();
  });

  it('cuts a run into words where no page has its neighbouring characters, for places the segmenter does not know, and without a segmenter', async () => {
    // The segmenter cuts 鸠江擂台赛 into 鸠, 江, 擂台赛; no page has 江擂, so the words are 鸠江 and 擂台赛.
    for (const segmenter of [true, false]) {
      const page = await site.browser.newPage();
      if (!segmenter) await page.addInitScript(() => delete (Intl as { Segmenter?: unknown }).Segmenter);
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('鸠江擂台赛')}`);
      await showWholeResultsPage(page, '鸠江擂台赛');
      const links = page.locator('[data-results] li .result-title a');
      expect(await links.first().getAttribute('href')).toMatch(/^\/cases\/wuhu-jiujiang-shuji-leitaisai\/\?hl=/);
      expect(new URL((await links.first().getAttribute('href'))!, site.server.url).searchParams.get('hl')).toBe('鸠江 擂台赛');
      // Before, it read 没有页面包含全部字词，以下是最接近的结果: untrue, the page has both words.
      expect(await links.count()).toBe(1);
      expect(await page.locator('[data-status]').textContent(), `segmenter: ${segmenter}`).toBe('找到 1 条分别含有“鸠江”“擂台赛”的结果；没有页面含有完整的“鸠江擂台赛”');
      await page.close();
    }
  });

  it('ranks the closest pages for a paraphrase no page has as typed, and marks its words on them', async () => {
    // 回乡 is on no page; the case titled 大学生 comes before pages that mention 大学生 and 就业 in passing.
    const page = await searchFor('大学生回乡就业');
    await showWholeResultsPage(page, '大学生回乡就业');
    const first = page.locator('[data-results] li .result-title a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/cases\/yangquan-chengqu-daxuesheng-rencai-jiju\//);
    expect(await page.locator('[data-status]').textContent()).toContain('没有页面包含全部字词');
    // The page opens with the query's words marked, not the query itself, which it does not contain.
    const words = new URL((await first.getAttribute('href'))!, site.server.url).searchParams.get('hl')!.split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect('大学生回乡就业').toContain(word);
    await first.click();
    await page.waitForSelector('mark.search-hit');
    expect(await page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('finds what a question asks about whole, without its question words', async () => {
    // No page says 怎样发展社区经济; 广安's title says 发展社区经济.
    const page = await searchFor('怎样发展社区经济');
    await showWholeResultsPage(page, '怎样发展社区经济');
    const first = page.locator('[data-results] li .result-title a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/cases\/guangan-shequ-jingji\//);
    expect(new URL((await first.getAttribute('href'))!, site.server.url).searchParams.get('hl')).toBe('发展社区经济');
    expect(await page.locator('[data-status]').textContent()).not.toContain('没有页面包含全部字词');
    // Pages with the words apart follow; the question word is not one of them (no page has 怎样).
    const notes = await page.locator('[data-results] li .result-group').allTextContents();
    expect(notes).toEqual(['以下结果不含完整的“怎样发展社区经济”，只是分别含有其中的词：发展、社区、经济']);
    await page.close();
  });

  it('does not present pages as having all the words when one of them is on no page', async () => {
    // Pagefind drops 挣钱 (on no page) from the search and would return every page with 社区.
    const page = await searchFor('社区 挣钱');
    await showWholeResultsPage(page, '社区 挣钱');
    expect(await page.locator('[data-status]').textContent()).toContain('没有页面包含全部字词');
    await page.close();
  });

  it('finds a lone character where words start with it, as a full match', async () => {
    // 旗 is in 旗委, 旗县…: a prefix of the indexed words, never a word of its own there.
    const page = await searchFor('旗');
    await showWholeResultsPage(page, '旗');
    const status = await page.locator('[data-status]').textContent();
    expect(status).not.toContain('没有页面包含全部字词');
    // …and says that a lone character may find only part of the pages (at 5,000 entries it does).
    expect(status).toContain(ONE_CHARACTER_NOTE);
    expect(await page.locator('[data-results] li .result-title a[href^="/cases/wulatezhongqi-rencai-bianzhi-zhouzhuanchi/"]').count()).toBe(1);
    await page.close();
  });

  it('searches the library’s word of the same sound when the input method picked a character wrongly, and only then', async () => {
    const page = await site.browser.newPage();
    const tables: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) tables.push(pathname);
    });
    await page.goto(`${site.server.url}/search/`);
    // A query some page has whole downloads nothing more.
    await page.fill('input[name="q"]', '擂台赛');
    await showWholeResultsPage(page, '擂台赛');
    expect(tables).toEqual([]);
    await page.fill('input[name="q"]', '擂台塞');
    await showWholeResultsPage(page, '擂台塞');
    expect(await page.locator('[data-status]').textContent()).toBe('找到 2 条与“擂台塞”相关的结果（已按同音的“擂台赛”查找）。仍查“擂台塞”');
    const first = page.locator('[data-results] li .result-title a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/cases\/wuhu-jiujiang-shuji-leitaisai\/\?hl=/);
    // What is marked is the word the page has.
    expect(await first.locator('mark').allTextContents()).toEqual(['擂台赛']);
    expect(tables.sort()).toEqual(['/api/han-readings.json', '/api/pinyin.json']);
    // Quoted, it is searched as typed: the status line's link searches it so.
    await page.locator('[data-status] a').click();
    await showWholeResultsPage(page, '“擂台塞”');
    expect(await page.inputValue('input[name="q"]')).toBe('“擂台塞”');
    // Quoted by the status line once, not twice (“"擂台塞"”).
    expect(await page.locator('[data-status]').textContent()).toMatch(/^找到 2 条与“擂台塞”相关的结果。/);
    await page.fill('input[name="q"]', '"擂台塞"');
    await showWholeResultsPage(page, '"擂台塞"');
    expect(await page.locator('[data-status]').textContent()).not.toContain('同音');
    await page.close();
  });

  it('converts a Traditional query with only the part of the conversion table its characters need', async () => {
    const page = await site.browser.newPage();
    const tables: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/t2s/')) tables.push(pathname);
    });
    await page.goto(`${site.server.url}/search/`);
    await page.fill('input[name="q"]', '黨建引領');
    await page.waitForSelector('[data-results] li');
    expect(await page.locator('[data-status]').textContent()).toContain('已按简体“党建引领”查找');
    // 黨 and 領 are Traditional; no entry of the table starts with 建 or 引.
    expect(tables.sort()).toEqual(['黨', '領'].map((char) => `/${t2sShardFile(T2S_VERSION, t2sShardOf(char))}`).sort());
    await page.close();
  });

  it('tells the reader when a Traditional query could not be converted, and searches it as typed', async () => {
    const page = await site.browser.newPage();
    await page.route('**/t2s/**', (route) => route.abort());
    await page.goto(`${site.server.url}/search/`);
    await page.fill('input[name="q"]', '黨建');
    await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('data-rendered-query') === '黨建');
    expect(await page.locator('[data-status]').textContent()).toContain('繁简转换表没有载入');
    await page.close();
  });

  it('opens a page found by a synonym with the synonym marked, which is what the page says', async () => {
    // 东丰's case says 红心物业; 原平's says 红色物业, never 红心物业.
    const page = await searchFor('红心物业');
    await showWholeResultsPage(page, '红心物业');
    const hl = async (slug: string) => new URL((await page.locator(`[data-results] li .result-title a[href^="/cases/${slug}/"]`).getAttribute('href'))!, site.server.url).searchParams.get('hl');
    expect(await hl('dongfeng-badatixi-baxiang-gongcheng')).toBe('红心物业');
    expect(await hl('yuanping-liujujiao-liuquebao')).toBe('红色物业');
    await page.locator('[data-results] li .result-title a[href^="/cases/yuanping-liujujiao-liuquebao/"]').click();
    await page.waitForSelector('mark.search-hit');
    expect(await page.locator('mark.search-hit').first().textContent()).toBe('红色物业');
    await page.close();
  });

  it('without Intl.Segmenter, still finds the whole phrase, without errors', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.addInitScript(() => delete (Intl as { Segmenter?: unknown }).Segmenter);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('干部培训')}`);
    await showWholeResultsPage(page, '干部培训');
    const slugs = await page.locator('[data-results] li .result-title a').evaluateAll((links) => links.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href')!)![1]));
    expect(slugs[0]).toBe('liaoyuan-dangxiao-sitong-jiaoyu');
    expect(await page.evaluate(() => 'Segmenter' in Intl)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts the query in the URL so a search can be linked, and restores it from the URL', async () => {
    const page = await searchFor('社区经济');
    await page.waitForFunction(() => location.search.includes('q='));
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe('社区经济');
    const linked = await site.browser.newPage();
    await linked.goto(`${site.server.url}/search/?q=${encodeURIComponent('社区经济')}`);
    await linked.waitForSelector('[data-results] li');
    expect(await linked.inputValue('input[name="q"]')).toBe('社区经济');
    expect(await linked.locator('[data-results] li .result-title a[href^="/cases/guangan-shequ-jingji/"]').count()).toBe(1);
    await Promise.all([page.close(), linked.close()]);
  });

  it('opening a result highlights the searched words on the case page', async () => {
    const page = await searchFor('擂台赛');
    await page.locator('[data-results] li .result-title a').first().click();
    await page.waitForSelector('mark.search-hit');
    expect(new URL(page.url()).searchParams.get('hl')).toContain('擂台赛');
    const marked = await page.locator('mark.search-hit').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => text === '擂台赛')).toBe(true);
    await page.close();
  });

  it('marks in each result’s title the words the page it opens will mark', async () => {
    const page = await site.browser.newPage();
    const titles = async (query: string) => {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await showWholeResultsPage(page, query);
      return page.locator('[data-results] > li .result-title a').evaluateAll((links) =>
        links.map((a) => ({ marked: [...a.querySelectorAll('mark')].map((m) => m.textContent), hl: new URL(a.getAttribute('href')!, location.href).searchParams.get('hl')!.split(' ') })),
      );
    };
    const found = await titles('擂台赛');
    expect(found[0]!.marked).toEqual(['擂台赛']);
    // Every marked word is one the opened page marks (a synonym's result: the synonym).
    for (const query of ['擂台赛', '社区经济', '黨建引領', '怎样发展社区经济']) {
      for (const title of await titles(query)) for (const word of title.marked) expect(title.hl).toContain(word);
    }
    await page.close();
  });

  it('shows filter counts for the results of a query, and a filter narrows them', async () => {
    const page = await searchFor('擂台赛');
    const province = page.locator('[data-filters] fieldset', { hasText: '省份' });
    await province.waitFor();
    // 擂台赛 finds the 鸠江 entry (安徽) and, through its synonym 比武, the 乌拉特中旗 one (内蒙古).
    expect(await province.locator('label', { hasText: '安徽省' }).locator('.count').textContent()).toBe('1');
    // The counts describe the list on screen, synonym results included: one kind per entry.
    const kindCounts = await page.locator('[data-filters] fieldset', { hasText: '类型' }).locator('.count').allTextContents();
    const found = Number(/找到 (\d+) 条/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1]);
    expect(kindCounts.reduce((sum, count) => sum + Number(count), 0)).toBe(found);
    await province.locator('label', { hasText: '安徽省' }).locator('input').check();
    await page.waitForFunction(() => location.search.includes('province='));
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length === 1);
    expect(await page.locator('[data-results] > li .result-title a').getAttribute('href')).toMatch(/^\/cases\/wuhu-jiujiang-shuji-leitaisai\//);
    // Provinces are alternatives: the others stay on offer with what they would add.
    expect(Number(await province.locator('label', { hasText: '内蒙古自治区' }).locator('.count').textContent())).toBeGreaterThan(0);
    await page.close();
  });

  it('links a phrase hit to every section that has the phrase, not only the first', async () => {
    const page = await searchFor('擂台赛');
    const first = page.locator('[data-results] > li').first();
    const sections = await first.locator('.result-sections a').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!)));
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const href of sections) expect(href).toMatch(/^\/cases\/wuhu-jiujiang-shuji-leitaisai\/\?hl=[^#]+#\S+/);
    await page.close();
  });

  it('links a phrase that ends in a number to the sections that have it, the number followed by punctuation', async () => {
    // 大同: 覆盖率达到78% in the key figures, in 聚焦精准选配 … (达到78%，) and in 成效 (达到78%；).
    const page = await searchFor('覆盖率达到78%');
    const first = page.locator('[data-results] > li').first();
    await first.locator('.result-sections a').first().waitFor({ timeout: 5000 });
    const sections = await first.locator('.result-sections a').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!).split('#')[1]));
    expect(sections).toEqual(['figures-heading', '聚焦精准选配-注重人岗相适', '成效']);
    await page.close();
  });

  it('shows the first five results at once and loads the other five only when the reader scrolls to them', async () => {
    // Which fragment file holds which page, to see when those of results 6–10 are asked for.
    const fragmentDir = path.join('dist', 'pagefind', 'fragment');
    const fragmentOf = new Map(readdirSync(fragmentDir).map((name) => [readFragment(path.join(fragmentDir, name)).url, name]));
    const reference = await searchFor('党建');
    await showWholeResultsPage(reference, '党建');
    const hrefs = await reference.locator('[data-results] > li .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('?')[0]!));
    await reference.close();
    expect(hrefs).toHaveLength(10);
    const heldBack = new Set(hrefs.slice(5).map((href) => fragmentOf.get(href)!));

    const context = await site.browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true });
    const asked: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/pagefind/fragment/*', async (route) => {
      const name = route.request().url().split('/').pop()!;
      if (heldBack.has(name)) {
        asked.push(name);
        await released;
      }
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/`);
    await page.fill('input[name="q"]', '党建');
    await page.waitForSelector('[data-results][data-rendered-query="党建"]');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-results] > li').count()).toBe(5);
    expect(asked).toEqual([]);
    expect(await page.locator('[data-more]').isHidden()).toBe(true);
    // Scrolled to the fifth: the other five are asked for, and shown once they are in.
    await page.locator('[data-results] > li').nth(4).scrollIntoViewIfNeeded();
    await expect.poll(() => asked.length).toBe(5);
    expect(await page.locator('[data-results]').getAttribute('data-complete-query')).not.toBe('党建');
    release();
    await page.waitForSelector('[data-results][data-complete-query="党建"]');
    const all = await page.locator('[data-results] > li .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('?')[0]!));
    expect(all).toEqual(hrefs);
    await context.close();
  });

  it('asks for Pagefind together with the page, before the page’s own script is in, and only once', async () => {
    const context = await site.browser.newContext();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The search page's script is held back: only the page itself can ask for Pagefind meanwhile.
    await context.route(/\/_astro\/search\.astro[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const asked: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).pathname === pagefindScriptUrls(path.join('dist', 'pagefind')).script) asked.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('擂台赛')}`, { waitUntil: 'commit' });
    await expect.poll(() => asked.length, { timeout: 5_000 }).toBe(1);
    release();
    await page.waitForSelector('[data-results][data-rendered-query="擂台赛"]');
    expect(asked, 'the script’s import uses what the page fetched').toHaveLength(1);
    await context.close();
  });

  it('filters by province with counts, without a query', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?province=${encodeURIComponent('内蒙古自治区')}`);
    await page.waitForSelector('[data-results] li');
    const hrefs = await page.locator('[data-results] li .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => !href!.includes('datong'))).toBe(true);
    await page.close();
  });

  it('on a phone, leads from the results down to the filters and back; side by side it needs no such links', async () => {
    const inView = (page: import('playwright-core').Page, selector: string) =>
      page.locator(selector).first().evaluate((element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return top >= 0 && bottom <= innerHeight;
      });
    const phone = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    await phone.goto(`${site.server.url}/search/?q=${encodeURIComponent('党建')}`);
    await phone.waitForSelector('[data-filters] fieldset');
    expect(await inView(phone, '[data-filters] fieldset')).toBe(false);
    await phone.getByRole('link', { name: '按省份、主题、类型、年份筛选 ↓' }).click();
    await phone.waitForFunction(() => document.querySelector('[data-filters] fieldset')!.getBoundingClientRect().top < innerHeight);
    expect(await inView(phone, '[data-filters] legend')).toBe(true);
    const before = await phone.locator('[data-status]').textContent();
    await phone.locator('[data-filters] fieldset', { hasText: '省份' }).locator('label').first().click();
    await phone.waitForFunction((previous) => document.querySelector('[data-status]')!.textContent !== previous, before);
    await phone.getByRole('link', { name: '↑ 回到结果' }).click();
    await phone.waitForFunction(() => document.querySelector('[data-status]')!.getBoundingClientRect().top < innerHeight);
    expect(await inView(phone, '[data-status]')).toBe(true);
    await phone.close();

    const desktop = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await desktop.goto(`${site.server.url}/search/?q=${encodeURIComponent('党建')}`);
    await desktop.waitForSelector('[data-filters] fieldset');
    expect(await desktop.locator('[data-jump]').evaluateAll((links) => links.map((link) => getComputedStyle(link).display))).toEqual(['none', 'none']);
    await desktop.close();
  });
});

describe('case pages on a phone', () => {
  it('the table of contents is closed on a phone and every entry leads to a heading on the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/datong-xiaoqu-zhibu/`);
    const toc = page.locator('nav.case-toc details');
    expect(await toc.getAttribute('open')).toBeNull();
    await toc.locator('summary').click();
    const targets = await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(decodeURIComponent(id))), targets);
    expect(missing).toEqual([]);
    await context.close();
  });

  it('“下一篇” in the same province leads to another case of that province', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/cases/yangquan-chengqu-sishi-fenban/`);
    const group = page.locator('nav.case-nav section').first();
    expect(await group.locator('.group-title').textContent()).toContain('山西省');
    await group.locator('a[rel="next"], a[rel="prev"]').first().click();
    await page.waitForURL(/\/cases\/(?!yangquan-chengqu-sishi-fenban\/)[a-z0-9-]+\/$/);
    expect(await page.locator('nav.breadcrumb').textContent()).toContain('山西省');
    await page.close();
  });

  it('never scroll sideways at 375 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const slug of readCaseSlugs()) {
      await page.goto(`${site.server.url}/cases/${slug}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${slug}: ${overflow}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
