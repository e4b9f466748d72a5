// Region names as readers type them, without the division data (src/lib/regions.ts), so that the
// search page can use them too.

/** The kind at the end of a region's name (内蒙古自治区, 鸠江区, 阿拉善盟), which readers often leave out. */
const REGION_KIND = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|盟|旗)$/u;

/** A region's name without its kind at the end, if it has one (内蒙古自治区 → 内蒙古; 城区 → 城). */
export function withoutRegionKind(name: string): string {
  return name.replace(REGION_KIND, '');
}

/** A region's name without its kind (内蒙古自治区 → 内蒙古, 鸠江区 → 鸠江), when two characters or more are left. */
export function shortRegionName(name: string): string | undefined {
  const short = withoutRegionKind(name);
  return short !== name && [...short].length >= 2 ? short : undefined;
}
