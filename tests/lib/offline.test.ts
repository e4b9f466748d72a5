import { describe, expect, it } from 'vitest';
import { addressesOverLimit, addressesToKeep, bundlesReferenced, isClearable, keptAddress, keptCasePaths, requestHandling } from '../../src/lib/offline.ts';

const SITE = 'https://anli.example.cn';
const get = (path: string, mode = 'no-cors') => ({ url: new URL(path, SITE).href, method: 'GET', mode });

describe('requestHandling', () => {
  it('keeps a page opened in the tab, network first', () => {
    expect(requestHandling(get('/cases/datong-xiaoqu-zhibu/', 'navigate'), SITE)).toBe('page');
    expect(requestHandling(get('/list/?ids=1,2', 'navigate'), SITE)).toBe('page');
  });

  it('uses the kept copy first only for files named by their contents', () => {
    expect(requestHandling(get('/_astro/BaseLayout.C1rt2zaT.css'), SITE)).toBe('bundle');
    expect(requestHandling(get('/t2s/3a.0f9e.json'), SITE)).toBe('bundle');
    expect(requestHandling(get('/api/cases/datong-xiaoqu-zhibu.json', 'cors'), SITE)).toBe('file');
    expect(requestHandling(get('/cases/datong-xiaoqu-zhibu/card/', 'cors'), SITE)).toBe('file');
  });

  it('leaves Pagefind, other hosts and other methods to the browser', () => {
    expect(requestHandling(get('/pagefind/index/zh_0a1b.pf_index'), SITE)).toBe('pass');
    expect(requestHandling(get('/pagefind/pagefind.1f2e.js'), SITE)).toBe('pass');
    expect(requestHandling({ ...get('/cases/x/', 'navigate'), url: 'https://other.example.com/cases/x/' }, SITE)).toBe('pass');
    expect(requestHandling({ ...get('/api/cases.json'), method: 'POST' }, SITE)).toBe('pass');
  });
});

describe('keptAddress', () => {
  it('keeps a page by its path: the list and the search read their address in the browser', () => {
    expect(keptAddress(`${SITE}/list/?ids=1,2&title=x#top`, 'page')).toBe(`${SITE}/list/`);
  });

  it('keeps a file by its whole address, without the fragment', () => {
    expect(keptAddress(`${SITE}/t2s/a.json?v=2#x`, 'file')).toBe(`${SITE}/t2s/a.json?v=2`);
  });
});

describe('keptCasePaths', () => {
  it('lists the kept case pages, newest first, once each, and nothing else', () => {
    const addresses = ['/offline/', '/cases/a/', '/_astro/x.css', '/cases/a/card/', '/cases/2/', '/cases/', '/api/cases/b.json', '/cases/b/', '/cases/a/'].map((path) => SITE + path);
    expect(keptCasePaths(addresses)).toEqual(['/cases/a/', '/cases/b/']);
  });
});

describe('addressesOverLimit', () => {
  it('drops the oldest beyond the limit', () => {
    expect(addressesOverLimit(['a', 'b', 'c', 'd'], 3)).toEqual(['a']);
    expect(addressesOverLimit(['a', 'b'], 3)).toEqual([]);
  });
});

describe('isClearable', () => {
  it('clears pages and files, not the offline page nor bundles', () => {
    expect(isClearable(`${SITE}/cases/a/`)).toBe(true);
    expect(isClearable(`${SITE}/api/cases/a.json`)).toBe(true);
    expect(isClearable(`${SITE}/offline/`)).toBe(false);
    expect(isClearable(`${SITE}/_astro/x.js`)).toBe(false);
  });
});

describe('bundlesReferenced', () => {
  it('finds a page’s stylesheets and scripts under /_astro/', () => {
    const html = '<link rel="stylesheet" href="/_astro/BaseLayout.C1.css"><script type="module" src="/_astro/page.D7.js"></script><link rel="icon" href="/favicon.svg"><script src="/pagefind/pagefind.1.js"></script>';
    expect(bundlesReferenced(html, `${SITE}/cases/a/`)).toEqual([`${SITE}/_astro/BaseLayout.C1.css`, `${SITE}/_astro/page.D7.js`]);
  });

  it('finds what a script imports beside it at once, and on demand only when asked', () => {
    const js = 'import{a as e}from"./urls.Dx.js";import"./style.Y.js";const q=()=>import(`./qr.Bm.js`);fetch("./data.json")';
    expect(bundlesReferenced(js, `${SITE}/_astro/list.X.js`)).toEqual([`${SITE}/_astro/urls.Dx.js`, `${SITE}/_astro/style.Y.js`]);
    expect(bundlesReferenced(js, `${SITE}/_astro/list.X.js`, { onDemand: true })).toEqual([`${SITE}/_astro/urls.Dx.js`, `${SITE}/_astro/style.Y.js`, `${SITE}/_astro/qr.Bm.js`]);
  });
});

describe('addressesToKeep', () => {
  it('takes the site’s own addresses from a keep message', () => {
    expect(addressesToKeep({ keep: ['/cases/a/', `${SITE}/api/cases/a.json#x`] }, SITE)).toEqual([`${SITE}/cases/a/`, `${SITE}/api/cases/a.json`]);
  });

  it('refuses other hosts and anything that is not a list of addresses', () => {
    expect(addressesToKeep({ keep: ['https://evil.example.com/x', 42, '//evil.example.com/y', '/ok/'] }, SITE)).toEqual([`${SITE}/ok/`]);
    expect(addressesToKeep({ keep: '/cases/a/' }, SITE)).toBeUndefined();
    expect(addressesToKeep(null, SITE)).toBeUndefined();
    expect(addressesToKeep('keep', SITE)).toBeUndefined();
  });
});
