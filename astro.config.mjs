// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  build: { format: 'directory' },
  // Astro 7 compiles Markdown/MDX with its built-in satteri processor, which has GFM (tables,
  // strikethrough, autolinks) built in: `remark-gfm` is used by `npm run check`'s parser, while the
  // build keeps the faster default pipeline instead of the slower unified one.
  markdown: { gfm: true, smartypants: false },
  // Astro inlines bundled scripts smaller than this limit into the page, and the CSP
  // (script-src 'self', src/config/site.ts) blocks inline scripts: always emit them as files.
  vite: { build: { assetsInlineLimit: 0 } },
  // contentGate last: its build:done hook indexes and counts the finished site, sitemap included.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !isRedirectStub(new URL(page).pathname) && !new URL(page).pathname.startsWith('/list/'),
    }),
    contentGate(),
  ],
});
