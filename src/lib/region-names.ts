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

const WING_BANNER = /^(\p{Script=Han})\p{Script=Han}+?([左右])翼([前中后])旗$/u;
const BANNER_ABBREVIATIONS: Readonly<Record<string, string>> = { 土默特左旗: '土左旗', 土默特右旗: '土右旗', 达尔罕茂明安联合旗: '达茂旗' };

/**
 * The short forms in everyday use of the names of Inner Mongolia's banners with a 左翼 or 右翼 in
 * them, as the sources write them (科尔沁左翼中旗 → 科左中旗, 察哈尔右翼后旗 → 察右后旗), and of three
 * others (土默特左旗 → 土左旗, 土默特右旗 → 土右旗, 达尔罕茂明安联合旗 → 达茂旗). A rule and a short list
 * rather than a table of every banner: these are the forms nobody could find by the name's first
 * or last characters.
 */
export function regionNameAbbreviations(name: string): string[] {
  const wing = WING_BANNER.exec(name);
  const listed = BANNER_ABBREVIATIONS[name];
  return [...(wing ? [`${wing[1]}${wing[2]}${wing[3]}旗`] : []), ...(listed ? [listed] : [])];
}

/** Every name a reader may type for a region: as it is, without its kind (鸠江), abbreviated (科左中旗). */
export function regionNamesTyped(name: string): string[] {
  const short = shortRegionName(name);
  return [name, ...(short ? [short] : []), ...regionNameAbbreviations(name)];
}

/**
 * Whether `text` names the region by any name a reader or writer uses for it (鸠江区, 鸠江, 科左中旗).
 * `text` without whitespace (normalizeForMatch), as the check compares source records.
 */
export function namesRegion(text: string, regionName: string): boolean {
  return regionNamesTyped(regionName).some((name) => text.includes(name));
}
