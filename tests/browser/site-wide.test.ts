// Every built page in a real browser: accessibility (axe-core) at phone and desktop widths,
// no request to another host, and a search page that survives hostile input.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer } from './support/server.ts';
import { sitemapUrls } from '../../src/lib/build/site-counts.ts';
import { showWholeResultsPage } from './support/search-results.ts';
import { openSiteInChromium } from './support/site.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Every page of the sitemap plus the pages it leaves out on purpose. */
function allPaths(): string[] {
  const fromSitemap = sitemapUrls('dist').map((url) => new URL(url).pathname);
  return [...new Set([...fromSitemap, '/search/', '/search/?q=%E6%93%82%E5%8F%B0%E8%B5%9B', '/404.html', '/offline/'])];
}

const site = openSiteInChromium(() => startStaticServer('dist'));

async function settle(page: Page, path: string): Promise<void> {
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  // The search page renders its filters and results after loading the index.
  if (path.startsWith('/search/')) await showWholeResultsPage(page, new URL(path, site.server.url).searchParams.get('q') ?? '');
}

describe('accessibility', () => {
  for (const width of [375, 1280]) {
    it(`axe finds no violations on any page at ${width} px, in light and dark`, async () => {
      // bypassCSP only so that the axe script can be injected; the pages' own CSP is tested in dist.
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of allPaths()) {
          await settle(page, path);
          await page.evaluate(AXE_SOURCE);
          const violations = await page.evaluate(async () => {
            const result = await (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            });
            return result.violations.map((v) => `${v.id} @ ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          });
          problems.push(...violations.map((v) => `${scheme} ${path}: ${v}`));
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 600_000);
  }
});

describe('requests', () => {
  it('every request any page makes goes to the site itself', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== site.server.url && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(`${page.url()} → ${request.url()}`);
    });
    for (const path of allPaths()) await settle(page, path);
    await settle(page, `/search/?q=${encodeURIComponent('黨建')}`);
    expect(foreign).toEqual([]);
    await context.close();
  }, 300_000);

  it('the site publishes no Pagefind file that no page loads', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const loaded = new Set<string>();
    // Pagefind's worker fetches the wasm and the index: its requests are the page's too.
    page.on('request', (request) => loaded.add(new URL(request.url()).pathname));
    for (const path of allPaths()) await settle(page, path);
    const published = readdirSync('dist/pagefind', { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => `/pagefind/${entry.name}`);
    expect(published.length).toBeGreaterThan(3);
    expect(published.filter((file) => !loaded.has(file))).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('hostile queries', () => {
  const queries = ['', '*', '党'.repeat(10_000), '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '🙂🇨🇳党建', 'ＡＢＣ１２３', '\\', '%', '((((', '"'];

  it.each(queries.map((q) => [q.length > 40 ? `${q.slice(0, 20)}…(${q.length})` : q || '(empty)', q]))('%s: no exception, no console error, no dialog', async (_label, query) => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${site.server.url}/search/`);
    await page.fill('input[name="q"]', query);
    await page.waitForTimeout(600);
    await page.waitForFunction(() => !document.querySelector('[data-status]')?.textContent?.includes('正在载入'));
    expect(await page.locator('[data-results] img, [data-results] script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
