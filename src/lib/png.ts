// A small PNG writer and reader for the link-preview images (src/lib/build/og-render.ts).
//
// resvg's own encoder always writes 8-bit RGBA. A card of flat colours and anti-aliased text in
// three inks has well under 256 distinct colours, so it is written here as an indexed-colour PNG
// instead: lossless, a quarter of the pixel data, and about half the file size.
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function ihdr(width: number, height: number, colorType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = colorType; // 3 = indexed, 2 = RGB, 6 = RGBA
  return chunk('IHDR', data); // compression, filter and interlace methods: 0
}

/**
 * Maps the pixels to palette indexes, one byte per pixel with a filter byte (0) per row; null when
 * the image has more than 256 colours or any transparency.
 */
export function toIndexed(rgba: Uint8Array, width: number, height: number): { palette: Buffer; rows: Buffer } | null {
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const stride = width * 4;
  const colors = new Map<number, number>();
  const rows = Buffer.allocUnsafe(height * (width + 1));
  let lastColor = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const out = y * (width + 1);
    rows[out] = 0;
    // Most rows of a card are background or repeat the row above: compare them natively.
    if (y > 0 && pixels.compare(pixels, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0) {
      rows.copyWithin(out + 1, out - width, out);
      continue;
    }
    for (let x = 0, i = y * stride, o = out + 1; x < width; x++, i += 4, o++) {
      if (pixels[i + 3] !== 255) return null;
      const color = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      if (color !== lastColor) {
        let index = colors.get(color);
        if (index === undefined) {
          if (colors.size === 256) return null;
          index = colors.size;
          colors.set(color, index);
        }
        lastColor = color;
        lastIndex = index;
      }
      rows[o] = lastIndex;
    }
  }
  const palette = Buffer.alloc(colors.size * 3);
  for (const [color, index] of colors) {
    palette[index * 3] = color >> 16;
    palette[index * 3 + 1] = (color >> 8) & 255;
    palette[index * 3 + 2] = color & 255;
  }
  return { palette, rows };
}

/** A PNG of 8-bit RGBA pixels: indexed colour when it can be, else RGBA. Deterministic. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes is not ${width}×${height} RGBA`);
  const indexed = toIndexed(rgba, width, height);
  if (indexed) {
    return Buffer.concat([
      SIGNATURE,
      ihdr(width, height, 3),
      chunk('PLTE', indexed.palette),
      // Run-length deflate: a fifth of the time of the default level for ~15 % more bytes
      // (about 28 KB rather than 24 KB for a typical card).
      chunk('IDAT', deflateSync(indexed.rows, { strategy: constants.Z_RLE })),
      chunk('IEND', new Uint8Array()),
    ]);
  }
  const rows = Buffer.allocUnsafe(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0;
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([SIGNATURE, ihdr(width, height, 6), chunk('IDAT', deflateSync(rows, { level: 6 })), chunk('IEND', new Uint8Array())]);
}

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

/** Width, height and colour type from the IHDR chunk; null when the bytes are not a PNG. */
export function readPngHeader(bytes: Uint8Array): PngInfo | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf[24]!, colorType: buf[25]! };
}
