import { describe, expect, it } from 'vitest';
import { siteLinkProblem, type SitePages } from '../../../src/lib/check/site-links.ts';

const pages: SitePages = {
  caseSlugs: new Set(['datong-xiaoqu-zhibu', 'datong-old-slug']),
  caseNumbers: new Set([1, 2]),
  tagIds: new Set(['hongse-wuye']),
  sourceIds: new Set(['datong-jiujiang-guangan-banmian']),
  courseSlugs: new Set(['chengshi-jiceng-dangjian']),
  regionCodes: new Set(['140000', '140200']),
};

describe('siteLinkProblem', () => {
  it.each([
    '/cases/datong-xiaoqu-zhibu/',
    '/cases/datong-xiaoqu-zhibu/#%E4%B8%BB%E8%A6%81%E5%81%9A%E6%B3%95',
    '/cases/datong-xiaoqu-zhibu/card/',
    '/cases/datong-old-slug/',
    '/cases/2/',
    '/cases/',
    '/c/2/',
    '/tags/hongse-wuye/',
    '/sources/datong-jiujiang-guangan-banmian/#p3',
    '/sources/raw/003_ea09177695115416.txt',
    '/courses/chengshi-jiceng-dangjian/',
    '/regions/140200/',
    '/search/?q=擂台赛',
    '/about/',
  ])('lets %s through: it leads to a page (or is for the built site’s link test)', (url) => {
    expect(siteLinkProblem(url, pages)).toBeUndefined();
  });

  it('names a case that does not exist, and the one perhaps meant', () => {
    expect(siteLinkProblem('/cases/datong-xiaoqu-zhib/#主要做法', pages)).toBe('站内链接 /cases/datong-xiaoqu-zhib/#主要做法 指向的案例“datong-xiaoqu-zhib”不存在，是否指“datong-xiaoqu-zhibu”？');
  });

  it.each([
    ['/c/9/', '没有编号为 9 的案例'],
    ['/c/abc/', '没有编号为 abc 的案例'],
    ['/tags/hongse/', '主题“hongse”不存在'],
    ['/sources/datong/', '来源记录“datong”不存在'],
    ['/courses/nope/', '课程“nope”不存在'],
    ['/regions/999999/', '“999999”不是地区代码'],
    ['/regions/110000/', '北京市还没有案例，没有地区页'],
    ['/cases/%E4%B8/', '网址编码不完整'],
  ])('names what is wrong with %s', (url, expected) => {
    expect(siteLinkProblem(url, pages)).toContain(expected);
  });
});
