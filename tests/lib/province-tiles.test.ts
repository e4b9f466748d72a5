import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, TILE_COLUMNS, TILE_ROWS, provinceTiles, tileLevel } from '../../src/lib/province-tiles.ts';
import { lookupRegion } from '../../src/lib/regions.ts';

describe('provinceTiles', () => {
  const tiles = provinceTiles(new Map([['140000', 3], ['150000', 1], ['340000', 6]]));

  it('has all 34 provincial-level divisions, each once', () => {
    expect(tiles).toHaveLength(34);
    expect(new Set(tiles.map((tile) => tile.code)).size).toBe(34);
    expect(tiles.map((tile) => tile.name)).toEqual(expect.arrayContaining(['台湾省', '香港特别行政区', '澳门特别行政区', '新疆维吾尔自治区']));
  });

  it('places every tile inside the grid, no two on the same cell', () => {
    const cells = tiles.map((tile) => `${tile.row},${tile.column}`);
    expect(new Set(cells).size).toBe(34);
    for (const tile of tiles) {
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(TILE_ROWS);
      expect(tile.column).toBeGreaterThanOrEqual(0);
      expect(tile.column).toBeLessThan(TILE_COLUMNS);
    }
  });

  it('names come from the division data, short names are at most three characters', () => {
    for (const tile of tiles) {
      const region = lookupRegion(tile.code);
      if (region) expect(tile.name).toBe(region.name);
      expect(tile.short.length).toBeLessThanOrEqual(3);
      expect(tile.name.startsWith(tile.short.slice(0, 2))).toBe(true);
    }
  });

  it('keeps rough geography: 新疆 west of 上海, 黑龙江 north of 海南', () => {
    const byShort = new Map(tiles.map((tile) => [tile.short, tile]));
    expect(byShort.get('新疆')!.column).toBeLessThan(byShort.get('上海')!.column);
    expect(byShort.get('黑龙江')!.row).toBeLessThan(byShort.get('海南')!.row);
    expect(byShort.get('北京')!.row).toBeLessThan(byShort.get('河北')!.row);
  });

  it('links only provinces with entries, to their region page', () => {
    const linked = tiles.filter((tile) => tile.href);
    expect(linked.map((tile) => [tile.code, tile.href, tile.count])).toEqual([
      ['150000', '/regions/150000/', 1],
      ['140000', '/regions/140000/', 3],
      ['340000', '/regions/340000/', 6],
    ]);
    expect(tiles.find((tile) => tile.code === '110000')).toMatchObject({ count: 0, level: 0, href: undefined });
  });

  it('colours by count relative to the busiest province', () => {
    const levelOf = (code: string) => tiles.find((tile) => tile.code === code)!.level;
    expect(levelOf('340000')).toBe(MAX_LEVEL);
    expect(levelOf('140000')).toBe(2);
    expect(levelOf('150000')).toBe(1);
  });

  it('works with no entries at all', () => {
    expect(provinceTiles(new Map()).every((tile) => tile.level === 0 && !tile.href)).toBe(true);
  });
});

describe('tileLevel', () => {
  it('is 0 for none and at least 1 for any entry', () => {
    expect(tileLevel(0, 10)).toBe(0);
    expect(tileLevel(1, 100)).toBe(1);
    expect(tileLevel(100, 100)).toBe(MAX_LEVEL);
    expect(tileLevel(0, 0)).toBe(0);
  });
});
