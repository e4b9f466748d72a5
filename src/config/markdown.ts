// How Markdown becomes HTML, for the build (astro.config.mjs) and for tests that render an entry
// body the way the build does. Astro 7's native Sätteri processor has GFM (tables, strikethrough,
// autolinks) built in: `remark-gfm` is used by `npm run check`'s parser, while the build keeps this
// faster pipeline instead of the slower unified one. No smart punctuation: entries quote their
// sources and must print the text as written.
import { satteri } from '@astrojs/markdown-satteri';

export const markdownProcessor = satteri({ features: { gfm: true, smartPunctuation: false } });
