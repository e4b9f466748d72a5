import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { countsAgree, siteCounts, sitemapUrls } from '../../src/lib/build/site-counts.ts';
import { createHash } from 'node:crypto';
import { decode } from 'cborg';
import { facetTableUrl, pagefindScriptUrls, pagefindStartUrls, readFragment, readPagefindFile } from '../../src/lib/build/search-index.ts';
import { chunkSizesFor, readChunkWords } from '../../src/lib/build/index-chunks.ts';
import { decodeFacetFile } from '../../src/lib/search-facets.ts';
import { readCaseSlugs, readTags } from '../../src/lib/vocabulary.ts';
import { parseEntryDocument } from '../../src/lib/check/document.ts';
import { lookupRegion, regionAncestry } from '../../src/lib/regions.ts';
import { regionNamesTyped } from '../../src/lib/region-names.ts';
import { DIST, assertBuilt, caseCardLinks, countOn, listHtmlFiles, readListingPages, readPage } from './support.ts';
import { LISTING_PAGE_SIZE } from '../../src/lib/paging.ts';
import { CONTENT_NAMED_FOLDERS, CONTENT_NAMED_PAGEFIND_FILES, hostHeadersFor, parseHostHeaders } from '../../src/lib/build/host-headers.ts';
import { T2S_VERSION } from '../../src/lib/t2s-dictionary.ts';
import { PREFETCH_ATTRIBUTE, parsePrefetchList } from '../../src/lib/search-prefetch.ts';
import { FIRST_PAINT_SCRIPT } from '../../src/lib/reader-prefs.ts';
import { hanSyllables } from '../../src/lib/text/pinyin.ts';
import { pinyinToHan, type PinyinVocabulary } from '../../src/lib/pinyin-query.ts';
import { readingsByCharacter, type HanReadingTable } from '../../src/lib/homophones.ts';
import { SYNONYM_GROUPS } from '../../src/lib/synonyms.ts';

const slugs = readCaseSlugs();
const entries = slugs.map((slug) => ({ slug, data: parseEntryDocument(slug, readFileSync(`content/cases/${slug}.mdx`, 'utf8')).data as any }));

beforeAll(assertBuilt);

describe('case pages', () => {
  it.each(slugs)('%s has a page with its title, search body and filters', (slug) => {
    const html = readPage(`/cases/${slug}/`);
    const { data } = entries.find((e) => e.slug === slug)!;
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/data-pagefind-meta="title:[^"]+"/);
    expect(html).toMatch(/data-pagefind-filter="province:[^"]+省|data-pagefind-filter="province:[^"]+(自治区|市)"/);
    expect(html).toMatch(/data-pagefind-filter="kind:(案例|简讯)"/);
    expect(html).toContain(data.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 6));
  });

  it('link every key figure to a paragraph anchor of its source page', () => {
    for (const { slug, data } of entries) {
      const html = readPage(`/cases/${slug}/`);
      const links = [...html.matchAll(/href="(\/sources\/[^"#]+\/#p\d+)"/g)].map((m) => m[1]!);
      expect(links.length, slug).toBeGreaterThanOrEqual((data.figures ?? []).length);
      for (const link of links) {
        const [page, anchor] = link.split('#');
        expect(readPage(page!), link).toContain(`id="${anchor}"`);
      }
    }
  });
});

describe('the counts', () => {
  it('agree: entries = case pages = sitemap case URLs = pages Pagefind indexed', () => {
    const counts = siteCounts(DIST, slugs);
    expect(counts.entries).toBeGreaterThan(0);
    expect(countsAgree(counts), JSON.stringify(counts)).toBe(true);
  });

  it('on the home page match the number of entries', () => {
    expect(countOn(readPage('/'), 'entries')).toBe(slugs.length);
  });

  it('list every case URL in the sitemap with the configured host', () => {
    const urls = sitemapUrls(DIST);
    for (const slug of slugs) expect(urls.some((url) => url.endsWith(`/cases/${slug}/`))).toBe(true);
  });
});

