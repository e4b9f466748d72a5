// A worker thread that draws link-preview images (src/lib/build/og-render.ts): resvg and the PNG
// encoder run here, on another core, while the build's main thread renders pages.
import { Resvg } from '@resvg/resvg-js';
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { encodePng } from '../png.ts';

export interface OgJob {
  id: number;
  svg: string;
  fontFiles: string[];
  defaultFontFamily: string;
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
    const image = new Resvg(job.svg, { font: { fontFiles: job.fontFiles, loadSystemFonts: false, defaultFontFamily: job.defaultFontFamily } }).render();
    const png = encodePng(image.pixels, image.width, image.height);
    if (job.file) {
      const temp = `${job.file}.${process.pid}.${job.id}.tmp`;
      writeFileSync(temp, png);
      renameSync(temp, job.file);
      parentPort!.postMessage({ id: job.id, ms: performance.now() - started } satisfies OgJobDone);
    } else {
      const bytes = new Uint8Array(png);
      parentPort!.postMessage({ id: job.id, png: bytes, ms: performance.now() - started } satisfies OgJobDone, [bytes.buffer]);
    }
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ms: performance.now() - started, error: String(error) } satisfies OgJobDone);
  }
});
