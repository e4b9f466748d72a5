// The built site as a reader's browser meets it (run after `npm run build`): every internal link
// and asset resolves to a file, every #fragment names an element of its page (decoded first, since
// Chinese heading ids are percent-encoded in links), no attribute points at another host, every
// page is valid HTML, and every published or aliased case URL still answers.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { SITE_URL } from '../../src/config/site.ts';
import { parsePublishedPages, publishedUrl } from '../../src/lib/published.ts';
import { readAliasSlugs } from '../../src/lib/vocabulary.ts';
import { sitemapUrls } from '../../src/lib/build/site-counts.ts';
import { caseUrl } from '../../src/lib/urls.ts';

const DIST = path.resolve('dist');

interface Page {
  /** Site path of the page, e.g. /cases/datong-xiaoqu-zhibu/ or /404.html */
  url: string;
  file: string;
  html: string;
  ids: Set<string>;
}

interface Link {
  page: string;
  attribute: string;
  value: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(Number.parseInt(name.slice(name[1]?.toLowerCase() === 'x' ? 2 : 1), name[1]?.toLowerCase() === 'x' ? 16 : 10)) : (ENTITIES[name] ?? whole),
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Attributes that make the browser fetch or navigate; srcset and meta refresh hold URLs too. */
const URL_ATTRIBUTE = /<([a-zA-Z][\w-]*)\b([^>]*)>/g;
const ATTRIBUTE = /\s([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'=`]+))/g;

function attributesOf(html: string): { tag: string; name: string; value: string }[] {
  // Script and style bodies are not markup: a URL inside them is not a link.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (match) => match.replace(/>[\s\S]*</, '><'));
  const found: { tag: string; name: string; value: string }[] = [];
  for (const [, tag, attributes] of markup.matchAll(URL_ATTRIBUTE)) {
    for (const m of attributes!.matchAll(ATTRIBUTE)) found.push({ tag: tag!.toLowerCase(), name: m[1]!.toLowerCase(), value: decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') });
  }
  return found;
}

function linksOf(page: Page): Link[] {
  const links: Link[] = [];
  const attributes = attributesOf(page.html);
  for (const { tag, name, value } of attributes) {
    const add = (url: string) => links.push({ page: page.url, attribute: `<${tag} ${name}>`, value: url.trim() });
    if (['href', 'src', 'action', 'poster', 'data', 'cite', 'formaction'].includes(name)) add(value);
    else if (name === 'srcset') value.split(',').forEach((candidate) => add(candidate.trim().split(/\s+/)[0] ?? ''));
    else if (name === 'content' && tag === 'meta') {
      const refresh = /url=(.+)$/i.exec(value)?.[1];
      if (refresh) add(refresh);
      else if (/^(https?:)?\/\//i.test(value)) add(value);
    }
  }
  return links;
}

function listHtml(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => path.join(dir, file));
}

function urlOfFile(file: string): string {
  const rel = `/${path.relative(DIST, file).split(path.sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file a site path is served from, or undefined (directory URLs need their index.html). */
function fileFor(sitePath: string): string | undefined {
  const target = path.join(DIST, safeDecode(sitePath));
  if (!target.startsWith(DIST)) return undefined;
  if (sitePath.endsWith('/')) return existsSync(path.join(target, 'index.html')) ? path.join(target, 'index.html') : undefined;
  return existsSync(target) && statSync(target).isFile() ? target : undefined;
}

let pages: Map<string, Page>;
let links: Link[];
let siteOrigin: string;

beforeAll(() => {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ 不存在：请先运行 npm run build');
  pages = new Map(
    listHtml(DIST).map((file) => {
      const html = readFileSync(file, 'utf8');
      const ids = new Set([...html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? '')));
      return [urlOfFile(file), { url: urlOfFile(file), file, html, ids }];
    }),
  );
  links = [...pages.values()].flatMap(linksOf);
  // The origin the site was built for (SITE_URL at build time), as the sitemap records it.
  siteOrigin = new URL(sitemapUrls(DIST)[0] ?? SITE_URL).origin;
});

/** Internal links as [page, path, fragment]; own-origin absolute URLs count as internal. */
function internalTargets(): { link: Link; path: string; fragment?: string }[] {
  return links.flatMap((link) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.value) && !link.value.startsWith(`${siteOrigin}/`)) return [];
    if (link.value.startsWith('//')) return [];
    const url = new URL(link.value, `${siteOrigin}${link.page}`);
    if (url.origin !== siteOrigin) return [];
    return [{ link, path: url.pathname, fragment: url.hash ? safeDecode(url.hash.slice(1)) : undefined }];
  });
}

describe('the built site', () => {
  it('has pages to check', () => {
    expect(pages.size).toBeGreaterThan(20);
    expect(links.length).toBeGreaterThan(100);
  });

  it('resolves every internal href and src to a file', () => {
    // One line per missing target, with how many pages link to it and one of them.
    const broken = new Map<string, Link[]>();
    for (const { link, path: target } of internalTargets()) {
      if (!fileFor(target)) broken.set(target, [...(broken.get(target) ?? []), link]);
    }
    expect([...broken].map(([target, from]) => `${target} ← ${from.length} 处，如 ${from[0]!.page} ${from[0]!.attribute}`)).toEqual([]);
  });

  it('finds every #fragment in its target page, after decoding percent-encoded Chinese', () => {
    const missing = internalTargets()
      .filter((target) => target.fragment !== undefined)
      .filter((target) => {
        const file = fileFor(target.path);
        if (!file || !file.endsWith('.html')) return false; // reported by the test above
        const page = pages.get(urlOfFile(file));
        return !page?.ids.has(target.fragment!);
      })
      .map(({ link }) => `${link.page}: ${link.attribute} ${link.value}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has no empty links and no href="#" that go nowhere', () => {
    const empty = links.filter((link) => link.value === '' || link.value === '#').map((link) => `${link.page}: ${link.attribute} "${link.value}"`);
    expect(empty).toEqual([]);
  });

  it('points no attribute at another host or scheme: every request stays on the site', () => {
    const foreign = links
      .filter((link) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(link.value) && !link.value.startsWith(`${siteOrigin}/`))
      .map((link) => `${link.page}: ${link.attribute} ${link.value}`);
    expect([...new Set(foreign)]).toEqual([]);
  });

  it('serves every sitemap URL from a file', () => {
    const urls = sitemapUrls(DIST);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(`${siteOrigin}/`) || !fileFor(new URL(url).pathname))).toEqual([]);
  });
});

