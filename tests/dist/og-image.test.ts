// Link-preview images: every page names an og:image that exists in dist/ as a PNG of the stated size.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config/site.ts';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og-image.ts';
import { readPngHeader } from '../../src/lib/png.ts';
import { readCaseSlugs } from '../../src/lib/vocabulary.ts';
import { DIST, assertBuilt, listHtmlFiles, readPage } from './support.ts';

/** Budget per image: an 800×420 card is about 10–25 KB as indexed-colour PNG. */
const MAX_BYTES = 60 * 1024;
const ORIGIN = new URL(SITE_URL).origin;
const slugs = readCaseSlugs();

beforeAll(assertBuilt);

function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

/** The file in dist/ an absolute og:image URL on the site's origin is served from. */
function fileOf(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  return path.join(DIST, new URL(url).pathname);
}

function expectPreviewPng(file: string): number {
  expect(existsSync(file), file).toBe(true);
  const bytes = readFileSync(file);
  expect(readPngHeader(bytes), file).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
  expect(statSync(file).size, file).toBeLessThanOrEqual(MAX_BYTES);
  return bytes.length;
}

describe('link-preview images', () => {
  it.each(slugs)('/cases/%s/ names its own og.png, an 800×420 PNG of at most 60 KB', (slug) => {
    const html = readPage(`/cases/${slug}/`);
    const image = meta(html, 'og:image');
    expect(image).toBe(`${ORIGIN}/cases/${slug}/og.png`);
    expectPreviewPng(fileOf(image!));
    expect(meta(html, 'og:image:width')).toBe(String(OG_WIDTH));
    expect(meta(html, 'og:image:height')).toBe(String(OG_HEIGHT));
    expect(meta(html, 'og:image:type')).toBe('image/png');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });

  it('every other page names the site-wide /og-default.png, or its own image', () => {
    const images = new Set<string>();
    for (const file of listHtmlFiles()) {
      const html = readFileSync(file, 'utf8');
      if (html.includes('http-equiv="refresh"')) continue; // redirect stubs
      const image = meta(html, 'og:image');
      expect(image, path.relative(DIST, file)).toBeDefined();
      images.add(image!);
    }
    expect(images.has(`${ORIGIN}/og-default.png`)).toBe(true);
    for (const image of images) expectPreviewPng(fileOf(image));
  });

  it('are all different: each case has its own picture', () => {
    const digests = new Set(slugs.map((slug) => readFileSync(path.join(DIST, 'cases', slug, 'og.png')).toString('base64')));
    expect(digests.size).toBe(slugs.length);
  });
});
