// Build time: link-preview SVGs (src/lib/og-image.ts) to PNG with resvg (src/lib/build/og-draw.ts).
//
// Fonts: Noto Sans SC Regular and Bold (OFL-1.1) from the npm package @expo-google-fonts/noto-sans-sc,
// never the system's (loadSystemFonts: false), so a fresh machine without CJK fonts draws the same
// image as any other. Each weight is about 10 MB and resvg re-reads its fonts for every image
// (about 110 ms an image), so they are cut once per build to the characters the images use
// (`subset-font`, about 0.1 s a weight) and resvg loads the ~0.5 MB subsets instead.
//
// Workers: a build hands every case's image to prerender() up front, and worker threads (one per
// core but one, src/lib/build/og-worker.ts) draw them while the main thread renders the pages;
// the og.png endpoints, generated last, then only collect them.
//
// Cache: the PNG of an SVG is kept under node_modules/.cache/og-images/<sha256>.png, keyed by the
// SVG and the versions of renderer, resvg and font, so a rebuild only renders the cards that changed.
import subsetFont from 'subset-font';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgJob, OgJobDone } from './og-worker.ts';
import path from 'node:path';
import { drawOgPng, writeAtomic } from './og-draw.ts';
import { useNativeAllocatorSettings } from './native-allocators.ts';
import { cmapCodePoints } from '../sfnt.ts';

const require = createRequire(import.meta.url);

/** Bump when the output for the same SVG changes (encoder, options), to retire cached images. */
export const OG_RENDERER_VERSION = 2;

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** The full font files from the npm package. */
export function ogFontFiles(): string[] {
  const dir = path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  return FONT_FILES.map((file) => path.join(dir, file));
}

/** OG_IMAGE_CACHE moves the cache (`npm run bench` gives each synthetic site its own, cold one). */
export const DEFAULT_CACHE_DIR = process.env.OG_IMAGE_CACHE || path.join(process.cwd(), 'node_modules', '.cache', 'og-images');

export interface OgRenderStats {
  /** Images served from the cache. */
  hits: number;
  /** Images rendered. */
  misses: number;
  /** Time spent rendering and encoding the misses. */
  renderMs: number;
  /** Time spent reading and subsetting fonts. */
  fontMs: number;
  /** Characters in the current font subset. */
  glyphs: number;
  /** Of the misses, images drawn by worker threads. */
  onWorkers: number;
  /** Time during which the build waited for images drawn by worker threads (wall clock). */
  waitMs: number;
}

export interface OgRendererOptions {
  /** Where rendered PNGs and font subsets are kept; false for no cache (tests, measurements). */
  cacheDir?: string | false;
  /** Full font files; defaults to ogFontFiles(). */
  fontFiles?: string[];
}

function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

interface OgQueuedJob {
  svg: string;
  /** The cache file the worker writes; without one it sends the PNG back. */
  file?: string;
  resolve: (result: Buffer | string) => void;
  reject: (error: Error) => void;
}

export class OgRenderer {
  readonly stats: OgRenderStats = { hits: 0, misses: 0, renderMs: 0, fontMs: 0, glyphs: 0, onWorkers: 0, waitMs: 0 };
  /** Images being drawn by worker threads, by cache key. */
  readonly #pending = new Map<string, Promise<Buffer | string>>();
  readonly #queue: OgQueuedJob[] = [];
  #workers = 0;
  #waiting = 0;
  #waitStarted = 0;
  #fontFiles: string[] | undefined;
  readonly #cacheDir: string | false;
  readonly #sourceFonts: string[];
  readonly #versionKey: string;
  #covered = new Set<string>();
  #inFont: Set<number> | undefined;
  #subsetFiles: Promise<string[]> | undefined;

