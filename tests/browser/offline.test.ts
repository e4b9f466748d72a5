// Reading without a network, in a real browser: the service worker (src/service-worker/sw.ts)
// keeps the pages a reader opens and a reading list saved on purpose, shows them offline as they
// looked online, asks the network first while there is one, and falls back to the kept copy when
// the line stalls. Offline is Chromium's own (context.setOffline), not a mock.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from './support/server.ts';
import { openSiteInChromium } from './support/site.ts';
import { scanQr } from './support/scan-qr.ts';
import { readCaseSlugs } from '../../src/lib/vocabulary.ts';
import { NETWORK_WAIT_MS, OFFLINE_CACHE } from '../../src/lib/offline.ts';
import { listUrl } from '../../src/lib/reading-list.ts';

const slugs = readCaseSlugs();
const [READ, UNREAD, ...rest] = slugs;
const LISTED = rest.slice(0, 3);
/** What the worker may download on a reader's first visit, in the background after the page has loaded. */
const WORKER_FIRST_VISIT_GZIP = 8 * 1024;

const site = openSiteInChromium(() => startStaticServer('dist'));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 AA and best-practice violations on the page as it is now, in light and dark. */
async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(AXE_SOURCE);
    const ids = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((violation) => violation.id);
    });
    found.push(...ids.map((id) => `${colorScheme}: ${id}`));
  }
  return found;
}

/** A phone-sized page; `forAxe` lifts the pages' CSP, only so that axe's script can be injected. */
async function phone({ forAxe = false } = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: forAxe });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/**
 * Waits until the worker keeps `path` (the page that registered it is kept when the worker starts)
 * and has started: the next page loaded is then the worker's.
 */
