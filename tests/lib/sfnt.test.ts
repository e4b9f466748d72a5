import { describe, expect, it } from 'vitest';
import { cmapCodePoints } from '../../src/lib/sfnt.ts';

/** A font file with nothing but a cmap table holding the given subtable (platform 3). */
function fontWithCmap(subtable: Buffer, encoding = 1): Buffer {
  const cmap = Buffer.alloc(12);
  cmap.writeUInt16BE(0, 0); // version
  cmap.writeUInt16BE(1, 2); // one encoding record
  cmap.writeUInt16BE(3, 4); // Windows
  cmap.writeUInt16BE(encoding, 6);
  cmap.writeUInt32BE(12, 8); // subtable offset
  const head = Buffer.alloc(12 + 16);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt16BE(1, 4); // one table
  head.write('cmap', 12, 'latin1');
  head.writeUInt32BE(28, 20); // offset
  head.writeUInt32BE(cmap.length + subtable.length, 24);
  return Buffer.concat([head, cmap, subtable]);
}

function format4(segments: { start: number; end: number; delta: number; glyphs?: number[] }[]): Buffer {
  const all = [...segments, { start: 0xffff, end: 0xffff, delta: 1 }];
  const n = all.length;
  const glyphArrays: number[] = [];
  const rangeOffsets = all.map((segment, i) => {
    if (!('glyphs' in segment) || !segment.glyphs) return 0;
    // From this idRangeOffset entry to the segment's first glyph id in the array after the table.
    const offset = 2 * (n - i) + 2 * glyphArrays.length;
    glyphArrays.push(...segment.glyphs);
    return offset;
  });
  const words = [4, 0, 0, 2 * n, 0, 0, 0, ...all.map((s) => s.end), 0, ...all.map((s) => s.start), ...all.map((s) => s.delta & 0xffff), ...rangeOffsets, ...glyphArrays];
  const buf = Buffer.alloc(words.length * 2);
  words.forEach((word, i) => buf.writeUInt16BE(word, i * 2));
  buf.writeUInt16BE(buf.length, 2);
  return buf;
}

describe('cmapCodePoints', () => {
  it('reads format 12 groups, including characters beyond the BMP', () => {
    const groups = [[0x41, 0x43, 1], [0x515a, 0x515a, 10], [0x20000, 0x20001, 20]];
    const table = Buffer.alloc(16 + 12 * groups.length);
    table.writeUInt16BE(12, 0);
    table.writeUInt32BE(table.length, 4);
    table.writeUInt32BE(groups.length, 12);
    groups.forEach(([start, end, glyph], i) => {
      table.writeUInt32BE(start!, 16 + 12 * i);
      table.writeUInt32BE(end!, 20 + 12 * i);
      table.writeUInt32BE(glyph!, 24 + 12 * i);
    });
    expect([...cmapCodePoints(fontWithCmap(table, 10))].sort((a, b) => a - b)).toEqual([0x41, 0x42, 0x43, 0x515a, 0x20000, 0x20001]);
  });

  it('reads format 4 segments, leaving out codes whose glyph is 0', () => {
    const table = format4([
      { start: 0x30, end: 0x32, delta: 5 },
      { start: 0x515a, end: 0x515c, delta: 0, glyphs: [7, 0, 9] },
    ]);
    expect([...cmapCodePoints(fontWithCmap(table))].sort((a, b) => a - b)).toEqual([0x30, 0x31, 0x32, 0x515a, 0x515c]);
  });

  it('refuses a file without a cmap table', () => {
    const font = Buffer.alloc(12);
    expect(() => cmapCodePoints(font)).toThrow(/cmap/);
  });
});
