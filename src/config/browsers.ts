// The oldest browsers whose readers the site's scripts must serve: where a reader's browser is
// older, pages still read (reading needs no JavaScript), but search and the trainer tools would
// stop at the first syntax or function it lacks. Cadres read in WeChat and the browsers of Chinese
// phones, whose engines lag the current ones:
// - chrome87: Android's system WebView on phones that no longer update it, and the Chromium-based
//   kernels of Chinese apps and browsers (Tencent's X5 in QQ and older WeChat was Chromium 89);
//   also the first Chrome with Intl.Segmenter.
// - safari14: WeChat on an iPhone uses the system's WebKit, so it is as old as the phone's iOS;
//   iOS 14.0 lacks Intl.Segmenter (14.1 has it), which the search page does without.
// - firefox115: the last Firefox for Windows 7 and 8 (extended support), on office PCs.
// Vite (astro.config.mjs) and esbuild (/sw.js) build for it; Pagefind's own scripts are not
// rebuilt, only checked, with everything else the site ships, by tests/dist/browsers.test.ts.
export const BROWSER_TARGETS = ['chrome87', 'safari14', 'firefox115'];
