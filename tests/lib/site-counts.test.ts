import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCaseSlugs, siteCounts } from '../../src/lib/build/site-counts.ts';
import { caseSlugOfPath, isCasePath } from '../../src/lib/urls.ts';

describe('isCasePath', () => {
  it('is a case page’s path, not the catalog of all cases nor a case’s other pages', () => {
    expect(['/cases/datong-xiaoqu-zhibu/', '/cases/a2/', '/cases/2a/'].filter(isCasePath)).toHaveLength(3);
    expect(['/cases/', '/cases/2/', '/cases/120/', '/cases/datong-xiaoqu-zhibu/card/', '/tags/datong/', '/cases/datong'].filter(isCasePath)).toEqual([]);
  });
});

describe('caseSlugOfPath', () => {
  it('reads the slug of a case page’s path and of nothing else (search results add 加入清单 by it)', () => {
    expect(['/cases/datong-xiaoqu-zhibu/', '/cases/a2/'].map(caseSlugOfPath)).toEqual(['datong-xiaoqu-zhibu', 'a2']);
    expect(['/cases/', '/cases/2/', '/cases/datong-xiaoqu-zhibu/card/', '/courses/dangjian/', '/cases/datong'].map(caseSlugOfPath)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('siteCounts', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'anliku-counts-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('counts case pages and their sitemap URLs, not the catalog’s pages or an old slug’s redirect', () => {
    const page = (dir: string, html: string) => {
      mkdirSync(path.join(dist, dir), { recursive: true });
      writeFileSync(path.join(dist, dir, 'index.html'), html);
    };
    page('cases/datong', '<main data-pagefind-body>大同</main>');
    page('cases/guangan', '<main data-pagefind-body>广安</main>');
    page('cases/old-datong', '<meta http-equiv="refresh" content="0; url=/cases/datong/">');
    page('cases', '<h1>全部案例</h1>');
    page('cases/2', '<h1>全部案例（第 2 页）</h1>');
    const urls = ['/', '/cases/', '/cases/2/', '/cases/datong/', '/cases/guangan/', '/tags/x/'].map((p) => `<url><loc>https://example.cn${p}</loc></url>`);
    writeFileSync(path.join(dist, 'sitemap-0.xml'), `<urlset>${urls.join('')}</urlset>`);
    expect(builtCaseSlugs(dist).sort()).toEqual(['datong', 'guangan']);
    expect(siteCounts(dist, ['datong', 'guangan'])).toMatchObject({ entries: 2, casePages: 2, sitemapCaseUrls: 2 });
  });
});
