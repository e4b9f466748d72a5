import { describe, expect, it } from 'vitest';
import { catalogPageNote, catalogPageOf, caseNumberOf, caseNumbersText, caseSlugOf, decodeNamedPages, decodeSlugShard, encodeNamedPages, encodeSlugShard, laterWordKeys, namedPageOf, nearestCases, repairedPath, slugDistance, slugShardKey, slugShardSteps, type SlugEntry } from '../../src/lib/mistyped-url.ts';

describe('repairedPath', () => {
  it('cuts off the punctuation of the sentence the address stood in', () => {
    expect(repairedPath('/cases/datong-xiaoqu-zhibu/%E3%80%82')).toBe('/cases/datong-xiaoqu-zhibu/'); // 。
    expect(repairedPath('/cases/datong-xiaoqu-zhibu%EF%BC%89')).toBe('/cases/datong-xiaoqu-zhibu/'); // ）
    expect(repairedPath('/cases/datong-xiaoqu-zhibu/).')).toBe('/cases/datong-xiaoqu-zhibu/');
    expect(repairedPath("/cases/datong-xiaoqu-zhibu/'")).toBe('/cases/datong-xiaoqu-zhibu/');
    expect(repairedPath('/c/12，')).toBe('/c/12/');
  });

  it('cuts off Chinese text glued to the address', () => {
    expect(repairedPath('/cases/datong-xiaoqu-zhibu/%E8%AF%A6%E8%A7%81')).toBe('/cases/datong-xiaoqu-zhibu/'); // 详见
  });

  it('removes spaces and line breaks typed from a printed address', () => {
    expect(repairedPath('/cases/datong-xiaoqu-%20zhibu/')).toBe('/cases/datong-xiaoqu-zhibu/');
    expect(repairedPath('/cases/datong-\nxiaoqu-zhibu/')).toBe('/cases/datong-xiaoqu-zhibu/');
  });

  it('makes full-width and capital letters what the site uses', () => {
    expect(repairedPath('/ｃａｓｅｓ/ｄａｔｏｎｇ-ｘｉａｏｑｕ-ｚｈｉｂｕ/')).toBe('/cases/datong-xiaoqu-zhibu/');
    expect(repairedPath('/Cases/Datong-Xiaoqu-Zhibu')).toBe('/cases/datong-xiaoqu-zhibu/');
  });

  it('adds the closing slash to a page, not to a file', () => {
    expect(repairedPath('/tags/hongse-wuye')).toBe('/tags/hongse-wuye/');
    expect(repairedPath('/cases/datong-xiaoqu-zhibu/qr.svg')).toBe('/cases/datong-xiaoqu-zhibu/qr.svg');
    expect(repairedPath('/cases/datong-xiaoqu-zhibu/qr.svg。')).toBe('/cases/datong-xiaoqu-zhibu/qr.svg');
  });

  it('leaves a clean path as it is, and survives a broken escape', () => {
    expect(repairedPath('/cases/datong-xiaoqu-zhibu/')).toBe('/cases/datong-xiaoqu-zhibu/');
    expect(repairedPath('/404.html')).toBe('/404.html');
    expect(repairedPath('/')).toBe('/');
    expect(repairedPath('/cases/x%E3%80')).toBe('/cases/x/');
  });
});

describe('caseSlugOf', () => {
  it('reads the slug of a case address, and only of one', () => {
    expect(caseSlugOf('/cases/datong-xiaoqu-zhibu/')).toBe('datong-xiaoqu-zhibu');
    expect(caseSlugOf('/cases/datong-xiaoqu-zh/card/')).toBe('datong-xiaoqu-zh');
    expect(caseSlugOf('/cases/datong-xiaoqu-/')).toBe('datong-xiaoqu');
    expect(caseSlugOf('/cases/')).toBeUndefined();
    expect(caseSlugOf('/tags/hongse-wuye/')).toBeUndefined();
  });
});

describe('short links to a number', () => {
  it('are read for their number, and only they', () => {
    expect(caseNumberOf('/c/12/')).toBe(12);
    expect(caseNumberOf('/c/012/')).toBe(12);
    expect(caseNumberOf('/c/999')).toBe(999);
    for (const path of ['/c/', '/c/12/card/', '/c/x/', '/cases/12/', '/c/1234567890/']) expect(caseNumberOf(path), path).toBeUndefined();
  });

  it('say which numbers there are: a run, or the span when some are not cases', () => {
    expect(caseNumbersText([3, 1, 2, 2])).toBe('现有案例是第 1 至 3 号。');
    expect(caseNumbersText([1, 2, 5])).toBe('现有案例的编号在 1 到 5 之间（中间有空号）。');
    expect(caseNumbersText([7])).toBe('现有案例只有第 7 号。');
    expect(caseNumbersText([])).toBe('');
  });
});