describe('the search filter table', () => {
  it("has every indexed case page, with the filters written on the page", () => {
    const table = decodeFacetFile(JSON.parse(readFileSync(path.join(DIST, facetTableUrl(path.join(DIST, 'pagefind'))), 'utf8')));
    expect(table).toBeDefined();
    const { values, pages } = table!;
    const fragments = readdirSync(path.join(DIST, 'pagefind', 'fragment'));
    expect(Object.keys(pages).sort()).toEqual(fragments.map((name) => name.replace(/\.pf_fragment$/, '')).sort());
    expect(Object.keys(pages)).toHaveLength(slugs.length);
    const byUrl = new Map(fragments.map((name) => [readFragment(path.join(DIST, 'pagefind', 'fragment', name)).url, name.replace(/\.pf_fragment$/, '')]));
    for (const slug of slugs) {
      const id = byUrl.get(`/cases/${slug}/`);
      expect(id, slug).toBeDefined();
      const onPage = [...readPage(`/cases/${slug}/`).matchAll(/data-pagefind-filter="(province|tag|kind|year):([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
      expect(pages[id!]!.map((index) => values[index]!.join(':')).sort(), slug).toEqual(onPage.sort());
    }
  });

  it('has the provinces the search form lists, by which the page knows a query names one before it has the table', () => {
    const table = decodeFacetFile(JSON.parse(readFileSync(path.join(DIST, facetTableUrl(path.join(DIST, 'pagefind'))), 'utf8')))!;
    const listed = /<form\b[^>]*\sdata-provinces="([^"]*)"/.exec(readPage('/search/'))?.[1]?.split(' ');
    expect(listed?.length).toBeGreaterThan(1);
    expect(listed!.sort()).toEqual(table.values.filter(([key]) => key === 'province').map(([, name]) => name).sort());
  });
});

describe('the search index chunks', () => {
  const pagefindDir = path.join(DIST, 'pagefind');
  const indexDir = path.join(pagefindDir, 'index');
  // Read with an independent CBOR decoder, not with the code that wrote them.
  const readMeta = () => {
    const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const languages = Object.values(entry.languages);
    expect(languages).toHaveLength(1);
    return decode(readPagefindFile(path.join(pagefindDir, `pagefind.${languages[0]!.hash}.pf_meta`), '索引元数据')) as [string, unknown[], [string, string, string][]];
  };

  it('are the files the metadata lists, each named by the hash of its content (so it can be cached for a year)', () => {
    const chunks = readMeta()[2];
    expect(chunks.length).toBeGreaterThan(1);
    expect(readdirSync(indexDir).sort()).toEqual(chunks.map(([, , hash]) => `${hash}.pf_index`).sort());
    for (const [, , hash] of chunks) {
      const content = readPagefindFile(path.join(indexDir, `${hash}.pf_index`), '索引分片');
      expect(hash).toBe(`en_${createHash('sha256').update(content).digest('hex').slice(0, hash.length - 3)}`);
    }
  });

  it('hold every word once, in order, within each chunk\'s bounds', () => {
    const chunks = readMeta()[2];
    const words: string[] = [];
    for (const [from, to, hash] of chunks) {
      const [packed] = decode(readPagefindFile(path.join(indexDir, `${hash}.pf_index`), '索引分片')) as [[string, unknown[]][]];
      for (const [word] of packed) {
        expect(word >= from, `${word} ≥ ${from}`).toBe(true);
        expect(word.slice(0, to.length) <= to, `${word} ≤ ${to}`).toBe(true);
        words.push(word);
      }
    }
    expect(words.length).toBeGreaterThan(1000);
    expect(words).toEqual([...new Set(words)].sort());
  });

  it('are no larger than the sizes they are cut to, unless a chunk is one word', () => {
    const [, pages, chunks] = readMeta();
    const cutTo = chunkSizesFor(pages.length);
    for (const [, , hash] of chunks) {
      const sizes = readChunkWords(readPagefindFile(path.join(indexDir, `${hash}.pf_index`), '索引分片')).map((word) => word.item.length);
      if (sizes.length === 1) continue;
      expect(Math.max(...sizes), hash).toBeLessThan(cutTo.ownChunk);
      expect(sizes.slice(0, -1).reduce((sum, size) => sum + size, 0), hash).toBeLessThan(cutTo.bytes);
    }
  });
});

