// Draws one link-preview image: the SVG rasterised by resvg with the given font files (never the
// system's), written as a PNG (src/lib/png.ts). Used in place by src/lib/build/og-render.ts and
// on worker threads by src/lib/build/og-worker.ts, so both give the same bytes.
import { renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OG_FONT_FAMILY } from '../og-image.ts';
import { encodePng } from '../png.ts';
import { useNativeAllocatorSettings } from './native-allocators.ts';

const require = createRequire(import.meta.url);
let resvg: typeof import('@resvg/resvg-js') | undefined;

/**
 * resvg's addon, loaded on first use rather than on import: its allocator reads its settings from
 * the environment when the addon loads (src/lib/build/native-allocators.ts).
 */
function loadResvg(): typeof import('@resvg/resvg-js') {
  if (!resvg) {
    useNativeAllocatorSettings();
    resvg = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  }
  return resvg;
}

export function drawOgPng(svg: string, fontFiles: string[]): Buffer {
  const { Resvg } = loadResvg();
  const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** Writes a file under a temporary name first, so a build stopped halfway leaves no torn file. */
export function writeAtomic(file: string, data: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}
