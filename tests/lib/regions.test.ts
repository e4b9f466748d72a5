import { describe, expect, it } from 'vitest';
import { REGION_CODES, isRegionCode, lookupRegion, regionAncestry, shortRegionName } from '../../src/lib/regions.ts';
import { regionNameAbbreviations, regionNamesTyped } from '../../src/lib/region-names.ts';

describe('lookupRegion', () => {
  it('derives province, city and county names from a county code', () => {
    const region = lookupRegion('340207')!;
    expect(region.level).toBe('county');
    expect(region.path.map((part) => part.name)).toEqual(['安徽省', '芜湖市', '鸠江区']);
    expect(region.fullName).toBe('安徽省芜湖市鸠江区');
  });

  it('resolves a city code to the city level', () => {
    const region = lookupRegion('140200')!;
    expect(region.level).toBe('city');
    expect(region.fullName).toBe('山西省大同市');
    expect(region.county).toBeUndefined();
  });

  it('skips the placeholder 市辖区 level of municipalities', () => {
    expect(lookupRegion('110101')!.path.map((part) => part.name)).toEqual(['北京市', '东城区']);
  });

  it('tells the three 城区 apart by code', () => {
    expect(lookupRegion('140302')!.fullName).toBe('山西省阳泉市城区');
    expect(lookupRegion('140502')!.fullName).toBe('山西省晋城市城区');
  });

  it('returns undefined for codes that are not in GB/T 2260', () => {
    expect(lookupRegion('999999')).toBeUndefined();
    expect(lookupRegion('1402')).toBeUndefined();
    expect(isRegionCode('140299')).toBe(false);
  });
});

describe('REGION_CODES', () => {
  it('lists every province, real city and county once', () => {
    expect(new Set(REGION_CODES).size).toBe(REGION_CODES.length);
    expect(REGION_CODES).toContain('150000');
    expect(REGION_CODES).not.toContain('110100'); // 北京市 › 市辖区 is not a real city
    expect(REGION_CODES.length).toBeGreaterThan(3000);
  });
});

describe('regionAncestry', () => {
  it('lists the codes from province down to the region', () => {
    expect(regionAncestry('152922')).toEqual(['150000', '152900', '152922']);
  });
});

describe('shortRegionName', () => {
  it('drops the kind of region when two characters or more are left', () => {
    expect(shortRegionName('内蒙古自治区')).toBe('内蒙古');
    expect(shortRegionName('山西省')).toBe('山西');
    expect(shortRegionName('鸠江区')).toBe('鸠江');
    expect(shortRegionName('阿拉善盟')).toBe('阿拉善');
    expect(shortRegionName('城区')).toBeUndefined();
    expect(shortRegionName('大同')).toBeUndefined();
  });
});

describe('regionNameAbbreviations', () => {
  it('shortens the banners with 左翼 or 右翼 as the sources do, and three others', () => {
    expect(regionNameAbbreviations('科尔沁左翼中旗')).toEqual(['科左中旗']);
    expect(regionNameAbbreviations('察哈尔右翼后旗')).toEqual(['察右后旗']);
    expect(regionNameAbbreviations('科尔沁右翼前旗')).toEqual(['科右前旗']);
    expect(regionNameAbbreviations('土默特左旗')).toEqual(['土左旗']);
    expect(regionNameAbbreviations('达尔罕茂明安联合旗')).toEqual(['达茂旗']);
    expect(regionNameAbbreviations('乌拉特中旗')).toEqual([]);
    expect(regionNameAbbreviations('鸠江区')).toEqual([]);
  });

  it('gives every banner its own short form: no two regions share one', () => {
    const owners = new Map<string, string[]>();
    for (const code of REGION_CODES) for (const short of regionNameAbbreviations(lookupRegion(code)!.name)) owners.set(short, [...(owners.get(short) ?? []), code]);
    expect(owners.size).toBe(10);
    expect([...owners.values()].filter((codes) => codes.length > 1)).toEqual([]);
  });

  it('lists every name a reader may type for a region', () => {
    expect(regionNamesTyped('科尔沁左翼中旗')).toEqual(['科尔沁左翼中旗', '科尔沁左翼中', '科左中旗']);
    expect(regionNamesTyped('内蒙古自治区')).toEqual(['内蒙古自治区', '内蒙古']);
    expect(regionNamesTyped('城区')).toEqual(['城区']);
  });
});
