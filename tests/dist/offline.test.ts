// Reading offline in the built site: the service worker every page registers is there, at the top
// of the site, a classic script that asks nothing of another host and is re-checked on every
// update; the page that lists what it keeps is out of the sitemap and the search engines. Its
// behaviour is tested in Chromium (tests/browser/offline.test.ts). Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostHeadersFor, parseHostHeaders } from '../../src/lib/build/host-headers.ts';
import { sitemapUrls } from '../../src/lib/build/site-counts.ts';
import { OFFLINE_CACHE } from '../../src/lib/offline.ts';
import { OFFLINE_PAGE_URL } from '../../src/lib/urls.ts';
import { DIST, assertBuilt, readPage } from './support.ts';

beforeAll(assertBuilt);

const worker = () => readFileSync(path.join(DIST, 'sw.js'), 'utf8');

describe('the service worker', () => {
  it('is the address every page registers, at the top of the site', () => {
    const registering = readdirSync(path.join(DIST, '_astro'))
      .filter((name) => name.endsWith('.js'))
      .filter((name) => /\.register\(\s*["'`]\/sw\.js["'`]/.test(readFileSync(path.join(DIST, '_astro', name), 'utf8')));
    expect(registering).toHaveLength(1);
    const layoutScript = readPage('/').match(/<script type="module" src="(\/_astro\/[^"]+)"/g)?.join(' ') ?? '';
    expect(layoutScript).toContain(registering[0]);
    expect(existsSync(path.join(DIST, 'sw.js'))).toBe(true);
  });

  it('is one classic script with nothing to import and no other host to ask', () => {
    expect(() => new Script(worker())).not.toThrow();
    expect(worker()).not.toMatch(/\bimport\s*[("'`{*]|\bexport\s/);
    expect(worker()).not.toMatch(/https?:\/\//);
    expect(worker()).toContain(OFFLINE_CACHE);
  });

  it('is asked of the server on every check for an update', () => {
    const rules = parseHostHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
    expect(hostHeadersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
  });
});

describe('the offline page', () => {
  it('is built, kept out of the sitemap and the search engines', () => {
    const html = readPage(OFFLINE_PAGE_URL);
    expect(html).toMatch(/<h1[^>]*>离线阅读<\/h1>/);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(sitemapUrls(DIST).filter((url) => new URL(url).pathname === OFFLINE_PAGE_URL)).toEqual([]);
  });

  it('is linked from every page’s footer', () => {
    for (const page of ['/', '/cases/', '/search/']) expect(readPage(page)).toContain(`href="${OFFLINE_PAGE_URL}"`);
  });
});
