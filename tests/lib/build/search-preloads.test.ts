import { describe, expect, it } from 'vitest';
import { facetTableMeta, fetchPreload, scriptPreload, withSearchPreloads } from '../../../src/lib/build/search-preloads.ts';

const page = (head: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}<title>搜索</title></head><body><h1>搜索案例</h1></body></html>`;
// As Astro writes it (src/pages/search.astro), and as the index step leaves it.
const SCRIPT = '<link rel="modulepreload" href="/pagefind/pagefind.js" data-pagefind-script="true">';
const NAMED = '/pagefind/pagefind.49b0358501.js';
const NAMED_SCRIPT = '<link rel="modulepreload" href="/pagefind/pagefind.49b0358501.js" data-pagefind-script>';
const URLS = ['/pagefind/pagefind.en_781ca9411d.pf_meta', '/pagefind/wasm.en_ccf429efc1.pagefind'];
const FACETS = '/pagefind/facets.40964140c6.json';

describe('the search page\'s preloads of Pagefind\'s files', () => {
  it('are fetch preloads, as the worker\'s fetch() asks, right after the preload of pagefind.js by its new name, and then the filter table\'s URL', () => {
    expect(scriptPreload(NAMED)).toBe(NAMED_SCRIPT);
    expect(withSearchPreloads(page(SCRIPT), URLS, FACETS, NAMED)).toBe(
      page(`${NAMED_SCRIPT}<link rel="preload" href="/pagefind/pagefind.en_781ca9411d.pf_meta" as="fetch" crossorigin><link rel="preload" href="/pagefind/wasm.en_ccf429efc1.pagefind" as="fetch" crossorigin><meta name="search-facets" content="/pagefind/facets.40964140c6.json">`),
    );
  });

  it('replace those of an earlier run of the index step rather than adding to them', () => {
    const once = withSearchPreloads(page(SCRIPT), ['/pagefind/pagefind.en_0000000000.pf_meta', URLS[1]!], '/pagefind/facets.0000000000.json', '/pagefind/pagefind.0000000000.js');
    const again = withSearchPreloads(once, URLS, FACETS, NAMED);
    expect(again).toBe(withSearchPreloads(page(SCRIPT), URLS, FACETS, NAMED));
    expect(again.match(/rel="preload"/g)).toHaveLength(2);
    expect(again.match(/name="search-facets"/g)).toHaveLength(1);
    expect(again).not.toContain('0000000000');
  });

  it('refuse a page without its one preload of pagefind.js, rather than go unnoticed', () => {
    expect(() => withSearchPreloads(page(''), URLS, FACETS, NAMED)).toThrow(/modulepreload/);
    expect(() => withSearchPreloads(page(SCRIPT + SCRIPT), URLS, FACETS, NAMED)).toThrow(/正好有一处/);
    expect(() => withSearchPreloads(page('<link rel="modulepreload" href="/pagefind/pagefind.js">'), URLS, FACETS, NAMED), 'a link not marked as Pagefind\'s').toThrow(/正好有一处/);
  });

  it('leave everything else on the page as it was', () => {
    const html = page(SCRIPT);
    expect(withSearchPreloads(html, URLS, FACETS, NAMED).replace(NAMED_SCRIPT + URLS.map(fetchPreload).join('') + facetTableMeta(FACETS), SCRIPT)).toBe(html);
  });
});