describe('the catalog of all cases', () => {
  it('/cases/ lists every entry once, by number, in pages, and the home page links to it', () => {
    const pages = readListingPages('/cases/');
    expect(pages).toHaveLength(Math.ceil(entries.length / LISTING_PAGE_SIZE));
    for (const { html } of pages) {
      expect(countOn(html, 'all-cases')).toBe(entries.length);
      expect(caseCardLinks(html).length).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
    }
    const byNumber = [...entries].sort((a, b) => a.data.number - b.data.number).map((e) => `/cases/${e.slug}/`);
    expect(pages.flatMap(({ html }) => caseCardLinks(html))).toEqual(byNumber);
    expect(pages[0]!.html).toContain(`第 ${Math.min(...entries.map((e) => e.data.number))} 号`);
    expect(readPage('/')).toContain('href="/cases/"');
  });
});

describe('tag pages', () => {
  it.each(readTags().map((tag) => [tag.id, tag.name]))('/tags/%s/ lists the entries tagged %s, each once, in pages', (id, name) => {
    const tagged = entries.filter((e) => e.data.tags.includes(name));
    const pages = readListingPages(`/tags/${id}/`);
    expect(pages).toHaveLength(Math.max(1, Math.ceil(tagged.length / LISTING_PAGE_SIZE)));
    for (const { html } of pages) {
      expect(countOn(html, 'tag-cases')).toBe(tagged.length);
      expect(caseCardLinks(html).length).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
    }
    expect(pages.flatMap(({ html }) => caseCardLinks(html)).sort()).toEqual(tagged.map((e) => `/cases/${e.slug}/`).sort());
  });

  it.each(readTags().map((tag) => [tag.id, tag.name]))('/tags/%s/ names the topics most often given together with %s, each with how many entries have both', (id, name) => {
    const tags = readTags();
    const section = /<section class="related-topics"[\s\S]*?<\/section>/.exec(readPage(`/tags/${id}/`))?.[0] ?? '';
    const shown = [...section.matchAll(/<a class="chip"[^>]*href="\/tags\/([^/"]+)\/"[^>]*>([^<]+)<span class="count"[^>]*>(\d+)<\/span>/g)].map((m) => [m[1], m[2], Number(m[3])]);
    const together = (other: string) => entries.filter((e) => e.data.tags.includes(name) && e.data.tags.includes(other)).length;
    const expected = tags.filter((tag) => tag.name !== name && together(tag.name) > 0).map((tag) => [tag.id, tag.name, together(tag.name)] as [string, string, number]);
    expected.sort((a, b) => b[2] - a[2] || a[1].localeCompare(b[1], 'zh-Hans-CN'));
    expect(shown).toEqual(expected.slice(0, 6));
  });
});

