// Builds the Pagefind index of the built site with Pagefind's Node API. Each case page (the
// pages with data-pagefind-body) is handed over as a copy whose text is rewritten into
// bigram terms (src/lib/search-tokens.ts); the browser cuts queries the same way. Pagefind is
// told the language is English so that it only splits on spaces — its own Chinese segmenter
// is the slowest and most memory-hungry step of a large build, and disagrees with the query side.
import * as pagefind from 'pagefind';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { toIndexHtml } from '../search-tokens.ts';

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}

/** Enough to keep Pagefind busy; few enough that pages' rewritten HTML doesn't pile up in memory. */
const MAX_PAGES_IN_FLIGHT = 16;

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Pages are sent in file order but not one at a time: Pagefind indexes in its own process, so
  // while it works on one page this process rewrites the next ones (a serial await left one of
  // the two cores idle).
  const inFlight = new Set<Promise<void>>();
  let pages = 0;
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${path.relative(distDir, path.dirname(file)).split(path.sep).join('/')}/`;
    const adding: Promise<void> = index.addHTMLFile({ url, content: toIndexHtml(html) }).then((added) => {
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
  return { pages };
}
