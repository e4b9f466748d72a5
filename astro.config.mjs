// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { contentGate } from './src/integrations/content-gate.ts';
import { SITE_URL } from './src/config/site.ts';
import { readAliasSlugs } from './src/lib/vocabulary.ts';

// Redirect stubs are not pages of their own: /c/<n>/ short links and /cases/<old-slug>/ aliases.
const aliasPaths = new Set(readAliasSlugs().map((slug) => `/cases/${slug}/`));
/** @param {string} pathname */
const isRedirectStub = (pathname) => /^\/c\/\d+\/$/.test(pathname) || aliasPaths.has(pathname);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Several pages in flight: while one waits on a file write or a preview image, the next renders
  // (page generation at 1,000 entries: 18–21 s one at a time, 12–14 s with 4).
  build: { format: 'directory', concurrency: 4 },
  // Astro 7 compiles Markdown/MDX with its native Sätteri processor, which has GFM (tables,
  // strikethrough, autolinks) built in: `remark-gfm` is used by `npm run check`'s parser, while the
  // build keeps the faster default pipeline instead of the slower unified one. No smart
  // punctuation: entries quote their sources and must print the text as written.
  markdown: { processor: satteri({ features: { gfm: true, smartPunctuation: false } }) },
  // Astro inlines bundled scripts smaller than this limit into the page, and the CSP
  // (script-src 'self', src/config/site.ts) blocks inline scripts: always emit them as files.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro 7 emits a `"use astro:head-inject"` directive into every MDX module and rolldown
        // warns about each (withastro/astro#18087, harmless): a 10-line warning per entry buries
        // the build's real messages, so only this one is silenced.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // contentGate last: its build:done hook indexes and counts the finished site, sitemap included.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !isRedirectStub(new URL(page).pathname) && !new URL(page).pathname.startsWith('/list/'),
    }),
    contentGate(),
  ],
});
