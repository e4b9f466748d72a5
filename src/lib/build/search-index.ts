// Builds the Pagefind index of the built site with Pagefind's Node API. Each case page (the
// pages with data-pagefind-body) is handed over as a copy whose text is rewritten into
// bigram terms (src/lib/search-tokens.ts); the browser cuts queries the same way. Pagefind is
// told the language is English so that it only splits on spaces — its own Chinese segmenter
// is the slowest and most memory-hungry step of a large build, and disagrees with the query side.
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { toIndexHtml } from '../search-tokens.ts';
import { useNativeAllocatorSettings } from './native-allocators.ts';
import { chunkBounds, chunkSizesFor, readChunkWords, readMetaChunks, readMetaPageCount, replaceMetaChunks, splitIntoChunks, writeChunk } from './index-chunks.ts';
import { withSearchPreloads } from './search-preloads.ts';
import { searchPageFiles, withSearchPrefetch } from './search-prefetch.ts';
import { PREFETCH_ATTRIBUTE } from '../search-prefetch.ts';
import { FACET_TABLE_NAME, buildFacetTable, encodeFacetTable, facetTableFile, type FacetTable } from '../search-facets.ts';

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}

/**
 * A key figure's unit is set smaller in an element of its own (FigureCards: 1381<small>名</small>),
 * and each text node is indexed on its own (toIndexHtml), so the unit would not be beside its number
 * as the running text's 1381名 is. The only <small> on a case page is such a unit: its tags are
 * dropped from the copy handed to Pagefind.
 */
export function joinFigureUnits(html: string): string {
  return html.replace(/<\/?small\b[^>]*>/gi, '');
}

/**
 * The part of a case page Pagefind reads: the element with data-pagefind-body (title, filters and
 * meta are attributes inside it), in a minimal document. Pagefind would ignore the rest of the
 * page anyway; not sending it saves a third of the indexing time.
 */
