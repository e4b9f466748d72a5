// A small PNG writer and reader for the link-preview images (src/lib/build/og-render.ts).
//
// resvg's own encoder always writes 8-bit RGBA. A card of flat colours and anti-aliased text in
// three inks has well under 256 distinct colours, so it is written here as an indexed-colour PNG
// instead: lossless, a third of the pixel data, and less than half the file size.
import { crc32, deflateSync } from 'node:zlib';

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
  const colors = new Map<number, number>();
  const rows = Buffer.allocUnsafe(height * (width + 1));
  let out = 0;
  let lastColor = -1;
  let lastIndex = 0;
  for (let y = 0, i = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++, i += 4) {
      if (rgba[i + 3] !== 255) return null;
      const color = (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
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
      rows[out++] = lastIndex;
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
      chunk('IDAT', deflateSync(indexed.rows, { level: 6 })),
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