describe('region pages', () => {
  const areaCounts = new Map<string, number>();
  for (const { data } of entries) for (const code of regionAncestry(data.region.code)) areaCounts.set(code, (areaCounts.get(code) ?? 0) + 1);

  it('of a province with two entries or more list its topics, each with its entries there and a link to the search page with the province and the topic ticked', () => {
    let listed = 0;
    for (const code of [...areaCounts.keys()].filter((code) => code.endsWith('0000'))) {
      const province = lookupRegion(code)!;
      const section = /<section class="region-topics"[\s\S]*?<\/section>/.exec(readPage(`/regions/${code}/`))?.[0];
      const inProvince = entries.filter((e) => e.data.region.code.startsWith(code.slice(0, 2)));
      const topics = new Set(inProvince.flatMap((e) => e.data.tags as string[]));
      if (inProvince.length < 2 || topics.size < 2) {
        expect(section, code).toBeUndefined();
        continue;
      }
      const chips = [...section!.matchAll(/<a class="chip"[^>]*href="([^"]+)"[^>]*>([^<]+)<span class="count"[^>]*>(\d+)<\/span>/g)];
      expect(chips.length, code).toBe(Math.min(8, topics.size));
      for (const [, href, topic, count] of chips) {
        const params = new URL(href!.replace(/&amp;/g, '&'), 'https://site').searchParams;
        expect([params.getAll('province'), params.getAll('tag')], code).toEqual([[province.name], [topic]]);
        expect(Number(count), `${code} ${topic}`).toBe(inProvince.filter((e) => e.data.tags.includes(topic)).length);
      }
      listed++;
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('exist for every province, city and county that has entries, with counts that include the levels below', () => {
    expect(areaCounts.size).toBeGreaterThan(0);
    for (const [code, count] of areaCounts) {
      const pages = readListingPages(`/regions/${code}/`);
      for (const { html } of pages) expect(countOn(html, 'region-cases'), code).toBe(count);
      expect(new Set(pages.flatMap(({ html }) => caseCardLinks(html))).size, code).toBe(count);
    }
  });

  it('are all linked from the region index', () => {
    const html = readPage('/regions/');
    for (const code of areaCounts.keys()) expect(html).toContain(`href="/regions/${code}/"`);
  });
});

describe('every page', () => {
  const files = listHtmlFiles();

  it('loads nothing from another host (no CDN, web fonts or analytics)', () => {
    const offenders = files.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const external = [...html.matchAll(/<(?:script|img|iframe|source|link)\b[^>]*\b(?:src|href)="((?:https?:)?\/\/[^"]+)"/g)]
        .filter((m) => !/rel="(canonical|alternate)"/.test(m[0]))
        .map((m) => m[1]);
      const cssImports = [...html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^)'"]+)/g)].map((m) => m[1]);
      return [...external, ...cssImports].map((url) => `${path.relative(DIST, file)}: ${url}`);
    });
    expect(offenders).toEqual([]);
  });

  it('loads no script file synchronously, which would hold up the page\'s first paint for a round trip', () => {
    for (const file of files) {
      const blocking = [...readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\stype="module"|\sdefer\b|\sasync\b/.test(tag));
      expect(blocking, file).toEqual([]);
    }
  });

  it('carries a Content-Security-Policy, no inline script but the reader\'s settings it allows by hash, and no event handlers', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, file).toBeDefined();
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(inline.filter((script) => script !== FIRST_PAINT_SCRIPT), file).toEqual([]);
      // The browser runs an inline script only if the policy lists the hash of exactly its text.
      for (const script of inline) expect(policy!.replaceAll('&#39;', "'"), file).toContain(`'sha256-${createHash('sha256').update(script!).digest('base64')}'`);
      expect(html.match(/\son[a-z]+="/gi), file).toBeNull();
    }
  });
});

