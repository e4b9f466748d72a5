// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/config/markdown.ts';
import sitemap from '@astrojs/sitemap';
import { contentGate } from './src/integrations/content-gate.ts';
import { SITE_URL } from './src/config/site.ts';
import { BROWSER_TARGETS } from './src/config/browsers.ts';
import { readAliasSlugs } from './src/lib/vocabulary.ts';

// Redirect stubs are not pages of their own: /c/<n>/ short links and /cases/<old-slug>/ aliases.
const aliasPaths = new Set(readAliasSlugs().map((slug) => `/cases/${slug}/`));
/** @param {string} pathname */
const isRedirectStub = (pathname) => /^\/c\/\d+\/$/.test(pathname) || aliasPaths.has(pathname);

/** The modules of a case page's trainer tools, bundled as one file (see `codeSplitting` below). */
const CASE_PAGE_TOOLS = /src\/(scripts\/(trainer-tools|list-buttons|list-storage)|lib\/(reading-list|access-date))\.ts$/;

export default defineConfig({
  site: SITE_URL,
  // The built site is the same either way; 'always' made `astro preview` answer an address without
  // its closing slash (…/cases/x/。) with Astro's own 404 page instead of ours, which repairs it.
  trailingSlash: 'ignore',
  // Astro keeps its content store (every entry, parsed) under node_modules/.astro by default.
  // `npm run bench` gives each synthetic site a cache of its own: in the shared one, a second
  // bench run found its 5,000 entries already parsed (content sync 2 s instead of 6 s) and
  // overwrote the project's own store with theirs.
  cacheDir: process.env.ANLIKU_ASTRO_CACHE_DIR || undefined,
  // Several pages in flight: while one waits on a file write or a preview image, the next renders
  // (page generation at 1,000 entries: 18–21 s one at a time, 12–14 s with 4).
  build: { format: 'directory', concurrency: 4 },
  // Entries are MDX files but are rendered as Markdown by their content loader
  // (src/lib/entry-markdown.ts says why), so the MDX integration is not used.
  markdown: { processor: markdownProcessor },
  // Astro inlines bundled scripts smaller than this limit into the page, and the CSP
  // (script-src 'self', src/config/site.ts) blocks inline scripts: always emit them as files.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Syntax newer than these browsers is rewritten for them (src/config/browsers.ts says which and why).
      target: BROWSER_TARGETS,
      rolldownOptions: {
        output: {
          // What every case page runs (its trainer tools and 加入清单) is shared with the search,
          // list and offline pages, each sharing a different part: left to itself the bundler cuts
          // it into one small file per combination, and a case page asked for five of them (over
          // its 20 KB budget: 20,327 B, against 19,487 B as one). One file; the search page loads
          // ~2 KB of it that it does not run.
          codeSplitting: { groups: [{ name: 'trainer-tools', test: CASE_PAGE_TOOLS }] },
        },
      },
    },
  },
  // contentGate last: its build:done hook indexes and counts the finished site, sitemap included.
  integrations: [
    sitemap({
      // Pages whose content depends on the reader (the address, this device's kept pages) are not listed.
      filter: (page) => !isRedirectStub(new URL(page).pathname) && !['/list/', '/offline/'].some((prefix) => new URL(page).pathname.startsWith(prefix)),
    }),
    contentGate(),
  ],
});