describe('slug shards', () => {
  it('are keyed by the first character', () => {
    expect(slugShardKey('datong-xiaoqu-zhibu')).toBe('d');
    expect(slugShardKey('12345-tixi')).toBe('1');
    expect(slugShardKey('')).toBeUndefined();
  });

  it('for an address without its first word, are also keyed by the first character of every later word but the slug\'s own first', () => {
    expect(laterWordKeys('wuhu-jiujiang-shuji-leitaisai')).toEqual(['j', 's', 'l']);
    expect(laterWordKeys('dongliao-xincheng-shequ-12345')).toEqual(['x', 's', '1']);
    expect(laterWordKeys('datong-dangjian-dangjian')).toEqual([]);
    expect(laterWordKeys('datong')).toEqual([]);
  });

  it('are read first by the address\'s first character, then its later words\' slugs, then both files of its second word\'s first character', () => {
    expect(slugShardSteps('fatong-xiaoqu-zhibu')).toEqual([
      ['/api/slugs/f.json'],
      ['/api/slugs/words/f.json'],
      ['/api/slugs/x.json', '/api/slugs/words/x.json'],
    ]);
    expect(slugShardSteps('datong-dangjian'), 'second word starts alike: its files were read').toEqual([['/api/slugs/d.json'], ['/api/slugs/words/d.json']]);
    expect(slugShardSteps('datong')).toEqual([['/api/slugs/d.json']]);
    expect(slugShardSteps('大同')).toEqual([]);
  });

  it('lead an old slug to its case', () => {
    const rows = encodeSlugShard([
      { slug: 'datong-xiaoqu-zhibu', title: '大同' },
      { slug: 'datong-zhibu', title: '大同', current: 'datong-xiaoqu-zhibu' },
    ]);
    expect(rows).toEqual([['datong-xiaoqu-zhibu', '大同'], ['datong-zhibu', '大同', 'datong-xiaoqu-zhibu']]);
    expect(decodeSlugShard(JSON.parse(JSON.stringify(rows)))).toEqual([
      { slug: 'datong-xiaoqu-zhibu', title: '大同', url: '/cases/datong-xiaoqu-zhibu/' },
      { slug: 'datong-zhibu', title: '大同', url: '/cases/datong-xiaoqu-zhibu/' },
    ]);
  });
});

describe('slugDistance', () => {
  it('counts a cut-off address by its typos only', () => {
    expect(slugDistance('datong-xiaoqu-zh', 'datong-xiaoqu-zhibu')).toBe(0);
    expect(slugDistance('datong-xiaoq', 'datong-xiaoqu-zhibu')).toBe(0);
    expect(slugDistance('datomg-xiaoqu-zh', 'datong-xiaoqu-zhibu')).toBe(1);
  });

  it('counts typos, swapped letters and missing hyphens', () => {
    expect(slugDistance('datong-xiaqu-zhibu', 'datong-xiaoqu-zhibu')).toBe(1);
    expect(slugDistance('datnog-xiaoqu-zhibu', 'datong-xiaoqu-zhibu')).toBe(2);
    expect(slugDistance('datongxiaoquzhibu', 'datong-xiaoqu-zhibu')).toBe(0);
  });

  it('counts the words left out or added, and their typos, when the other words are there in order', () => {
    expect(slugDistance('datong-zhibu', 'datong-xiaoqu-zhibu')).toBe(1);
    expect(slugDistance('yangquan-sishi', 'yangquan-chengqu-sishi-fenban')).toBe(2);
    expect(slugDistance('datong-xiaoqu-zhibu-jianshe', 'datong-xiaoqu-zhibu')).toBe(1);
    expect(slugDistance('datong-zhibuu', 'datong-xiaoqu-zhibu')).toBe(2);
  });

  it('counts words in another order as one more', () => {
    expect(slugDistance('zhibu-datong', 'datong-xiaoqu-zhibu')).toBe(2);
    expect(slugDistance('xiaoqu-datong-zhibu', 'datong-xiaoqu-zhibu')).toBe(1);
    expect(slugDistance('jingji-shequ-guangan', 'guangan-shequ-jingji')).toBe(1);
    expect(slugDistance('xiaoqu-datomg-zhibu', 'datong-xiaoqu-zhibu'), 'and a typo').toBe(2);
  });

  it('does not take a word not in the address, a typo in a short word or one word alone as the same', () => {
    expect(slugDistance('datong-jingji', 'datong-xiaoqu-zhibu')).toBeUndefined();
    expect(slugDistance('datong-zhibo', 'datong-xiaoqu-zhibu')).toBeUndefined();
    expect(slugDistance('zhibu-zhibu', 'datong-xiaoqu-zhibu'), 'one word twice').toBeUndefined();
    expect(slugDistance('xiaoqu', 'datong-xiaoqu-zhibu'), 'one word alone').toBeUndefined();
  });

  it('does not suggest what is too far off or too short to tell', () => {
    expect(slugDistance('guangan-shequ-jingji', 'datong-xiaoqu-zhibu')).toBeUndefined();
    expect(slugDistance('dat', 'datong-xiaoqu-zhibu')).toBeUndefined();
    expect(slugDistance('zzzz', 'datong-xiaoqu-zhibu')).toBeUndefined();
  });
});