describe('the _headers file for static hosts', () => {
  const headers = () => readFileSync(path.join(DIST, '_headers'), 'utf8');

  it('says Content-Encoding: gzip for exactly the files that are gzip data', () => {
    // Pagefind's own files are gzip on disk; sent as such, the browser inflates them, not Pagefind.
    // A file marked so that is not gzip would reach the reader as garbage.
    const rules = parseHostHeaders(headers());
    const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => statSync(path.join(DIST, file)).isFile());
    const gzip = (file: string) => readFileSync(path.join(DIST, file)).subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]));
    const marked = files.filter((file) => hostHeadersFor(rules, `/${file.split(path.sep).join('/')}`)['content-encoding'] === 'gzip');
    expect(marked.filter((file) => !gzip(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('pagefind') && gzip(file) && !marked.includes(file))).toEqual([]);
    expect(new Set(marked.map((file) => path.dirname(file)))).toEqual(new Set(['pagefind', path.join('pagefind', 'index'), path.join('pagefind', 'fragment'), path.join('pagefind', 'filter')]));
  });

  it('sends the pages’ Content-Security-Policy with every response', () => {
    expect(headers()).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'/);
  });

  it('caches for a year only folders and files whose names change with their contents', () => {
    const cachedForever = [...headers().matchAll(/^(\S+)\n {2}Cache-Control: public, max-age=31536000, immutable$/gm)].map((m) => m[1]);
    expect(cachedForever).toEqual([...CONTENT_NAMED_FOLDERS.map((folder) => `${folder}*`), ...CONTENT_NAMED_PAGEFIND_FILES]);
    // Pagefind's metadata, wasm and scripts: what the rules match are the files pagefind-entry.json
    // names and pagefind.js and its worker, each named by a hash of its contents (checked under 'the search page').
    const pagefindDir = path.join(DIST, 'pagefind');
    const rules = parseHostHeaders(headers());
    const cachedFiles = readdirSync(pagefindDir).filter((name) => hostHeadersFor(rules, `/pagefind/${name}`)['cache-control']);
    expect(cachedFiles.map((name) => `/pagefind/${name}`).sort()).toEqual([...pagefindStartUrls(pagefindDir), facetTableUrl(pagefindDir), ...Object.values(pagefindScriptUrls(pagefindDir))].sort());
    // Vite names every bundle by a hash of its contents…
    const bundles = readdirSync(path.join(DIST, '_astro'));
    expect(bundles.length).toBeGreaterThan(0);
    for (const name of bundles) expect(name).toMatch(/\.[\w-]{8}\.[a-z0-9]+$/);
    // …the t → cn shards sit in one folder named by a hash of theirs…
    expect(readdirSync(path.join(DIST, 't2s'))).toEqual([T2S_VERSION]);
    // …and the index chunks, fragments and filters are named by a hash (of their contents: for
    // the chunks, which we cut and name, checked under 'the search index chunks'; for Pagefind's
    // fragments and filters checked by hand, see src/lib/build/host-headers.ts).
    for (const folder of ['index', 'fragment', 'filter']) {
      const files = readdirSync(path.join(DIST, 'pagefind', folder));
      expect(files.length, folder).toBeGreaterThan(0);
      for (const name of files) expect(name).toMatch(/^[a-z]+_[0-9a-f]{7,}\.pf_(index|fragment|filter)$/);
    }
  });
});

describe('the search page', () => {
  const pagefindDir = path.join(DIST, 'pagefind');

  it('has its files listed in the search boxes of the home and 404 pages, which prefetch them once the reader types', () => {
    const listed = (page: string) => parsePrefetchList(new RegExp(`${PREFETCH_ATTRIBUTE}="([^"]*)"`).exec(readPage(page))?.[1] ?? null);
    const home = listed('/');
    expect(listed('/404.html')).toEqual(home);
    const script = /<script type="module" src="([^"]+)"/.exec(readPage('/search/'))![1]!;
    expect(home).toEqual(expect.arrayContaining([script, ...Object.values(pagefindScriptUrls(pagefindDir)), ...pagefindStartUrls(pagefindDir)]));
    for (const url of home) expect(statSync(path.join(DIST, url)).isFile(), url).toBe(true);
  });

  it('asks at once for the metadata and wasm pagefind-entry.json names, which are named by their contents, and names the filter table', () => {
    const preloads = [...readPage('/search/').matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1]);
    const [meta, wasm] = pagefindStartUrls(pagefindDir);
    expect(preloads).toEqual([meta, wasm]);
    expect([...readPage('/search/').matchAll(/<meta name="search-facets" content="([^"]+)">/g)].map((m) => m[1])).toEqual([facetTableUrl(pagefindDir)]);
    expect(meta).toMatch(/^\/pagefind\/pagefind\.en_[0-9a-f]{10}\.pf_meta$/);
    expect(wasm).toMatch(/^\/pagefind\/wasm\.en_[0-9a-f]{10}\.pagefind$/);
    // A year's caching is safe only if a changed file gets a new name.
    const metaHash = /en_([0-9a-f]+)/.exec(meta!)![1]!;
    expect(createHash('sha256').update(readPagefindFile(path.join(DIST, meta!), '索引元数据')).digest('hex').slice(0, metaHash.length)).toBe(metaHash);
    const wasmHash = /en_([0-9a-f]+)/.exec(wasm!)![1]!;
    expect(createHash('sha256').update(readFileSync(path.join(DIST, wasm!))).digest('hex').slice(0, wasmHash.length)).toBe(wasmHash);
    // Pagefind's wasm under its own name is gone: nothing asks for it.
    expect(readdirSync(pagefindDir).filter((name) => name.startsWith('wasm.'))).toEqual([path.basename(wasm!)]);
  });

  it('loads Pagefind\'s script and worker by names that change with their contents', () => {
    const { script, worker } = pagefindScriptUrls(pagefindDir);
    const hashOf = (url: string) => /\.([0-9a-f]{10})\.js$/.exec(url)![1]!;
    const source = readFileSync(path.join(DIST, script));
    expect(createHash('sha256').update(source).digest('hex').slice(0, 10)).toBe(hashOf(script));
    expect(createHash('sha256').update(readFileSync(path.join(DIST, worker))).digest('hex').slice(0, 10)).toBe(hashOf(worker));
    // pagefind.js starts the worker by its new name (so a new worker gives pagefind.js a new name too).
    expect(source.toString('utf8')).toContain(`\`\${basePath}${path.basename(worker)}\``);
    expect(readdirSync(pagefindDir).filter((name) => name.endsWith('.js')).sort()).toEqual([path.basename(worker), path.basename(script)].sort());
    expect([...readPage('/search/').matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([script]);
  });
});