describe('published URLs', () => {
  it('still answers every URL in content/published.txt: cases, topics, courses and source articles', () => {
    const published = parsePublishedPages(readFileSync('content/published.txt', 'utf8')).map(publishedUrl);
    expect(new Set(published.map((url) => url.split('/')[1]))).toEqual(new Set(['cases', 'tags', 'courses', 'sources']));
    expect(published.filter((url) => !fileFor(url))).toEqual([]);
  });

  it('serves every alias as a redirect page to its entry, outside the sitemap', () => {
    const sitemap = new Set(sitemapUrls(DIST).map((url) => new URL(url).pathname));
    for (const alias of readAliasSlugs()) {
      const html = readFileSync(fileFor(caseUrl(alias)) ?? path.join(DIST, 'missing'), 'utf8');
      expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/cases\/[a-z0-9-]+\/"/);
      expect(html).not.toContain('data-pagefind-body');
      expect(sitemap.has(caseUrl(alias))).toBe(false);
    }
  });
});

// .htmlvalidate.json is the recommended preset minus no-inline-style: pages set CSS custom
// properties and grid positions from data in style="" (the region map), which the CSP allows.
describe('html-validate (.htmlvalidate.json)', () => {
  it('finds no markup errors in any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const page of pages.values()) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${path.relative(DIST, page.file)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
