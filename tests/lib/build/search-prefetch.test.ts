import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchPageFiles, withSearchPrefetch } from '../../../src/lib/build/search-prefetch.ts';
import { PREFETCH_ATTRIBUTE, parsePrefetchList } from '../../../src/lib/search-prefetch.ts';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  dist = mkdtempSync(path.join(os.tmpdir(), 'anliku-prefetch-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), text);
  }
  return dist;
}

const SEARCH_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="alternate" type="application/atom+xml" title="新收录" href="/feed.xml">
<script src="/reader-prefs.js"></script>
<link rel="modulepreload" href="/pagefind/pagefind.49b0358501.js" data-pagefind-script><link rel="preload" href="/pagefind/pagefind.en_781ca9411d.pf_meta" as="fetch" crossorigin><meta name="search-facets" content="/pagefind/facets.40964140c6.json">
<link rel="stylesheet" href="/_astro/BaseLayout.a.css"><title>搜索</title></head>
<body><h1>搜索案例</h1><script type="module" src="/_astro/search.b.js"></script></body></html>`;

describe('the files the search page loads before its first results', () => {
  it('are its stylesheets, module scripts and preloads, the modules those import statically, Pagefind\'s worker and, last, the filter table it names', async () => {
    site({
      'search/index.html': SEARCH_PAGE,
      '_astro/search.b.js': 'import{n as e}from"./html.c.js";import"./side.d.js";const t=()=>import("./t2s.e.js");e(t);',
      '_astro/html.c.js': 'import{x}from"./escape.f.js";export const n=x;',
      '_astro/side.d.js': 'document.title;',
      '_astro/escape.f.js': 'export const x=1;',
    });
    expect(await searchPageFiles(dist, '/pagefind/pagefind-worker.78115e3651.js')).toEqual([
      '/pagefind/pagefind.49b0358501.js',
      '/pagefind/pagefind.en_781ca9411d.pf_meta',
      '/_astro/BaseLayout.a.css',
      '/_astro/search.b.js',
      '/_astro/html.c.js',
      '/_astro/side.d.js',
      '/_astro/escape.f.js',
      '/pagefind/pagefind-worker.78115e3651.js',
      // Last: a query's first results do not wait for it.
      '/pagefind/facets.40964140c6.json',
    ]);
  });

  it('leave out what the page loads only for some queries (a dynamic import) and what every page has (icon, feed, classic script)', async () => {
    site({ 'search/index.html': SEARCH_PAGE, '_astro/search.b.js': 'const t=()=>import("./t2s.e.js");' });
    const files = await searchPageFiles(dist, '/pagefind/pagefind-worker.78115e3651.js');
    for (const url of ['/_astro/t2s.e.js', '/favicon.svg', '/feed.xml', '/reader-prefs.js']) expect(files).not.toContain(url);
  });

  it('refuse a script the page names but the build did not write', async () => {
    site({ 'search/index.html': SEARCH_PAGE });
    await expect(searchPageFiles(dist, '/pagefind/pagefind-worker.78115e3651.js')).rejects.toThrow(/search\.b\.js/);
  });
});

describe('a search box\'s list of files to prefetch', () => {
  const box = (value: string) => `<main><form class="search-box" action="/search/" ${PREFETCH_ATTRIBUTE}="${value}"><input name="q"></form></main>`;
  const URLS = ['/pagefind/pagefind.js', '/_astro/search.b.js'];

  it('is written into the box\'s form and read back as it was written', () => {
    const html = withSearchPrefetch(box(''), URLS);
    expect(html).toBe(box('/pagefind/pagefind.js /_astro/search.b.js'));
    expect(parsePrefetchList(/data-search-prefetch="([^"]*)"/.exec(html)![1]!)).toEqual(URLS);
  });

  it('replaces the list of an earlier run of the index step', () => {
    expect(withSearchPrefetch(withSearchPrefetch(box(''), ['/old.js']), URLS)).toBe(withSearchPrefetch(box(''), URLS));
  });

  it('is refused for a page without exactly one such box', () => {
    expect(() => withSearchPrefetch('<main></main>', URLS)).toThrow(/正好有一个/);
    expect(() => withSearchPrefetch(box('') + box(''), URLS)).toThrow(/有 2 个/);
  });

  it('reads as empty when the index step has not filled it in, and keeps only site paths', () => {
    expect(parsePrefetchList('')).toEqual([]);
    expect(parsePrefetchList(null)).toEqual([]);
    expect(parsePrefetchList('/a.js  https://cdn.example/b.js //cdn.example/c.js /c.css')).toEqual(['/a.js', '/c.css']);
  });
});
