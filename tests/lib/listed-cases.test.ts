import { describe, expect, it } from 'vitest';
import { gbtCitation, gbtCitationParts } from '../../src/lib/citation.ts';
import { LIST_PAGES_FOR_OFFLINE, SAVED_LISTS_MAX, addressesForOffline, listAsReferences, listAsText, loadListedCases, parseSavedLists, redirectTarget, resolveIds, withSavedList } from '../../src/lib/listed-cases.ts';

describe('listAsText', () => {
  const cases = [
    { title: '大同市：“支部建在小区”', number: 10, kind: 'case' as const, region: { fullName: '山西省大同市' }, shortUrl: 'https://x.cn/c/10/' },
    { title: '鸠江区书记擂台赛', number: 3, kind: 'brief' as const, region: { fullName: '安徽省芜湖市鸠江区' }, shortUrl: 'https://x.cn/c/3/' },
  ];

  it('names the list, each case with its place, kind and number and its short link, then the list’s address', () => {
    expect(listAsText('第三讲 阅读材料', cases, 'https://x.cn/list/?ids=10,3')).toBe(
      [
        '第三讲 阅读材料',
        '1. 大同市：“支部建在小区”（山西省大同市，案例第 10 号）',
        '   https://x.cn/c/10/',
        '2. 鸠江区书记擂台赛（安徽省芜湖市鸠江区，简讯第 3 号）',
        '   https://x.cn/c/3/',
        '清单网址：https://x.cn/list/?ids=10,3',
      ].join('\n'),
    );
  });

  it('calls an untitled list 阅读清单, and keeps a title to one line', () => {
    expect(listAsText('', cases.slice(0, 1), 'u').split('\n')[0]).toBe('阅读清单');
    expect(listAsText('第三讲\n阅读', cases.slice(0, 1), 'u').split('\n')[0]).toBe('第三讲 阅读');
  });
});

describe('resolveIds', () => {
  const cases = [
    { slug: 'datong-xiaoqu-zhibu', number: 10 },
    { slug: 'wuhu-jiujiang-shuji-leitaisai', number: 11 },
  ];

  it('accepts slugs and printed case numbers, in the list’s order', () => {
    expect(resolveIds(['11', 'datong-xiaoqu-zhibu'], cases).found.map((c) => c.number)).toEqual([11, 10]);
  });

  it('reports unknown ids and does not list a case twice', () => {
    const { found, unknown } = resolveIds(['10', 'datong-xiaoqu-zhibu', 'nope'], cases);
    expect(found).toHaveLength(1);
    expect(unknown).toEqual(['nope']);
  });
});

describe('redirectTarget', () => {
  it('reads the case a redirect page leads to from its meta refresh', () => {
    const stub = '<head><title>大同</title><link rel="canonical" href="https://example.org/cases/datong-xiaoqu-zhibu/"><meta http-equiv="refresh" content="0; url=/cases/datong-xiaoqu-zhibu/"></head>';
    expect(redirectTarget(stub)).toBe('datong-xiaoqu-zhibu');
  });

  it('finds none on a page that is not a redirect to a case', () => {
    expect(redirectTarget('<html><head><title>大同</title></head><body><a href="/cases/datong-xiaoqu-zhibu/">大同</a></body></html>')).toBeUndefined();
    expect(redirectTarget('<meta http-equiv="refresh" content="0; url=/tags/hongse-wuye/">')).toBeUndefined();
  });
});

