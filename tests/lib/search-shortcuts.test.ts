import { describe, expect, it } from 'vitest';
import { lookupRegion } from '../../src/lib/regions.ts';
import { PLACES_META, caseNumberShortcut, placesMeta, readTopics, regionOfRecord, searchShortcuts, topicsAttribute } from '../../src/lib/search-shortcuts.ts';

/** A result's Pagefind meta as SearchIndexMeta.astro writes it. */
const record = (code: string): Record<string, string> => ({ title: 'x', [PLACES_META]: placesMeta(lookupRegion(code)!.path) });

const datong = record('140200');
const jiujiang = record('340207');
const dongfeng = record('220421');
const alashan = record('152922');
/** As the search page reads them from its form. */
const topics = readTopics(topicsAttribute([{ id: 'xiaoqu-dangzuzhi', name: '小区党组织' }, { id: 'hongse-wuye', name: '红色物业' }, { id: 'shequ-zhili', name: '社区治理' }]));
const shortcuts = (texts: string[], results: Record<string, string | undefined>[]) => searchShortcuts(texts, results, topics);

describe('searchShortcuts', () => {
  it('links a place typed without its 市 or 区 to its region page, with every level in the label', () => {
    expect(shortcuts(['大同'], [datong, jiujiang])).toEqual([{ kind: 'region', href: '/regions/140200/', label: '山西省大同市' }]);
    expect(shortcuts(['鸠江区擂台赛'], [jiujiang])).toEqual([{ kind: 'region', href: '/regions/340207/', label: '安徽省芜湖市鸠江区' }]);
  });

  it('takes the lowest level the query names: a province, or the city within it', () => {
    expect(shortcuts(['山西'], [datong])).toEqual([{ kind: 'region', href: '/regions/140000/', label: '山西省' }]);
    expect(shortcuts(['山西大同'], [datong])).toEqual([{ kind: 'region', href: '/regions/140200/', label: '山西省大同市' }]);
    expect(shortcuts(['内蒙古'], [alashan])[0]).toEqual({ kind: 'region', href: '/regions/150000/', label: '内蒙古自治区' });
    // A banner by the short form the sources write.
    expect(shortcuts(['察右后旗乡村振兴'], [record('150928')])).toEqual([{ kind: 'region', href: '/regions/150928/', label: '内蒙古自治区乌兰察布市察哈尔右翼后旗' }]);
  });

  it('links a topic named whole, also when a synonym variant names it', () => {
    expect(shortcuts(['红心物业', '红色物业', '物业党建'], [dongfeng])).toEqual([{ kind: 'topic', href: '/tags/hongse-wuye/', label: '红色物业' }]);
    expect(shortcuts(['物业'], [dongfeng])).toEqual([]);
  });

  it('lists places before topics, each once, places in the order of the results, at most two of each', () => {
    const links = shortcuts(['大同 鸠江 吉林 小区党组织 社区治理 红色物业'], [jiujiang, datong, jiujiang, dongfeng]);
    expect(links.map((link) => link.href)).toEqual(['/regions/340207/', '/regions/140200/', '/tags/xiaoqu-dangzuzhi/', '/tags/hongse-wuye/']);
  });

  it('reads back the topics as the search page lists them, and nothing from an empty or damaged list', () => {
    expect([...topics]).toEqual([['小区党组织', 'xiaoqu-dangzuzhi'], ['红色物业', 'hongse-wuye'], ['社区治理', 'shequ-zhili']]);
    expect(readTopics(null).size).toBe(0);
    expect([...readTopics('=|a=|=b|c=社区')]).toEqual([['社区', 'c']]);
  });

  it('names nothing for a query that is not a place or topic of a result, or one character of one', () => {
    expect(shortcuts(['擂台赛'], [jiujiang, datong])).toEqual([]);
    expect(shortcuts(['同'], [datong])).toEqual([]);
  });

  it('ignores a record without the meta, or with a damaged one', () => {
    expect(shortcuts(['大同'], [{ title: 'x' }, { [PLACES_META]: '=|140200=|=大同市' }])).toEqual([]);
  });
});

describe('regionOfRecord', () => {
  it('names a result’s region with every level, as the cards of listings do', () => {
    expect(regionOfRecord(record('152922'))).toBe('内蒙古自治区阿拉善盟阿拉善右旗');
    expect(regionOfRecord(record('110101'))).toBe('北京市东城区');
    expect(regionOfRecord({ title: 'x' })).toBeUndefined();
  });
});

describe('caseNumberShortcut', () => {
  it('links a case asked for by its number as handouts print it to its short link', () => {
    for (const query of ['案例 17', '第17号', '17号', '编号17', 'No.17', '１７', ' 17 ', '案例17号']) {
      expect(caseNumberShortcut(query, 23), query).toEqual({ kind: 'case', href: '/c/17/', label: '第 17 号案例' });
    }
  });

  it('takes a bare number of four digits or more for a number in the text (12345, 2019), and none above the highest case number', () => {
    expect(caseNumberShortcut('12345', 20000)).toBeUndefined();
    expect(caseNumberShortcut('2019', 20000)).toBeUndefined();
    expect(caseNumberShortcut('第2019号', 20000)?.href).toBe('/c/2019/');
    expect(caseNumberShortcut('24', 23)).toBeUndefined();
    expect(caseNumberShortcut('0', 23)).toBeUndefined();
  });

  it('names nothing for other queries', () => {
    for (const query of ['17个', '2019年', '四同', '第十七号', '17 18', '']) expect(caseNumberShortcut(query, 23), query).toBeUndefined();
  });
});
