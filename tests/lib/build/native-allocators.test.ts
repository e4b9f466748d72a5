// The allocator settings must reach the native code that reads them: resvg's mimalloc when its
// addon loads (in the process, on the main thread or a worker) and Pagefind's jemalloc when its
// process starts. Each check runs in a fresh Node process, where nothing has loaded resvg yet.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGEFIND_MALLOC_CONF, useNativeAllocatorSettings } from '../../../src/lib/build/native-allocators.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'native-allocators-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let runs = 0;

/**
 * Runs an ES module in a new Node process, with the settings' variables removed from its
 * environment; returns what it wrote to stderr.
 */
function runModule(source: string, env: Record<string, string> = {}): string {
  const file = path.join(temp, `run-${++runs}.mjs`);
  writeFileSync(file, source);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MIMALLOC_') && name !== '_RJEM_MALLOC_CONF'));
  const run = spawnSync(process.execPath, [file], { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`exit ${run.status}: ${run.stderr}`);
  return run.stderr;
}

/** What a module's run printed with MIMALLOC_VERBOSE set: mimalloc lists its options as it starts. */
const mimallocStartup = (source: string): string => runModule(source, { MIMALLOC_VERBOSE: '1' });
const LARGE_PAGES_ON = /mimalloc: option 'allow_large_os_pages': 1/;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><rect width="8" height="4" fill="#fff"/></svg>';

describe('useNativeAllocatorSettings', () => {
  it('adds both programs’ settings to an environment without them', () => {
    const env: NodeJS.ProcessEnv = {};
    useNativeAllocatorSettings(env);
    expect(env).toEqual({ _RJEM_MALLOC_CONF: PAGEFIND_MALLOC_CONF, MIMALLOC_ALLOW_LARGE_OS_PAGES: '1' });
  });

  it('keeps a value someone set, even an empty one (which turns the setting off)', () => {
    const env: NodeJS.ProcessEnv = { _RJEM_MALLOC_CONF: '', MIMALLOC_ALLOW_LARGE_OS_PAGES: '0' };
    useNativeAllocatorSettings(env);
    expect(env).toEqual({ _RJEM_MALLOC_CONF: '', MIMALLOC_ALLOW_LARGE_OS_PAGES: '0' });
  });
});

describe('resvg’s allocator', () => {
  it('starts with large pages when a preview image is drawn on the main thread', () => {
    // Loading resvg on import (as og-draw.ts once did) would start its allocator before the setting.
    const stderr = mimallocStartup(`import { drawOgPng } from ${JSON.stringify(path.join(ROOT, 'src/lib/build/og-draw.ts'))};\ndrawOgPng(${JSON.stringify(SVG)}, []);`);
    expect(stderr).toMatch(LARGE_PAGES_ON);
  });

  it('starts with large pages on the worker threads that draw a build’s images', () => {
    const cache = path.join(temp, 'og-cache');
    const stderr = mimallocStartup(
      `import { OgRenderer } from ${JSON.stringify(path.join(ROOT, 'src/lib/build/og-render.ts'))};\n` +
        `import { ogImageSvg } from ${JSON.stringify(path.join(ROOT, 'src/lib/og-image.ts'))};\n` +
        `const renderer = new OgRenderer({ cacheDir: ${JSON.stringify(cache)} });\n` +
        `const card = ogImageSvg({ siteName: '案例库', title: '大同' });\n` +
        `await renderer.prerender([card]);\nawait renderer.render(card.svg, card.text);\n` +
        `if (renderer.stats.onWorkers !== 1) throw new Error('drawn on the main thread');`,
    );
    expect(stderr).toMatch(LARGE_PAGES_ON);
  });

});

describe('Pagefind’s allocator', () => {
  it.skipIf(process.platform === 'win32')('gets its settings in the environment of the process the index step starts', () => {
    // Pagefind's Node API starts the binary named by PAGEFIND_EXTENDED_BINARY_PATH: a stand-in
    // that writes down the setting it was given, then runs the real binary.
    const real = createRequire(path.join(ROOT, 'node_modules/pagefind/package.json')).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
    const seen = path.join(temp, 'seen-conf.txt');
    const standIn = path.join(temp, 'pagefind-stand-in.sh');
    writeFileSync(standIn, `#!/bin/sh\nprintf '%s' "$_RJEM_MALLOC_CONF" > ${JSON.stringify(seen)}\nexec ${JSON.stringify(real)} "$@"\n`);
    chmodSync(standIn, 0o755);
    const dist = path.join(temp, 'dist');
    mkdirSync(path.join(dist, 'cases', 'a'), { recursive: true });
    writeFileSync(path.join(dist, 'cases', 'a', 'index.html'), '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body data-pagefind-filter="kind:案例"><h1>大同</h1><p>支部建在小区</p></article></body></html>');
    runModule(`import { buildSearchIndex } from ${JSON.stringify(path.join(ROOT, 'src/lib/build/search-index.ts'))};\nawait buildSearchIndex(${JSON.stringify(dist)});`, {
      PAGEFIND_EXTENDED_BINARY_PATH: standIn,
    });
    expect(readFileSync(seen, 'utf8')).toBe(PAGEFIND_MALLOC_CONF);
  });
});
