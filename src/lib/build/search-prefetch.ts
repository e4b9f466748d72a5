// The search boxes on the home page and the 404 page send the reader to the search page, which then
// loads its own script, Pagefind, Pagefind's index metadata and wasm and our filter table (~190 KB at
// 5,000 entries) before it can show a result: on a slow line, seconds after the reader pressed 搜索.
// A reader who starts typing in such a box has started a search, so the box asks the browser to
// prefetch those files while the query is typed (src/scripts/search-prefetch.ts). Which files the
// search page loads is known only once the site is built (hashed names, the index's names): the index
// step lists them here and writes the list into each box (search-index.ts).
import { init, parse } from 'es-module-lexer';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PREFETCH_ATTRIBUTE, formatPrefetchList } from '../search-prefetch.ts';
import { FACET_TABLE_META } from '../search-facets.ts';

const attributeOf = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const isSitePath = (url: string | undefined): url is string => !!url?.startsWith('/') && !url.startsWith('//');

/** The page's own files its HTML asks for: stylesheets, module scripts, module and fetch preloads. */
function pageFilesOf(html: string): string[] {
  const files: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const url = tag.startsWith('<link')
      ? /^(stylesheet|modulepreload|preload)$/.test(attributeOf(tag, 'rel') ?? '') ? attributeOf(tag, 'href') : undefined
      : attributeOf(tag, 'type') === 'module' ? attributeOf(tag, 'src') : undefined;
    if (isSitePath(url)) files.push(url);
  }
  return files;
}

/** The filter table the page's script fetches, named in a <meta> (FACET_TABLE_META). */
function facetTableOf(html: string): string | undefined {
  const tag = [...html.matchAll(/<meta\b[^>]*>/g)].find(([meta]) => attributeOf(meta, 'name') === FACET_TABLE_META)?.[0];
  const url = tag && attributeOf(tag, 'content');
  return isSitePath(url) ? url : undefined;
}

/** A module's static imports (`import … from "./x.js"`), as site paths; dynamic import() is left out. */
function staticImportsOf(moduleUrl: string, source: string): string[] {
  const [imports] = parse(source);
  return imports.filter((entry) => entry.d === -1 && entry.n?.startsWith('.')).map((entry) => new URL(entry.n!, `https://site${moduleUrl}`).pathname);
}

/**
 * What the search page loads, other than what depends on the query: the files its HTML asks for,
 * the modules its scripts import statically and Pagefind's worker (`worker`), then the filter table, which a
 * query's first results do not wait for (src/scripts/search-page.ts): when the reader presses
 * Enter before everything has arrived, what those results need has come first (typing for 1 s
 * at 20,000 entries over Fast 3G, Enter to the first screen ~0.3 s sooner than with the table
 * fourth). Not pagefind-entry.json, which Pagefind asks for with a new ?ts= each time: a
 * prefetched copy would never be used.
 */
export async function searchPageFiles(distDir: string, worker: string): Promise<string[]> {
  const html = readFileSync(path.join(distDir, 'search', 'index.html'), 'utf8');
  const files = new Set(await pageLoadFiles(distDir, html));
  files.add(worker);
  const facetTable = facetTableOf(html);
  if (facetTable) files.add(facetTable);
  return [...files];
}

/** The files a built page loads before any script runs: those its HTML asks for and the modules its scripts import statically. */
export async function pageLoadFiles(distDir: string, html: string): Promise<string[]> {
  await init;
  const files = new Set(pageFilesOf(html));
  for (const url of files) {
    // Only our bundles: pagefind.js starts its worker with new Worker() and imports nothing itself.
    if (!url.startsWith('/_astro/') || !url.endsWith('.js')) continue;
    const file = path.join(distDir, url);
    if (!existsSync(file)) throw new Error(`页面要载入的 ${url} 不在构建结果里`);
    for (const imported of staticImportsOf(url, readFileSync(file, 'utf8'))) files.add(imported);
  }
  return [...files];
}

const PREFETCH_LIST = new RegExp(`\\s${PREFETCH_ATTRIBUTE}="[^"]*"`, 'g');

/** A page's HTML with the list of files in its search box's prefetch attribute (replacing an earlier list). */
export function withSearchPrefetch(html: string, urls: readonly string[]): string {
  const boxes = html.match(PREFETCH_LIST)?.length ?? 0;
  if (boxes !== 1) throw new Error(`页面里应当正好有一个带 ${PREFETCH_ATTRIBUTE} 的搜索框（src/components/SearchBox.astro），而有 ${boxes} 个`);
  return html.replace(PREFETCH_LIST, ` ${PREFETCH_ATTRIBUTE}="${formatPrefetchList(urls)}"`);
}
