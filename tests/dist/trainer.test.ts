// The trainer tools in the built site (issue 5): every case has its card, QR code, citation and
// anchors; the data files agree with the entries; nothing points off the site. Run after
// `npm run build` (npm test does it).
import { caseRecordUrl } from '../../src/lib/urls.ts';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE_URL } from '../../src/config/site.ts';
import { FIRST_PAINT_SCRIPT } from '../../src/lib/reader-prefs.ts';
import { readAliasSlugs, readCaseSlugs } from '../../src/lib/vocabulary.ts';
import { sitemapUrls } from '../../src/lib/build/site-counts.ts';
import { CSV_COLUMNS, type CasesDocument } from '../../src/lib/data/case-record.ts';
import { parsePublished } from '../../src/lib/published.ts';
import { SLUG_SHARD_KEYS, decodeSlugShard, laterWordKeys, laterWordShardUrl, slugShardKey, slugShardUrl, type SlugShard } from '../../src/lib/mistyped-url.ts';

const DIST = path.resolve('dist');
const ORIGIN = new URL(SITE_URL).origin;
const slugs = readCaseSlugs();
const courseFiles = existsSync('content/courses') ? readdirSync('content/courses').filter((name) => name.endsWith('.yaml')) : [];

function read(urlPath: string): string {
  return readFileSync(path.join(DIST, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8');
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : filesUnder(full, test);
    return test(name) ? [full] : [];
  });
}

const kindOf = (slug: string) => (JSON.parse(read('/api/cases.json')) as CasesDocument).cases.find((c) => c.slug === slug)?.kind;

/** Decodes the few entities Astro writes into text and attributes. */
const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

beforeAll(() => {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it).');
});

describe('case pages', () => {
  it('have content to test', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('%s carries the GB/T 7714 citation, the QR code and the trainer controls', (slug) => {
    const html = read(`/cases/${slug}/`);
    const url = `${ORIGIN}/cases/${slug}/`;
    const citation = unescape(/<p class="citation" id="citation-gbt"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '');
    expect(citation).toMatch(/^.+\. .+\[EB\/OL\]\. 基层党建案例库, \[?\d{4}\]?\[\d{4}-\d{2}-\d{2}\]\. /);
    expect(citation.endsWith(`${url}.`)).toBe(true);
    expect(html).toMatch(/<svg class="qr"[^>]*role="img"/);
    expect(html).toContain(`data-section-links="${url}"`);
    expect(html).toContain(`data-add-to-list="${slug}"`);
    expect(html).toContain(`href="/cases/${slug}/card/"`);
  });

  it.each(slugs)('%s gives every section heading an id, and every table-of-contents link lands on one', (slug) => {
    const html = read(`/cases/${slug}/`);
    const body = /data-section-links="[^"]*"[^>]*>([\s\S]*?)<section class="provenance"/.exec(html)?.[1] ?? '';
    const headings = [...body.matchAll(/<h([23])([^>]*)>/g)];
    // Briefs may be a single paragraph; full cases always have sections to link to.
    if (kindOf(slug) === 'case') expect(headings.length, `${slug}: sections`).toBeGreaterThan(0);
    for (const [, , attributes] of headings) expect(attributes).toMatch(/\bid="[^"]+"/);
    const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, anchor] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(anchor), `${slug} #${anchor}`).toBe(true);
  });

  it.each(slugs)('%s has a downloadable QR code file that encodes nothing but an SVG image', (slug) => {
    const svg = readFileSync(path.join(DIST, 'cases', slug, 'qr.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toMatch(/<script|href=/);
  });
});

