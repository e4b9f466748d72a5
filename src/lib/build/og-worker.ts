// A worker thread that draws link-preview images (src/lib/build/og-render.ts) on another core,
// while the build's main thread reads, bundles and renders the pages.
import { parentPort } from 'node:worker_threads';
import { drawOgPng, writeAtomic } from './og-draw.ts';

export interface OgJob {
  id: number;
  svg: string;
  fontFiles: string[];
  /** Where to write the PNG (the cache); without it the PNG is sent back instead. */
  file?: string;
}

export interface OgJobDone {
  id: number;
  png?: Uint8Array;
  ms: number;
  error?: string;
}

parentPort!.on('message', (job: OgJob) => {
  const started = performance.now();
  try {
    const png = drawOgPng(job.svg, job.fontFiles);
    if (job.file) {
      writeAtomic(job.file, png);
      parentPort!.postMessage({ id: job.id, ms: performance.now() - started } satisfies OgJobDone);
    } else {
      const bytes = new Uint8Array(png);
      parentPort!.postMessage({ id: job.id, png: bytes, ms: performance.now() - started } satisfies OgJobDone, [bytes.buffer]);
    }
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ms: performance.now() - started, error: String(error) } satisfies OgJobDone);
  }
});
