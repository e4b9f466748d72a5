// QR codes as inline SVG, made at build time: no script, no image request, sharp at any size
// (projected on a slide or printed on a card). The `qrcode` package computes the matrix; we draw
// it as one path of horizontal runs, which is a fraction of the size of one rect per module.
// Also loaded in the browser by the reading list page, whose address only the reader's list decides.
import encoder from 'qrcode/lib/core/qrcode.js';

/** Modules of white border the QR specification asks for around the symbol. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  /** Row-major; true = dark module. */
  dark: boolean[];
}

const matrices = new Map<string, QrMatrix>();

/**
 * Error correction M (15 %): survives a creased handout or a fold across the code. Memoised: a
 * case's code is drawn on its page, its card and its download, and choosing the mask pattern is
 * the costly part (about 2.5 ms a code).
 */
export function qrMatrix(text: string): QrMatrix {
  let matrix = matrices.get(text);
  if (!matrix) {
    const { modules } = encoder.create(text, { errorCorrectionLevel: 'M' });
    matrix = { size: modules.size, dark: Array.from(modules.data, (bit) => bit === 1) };
    matrices.set(text, matrix);
  }
  return matrix;
}

/** Path data: one `M x y h n` run per horizontal stretch of dark modules, offset by the quiet zone. */
export function qrPath({ size, dark }: QrMatrix): string {
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col++;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  return d;
}

/** What an SVG of the code needs: the side of its square viewBox (quiet zone included) and the path of its dark modules. */
export function qrDrawing(text: string): { box: number; path: string } {
  const matrix = qrMatrix(text);
  return { box: matrix.size + QUIET_ZONE * 2, path: qrPath(matrix) };
}

export interface QrSvgOptions {
  /** Accessible name, e.g. “本案例网址的二维码”. */
  label: string;
  /** Rendered size in CSS pixels; the viewBox keeps it sharp at any size. */
  pixels?: number;
  /** Standalone file (with XML namespace and no CSS class), for download. */
  standalone?: boolean;
}

/**
 * An SVG QR code that encodes `text`. Colours are fixed black on white, not theme colours: a
 * scanner needs dark modules on a light ground even when the page is in dark mode.
 */
export function qrSvg(text: string, { label, pixels = 160, standalone = false }: QrSvgOptions): string {
  const { box, path } = qrDrawing(text);
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const head = standalone ? `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"` : `<svg class="qr"`;
  return (
    `${head} viewBox="0 0 ${box} ${box}" width="${pixels}" height="${pixels}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<title>${escaped}</title><rect width="${box}" height="${box}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