export function searchBodyOf(html: string): string {
  const open = /<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return html;
  const tag = open[1]!;
  // The body element may contain elements of its own name: find the close tag that balances it.
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let match = re.exec(html); match; match = re.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${html.slice(open.index, match.index + match[0].length)}</body></html>`;
  }
  return html;
}

/**
 * Enough to keep Pagefind busy; few enough that pages' rewritten HTML doesn't pile up in memory.
 * At 5,000 pages 4 index as fast as 16 (24–33 s over runs of each), and this process then holds ~170
 * rather than ~290 MB when Pagefind's memory peaks: the two add up to the build's peak.
 */
const MAX_PAGES_IN_FLIGHT = 4;

/** The language Pagefind is told the pages are in: one that only splits words on spaces (see above). */
const INDEX_LANGUAGE = 'en';

export async function buildSearchIndex(distDir: string): Promise<{ pages: number; chunks: { before: number; after: number } }> {
  useNativeAllocatorSettings(); // read by the Pagefind process createIndex() starts
  // Pagefind writes into its folder without emptying it: indexing a site again (scripts/index-site.ts)
  // would leave the last index's metadata, chunks and fragments beside the new ones.
  rmSync(path.join(distDir, 'pagefind'), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Pages are sent in file order but not one at a time: Pagefind indexes in its own process, so
  // while it works on one page this process rewrites the next ones (a serial await left one of
  // the two cores idle).
  const inFlight = new Set<Promise<void>>();
  let pages = 0;
  const searchBoxPages: string[] = [];
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    if (html.includes(PREFETCH_ATTRIBUTE)) searchBoxPages.push(file);
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${path.relative(distDir, path.dirname(file)).split(path.sep).join('/')}/`;
    const adding: Promise<void> = index.addHTMLFile({ url, content: toIndexHtml(joinFigureUnits(searchBodyOf(html))) }).then((added) => {
      if (added.errors.length) throw new Error(`Pagefind ${url}: ${added.errors.join('; ')}`);
      inFlight.delete(adding);
    });
    inFlight.add(adding);
    pages += 1;
    if (inFlight.size >= MAX_PAGES_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const pagefindDir = path.join(distDir, 'pagefind');
  const chunks = await recutIndexChunks(pagefindDir);
  renameWasmByContent(pagefindDir);
  removeUnusedPagefindFiles(pagefindDir);
  const scripts = nameScriptsByContent(pagefindDir);
  const facets = writeFacetTable(pagefindDir);
  if (Object.keys(facets.table.pages).length !== pages) throw new Error(`筛选表有 ${Object.keys(facets.table.pages).length} 个页面，索引了 ${pages} 个`);
  // (A site of a few test pages may have no search page; ours always has, checked by tests/dist.)
  const searchPage = path.join(distDir, 'search', 'index.html');
  if (existsSync(searchPage)) {
    writeFileSync(searchPage, withSearchPreloads(readFileSync(searchPage, 'utf8'), pagefindStartUrls(pagefindDir), facets.url, scripts.script));
    const prefetch = await searchPageFiles(distDir, scripts.worker);
    for (const file of searchBoxPages) writeFileSync(file, withSearchPrefetch(readFileSync(file, 'utf8'), prefetch));
  }
  return { pages, chunks };
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

const entryFileOf = (pagefindDir: string): string => path.join(pagefindDir, 'pagefind-entry.json');
const readEntry = (pagefindDir: string): PagefindEntry => JSON.parse(readFileSync(entryFileOf(pagefindDir), 'utf8')) as PagefindEntry;

/** The index's entry in pagefind-entry.json: its metadata's name (`hash`) and its wasm's (`wasm`). */
function indexLanguageOf(entry: PagefindEntry, pagefindDir: string): PagefindEntry['languages'][string] {
  const language = entry.languages[INDEX_LANGUAGE];
  if (!language) throw new Error(`Pagefind 没有写出语言 ${INDEX_LANGUAGE} 的索引：${entryFileOf(pagefindDir)}`);
  return language;
}

/**
 * Names the index's wasm by its contents, as the metadata is named: Pagefind asks for
 * `wasm.<the entry's "wasm">.pagefind`, and calls it wasm.en.pagefind whatever Pagefind version
 * wrote it, so it could not be cached for long — a reader's cached wasm would outlive an upgrade
 * of the pagefind.js that loads it. Named by its contents, it is cached for a year and asked for
 * by the search page up front (search-preloads.ts); it keeps its name from build to build until
 * Pagefind changes.
 */
function renameWasmByContent(pagefindDir: string): void {
  const entry = readEntry(pagefindDir);
  const language = indexLanguageOf(entry, pagefindDir);
  const file = path.join(pagefindDir, `wasm.${language.wasm ?? 'unknown'}.pagefind`);
  const name = contentName(readFileSync(file), 10, new Set());
  if (name === language.wasm) return;
  renameSync(file, path.join(pagefindDir, `wasm.${name}.pagefind`));
  language.wasm = name;
  writeFileSync(entryFileOf(pagefindDir), JSON.stringify(entry));
}

/** How pagefind.js names its worker: the one string nameScriptsByContent rewrites. */
const WORKER_NAME = 'pagefind-worker.js';

/**
 * Names Pagefind's JS API and its worker by their contents, pagefind.<hash>.js and
 * pagefind-worker.<hash>.js, as the metadata and the wasm are, so that hosts cache them for a year
 * (host-headers.ts). Under their fixed names the browser asked the host again each time it used
 * them: after a search box had prefetched both (search-prefetch.ts), the search page still waited
 * for two revalidations (304), 160–200 ms of the first screen over Fast 3G from the home page's box
 * (docs/search.md), and a returning reader's browser asked again too. pagefind.js names its worker in one
 * string, rewritten before pagefind.js is named, so that a new worker gives it a new name as well.
 * Returns their URLs.
 */
export function nameScriptsByContent(pagefindDir: string): { script: string; worker: string } {
  const hashOf = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex').slice(0, 10);
  const workerFile = path.join(pagefindDir, WORKER_NAME);
  const worker = `pagefind-worker.${hashOf(readFileSync(workerFile))}.js`;
  const scriptFile = path.join(pagefindDir, 'pagefind.js');
  const source = readFileSync(scriptFile, 'utf8');
  const mentions = source.split(WORKER_NAME).length - 1;
  if (mentions !== 1) throw new Error(`Pagefind 的 pagefind.js 里应当正好有一处 ${WORKER_NAME}，而有 ${mentions} 处：Pagefind 换了版本？（src/lib/build/search-index.ts）`);
  const script = source.replace(WORKER_NAME, worker);
  const scriptName = `pagefind.${hashOf(script)}.js`;
  renameSync(workerFile, path.join(pagefindDir, worker));
  writeFileSync(path.join(pagefindDir, scriptName), script);
  rmSync(scriptFile);
  return { script: `/pagefind/${scriptName}`, worker: `/pagefind/${worker}` };
}

/** The URLs nameScriptsByContent gave Pagefind's JS API and its worker in a built site. */
export function pagefindScriptUrls(pagefindDir: string): { script: string; worker: string } {
  const names = readdirSync(pagefindDir);
  const [script, worker] = [/^pagefind\.[0-9a-f]{10}\.js$/, /^pagefind-worker\.[0-9a-f]{10}\.js$/].map((pattern) => {
    const found = names.filter((name) => pattern.test(name));
    if (found.length !== 1) throw new Error(`${pagefindDir} 里应当正好有一个 ${pattern.source}，而有 ${found.length} 个`);
    return `/pagefind/${found[0]}`;
  });
  return { script: script!, worker: worker! };
}

/** The files Pagefind's worker asks for first, by the names pagefind-entry.json gives: the metadata and the wasm. */
export function pagefindStartUrls(pagefindDir: string): string[] {
  const language = indexLanguageOf(readEntry(pagefindDir), pagefindDir);
  return [`/pagefind/pagefind.${language.hash}.pf_meta`, `/pagefind/wasm.${language.wasm}.pagefind`];
}

/**
 * The files at the top of dist/pagefind the search page loads: Pagefind's JS API, its worker (both
 * under the names Pagefind gives them: they are named by their contents after this), the index's
 * entry and metadata, and the wasm of the index's one language (INDEX_LANGUAGE).
 * Pagefind also writes its three ready-made UIs, its highlighter and a wasm for an unknown
 * language (~490 KB); no page of ours loads them (we have our own search page and highlighter).
 */
function isUsedPagefindFile(name: string): boolean {
  const used = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'];
  return used.includes(name) || FACET_TABLE_NAME.test(name) || new RegExp(`^(pagefind\\.${INDEX_LANGUAGE}_[0-9a-f]+\\.pf_meta|wasm\\.${INDEX_LANGUAGE}_[0-9a-f]+\\.pagefind)$`).test(name);
}

/** Removes Pagefind's files no page loads, so that the published site holds only what it serves. */
function removeUnusedPagefindFiles(pagefindDir: string): void {
  for (const entry of readdirSync(pagefindDir, { withFileTypes: true })) {
    if (entry.isFile() && !isUsedPagefindFile(entry.name)) rmSync(path.join(pagefindDir, entry.name));
  }
}

/** What every file Pagefind writes holds, once unzipped, before its content. */
const PAGEFIND_SIGNATURE = Buffer.from('pagefind_dcd', 'latin1');

/** The content of a file Pagefind writes (gzip of its signature and the content). */
export function readPagefindFile(file: string, kind: string): Buffer {
  const bytes = gunzipSync(readFileSync(file));
  if (!bytes.subarray(0, PAGEFIND_SIGNATURE.length).equals(PAGEFIND_SIGNATURE)) throw new Error(`不是 Pagefind ${kind}文件：${file}`);
  return bytes.subarray(PAGEFIND_SIGNATURE.length);
}

const gzipAsync = promisify(gzip);

/** Writes a file as Pagefind does; zipped on libuv's threads, so that many files use both cores. */
async function writePagefindFile(file: string, content: Uint8Array): Promise<void> {
  writeFileSync(file, await gzipAsync(Buffer.concat([PAGEFIND_SIGNATURE, content])));
}

/** A file name as Pagefind names its files: the language, then the start of the content's hash, longer if taken. */
function contentName(content: Uint8Array, length: number, taken: Set<string>): string {
  const hash = createHash('sha256').update(content).digest('hex');
  let name = `${INDEX_LANGUAGE}_${hash.slice(0, length)}`;
  while (taken.has(name) && length < hash.length) name = `${INDEX_LANGUAGE}_${hash.slice(0, ++length)}`;
  taken.add(name);
  return name;
}

/**
 * Cuts the index Pagefind wrote into smaller chunks, a large word in a chunk of its own
 * (src/lib/build/index-chunks.ts), so that a search downloads little more than its terms. The
 * metadata gets the new list of chunks and with it a new name, which pagefind-entry.json gives.
 */
export async function recutIndexChunks(pagefindDir: string): Promise<{ before: number; after: number }> {
  const entry = readEntry(pagefindDir);
  const language = indexLanguageOf(entry, pagefindDir);
  const metaFile = path.join(pagefindDir, `pagefind.${language.hash}.pf_meta`);
  const meta = readPagefindFile(metaFile, '索引元数据');
  const indexDir = path.join(pagefindDir, 'index');
  const oldChunks = readMetaChunks(meta);
  const words = oldChunks.flatMap(({ hash }) => readChunkWords(readPagefindFile(path.join(indexDir, `${hash}.pf_index`), '索引分片')));
  for (const { hash } of oldChunks) rmSync(path.join(indexDir, `${hash}.pf_index`));
  const chunks = splitIntoChunks(words, chunkSizesFor(readMetaPageCount(meta)));
  const bounds = chunkBounds(chunks);
  const taken = new Set<string>();
  const writes: Promise<void>[] = [];
  const listed = chunks.map((chunk, i) => {
    const content = writeChunk(chunk);
    const hash = contentName(content, 7, taken);
    writes.push(writePagefindFile(path.join(indexDir, `${hash}.pf_index`), content));
    return { ...bounds[i]!, hash };
  });
  await Promise.all(writes);
  const newMeta = replaceMetaChunks(meta, listed);
  rmSync(metaFile);
  language.hash = contentName(newMeta, 10, new Set());
  await writePagefindFile(path.join(pagefindDir, `pagefind.${language.hash}.pf_meta`), newMeta);
  writeFileSync(entryFileOf(pagefindDir), JSON.stringify(entry));
  return { before: oldChunks.length, after: chunks.length };
}

/** A Pagefind fragment file: the page's JSON (url, content, filters, meta…). */
export function readFragment(file: string): { url: string; filters: Record<string, string[]> } {
  return JSON.parse(readPagefindFile(file, '片段').toString('utf8')) as { url: string; filters: Record<string, string[]> };
}

/**
 * Writes the filter table from the fragments Pagefind just wrote: one fragment per page, named by
 * the id its search results carry.
 */
export function writeFacetTable(pagefindDir: string): { table: FacetTable; url: string } {
  const dir = path.join(pagefindDir, 'fragment');
  const table = buildFacetTable(
    readdirSync(dir)
      .filter((name) => name.endsWith('.pf_fragment'))
      .sort()
      .map((name) => ({ id: name.slice(0, -'.pf_fragment'.length), filters: readFragment(path.join(dir, name)).filters })),
  );
  const json = JSON.stringify(encodeFacetTable(table));
  const name = facetTableFile(createHash('sha256').update(json).digest('hex').slice(0, 10));
  writeFileSync(path.join(pagefindDir, name), json);
  return { table, url: `/pagefind/${name}` };
}

/** The URL of the filter table the index step wrote into `pagefindDir` (there is exactly one). */
export function facetTableUrl(pagefindDir: string): string {
  const names = readdirSync(pagefindDir).filter((name) => FACET_TABLE_NAME.test(name));
  if (names.length !== 1) throw new Error(`${pagefindDir} 里应当正好有一个筛选表 facets.<哈希>.json，而有 ${names.length} 个`);
  return `/pagefind/${names[0]}`;
}