describe('case cards', () => {
  it.each(slugs)('%s has a one-page card with title, QR code, URL and citation', (slug) => {
    const html = read(`/cases/${slug}/card/`);
    expect(html).toContain('<article class="handout"');
    expect(html).toMatch(/<h1 class="handout-title"[^>]*>[^<]+<\/h1>/);
    expect(html).toMatch(/<svg class="qr"/);
    expect(html).toContain(`${ORIGIN}/cases/${slug}/`);
    expect(html).toContain('[EB/OL]');
    // Cards repeat the case: they must not be indexed a second time by the site search.
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('/api/cases.json', () => {
  const document = () => JSON.parse(read('/api/cases.json')) as CasesDocument;

  it('lists every entry once, by number, with the documented version and count', () => {
    const { version, count, cases, site } = document();
    expect(version).toBe(1);
    expect(site).toBe(ORIGIN);
    expect(count).toBe(slugs.length);
    expect(cases.map((c) => c.slug).sort()).toEqual(slugs);
    expect(cases.map((c) => c.number)).toEqual([...cases.map((c) => c.number)].sort((a, b) => a - b));
  });

  it('gives every record the same keys and absolute URLs on the site', () => {
    const { cases } = document();
    const keys = JSON.stringify(Object.keys(cases[0]!));
    for (const record of cases) {
      expect(JSON.stringify(Object.keys(record)), record.slug).toBe(keys);
      for (const url of [record.url, record.shortUrl, record.cardUrl, record.qrUrl, record.source.url]) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
      expect(existsSync(path.join(DIST, new URL(record.qrUrl).pathname)), record.qrUrl).toBe(true);
    }
  });

  it('has each record in a file of its own too, as the reading list loads them', () => {
    const { cases } = document();
    for (const record of cases) expect(JSON.parse(read(caseRecordUrl(record.slug))), record.slug).toEqual(record);
    expect(readdirSync(path.join(DIST, 'api', 'cases')).sort()).toEqual(cases.map((c) => `${c.slug}.json`).sort());
  });
});

describe('/api/slugs/ (the 404 page\'s suggestions)', () => {
  const shards = () => SLUG_SHARD_KEYS.map((key) => ({ key, entries: decodeSlugShard(JSON.parse(read(slugShardUrl(key))) as SlugShard[]) }));

  it('has a file for every first character, each slug in the file of its own', () => {
    for (const { key, entries } of shards()) for (const entry of entries) expect(slugShardKey(entry.slug), entry.slug).toBe(key);
  });

  it('has a second file for every character, listing the slugs with a later word starting with it', () => {
    const everySlug = shards().flatMap((shard) => shard.entries);
    for (const key of SLUG_SHARD_KEYS) {
      const listed = decodeSlugShard(JSON.parse(read(laterWordShardUrl(key))) as SlugShard[]);
      expect(listed.map((entry) => entry.slug).sort(), key).toEqual(everySlug.filter((entry) => laterWordKeys(entry.slug).includes(key)).map((entry) => entry.slug).sort());
      for (const entry of listed) expect(entry, entry.slug).toEqual(everySlug.find((other) => other.slug === entry.slug));
    }
  });

  it('lists every published slug once, leading to a case page that exists, under its title', () => {
    const entries = shards().flatMap((shard) => shard.entries);
    expect(entries.map((entry) => entry.slug).sort()).toEqual([...slugs, ...readAliasSlugs()].sort());
    const listed = new Set(entries.map((entry) => entry.slug));
    for (const { slug } of parsePublished(readFileSync('content/published.txt', 'utf8'))) expect(listed.has(slug), slug).toBe(true);
    for (const entry of entries) {
      expect(existsSync(path.join(DIST, entry.url, 'index.html')), entry.url).toBe(true);
      expect(unescape(read(entry.url)), entry.slug).toContain(`<title>${entry.title} · `);
    }
  });
});

describe('/cases.csv', () => {
  it('opens in Excel as UTF-8: a BOM, a header row and one CRLF row per entry', () => {
    const csv = readFileSync(path.join(DIST, 'cases.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(CSV_COLUMNS.map((column) => column.header).join(','));
    // Quoted fields never hold a line break here (summaries are one line), so rows are lines.
    expect(rows).toHaveLength(slugs.length + 1);
    expect(csv.slice(1)).not.toMatch(/[^\r]\n/);
  });
});

describe('/feed.xml', () => {
  it('is an Atom feed with one entry per case (up to 50), each linking to its absolute URL', () => {
    const xml = read('/feed.xml');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const ids = [...xml.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(Math.min(50, slugs.length));
    for (const id of ids) expect(slugs.map((slug) => `${ORIGIN}/cases/${slug}/`)).toContain(id);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${ORIGIN}/feed.xml"/>`);
  });
});

describe('courses', () => {
  it('has at least two course packs', () => {
    expect(courseFiles.length).toBeGreaterThanOrEqual(2);
    expect(read('/courses/')).toContain('href="/courses/');
  });

  it.each(courseFiles)('%s lists its cases in order, with a card for each on the printable page', (file) => {
    const slug = file.replace(/\.yaml$/, '');
    const course = parse(readFileSync(path.join('content/courses', file), 'utf8')) as { title: string; cases: { slug: string; questions: string[] }[] };
    const html = read(`/courses/${slug}/`);
    expect(html).toContain(course.title);
    const linked = [...html.matchAll(/<h2[^>]*><span class="index"[^>]*>\d+<\/span><a href="\/cases\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(linked).toEqual(course.cases.map((item) => item.slug));
    expect(html.match(/<ol class="questions"/g)).toHaveLength(course.cases.length);
    // Each case can go into the trainer's own list (the button is shown by the page's script).
    expect([...html.matchAll(/<button[^>]*data-add-to-list="([^"]+)"[^>]* hidden[ >]/g)].map((m) => m[1])).toEqual(course.cases.map((item) => item.slug));
    const cards = read(`/courses/${slug}/cards/`);
    expect(cards.match(/<article class="handout"/g)).toHaveLength(course.cases.length);
  });
});

describe('reading list, about and the header', () => {
  it('keeps /list/ out of the sitemap and out of search engines', () => {
    expect(sitemapUrls(DIST).some((url) => new URL(url).pathname.startsWith('/list/'))).toBe(false);
    expect(read('/list/')).toContain('<meta name="robots" content="noindex"');
  });

  it('has an about page that says how to cite', () => {
    const html = read('/about/');
    expect(html).toContain('怎样引用');
    expect(html).toContain('[EB/OL]');
  });

  it('links 课程 from the header', () => {
    expect(read('/')).toMatch(/<nav[\s\S]*href="\/courses\/"[\s\S]*<\/nav>/);
  });
});

describe('QR codes of listings', () => {
  const listings = (dir: string) => readdirSync(path.join(DIST, dir), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const qrOf = (html: string) => /<figure class="page-qr"[^>]*>[\s\S]*?<figcaption[^>]*>扫码打开[^<]*<br[^>]*>([^<]+)<br/.exec(html)?.[1];

  it('a topic’s first page and a province’s or city’s carry a code of their own address, with the address under it', () => {
    const pages = [...listings('tags').map((id) => `/tags/${id}/`), ...listings('regions').filter((code) => /^\d{4}00$/.test(code)).map((code) => `/regions/${code}/`)];
    expect(pages.some((page) => page.startsWith('/regions/') && page.endsWith('0000/'))).toBe(true);
    for (const page of pages) {
      const html = read(page);
      expect(qrOf(html), page).toBe(`${ORIGIN}${page}`);
      expect(html, page).toMatch(/<figure class="page-qr"[^>]*>\s*<svg class="qr"[^>]*role="img"/);
      expect(html, page).toMatch(/data-qr-png="[^"]+-qr\.png"/);
    }
  });

  it('a county’s page and the later pages of a listing have none (thousands of codes would cost the build seconds)', () => {
    const counties = listings('regions').filter((code) => !code.endsWith('00'));
    expect(counties.length).toBeGreaterThan(0);
    for (const code of counties) expect(read(`/regions/${code}/`), code).not.toContain('class="page-qr');
    for (const later of filesUnder(path.join(DIST, 'tags'), (name) => name === 'index.html').filter((file) => /\/tags\/[^/]+\/\d+\/index\.html$/.test(file))) {
      expect(readFileSync(later, 'utf8'), later).not.toContain('class="page-qr');
    }
  });
});

describe('“加入清单” on the listings (the home page’s 最新收录 too) and on case pages’ related cases', () => {
  const listingPages = [path.join(DIST, 'index.html'), ...['cases', 'tags', 'regions', 'sources'].flatMap((dir) => filesUnder(path.join(DIST, dir), (name) => name === 'index.html'))].filter((file) =>
    readFileSync(file, 'utf8').includes('<article class="case-card"'),
  );

  const isCasePage = (file: string) => slugs.some((slug) => file === path.join(DIST, 'cases', slug, 'index.html'));

  it('has listing pages to test: the home page’s latest, by number, topic, region and source, and case pages with related cases', () => {
    expect(listingPages).toContain(path.join(DIST, 'index.html'));
    for (const dir of ['cases', 'tags', 'regions', 'sources']) expect(listingPages.some((file) => file.startsWith(path.join(DIST, dir, path.sep)) && !isCasePage(file))).toBe(true);
    expect(listingPages.some(isCasePage)).toBe(true);
  });

  it('gives every card a hidden button (the script shows it) that adds the case its title opens, under that title', () => {
    for (const file of listingPages) {
      const cards = readFileSync(file, 'utf8').split('<article class="case-card"').slice(1).map((card) => card.slice(0, card.indexOf('</article>')));
      for (const card of cards) {
        const [, slug, title] = /<a href="\/cases\/([^"/]+)\/"[^>]*>([^<]+)<\/a>/.exec(card) ?? [];
        const button = /<button[^>]*data-add-to-list="([^"]+)"[^>]*>/.exec(card);
        expect(button?.[1], `${path.relative(DIST, file)}: the card of ${slug}`).toBe(slug);
        expect(unescape(/data-list-title="([^"]*)"/.exec(button![0])![1]!)).toBe(unescape(title!));
        expect(button![0]).toMatch(/ hidden[ >]/);
      }
    }
  });

  it('has one 我的清单 link and one line that tells screen readers what a press did on each of those pages', () => {
    for (const file of listingPages.filter((file) => !isCasePage(file))) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<a[^>]*data-list-link[^>]*>/g), path.relative(DIST, file)).toHaveLength(1);
      expect(html.match(/aria-live="polite" data-list-announcer/g), path.relative(DIST, file)).toHaveLength(1);
    }
  });
});

describe('nothing leaves the site', () => {
  const htmlFiles = filesUnder(DIST, (name) => name.endsWith('.html'));
  const dataFiles = ['api/cases.json', 'cases.csv', 'feed.xml'].map((file) => path.join(DIST, file));

  it('pages load scripts only from files on the site, but for the inline one of the reader\'s settings (allowed by its hash)', () => {
    const inline = htmlFiles.filter((file) => [...readFileSync(file, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].some((m) => m[1] !== FIRST_PAINT_SCRIPT));
    expect(inline.map((file) => path.relative(DIST, file))).toEqual([]);
  });

  it('every absolute URL in pages, data files and QR codes is on SITE_URL (XML namespaces aside)', () => {
    const foreign: string[] = [];
    for (const file of [...htmlFiles, ...dataFiles, ...filesUnder(path.join(DIST, 'cases'), (name) => name === 'qr.svg')]) {
      const text = readFileSync(file, 'utf8');
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)）&]+/g)) {
        if (url.startsWith(`${ORIGIN}/`) || url === ORIGIN || url.startsWith('http://www.w3.org/')) continue;
        foreign.push(`${path.relative(DIST, file)}: ${url}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});