async function kept(page: Page, path: string): Promise<void> {
  const ready = () =>
    page.evaluate(
      async ([name, wanted]) => Boolean(await (await caches.open(name)).match(wanted)) && (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      [OFFLINE_CACHE, path] as const,
    );
  await expect.poll(ready, { timeout: 15_000, interval: 100 }).toBe(true);
}

const caseUrl = (slug: string) => `/cases/${slug}/`;

describe('pages a reader has opened', () => {
  it('open again without a network, as they looked; a page not kept shows what is', async () => {
    const { context, page, problems } = await phone({ forAxe: true });
    await page.goto(site.server.url + caseUrl(READ!));
    const title = await page.locator('h1').first().textContent();
    const look = () => page.evaluate(() => [getComputedStyle(document.querySelector('h1')!).color, getComputedStyle(document.body).backgroundColor, document.styleSheets.length]);
    const online = await look();
    await kept(page, caseUrl(READ!));

    await context.setOffline(true);
    await page.goto(site.server.url + caseUrl(READ!));
    expect(await page.locator('h1').first().textContent()).toBe(title);
    expect(await look()).toEqual(online);

    // A page never opened: the offline page, at that page's address, naming it and linking the kept one.
    await page.goto(site.server.url + caseUrl(UNREAD!));
    expect(page.url()).toBe(site.server.url + caseUrl(UNREAD!));
    await expect.poll(() => page.locator('[data-offline-list] a').count()).toBe(1);
    expect(await page.locator('[data-offline-missing]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-missing]').textContent()).toContain(caseUrl(UNREAD!));
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-offline-list] a').click();
    await page.waitForURL(site.server.url + caseUrl(READ!));
    expect(await page.locator('h1').first().textContent()).toBe(title);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('are asked of the network first while there is one, so an update shows at once', async () => {
    const { context, page } = await phone();
    await page.goto(site.server.url + caseUrl(READ!));
    await kept(page, caseUrl(READ!));
    const asked = () => site.server.requests.filter((path) => path === caseUrl(READ!)).length;
    const before = asked();
    await page.goto(site.server.url + caseUrl(READ!));
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true); // the worker answered
    expect(asked()).toBe(before + 1);
    await context.close();
  });

  it(`are shown from the device when the line stalls, after ${NETWORK_WAIT_MS / 1000} s`, async () => {
    const { context, page } = await phone();
    await page.goto(site.server.url + caseUrl(READ!));
    const title = await page.locator('h1').first().textContent();
    await kept(page, caseUrl(READ!));
    site.server.stalled.add(caseUrl(READ!));
    try {
      const started = Date.now();
      await page.goto(site.server.url + caseUrl(READ!), { timeout: 20_000 });
      const waited = Date.now() - started;
      expect(await page.locator('h1').first().textContent()).toBe(title);
      expect(waited).toBeGreaterThanOrEqual(NETWORK_WAIT_MS - 100);
    } finally {
      site.server.stalled.delete(caseUrl(READ!));
    }
    await context.close();
  });
});

describe('the worker', () => {
  it(`downloads ≤ ${WORKER_FIRST_VISIT_GZIP / 1024} KB gzip on a first visit, after the page has loaded`, async () => {
    const { context, page } = await phone();
    const start = site.server.requests.length;
    await page.goto(site.server.url + caseUrl(READ!), { waitUntil: 'load' });
    const byPage = site.server.requests.length;
    await kept(page, caseUrl(READ!));
    // The registration runs on `load`, so /sw.js may reach the server before goto() returns: it is the worker's whatever its place.
    const pageRequests = new Set(site.server.requests.slice(start, byPage).filter((path) => path !== '/sw.js'));
    const workerRequests = [...new Set(site.server.requests.slice(start))].filter((path) => !pageRequests.has(path) && path !== '/favicon.svg');
    const bytes = workerRequests.reduce((sum, path) => sum + gzipSync(readFileSync(path.endsWith('/') ? `dist${path}index.html` : `dist${path}`)).length, 0);
    console.log(`离线阅读：首次访问时后台多下载 ${bytes} 字节（gzip）：${workerRequests.join(' ')}`);
    expect(workerRequests).toContain('/sw.js');
    expect(workerRequests).toContain('/offline/');
    expect(bytes).toBeLessThanOrEqual(WORKER_FIRST_VISIT_GZIP);
    await context.close();
  });

  it('leaves Pagefind’s files to the browser: a search goes to the network as before', async () => {
    const { context, page } = await phone();
    await page.goto(site.server.url + caseUrl(READ!));
    await kept(page, caseUrl(READ!));
    const pagefind: { url: string; viaWorker: boolean }[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) pagefind.push({ url: response.url(), viaWorker: response.fromServiceWorker() });
    });
    await page.goto(site.server.url + '/search/?q=' + encodeURIComponent('擂台赛'));
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true); // the page is the worker's
    await page.waitForSelector('[data-results] > li', { timeout: 15_000 });
    expect(pagefind.length).toBeGreaterThan(0);
    expect(pagefind.filter((response) => response.viaWorker)).toEqual([]);
    await context.close();
  });

  it('drops, when it starts, the bundles no kept page needs (an update renames them), and keeps those one does', async () => {
    const { context, page } = await phone();
    // Left by an earlier version of the site, put there from the search page, which starts no worker.
    await page.goto(site.server.url + '/search/', { waitUntil: 'load' });
    await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      const file = (body: string, type: string) => new Response(body, { headers: { 'content-type': type } });
      await cache.put('/_astro/stale.Old1.js', file('export{}', 'text/javascript'));
      await cache.put('/cases/kept-earlier/', file('<link rel="stylesheet" href="/_astro/used.Old2.css"><script type="module" src="/_astro/used.Old3.js"></script>', 'text/html'));
      await cache.put('/_astro/used.Old2.css', file('body{}', 'text/css'));
      await cache.put('/_astro/used.Old3.js', file('import"./used.Old4.js";', 'text/javascript'));
      await cache.put('/_astro/used.Old4.js', file('export{}', 'text/javascript'));
    }, OFFLINE_CACHE);
    await page.goto(site.server.url + caseUrl(READ!));
    await kept(page, caseUrl(READ!));
    const paths = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), OFFLINE_CACHE);
    expect(paths).not.toContain('/_astro/stale.Old1.js');
    expect(paths).toEqual(expect.arrayContaining(['/cases/kept-earlier/', '/_astro/used.Old2.css', '/_astro/used.Old3.js', '/_astro/used.Old4.js', caseUrl(READ!), '/offline/']));
    await context.close();
  });

  it('lets a kept search page say, offline, that search needs the network, and where the kept cases are', async () => {
    const { context, page, problems } = await phone();
    await page.goto(site.server.url + caseUrl(READ!));
    await kept(page, caseUrl(READ!));
    await page.goto(site.server.url + '/search/');
    await kept(page, '/search/');
    await context.setOffline(true);
    const offline = await context.newPage();
    offline.on('pageerror', (error) => problems.push(error.message));
    await offline.goto(site.server.url + '/search/?q=' + encodeURIComponent('擂台赛'));
    await expect.poll(() => offline.locator('[data-status]').textContent(), { timeout: 15_000 }).toContain('没有网络，搜索用不了');
    await offline.locator('[data-status] a').click();
    await expect.poll(() => offline.locator('[data-offline-list] a').allTextContents()).toHaveLength(1);
    // Pagefind 1.6's worker also leaves the failed load of its metadata unhandled (in
    // PagefindInstance.loadEntry, inside pagefind-worker.js, where no script of ours runs); the
    // page's own handling of the failure is what is shown above.
    expect(problems.filter((message) => message !== 'Failed to load Pagefind metadata')).toEqual([]);
    await context.close();
  });

  it('is not started by the search page, where it would share the cores with a first search', async () => {
    const { context, page } = await phone();
    await page.goto(site.server.url + '/search/?q=' + encodeURIComponent('擂台赛'), { waitUntil: 'load' });
    await page.waitForSelector('[data-results] > li', { timeout: 15_000 });
    await page.waitForTimeout(1000);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    // The next page opened starts it.
    await page.goto(site.server.url + caseUrl(READ!));
    await kept(page, caseUrl(READ!));
    await context.close();
  });
});

