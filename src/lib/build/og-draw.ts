// Draws one link-preview image: the SVG rasterised by resvg with the given font files (never the
// system's), written as a PNG (src/lib/png.ts). Used in place by src/lib/build/og-render.ts and
// on worker threads by src/lib/build/og-worker.ts, so both give the same bytes.
import { Resvg } from '@resvg/resvg-js';
import { renameSync, writeFileSync } from 'node:fs';
import { OG_FONT_FAMILY } from '../og-image.ts';
import { encodePng } from '../png.ts';

export function drawOgPng(svg: string, fontFiles: string[]): Buffer {
  const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** Writes a file under a temporary name first, so a build stopped halfway leaves no torn file. */
export function writeAtomic(file: string, data: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}