describe('loadListedCases', () => {
  const record = (slug: string, number: number) => JSON.stringify({ slug, number, title: slug });
  const stub = (slug: string) => `<meta http-equiv="refresh" content="0; url=/cases/${slug}/">`;
  /** A site of two cases, the first of which was renamed (its old slug is a redirect page). */
  const site: Record<string, string> = {
    '/api/cases/datong-xiaoqu-zhibu.json': record('datong-xiaoqu-zhibu', 10),
    '/api/cases/wuhu-jiujiang-shuji-leitaisai.json': record('wuhu-jiujiang-shuji-leitaisai', 11),
    '/c/10/': stub('datong-xiaoqu-zhibu'),
    '/c/11/': stub('wuhu-jiujiang-shuji-leitaisai'),
    '/cases/datong-zhibu/': stub('datong-xiaoqu-zhibu'),
    '/cases/datong-xiaoqu-zhibu/': '<html><body>案例页</body></html>',
  };
  const fetched: string[] = [];
  const fetchText = async (url: string) => {
    fetched.push(url);
    return site[url];
  };

  it('loads each listed case from its own record, by slug, printed number or old slug, in the list’s order', async () => {
    fetched.length = 0;
    const { found, unknown } = await loadListedCases<{ slug: string; number: number }>(['11', 'datong-zhibu'], fetchText);
    expect(found.map((c) => c.number)).toEqual([11, 10]);
    expect(unknown).toEqual([]);
    expect(fetched.some((url) => url.includes('/api/cases.json'))).toBe(false);
  });

  it('fetches only a slug’s record when the slug is current', async () => {
    fetched.length = 0;
    await loadListedCases(['datong-xiaoqu-zhibu'], fetchText);
    expect(fetched).toEqual(['/api/cases/datong-xiaoqu-zhibu.json']);
  });

  it('reports ids with no case and lists a case named twice once', async () => {
    const { found, unknown } = await loadListedCases<{ slug: string; number: number }>(['10', 'datong-xiaoqu-zhibu', 'nope', '99'], fetchText);
    expect(found.map((c) => c.slug)).toEqual(['datong-xiaoqu-zhibu']);
    expect(unknown).toEqual(['nope', '99']);
  });

  it('does not take a host’s page for a missing record as a case', async () => {
    const { found, unknown } = await loadListedCases(['ghost'], async (url) => (url.endsWith('.json') ? '<!doctype html><title>首页</title>' : undefined));
    expect(found).toEqual([]);
    expect(unknown).toEqual(['ghost']);
  });

  it('fails as a whole when the network does, rather than calling the cases unknown', async () => {
    await expect(loadListedCases(['datong-xiaoqu-zhibu'], async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow('Failed to fetch');
  });
});

describe('addressesForOffline', () => {
  it('names the list pages, then each case’s page, record, short link and card', () => {
    expect(addressesForOffline(LIST_PAGES_FOR_OFFLINE, [{ slug: 'datong-xiaoqu-zhibu', number: 10 }])).toEqual(['/list/', '/list/cards/', '/cases/datong-xiaoqu-zhibu/', '/api/cases/datong-xiaoqu-zhibu.json', '/c/10/', '/cases/datong-xiaoqu-zhibu/card/']);
  });
});

describe('saved lists', () => {
  const list = (n: number) => ({ address: `/list/?ids=${n}`, title: `第${n}讲`, count: 3 });

  it('puts the newest first, once, and keeps at most SAVED_LISTS_MAX', () => {
    let lists = [list(1), list(2)];
    lists = withSavedList(lists, { ...list(2), count: 4 });
    expect(lists.map((item) => [item.address, item.count])).toEqual([['/list/?ids=2', 4], ['/list/?ids=1', 3]]);
    for (let n = 3; n <= 20; n++) lists = withSavedList(lists, list(n));
    expect(lists).toHaveLength(SAVED_LISTS_MAX);
    expect(lists[0]!.address).toBe('/list/?ids=20');
  });

  it('reads back what it stored, and nothing that is not a list or a course of this site', () => {
    expect(parseSavedLists(JSON.stringify([list(1)]))).toEqual([list(1)]);
    const course = { address: '/courses/dangjian-yinling/', title: '党建引领基层治理', count: 5 };
    expect(parseSavedLists(JSON.stringify([course]))).toEqual([course]);
    expect(parseSavedLists(JSON.stringify([{ ...course, address: '/courses/x/../../evil' }, { ...course, address: '/cases/a/' }]))).toEqual([]);
    expect(parseSavedLists(JSON.stringify([{ address: 'javascript:alert(1)', title: 'x', count: 1 }, { address: 'https://evil.example.com/list/?ids=1', title: 'x', count: 1 }, { address: '/list/?ids=1', title: 'x\u202e', count: 0 }, list(2)]))).toEqual([list(2)]);
    expect(parseSavedLists(JSON.stringify([{ ...list(3), title: '第三讲\n阅读\u202e材料' }]))[0]!.title).toBe('第三讲 阅读材料');
    expect(parseSavedLists('{"address":"/list/?ids=1"}')).toEqual([]);
    expect(parseSavedLists('not json')).toEqual([]);
    expect(parseSavedLists(null)).toEqual([]);
  });
});

describe('listAsReferences', () => {
  it('numbers each case’s GB/T 7714 citation, accessed on the given day, as gbtCitation writes it', () => {
    const input = (title: string, url: string) => ({ authors: undefined, unit: '中共大同市委组织部', title, publisher: '基层党建案例库', date: '2024', dateInferred: true, url });
    const first = input('大同市：“支部建在小区”', 'https://x.cn/cases/datong-xiaoqu-zhibu/');
    const second = input('鸠江区：擂台赛？', 'https://x.cn/cases/jiujiang/');
    const record = (citation: ReturnType<typeof input>) => ({ url: citation.url, citation: { gbt7714: gbtCitationParts(citation).before } });
    expect(listAsReferences([record(first), record(second)], '2026-12-05')).toBe(`[1] ${gbtCitation(first, '2026-12-05')}\n[2] ${gbtCitation(second, '2026-12-05')}`);
    expect(listAsReferences([], '2026-12-05')).toBe('');
  });
});
