import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { siteUrlFrom, siteUrlProblem } from '../../src/lib/site-url.ts';

describe('siteUrlProblem', () => {
  it('accepts a host’s root address, with or without its slash or a port', () => {
    expect(['https://anli.example.cn', 'https://anli.example.cn/', 'http://localhost:4321/'].map(siteUrlProblem)).toEqual([undefined, undefined, undefined]);
  });

  it('refuses, in Chinese, an address in a folder, without a scheme, or with a query', () => {
    expect(siteUrlProblem('https://dangxiao.example.cn/anliku/')).toContain('带有目录“/anliku/”');
    expect(siteUrlProblem('https://dangxiao.example.cn/anliku/')).toContain('https://anli.dangxiao.example.cn');
    expect(siteUrlProblem('anli.example.cn')).toContain('不是完整的网址');
    expect(siteUrlProblem('ftp://anli.example.cn')).toContain('https://');
    expect(siteUrlProblem('https://anli.example.cn/?from=wx')).toContain('不能带参数');
  });
});

describe('siteUrlFrom', () => {
  it('gives the origin, the fallback when SITE_URL is unset or blank', () => {
    expect(siteUrlFrom('https://anli.example.cn/', 'https://x.org')).toBe('https://anli.example.cn');
    expect(siteUrlFrom(undefined, 'https://x.org')).toBe('https://x.org');
    expect(siteUrlFrom('  ', 'https://x.org')).toBe('https://x.org');
  });

  it('stops the build’s configuration with the reason when SITE_URL has a folder', () => {
    const load = (siteUrl: string) =>
      execFileSync(process.execPath, ['-e', "import('./src/config/site.ts').then((m) => console.log(m.SITE_URL))"], { env: { ...process.env, SITE_URL: siteUrl }, encoding: 'utf8', stdio: 'pipe' });
    expect(load('https://anli.example.cn/').trim()).toBe('https://anli.example.cn');
    expect(() => load('https://dangxiao.example.cn/anliku/')).toThrow(/带有目录/);
  });
});
