// The foundation's promises, checked in a real browser against the built site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/server.ts';
import { readCaseSlugs } from '../../src/lib/vocabulary.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer('dist');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function searchFor(query: string) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  await page.fill('input[name="q"]', query);
  await page.waitForSelector('[data-results] li');
  return page;
}

describe('search', () => {
  it('finds the 鸠江 擂台赛 case first for 擂台赛', async () => {
    const page = await searchFor('擂台赛');
    const first = await page.locator('[data-results] li .result-title a').first().getAttribute('href');
    expect(first).toMatch(/^\/cases\/wuhu-jiujiang-shuji-leitaisai\//);
    await page.close();
  });

  it('puts the query in the URL so a search can be linked, and restores it from the URL', async () => {
    const page = await searchFor('社区经济');
    await page.waitForFunction(() => location.search.includes('q='));
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe('社区经济');
    const linked = await browser.newPage();
    await linked.goto(`${server.url}/search/?q=${encodeURIComponent('社区经济')}`);
    await linked.waitForSelector('[data-results] li');
    expect(await linked.inputValue('input[name="q"]')).toBe('社区经济');
    expect(await linked.locator('[data-results] li .result-title a[href^="/cases/guangan-shequ-jingji/"]').count()).toBe(1);
    await Promise.all([page.close(), linked.close()]);
  });

  it('filters by province with counts, without a query', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?province=${encodeURIComponent('内蒙古自治区')}`);
    await page.waitForSelector('[data-results] li');
    const hrefs = await page.locator('[data-results] li .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => !href!.includes('datong'))).toBe(true);
    await page.close();
  });
});

describe('case pages on a phone', () => {
  it('never scroll sideways at 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const slug of readCaseSlugs()) {
      await page.goto(`${server.url}/cases/${slug}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${slug}: ${overflow}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
