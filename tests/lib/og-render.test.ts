// The renderer with the real font package: slower than the pure tests (a font subset, ~0.5 s).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OgRenderer, ogFontFiles } from '../../src/lib/build/og-render.ts';
import { OG_HEIGHT, OG_WIDTH, ogImageSvg, type OgCard } from '../../src/lib/og-image.ts';
import { readPngHeader } from '../../src/lib/png.ts';
import { cmapCodePoints } from '../../src/lib/sfnt.ts';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'og-render-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const CARD: OgCard = { siteName: '基层党建案例库', label: '案例·第 1 号', title: '大同市：“支部建在小区”', subtitle: '山西省大同市', footer: 'anliku.example.org' };

/** An SVG of one large character, to tell a real glyph from a blank box. */
const oneChar = (ch: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}"><rect width="100%" height="100%" fill="#fff"/><text x="100" y="400" font-family="Noto Sans SC" font-size="300">${ch}</text></svg>`;

describe('the font package', () => {
  it('ships Noto Sans SC Regular and Bold as TrueType with the CJK characters of the site', () => {
    for (const file of ogFontFiles()) {
      const font = readFileSync(file);
      expect(font.readUInt32BE(0), file).toBe(0x00010000); // TrueType outlines
      const points = cmapCodePoints(font);
      expect(points.size).toBeGreaterThan(25_000);
      for (const ch of '基层党建案例库简讯第号山西省内蒙古自治区鄂尔多斯巴彦淖尔“”：…·0aA') expect(points.has(ch.codePointAt(0)!), ch).toBe(true);
    }
  });
});

describe('OgRenderer', () => {
  const renderer = new OgRenderer({ cacheDir });

  it('draws a card as an 800×420 indexed-colour PNG', async () => {
    const { svg, text } = ogImageSvg(CARD);
    const png = await renderer.render(svg, text);
    expect(readPngHeader(png)).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT, colorType: 3 });
    expect(png.length).toBeLessThan(120 * 1024);
    expect(renderer.stats).toMatchObject({ hits: 0, misses: 1 });
  });

  it('serves the same SVG from the cache, byte for byte, and renders a changed one', async () => {
    const { svg, text } = ogImageSvg(CARD);
    const first = readFileSync(path.join(cacheDir, `${renderer.cacheKey(svg)}.png`));
    expect((await renderer.render(svg, text)).equals(first)).toBe(true);
    expect(renderer.stats.hits).toBe(1);
    const changed = ogImageSvg({ ...CARD, label: '案例·第 2 号' });
    expect((await renderer.render(changed.svg, changed.text)).equals(first)).toBe(false);
    expect(renderer.stats.misses).toBe(2);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('draws real glyphs, not blank boxes, also for characters first seen after the subset was cut', async () => {
    const fresh = new OgRenderer({ cacheDir: false });
    const images = await Promise.all(['党', '建', '鑫'].map((ch) => fresh.render(oneChar(ch), ch)));
    // Every missing glyph is the same box; three different characters give three different images.
    expect(new Set(images.map((png) => png.toString('base64'))).size).toBe(3);
    expect(fresh.stats.glyphs).toBeGreaterThanOrEqual(3);
  });

  it('cuts the font subset once when told the text of the other images up front', async () => {
    const fresh = new OgRenderer({ cacheDir: false });
    const titles = ['乌拉特中旗：干部“大学习”', '鄂尔多斯市：双报到', '辽源市：创新奖'];
    const all = titles.join('');
    for (const title of titles) {
      const { svg, text } = ogImageSvg({ ...CARD, title });
      await fresh.render(svg, text, all);
    }
    const glyphs = fresh.stats.glyphs;
    const { svg, text } = ogImageSvg({ ...CARD, title: titles[0]! });
    await fresh.render(svg, text, all);
    expect(fresh.stats.glyphs).toBe(glyphs);
  });

  it('draws images handed to prerender() on worker threads, the same bytes as drawn in place', async () => {
    const titles = ['乌拉特中旗：干部“大学习”', '鄂尔多斯市：双报到', '辽源市：创新奖'];
    const images = titles.map((title) => ogImageSvg({ ...CARD, title }));
    const all = images.map((image) => image.text).join('');
    const inPlace = new OgRenderer({ cacheDir: false });
    const expected = await Promise.all(images.map(({ svg, text }) => inPlace.render(svg, text, all)));

    const workerCache = mkdtempSync(path.join(os.tmpdir(), 'og-render-workers-'));
    try {
      for (const cache of [false, workerCache] as const) {
        const background = new OgRenderer({ cacheDir: cache });
        await background.prerender(images, all);
        const drawn = await Promise.all(images.map(({ svg, text }) => background.render(svg, text, all)));
        expect(drawn.map((png) => png.toString('base64'))).toEqual(expected.map((png) => png.toString('base64')));
        expect(background.stats).toMatchObject({ hits: 0, misses: 3, onWorkers: 3 });
      }
      // Written to the cache by the workers: a later build finds them there.
      const later = new OgRenderer({ cacheDir: workerCache });
      await later.prerender(images, all);
      await later.render(images[0]!.svg, images[0]!.text, all);
      expect(later.stats).toMatchObject({ hits: 1, misses: 0 });
    } finally {
      rmSync(workerCache, { recursive: true, force: true });
    }
  });

  it('names the characters the font has no glyph for', () => {
    expect(renderer.missingGlyphs('基层党建 案例库 1381 “”…')).toEqual([]);
    expect(renderer.missingGlyphs('党\ue000建')).toEqual(['\ue000']);
  });
});