describe('the pinyin vocabulary (/api/pinyin.json)', () => {
  const vocabulary = JSON.parse(readFileSync(path.join(DIST, 'api', 'pinyin.json'), 'utf8')) as PinyinVocabulary;
  const pinyinOf = (words: string) => hanSyllables(words).join(' ');

  it('reads the pinyin of every topic, and of every case region with and without its kind and abbreviated, as its characters', () => {
    const names = new Set([...readTags().map((tag) => tag.name), ...entries.flatMap(({ data }) => (lookupRegion(data.region.code)?.path ?? []).flatMap((part) => regionNamesTyped(part.name)))]);
    expect(names).toContain('科左中旗');
    expect(names.size).toBeGreaterThan(30);
    expect([...names].filter((name) => pinyinToHan(pinyinOf(name), vocabulary) !== name)).toEqual([]);
  });

  it("reads the field's synonyms and the practices' names in the titles (leitaisai, sitong)", () => {
    for (const word of [...SYNONYM_GROUPS.flat(), '擂台赛', '四同', '强军书屋']) expect(pinyinToHan(pinyinOf(word), vocabulary), word).toBe(word);
    expect(pinyinToHan('datong', vocabulary)).toBe('大同');
  });
});

describe('the readings of characters (/api/han-readings.json)', () => {
  const vocabulary = JSON.parse(readFileSync(path.join(DIST, 'api', 'pinyin.json'), 'utf8')) as PinyinVocabulary;
  const file = readFileSync(path.join(DIST, 'api', 'han-readings.json'));
  const readings = readingsByCharacter(JSON.parse(file.toString('utf8')) as HanReadingTable);

  it('has every character of the library’s words with the reading the vocabulary gives it, so that a wrong pick can be read back as any of them', () => {
    const unread = Object.entries(vocabulary).flatMap(([, word]) => {
      const syllables = hanSyllables(word);
      return [...word].filter((char, i) => !readings.get(char)?.includes(syllables[i]!));
    });
    expect(Object.keys(vocabulary).length).toBeGreaterThan(3000);
    expect([...new Set(unread)]).toEqual([]);
  });

  it('stays small: downloaded only when a query finds no page with it whole', () => {
    expect(readings.size).toBeGreaterThanOrEqual(6763);
    expect(gzipSync(file).length).toBeLessThan(20 * 1024);
  });
});
