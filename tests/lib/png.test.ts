import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, readPngHeader, toIndexed } from '../../src/lib/png.ts';

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

function chunksOf(png: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    chunks.push({ type, data, crcOk: (crc32(png.subarray(at + 4, at + 8 + length)) >>> 0) === png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

/** Decodes the PNGs encodePng writes (8-bit, filter 0 on every row) back to RGBA. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const { width, height, colorType } = readPngHeader(png)!;
  const chunks = chunksOf(png);
  const rows = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rgba = Buffer.alloc(width * height * 4);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const stride = colorType === 3 ? width + 1 : width * 4 + 1;
  for (let y = 0; y < height; y++) {
    expect(rows[y * stride]).toBe(0);
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 4;
      if (colorType === 3) {
        const index = rows[y * stride + 1 + x]!;
        palette!.copy(rgba, out, index * 3, index * 3 + 3);
        rgba[out + 3] = 255;
      } else rows.copy(rgba, out, y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4);
    }
  }
  return { width, height, rgba };
}

function image(width: number, height: number, color: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(color(x, y), (y * width + x) * 4);
  return rgba;
}

describe('encodePng', () => {
  it('writes a few-colour opaque image as indexed colour, losslessly', () => {
    const rgba = image(7, 5, (x, y) => (x === y ? [179, 38, 30, 255] : x > y ? [251, 250, 247, 255] : [31, 31, 31, 255]));
    const png = encodePng(rgba, 7, 5);
    expect(readPngHeader(png)).toEqual({ width: 7, height: 5, bitDepth: 8, colorType: 3 });
    expect(chunksOf(png).map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(chunksOf(png).find((c) => c.type === 'PLTE')!.data.length).toBe(3 * 3);
    expect(decode(png).rgba.equals(rgba)).toBe(true);
  });

  it('falls back to RGBA past 256 colours or with transparency, still losslessly', () => {
    const many = image(40, 10, (x, y) => [x * 6, y * 20, (x * y) % 256, 255]);
    const seeThrough = image(3, 3, (x) => [0, 0, 0, x * 100]);
    for (const [rgba, width, height] of [[many, 40, 10], [seeThrough, 3, 3]] as const) {
      const png = encodePng(rgba, width, height);
      expect(readPngHeader(png)!.colorType).toBe(6);
      expect(decode(png).rgba.equals(rgba)).toBe(true);
    }
  });

  it('writes correct chunk checksums and is deterministic', () => {
    const rgba = image(16, 16, (x, y) => ((x + y) % 3 ? [255, 255, 255, 255] : [179, 38, 30, 255]));
    const png = encodePng(rgba, 16, 16);
    expect(chunksOf(png).every((c) => c.crcOk)).toBe(true);
    expect(encodePng(rgba, 16, 16).equals(png)).toBe(true);
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/RGBA/);
  });
});

describe('toIndexed', () => {
  it('gives up at the 257th colour', () => {
    expect(toIndexed(image(256, 1, (x) => [x, 0, 0, 255]), 256, 1)).not.toBeNull();
    expect(toIndexed(image(257, 1, (x) => [x % 256, x >> 8, 0, 255]), 257, 1)).toBeNull();
  });
});

describe('readPngHeader', () => {
  it('is null for bytes that are not a PNG', () => {
    expect(readPngHeader(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(readPngHeader(new Uint8Array(4))).toBeNull();
  });
});
