import { describe, expect, it } from 'vitest';
import { searchBodyOf } from '../../../src/lib/build/search-index.ts';

describe('searchBodyOf', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>页</title></head><body><nav>导航</nav><main>${body}<aside>相关案例</aside></main></body></html>`;

  it('keeps only the element with data-pagefind-body, with its attributes', () => {
    const body = '<article class="case" data-pagefind-body data-pagefind-filter="kind:案例"><h1 id="t">标题</h1><p>正文</p></article>';
    const out = searchBodyOf(page(body));
    expect(out).toContain(body);
    expect(out).not.toContain('导航');
    expect(out).not.toContain('相关案例');
    expect(out).toMatch(/^<!doctype html><html lang="zh-CN">/);
  });

  it('balances nested elements of the same name', () => {
    const body = '<article data-pagefind-body><article><p>内层</p></article><p>外层结尾</p></article>';
    expect(searchBodyOf(page(body))).toContain(`${body}</body>`);
  });

  it('leaves a page without a search body as it is', () => {
    expect(searchBodyOf(page('<p>列表</p>'))).toBe(page('<p>列表</p>'));
  });
});
