// /sw.js: the service worker (src/service-worker/sw.ts), bundled into one classic script at a
// fixed address: a service worker's scope is the folder of its address, and the browser compares
// the file byte for byte to find an update, so it cannot be one of Vite's hashed bundles.
import path from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { BROWSER_TARGETS } from '../config/browsers.ts';

export const GET: APIRoute = async () => {
  const bundled = await build({
    // From the project root (Astro runs in it): during a build import.meta.url is the bundled route's.
    entryPoints: [path.join(process.cwd(), 'src', 'service-worker', 'sw.ts')],
    bundle: true,
    format: 'iife',
    // Syntax newer than the browsers served is rewritten for them (src/config/browsers.ts).
    target: BROWSER_TARGETS,
    // esbuild counts destructuring as Safari 14.1's, for an edge case of its tests; Safari has read
    // ordinary destructuring since 10, and Vite leaves it in place for the same targets.
    supported: { destructuring: true },
    minify: true,
    write: false,
    legalComments: 'none',
  });
  return new Response(bundled.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
