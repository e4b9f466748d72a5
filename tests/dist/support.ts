// Shared helpers for tests that read the built site in dist/ (run `npm run build` first;
// `npm test` does).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it).');
}

export function readPage(urlPath: string): string {
  return readFileSync(path.join(DIST, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8');
}

export function listHtmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : listHtmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Text of the first element matching a data-count attribute, e.g. data-count="tag-cases". */
export function countOn(html: string, key: string): number {
  const match = new RegExp(`data-count="${key}"[^>]*>[^<\\d]*(\\d+)`).exec(html);
  if (!match) throw new Error(`no data-count="${key}" on the page`);
  return Number(match[1]);
}

/** A listing's pages (a topic's or a region's cases), from its first page along the pager's rel="next" links. */
export function readListingPages(firstUrl: string): { url: string; html: string }[] {
  const pages: { url: string; html: string }[] = [];
  for (let url: string | undefined = firstUrl; url; ) {
    if (pages.some((page) => page.url === url)) throw new Error(`the pager of ${firstUrl} leads back to ${url}`);
    const html = readPage(url);
    pages.push({ url, html });
    url = /<a[^>]*href="([^"]+)"[^>]*rel="next"/.exec(html)?.[1];
  }
  return pages;
}

/** Case pages a listing page links to with a case card's title. */
export function caseCardLinks(html: string): string[] {
  return [...html.matchAll(/<h2 class="title"[^>]*><a href="(\/cases\/[^"]+\/)"/g)].map((match) => match[1]!);
}
