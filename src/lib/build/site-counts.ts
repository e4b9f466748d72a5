// Counts that must agree after every build: entries = case pages = sitemap case URLs =
// pages in the Pagefind index. A mismatch means something was silently lost.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isCasePath } from '../urls.ts';

export interface SiteCounts {
  entries: number;
  casePages: number;
  sitemapCaseUrls: number;
  indexedPages: number;
}


/** The slugs of the built case pages (not the catalog's pages, nor an old slug's redirect). */
export function builtCaseSlugs(distDir: string): string[] {
  const dir = path.join(distDir, 'cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((slug) => {
    const file = path.join(dir, slug, 'index.html');
    // Alias redirect pages live here too; only real case pages carry the search body.
    return existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body');
  });
}

export function sitemapUrls(distDir: string): string[] {
  const files = existsSync(distDir) ? readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name)) : [];
  return files.flatMap((name) => [...readFileSync(path.join(distDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
}

export function indexedPageCount(distDir: string): number {
  const entry = path.join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return 0;
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

export function siteCounts(distDir: string, entrySlugs: readonly string[]): SiteCounts {
  return {
    entries: entrySlugs.length,
    casePages: builtCaseSlugs(distDir).length,
    sitemapCaseUrls: sitemapUrls(distDir).filter((url) => isCasePath(new URL(url).pathname)).length,
    indexedPages: indexedPageCount(distDir),
  };
}

export function countsAgree(counts: SiteCounts): boolean {
  return counts.casePages === counts.entries && counts.sitemapCaseUrls === counts.entries && counts.indexedPages === counts.entries;
}
