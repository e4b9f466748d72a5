import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode/lib/core/qrcode.js';
import { QUIET_ZONE, qrMatrix, qrPath, qrSvg } from '../../src/lib/qr.ts';

const URL = 'https://anliku.example.org/cases/datong-xiaoqu-zhibu/';

/** Reads the dark modules back out of the path's `M x y h n` runs. */
function darkCells(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let i = 0; i < Number(n); i++) cells.add(`${Number(y) - QUIET_ZONE},${Number(x) + i - QUIET_ZONE}`);
  }
  return cells;
}

describe('qrMatrix', () => {
  it('is the qrcode package’s matrix for the URL at error correction M', () => {
    const { modules } = QRCode.create(URL, { errorCorrectionLevel: 'M' });
    const matrix = qrMatrix(URL);
    expect(matrix.size).toBe(modules.size);
    expect(matrix.dark.filter(Boolean).length).toBe(Array.from(modules.data).filter((bit) => bit === 1).length);
  });
});

describe('qrPath', () => {
  it('draws exactly the dark modules, offset by the quiet zone', () => {
    const matrix = qrMatrix(URL);
    const expected = new Set<string>();
    matrix.dark.forEach((dark, i) => dark && expected.add(`${Math.floor(i / matrix.size)},${i % matrix.size}`));
    expect(darkCells(qrPath(matrix))).toEqual(expected);
  });

  it('draws the three finder patterns’ corners', () => {
    const { size, dark } = qrMatrix(URL);
    for (const [row, col] of [[0, 0], [0, size - 1], [size - 1, 0]] as const) expect(dark[row * size + col]).toBe(true);
  });
});

describe('qrSvg', () => {
  it('is an accessible inline image with a white quiet zone and a square viewBox', () => {
    const svg = qrSvg(URL, { label: '本案例网址的二维码' });
    const box = qrMatrix(URL).size + 2 * QUIET_ZONE;
    expect(svg).toMatch(/^<svg class="qr" /);
    expect(svg).toContain(`viewBox="0 0 ${box} ${box}"`);
    expect(svg).toContain('role="img" aria-label="本案例网址的二维码"');
    expect(svg).toContain('<title>本案例网址的二维码</title>');
    expect(svg).toContain('fill="#fff"');
  });

  it('makes a standalone file with the SVG namespace for download', () => {
    const svg = qrSvg(URL, { label: 'x', standalone: true, pixels: 512 });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('width="512"');
  });

  it('escapes the label', () => {
    expect(qrSvg(URL, { label: 'a"<b&' })).toContain('aria-label="a&quot;&lt;b&amp;"');
  });

  it('is deterministic, so rebuilding an unchanged site changes no file', () => {
    expect(qrSvg(URL, { label: 'x' })).toBe(qrSvg(URL, { label: 'x' }));
  });
});
