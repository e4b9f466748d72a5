// `npm run screenshots`: full-page captures of the built site for design review. Builds nothing —
// run `npm run build` first. Serves dist/ on loopback, opens each page at a phone and a desktop
// width in light and dark, and writes reports/screenshots/<page>-<width>-<scheme>.png.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtCaseSlugs } from '../src/lib/build/site-counts.ts';
import { launchChromium } from '../tests/browser/support/browser.ts';
import { startStaticServer } from '../tests/browser/support/server.ts';

const DIST = 'dist';
const OUT = 'reports/screenshots';
const VIEWPORTS = [
  { name: '375', width: 375, height: 812 },
  { name: '1280', width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;

/** The built page under `dir` (e.g. dist/cases) whose HTML is largest: the richest example. */
function largestPage(dir: string): string | undefined {
  const candidates = readdirSync(path.join(DIST, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, size: statSync(path.join(DIST, dir, entry.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  return candidates[0] && `/${dir}/${candidates[0].name}/`;
}

/** The case with the most h2 sections, so the table of contents shows up. */
function richestCase(): string | undefined {
  const dir = path.join(DIST, 'cases');
  const scored = builtCaseSlugs(DIST)
    .map((slug) => ({ slug, headings: (readFileSync(path.join(dir, slug, 'index.html'), 'utf8').match(/<h2/g) ?? []).length }))
    .sort((a, b) => b.headings - a.headings || a.slug.localeCompare(b.slug));
  return scored[0] && `/cases/${scored[0].slug}/`;
}

const caseUrl = process.env.SCREENSHOT_CASE ?? richestCase();
const pages: { name: string; url: string; print?: boolean; waitFor?: string }[] = [
  { name: 'home', url: '/' },
  { name: 'catalog', url: '/cases/' },
  ...(caseUrl ? [{ name: 'case', url: caseUrl }, { name: 'case-print', url: caseUrl, print: true }] : []),
  { name: 'search', url: `/search/?q=${encodeURIComponent('擂台赛')}`, waitFor: '[data-results] li' },
  { name: 'regions', url: '/regions/' },
  ...(largestPage('regions') ? [{ name: 'region', url: largestPage('regions')! }] : []),
  { name: 'tags', url: '/tags/' },
  ...(largestPage('tags') ? [{ name: 'tag', url: largestPage('tags')! }] : []),
  { name: '404', url: '/no-such-page/' },
];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await startStaticServer(DIST);
const browser = await launchChromium();
try {
  for (const viewport of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const target of pages) {
        if (target.print && scheme === 'dark') continue; // print is always on white paper
        await page.emulateMedia({ media: target.print ? 'print' : 'screen', colorScheme: scheme });
        await page.goto(server.url + target.url, { waitUntil: 'networkidle' });
        if (target.waitFor) await page.waitForSelector(target.waitFor, { timeout: 15_000 }).catch(() => undefined);
        const file = path.join(OUT, `${target.name}-${viewport.name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}  ${target.url}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
