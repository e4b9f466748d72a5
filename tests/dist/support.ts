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
