// Which characters a TrueType/OpenType font has glyphs for, read from its cmap table, so that the
// link-preview renderer (src/lib/build/og-render.ts) can name a character it would draw as a blank box.

/** The Unicode code points mapped in the font's cmap (formats 4 and 12; 12 preferred). */
export function cmapCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
  let cmap = -1;
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const record = 12 + 16 * i;
    if (tag(record) === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  let format4 = -1;
  let format12 = -1;
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const table = cmap + view.getUint32(record + 4);
    if (platform !== 0 && platform !== 3) continue; // Unicode or Windows
    const format = view.getUint16(table);
    if (format === 12) format12 = table;
    else if (format === 4 && format4 < 0) format4 = table;
  }
  const points = new Set<number>();
  if (format12 >= 0) {
    for (let i = 0, groups = view.getUint32(format12 + 12); i < groups; i++) {
      const group = format12 + 16 + 12 * i;
      for (let c = view.getUint32(group), end = view.getUint32(group + 4); c <= end; c++) points.add(c);
    }
  } else if (format4 >= 0) {
    const segments = view.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let i = 0; i < segments; i++) {
      const start = view.getUint16(starts + 2 * i);
      const end = view.getUint16(ends + 2 * i);
      const delta = view.getInt16(deltas + 2 * i);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph = 0;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const raw = view.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start));
          if (raw !== 0) glyph = (raw + delta) & 0xffff;
        }
        if (glyph !== 0) points.add(c);
      }
    }
  }
  return points;
}