describe('a reading list saved with 离线保存', () => {
  it('opens without a network with its cases, its QR code and its cards; 清除 forgets them', async () => {
    const { context, page, problems } = await phone();
    const address = listUrl(LISTED, '第三讲');
    await page.goto(site.server.url + address);
    await page.locator('[data-list-offline]').click();
    await expect.poll(() => page.locator('[data-list-status]').textContent(), { timeout: 30_000 }).toContain(`其中 ${LISTED.length} 个案例`);
    expect(await page.locator('[data-list-offline]').isDisabled()).toBe(false);
    const titles = await page.locator('[data-list-items] h2').allTextContents();
    expect(titles).toHaveLength(LISTED.length);
    // Every bundle the list page loaded is on the device, the QR encoder loaded on demand included:
    // offline, the browser's HTTP cache may hold them too, but nothing says for how long.
    const notKept = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      const bundles = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => new URL(url).pathname.startsWith('/_astro/'));
      const missing = [];
      for (const bundle of bundles) if (!(await cache.match(bundle))) missing.push(new URL(bundle).pathname);
      return { bundles: bundles.length, missing };
    }, OFFLINE_CACHE);
    expect(notKept.bundles).toBeGreaterThan(3);
    expect(notKept.missing).toEqual([]);

    await context.setOffline(true);
    const offline = await context.newPage();
    offline.on('pageerror', (error) => problems.push(error.message));
    await offline.goto(site.server.url + address);
    await expect.poll(() => offline.locator('[data-list-items] h2').allTextContents()).toEqual(titles);
    expect(await offline.locator('h1').textContent()).toBe('第三讲');
    await offline.waitForSelector('[data-list-qr] svg');
    expect(new URL((await scanQr(offline.locator('[data-list-qr] svg')))!).pathname).toBe('/list/');

    // A case of the list, never opened in this browser, and the list's cards.
    await offline.goto(site.server.url + caseUrl(LISTED[1]!));
    expect(await offline.locator('h1').first().textContent()).toBe(titles[1]!.replace(/^\d+\.\s*/, ''));
    await offline.goto(site.server.url + '/list/cards/' + new URL(address, site.server.url).search);
    await expect.poll(() => offline.locator('main h2').count()).toBe(LISTED.length);

    // The offline page names the list and opens it.
    await offline.goto(site.server.url + '/offline/');
    await expect.poll(() => offline.locator('[data-offline-list] a').count()).toBe(LISTED.length);
    expect(await offline.locator('[data-offline-lists] a').allTextContents()).toEqual([`第三讲（${LISTED.length} 个案例）`]);
    await offline.locator('[data-offline-lists] a').click();
    await expect.poll(() => offline.locator('[data-list-items] h2').allTextContents()).toEqual(titles);
    expect(new URL(offline.url()).pathname).toBe('/list/');
    await offline.goto(site.server.url + '/offline/');
    await expect.poll(() => offline.locator('[data-offline-list] a').count()).toBe(LISTED.length);
    await offline.locator('[data-offline-clear]').click();
    await expect.poll(() => offline.locator('[data-offline-status]').textContent()).toContain('还没有保存案例');
    expect(await offline.locator('[data-offline-lists]').isVisible()).toBe(false);
    await offline.goto(site.server.url + caseUrl(LISTED[0]!));
    expect(await offline.locator('[data-offline-missing]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a course saved with 离线保存', () => {
  it('opens without a network with its cards and cases, and is named on the offline page', async () => {
    const { context, page, problems } = await phone();
    const [courseFile] = readdirSync('content/courses').filter((name) => name.endsWith('.yaml'));
    const courseAddress = `/courses/${courseFile!.replace(/\.yaml$/, '')}/`;
    await page.goto(site.server.url + courseAddress);
    const title = await page.locator('h1').textContent();
    const caseLinks = await page.locator('.readings h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    await page.locator('button[data-offline-save]').click();
    await expect.poll(() => page.locator('[data-offline-save-status]').textContent(), { timeout: 30_000 }).toContain(`本课程和其中 ${caseLinks.length} 个案例`);

    await context.setOffline(true);
    const offline = await context.newPage();
    offline.on('pageerror', (error) => problems.push(error.message));
    await offline.goto(site.server.url + courseAddress);
    expect(await offline.locator('h1').textContent()).toBe(title);
    await offline.goto(site.server.url + courseAddress + 'cards/');
    expect(await offline.locator('h1').textContent()).toBe(`${title} · 案例卡`);
    expect(await offline.locator('article.handout').count()).toBe(caseLinks.length);
    await offline.goto(site.server.url + caseLinks.at(-1)!);
    expect(await offline.locator('h1').first().textContent()).not.toBe('离线阅读');
    await offline.goto(site.server.url + '/offline/');
    await expect.poll(() => offline.locator('[data-offline-lists] a').allTextContents()).toEqual([`${title}（${caseLinks.length} 个案例）`]);
    await offline.locator('[data-offline-lists] a').click();
    await offline.waitForURL(site.server.url + courseAddress);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a browser without service workers (WeChat on an iPhone)', () => {
  it('reads as before, and says why it cannot keep pages where it is asked to', async () => {
    const { context, page, problems } = await phone();
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    await page.goto(site.server.url + caseUrl(READ!), { waitUntil: 'load' });
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    await page.goto(site.server.url + listUrl(LISTED));
    await page.locator('[data-list-offline]').click();
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toContain('这个浏览器不能离线保存页面');
    await page.goto(site.server.url + '/offline/');
    await expect.poll(() => page.locator('[data-offline-status]').textContent()).toContain('这个浏览器不能离线保存页面');
    expect(await page.locator('[data-offline-clear]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