describe('nearestCases', () => {
  const entries: SlugEntry[] = [
    { slug: 'datong-xiaoqu-zhibu', title: '大同', url: '/cases/datong-xiaoqu-zhibu/' },
    { slug: 'datong-zhibu', title: '大同', url: '/cases/datong-xiaoqu-zhibu/' },
    { slug: 'dongfeng-badatixi', title: '东丰', url: '/cases/dongfeng-badatixi/' },
    { slug: 'dongliao-xincheng-shequ', title: '东辽', url: '/cases/dongliao-xincheng-shequ/' },
  ];

  it('puts the nearest first and names each case once', () => {
    expect(nearestCases('datong-xiaoqu-zhib', entries).map((entry) => entry.url)).toEqual(['/cases/datong-xiaoqu-zhibu/']);
    expect(nearestCases('dongliao-xinchen-shequ', entries).map((entry) => entry.title)).toEqual(['东辽']);
  });

  it('offers every case a cut-off address could be, up to the limit', () => {
    expect(nearestCases('dongxx', entries)).toEqual([]);
    expect(nearestCases('dongfe', entries).map((entry) => entry.title)).toEqual(['东丰']);
    expect(nearestCases('datong', entries, 1)).toHaveLength(1);
  });

  it('offers the cases an address with a word left out could be, nearest first', () => {
    expect(nearestCases('dongliao-shequ', entries).map((entry) => entry.title)).toEqual(['东辽']);
    expect(nearestCases('datong-xiaoqu', entries).map((entry) => entry.title)).toEqual(['大同']);
  });

  it('suggests nothing for an address like none of ours', () => {
    expect(nearestCases('zzzz', entries)).toEqual([]);
  });
});

describe('a page of the catalog that is not there', () => {
  it('is read from /cases/<digits>/ only', () => {
    expect([catalogPageOf('/cases/12/'), catalogPageOf('/cases/12'), catalogPageOf('/cases/012/')]).toEqual([12, 12, 12]);
    expect([catalogPageOf('/cases/'), catalogPageOf('/cases/a12/'), catalogPageOf('/c/12/'), catalogPageOf('/cases/12/card/')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('says how many pages there are, and gives the short link of the case with that number', () => {
    expect(catalogPageNote(12, 1, [1, 23])).toEqual({ text: '“全部案例”共 1 页，没有第 12 页。', caseUrl: '/c/12/' });
    expect(catalogPageNote(99, 1, [1, 23])).toEqual({ text: '“全部案例”共 1 页，没有第 99 页。' });
    expect(catalogPageNote(12, 1, undefined)).toEqual({ text: '“全部案例”共 1 页，没有第 12 页。' });
    expect(catalogPageNote(1, 1, [1, 23]).text).toBe('“全部案例”的第 1 页就是 /cases/。');
  });
});

describe('a topic’s or course’s address with a typo', () => {
  const carried = encodeNamedPages([
    { family: 'tags', slug: 'hongse-wuye', title: '主题：红色物业' },
    { family: 'tags', slug: 'shequ-zhili', title: '主题：社区治理' },
    { family: 'courses', slug: 'chengshi-jiceng-dangjian', title: '课程：城市基层党建专题｜从小区支部|到社区治理' },
  ]);

  it('names the family and what was typed', () => {
    expect(namedPageOf('/tags/hongse-wuy/')).toEqual({ family: 'tags', typed: 'hongse-wuy' });
    expect(namedPageOf('/courses/chengshi-jiceng-dangjan/cards/')).toEqual({ family: 'courses', typed: 'chengshi-jiceng-dangjan' });
    expect(namedPageOf('/cases/hongse/')).toBeUndefined();
    expect(namedPageOf('/tags/')).toBeUndefined();
  });

  it('reads back the pages the 404 page carries, one family at a time, a | in a title kept apart', () => {
    expect(decodeNamedPages(carried, 'tags').map((entry) => entry.url)).toEqual(['/tags/hongse-wuye/', '/tags/shequ-zhili/']);
    expect(decodeNamedPages(carried, 'courses')).toEqual([{ slug: 'chengshi-jiceng-dangjian', title: '课程：城市基层党建专题｜从小区支部｜到社区治理', url: '/courses/chengshi-jiceng-dangjian/' }]);
    expect(decodeNamedPages(undefined, 'tags')).toEqual([]);
  });

  it('offers the nearest topic or course, as for a case', () => {
    expect(nearestCases('hongse-wuy', decodeNamedPages(carried, 'tags')).map((entry) => entry.title)).toEqual(['主题：红色物业']);
    expect(nearestCases('wuye-hongse', decodeNamedPages(carried, 'tags'))[0]?.url).toBe('/tags/hongse-wuye/');
    expect(nearestCases('zzzz', decodeNamedPages(carried, 'tags'))).toEqual([]);
  });
});
