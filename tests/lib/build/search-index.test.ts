import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, facetTableUrl, joinFigureUnits, nameScriptsByContent, pagefindScriptUrls, pagefindStartUrls, searchBodyOf, writeFacetTable } from '../../../src/lib/build/search-index.ts';
import { toIndexHtml, toIndexText } from '../../../src/lib/search-tokens.ts';
import { decodeFacetFile } from '../../../src/lib/search-facets.ts';

describe('joinFigureUnits', () => {
  it('indexes a key figure\'s unit beside its number, as the same figure in running text', () => {
    const figure = toIndexHtml(joinFigureUnits('<li class="figure"><div class="value">1381<small class="unit">名</small></div><div class="label">选配书记</div></li>'));
    const words = figure.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);
    const runningText = toIndexText('选配书记1381名。').split(/\s+/).filter(Boolean);
    expect(words.slice(0, 2)).toEqual(runningText.slice(runningText.indexOf('1381'), runningText.indexOf('1381') + 2));
  });
});

describe('searchBodyOf', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>页</title></head><body><nav>导航</nav><main>${body}<aside>相关案例</aside></main></body></html>`;

  it('keeps only the element with data-pagefind-body, with its attributes', () => {
    const body = '<article class="case" data-pagefind-body data-pagefind-filter="kind:案例"><h1 id="t">标题</h1><p>正文</p></article>';
    const out = searchBodyOf(page(body));
    expect(out).toContain(body);
    expect(out).not.toContain('导航');
    expect(out).not.toContain('相关案例');
    expect(out).toMatch(/^<!doctype html><html lang="zh-CN">/);
  });

  it('balances nested elements of the same name', () => {
    const body = '<article data-pagefind-body><article><p>内层</p></article><p>外层结尾</p></article>';
    expect(searchBodyOf(page(body))).toContain(`${body}</body>`);
  });

  it('leaves a page without a search body as it is', () => {
    expect(searchBodyOf(page('<p>列表</p>'))).toBe(page('<p>列表</p>'));
  });
});

describe('writeFacetTable', () => {
  const fragment = (page: object) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(page))]));

  it("writes every fragment's filters under the fragment's id, beside Pagefind's files", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'facets-'));
    try {
      mkdirSync(path.join(dir, 'fragment'));
      writeFileSync(path.join(dir, 'fragment', 'en_b2.pf_fragment'), fragment({ url: '/cases/b/', filters: { province: ['山西省'], kind: ['案例'] } }));
      writeFileSync(path.join(dir, 'fragment', 'en_a1.pf_fragment'), fragment({ url: '/cases/a/', filters: { province: ['安徽省'], kind: ['案例'] } }));
      const { table, url } = writeFacetTable(dir);
      expect(url).toBe(facetTableUrl(dir));
      const json = readFileSync(path.join(dir, path.basename(url)), 'utf8');
      expect(decodeFacetFile(JSON.parse(json))).toEqual(table);
      // Cached for a year: named by its contents.
      expect(url).toBe(`/pagefind/facets.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`);
      expect(Object.keys(table.pages)).toEqual(['en_a1', 'en_b2']);
      expect(table.pages['en_b2']!.map((index) => table.values[index])).toEqual([
        ['province', '山西省'],
        ['kind', '案例'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a Pagefind fragment', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'facets-'));
    try {
      mkdirSync(path.join(dir, 'fragment'));
      writeFileSync(path.join(dir, 'fragment', 'en_x.pf_fragment'), gzipSync('{"filters":{}}'));
      expect(() => writeFacetTable(dir)).toThrow(/不是 Pagefind 片段文件/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nameScriptsByContent', () => {
  const withScripts = (script: string, run: (dir: string) => void) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pagefind-scripts-'));
    try {
      writeFileSync(path.join(dir, 'pagefind.js'), script);
      writeFileSync(path.join(dir, 'pagefind-worker.js'), 'onmessage = () => {};');
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('names the worker, then pagefind.js with the worker\'s new name in it, by their contents', () => {
    const source = 'const workerUrl=`${basePath}pagefind-worker.js`;';
    withScripts(source, (dir) => {
      const { script, worker } = nameScriptsByContent(dir);
      expect(worker).toMatch(/^\/pagefind\/pagefind-worker\.[0-9a-f]{10}\.js$/);
      expect(script).toMatch(/^\/pagefind\/pagefind\.[0-9a-f]{10}\.js$/);
      expect(readFileSync(path.join(dir, path.basename(script)), 'utf8')).toBe(source.replace('pagefind-worker.js', path.basename(worker)));
      expect(readdirSync(dir).sort()).toEqual([path.basename(worker), path.basename(script)].sort());
      expect(pagefindScriptUrls(dir)).toEqual({ script, worker });
    });
  });

  it('refuses a pagefind.js that does not name its worker exactly once (another Pagefind version)', () => {
    withScripts('new Worker(url)', (dir) => expect(() => nameScriptsByContent(dir)).toThrow(/正好有一处 pagefind-worker\.js/));
    withScripts('"pagefind-worker.js" || "pagefind-worker.js"', (dir) => expect(() => nameScriptsByContent(dir)).toThrow(/而有 2 处/));
  });
});

describe('buildSearchIndex', () => {
  const casePage = (title: string) =>
    `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body data-pagefind-filter="kind:案例"><h1>${title}</h1><p>支部建在小区</p></article></body></html>`;
  const searchPage = '<!doctype html><html lang="zh-CN"><head><link rel="modulepreload" href="/pagefind/pagefind.js" data-pagefind-script="true"></head><body></body></html>';
  /** Every file under dist/pagefind, relative to it. */
  const pagefindFiles = (dist: string) => (readdirSync(path.join(dist, 'pagefind'), { recursive: true }) as string[]).filter((file) => file.includes('.')).sort();

  it('writes the index afresh, so that indexing a site again leaves none of the last index\'s files', async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    try {
      mkdirSync(path.join(dist, 'cases', 'a'), { recursive: true });
      mkdirSync(path.join(dist, 'search'));
      writeFileSync(path.join(dist, 'cases', 'a', 'index.html'), casePage('大同'));
      writeFileSync(path.join(dist, 'search', 'index.html'), searchPage);
      await buildSearchIndex(dist);
      const firstMeta = pagefindStartUrls(path.join(dist, 'pagefind'))[0];
      mkdirSync(path.join(dist, 'cases', 'b'));
      writeFileSync(path.join(dist, 'cases', 'b', 'index.html'), casePage('鸠江'));
      expect((await buildSearchIndex(dist)).pages).toBe(2);
      const pagefindDir = path.join(dist, 'pagefind');
      const [meta, wasm] = pagefindStartUrls(pagefindDir);
      expect(meta, 'a new index, a new name').not.toBe(firstMeta);
      const files = pagefindFiles(dist);
      expect(files.filter((file) => file.endsWith('.pf_meta') || file.startsWith('wasm.'))).toEqual([path.basename(meta!), path.basename(wasm!)].sort());
      expect(files.filter((file) => file.endsWith('.pf_fragment'))).toHaveLength(2);
      const facets = facetTableUrl(pagefindDir);
      expect(files.filter((file) => file.startsWith('facets.'))).toEqual([path.basename(facets)]);
      const { script, worker } = pagefindScriptUrls(pagefindDir);
      expect(files.filter((file) => file.endsWith('.js')), 'Pagefind\'s scripts by their new names only').toEqual([path.basename(worker), path.basename(script)].sort());
      // The search page names this index's files, once.
      const page = readFileSync(path.join(dist, 'search', 'index.html'), 'utf8');
      expect(page.match(/rel="preload" href="[^"]+"/g)).toEqual([meta, wasm].map((url) => `rel="preload" href="${url}"`));
      expect(page.match(/name="search-facets" content="[^"]+"/g)).toEqual([`name="search-facets" content="${facets}"`]);
      expect(page.match(/rel="modulepreload" href="[^"]+"/g)).toEqual([`rel="modulepreload" href="${script}"`]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});