  constructor(options: OgRendererOptions = {}) {
    this.#cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
    this.#sourceFonts = options.fontFiles ?? ogFontFiles();
    this.#versionKey = [
      `og-renderer ${OG_RENDERER_VERSION}`,
      `@resvg/resvg-js ${packageVersion('@resvg/resvg-js')}`,
      `${FONT_PACKAGE} ${packageVersion(FONT_PACKAGE)}`,
      ...this.#sourceFonts.map((file) => path.basename(file)),
    ].join('\n');
  }

  /** The cache key of an SVG: its text and everything else that decides its pixels. */
  cacheKey(svg: string): string {
    return sha256(`${this.#versionKey}\n${svg}`);
  }

  /**
   * PNG of `svg`. `text` is every character it draws; `more` is text of other images of this build,
   * added to the font subset up front so that it is cut once per build rather than once per image.
   */
  async render(svg: string, text: string, more = ''): Promise<Buffer> {
    const pending = this.#pending.get(this.cacheKey(svg));
    if (pending) {
      // The main thread has nothing else to do until this image is drawn: lend its core too.
      this.#addWorkers(os.availableParallelism());
      // Several pages are generated at once: count the time during which any of them waits.
      if (this.#waiting++ === 0) this.#waitStarted = performance.now();
      const result = await pending.finally(() => {
        if (--this.#waiting === 0) this.stats.waitMs += performance.now() - this.#waitStarted;
      });
      return typeof result === 'string' ? readFileSync(result) : result;
    }
    const cached = this.#cacheDir ? path.join(this.#cacheDir, `${this.cacheKey(svg)}.png`) : undefined;
    if (cached && existsSync(cached)) {
      this.stats.hits += 1;
      return readFileSync(cached);
    }
    const fontFiles = await this.#fontsFor(text, more);
    const started = performance.now();
    const png = drawOgPng(svg, fontFiles);
    this.stats.renderMs += performance.now() - started;
    this.stats.misses += 1;
    if (cached) {
      mkdirSync(this.#cacheDir as string, { recursive: true });
      writeAtomic(cached, png);
    }
    return png;
  }

  /**
   * Starts drawing the images that are not in the cache on worker threads, so that render() of
   * the same SVG later only waits for (usually: collects) the result. `more` as for render().
   */
  async prerender(images: readonly { svg: string; text: string }[], more = ''): Promise<void> {
    const jobs: OgQueuedJob[] = [];
    for (const { svg } of images) {
      const key = this.cacheKey(svg);
      const file = this.#cacheDir ? path.join(this.#cacheDir, `${key}.png`) : undefined;
      if (this.#pending.has(key) || (file && existsSync(file))) continue;
      let resolve!: OgQueuedJob['resolve'];
      let reject!: OgQueuedJob['reject'];
      const promise = new Promise<Buffer | string>((res, rej) => ((resolve = res), (reject = rej)));
      promise.catch(() => undefined); // reported by the render() that awaits it
      this.#pending.set(key, promise);
      jobs.push({ svg, file, resolve, reject });
    }
    if (!jobs.length) return;
    this.#fontFiles = await this.#fontsFor(images.map((image) => image.text).join(''), more);
    if (this.#cacheDir) mkdirSync(this.#cacheDir, { recursive: true });
    this.#queue.push(...jobs);
    // One core is left to the main thread, which renders the pages meanwhile; render() adds
    // workers once the main thread itself is waiting for images.
    this.#addWorkers(os.availableParallelism() - 1);
  }

  /** Starts workers until `count` are drawing (at least one), while there are images queued. */
  #addWorkers(count: number): void {
    const fontFiles = this.#fontFiles!;
    // Workers load resvg, whose allocator reads the process's environment: only this (the main)
    // thread can set it.
    useNativeAllocatorSettings();
    while (this.#workers < Math.max(1, count) && this.#queue.length) {
      this.#workers += 1;
      // From the project root (Astro runs in it), not from import.meta.url: during a build this
      // module runs as a bundled chunk under dist/, away from its sources.
      const worker = new Worker(path.join(process.cwd(), 'src', 'lib', 'build', 'og-worker.ts'));
      let current: OgQueuedJob | undefined;
      let id = 0;
      const give = () => {
        current = this.#queue.shift();
        if (current) return worker.postMessage({ id: id++, svg: current.svg, fontFiles, file: current.file } satisfies OgJob);
        this.#workers -= 1;
        void worker.terminate();
      };
      worker.on('message', (done: OgJobDone) => {
        this.stats.renderMs += done.ms;
        this.stats.misses += 1;
        this.stats.onWorkers += 1;
        if (done.error) current!.reject(new Error(`preview image: ${done.error}`));
        // Images written to the cache are read back only when their endpoint asks, so that
        // thousands of finished PNGs are not all held in memory.
        else current!.resolve(done.png ? Buffer.from(done.png) : current!.file!);
        give();
      });
      worker.on('error', (error) => {
        for (const job of [current, ...this.#queue.splice(0)]) job?.reject(error);
      });
      give();
    }
  }

  /** Characters of `text` that the fonts have no glyph for (they would be drawn as blank boxes). */
  missingGlyphs(text: string): string[] {
    if (!this.#inFont) {
      const [first, ...others] = this.#sourceFonts.map((file) => cmapCodePoints(readFileSync(file)));
      this.#inFont = new Set([...first!].filter((code) => others.every((set) => set.has(code))));
    }
    const inFont = this.#inFont;
    return [...new Set(text)].filter((ch) => !/\s/u.test(ch) && !inFont.has(ch.codePointAt(0)!));
  }

  /** Font subsets that cover `text`; cut anew (with `more`) only when a character is missing. */
  #fontsFor(text: string, more: string): Promise<string[]> {
    const missing = [...text].filter((ch) => !/\s/u.test(ch) && !this.#covered.has(ch));
    if (this.#subsetFiles && missing.length === 0) return this.#subsetFiles;
    for (const ch of `${text}${more}`) if (!/\s/u.test(ch)) this.#covered.add(ch);
    const chars = [...this.#covered].sort().join('');
    const previous = this.#subsetFiles;
    this.#subsetFiles = (async () => {
      await previous?.catch(() => undefined);
      const started = performance.now();
      // Latin letters, digits and ASCII punctuation always, so a stray one never draws a blank.
      const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
      const dir = this.#cacheDir ? path.join(this.#cacheDir, 'fonts') : path.join(os.tmpdir(), `og-fonts-${process.pid}`);
      mkdirSync(dir, { recursive: true });
      const files = await Promise.all(
        this.#sourceFonts.map(async (source) => {
          const file = path.join(dir, `${path.basename(source, path.extname(source))}-${sha256(`${this.#versionKey}\n${chars}`).slice(0, 16)}.ttf`);
          if (!existsSync(file)) writeAtomic(file, await subsetFont(readFileSync(source), ascii + chars, { targetFormat: 'sfnt' }));
          return file;
        }),
      );
      this.stats.fontMs += performance.now() - started;
      this.stats.glyphs = chars.length;
      return files;
    })();
    return this.#subsetFiles;
  }
}

/**
 * One renderer per build, shared by the content gate (which starts the images) and the og.png
 * endpoints (which collect them). It lives on globalThis because the endpoints run as bundled
 * chunks with their own copy of this module.
 */
export function ogRenderer(): OgRenderer {
  const key = Symbol.for('anliku.og-renderer');
  const store = globalThis as { [key]?: OgRenderer };
  store[key] ??= new OgRenderer();
  return store[key];
}
