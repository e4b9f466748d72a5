import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/config/markdown.ts';
import { entryBodyAsMarkdown } from '../../src/lib/entry-markdown.ts';

/** The body as the build renders it: entryBodyAsMarkdown, then the site's Markdown processor. */
async function renderBody(body: string): Promise<{ html: string; headings: string[] }> {
  const renderer = await markdownProcessor.createRenderer({ gfm: true, smartypants: false, syntaxHighlight: false });
  const { code, metadata } = await renderer.render(`\n${entryBodyAsMarkdown(body)}`, { frontmatter: {} });
  return { html: code, headings: metadata.headings.map((heading) => `${heading.depth}:${heading.slug}`) };
}

describe('entryBodyAsMarkdown', () => {
  it('returns a body without components as it is', () => {
    const body = '## 主要做法\n\n全覆盖选任小区党组织书记1381名。\n';
    expect(entryBodyAsMarkdown(body)).toBe(body);
  });

  it('renders <Aside title> as the boxed note, its content still Markdown', async () => {
    const { html } = await renderBody('## 主要做法\n\n正文。\n\n<Aside title="原文说明">\n平城区将**214名**干部纳入选派人才库。\n</Aside>\n\n## 成效\n\n结果。');
    expect(html).toContain('<aside class="note-box"><p class="note-box-title">原文说明</p>');
    expect(html).toMatch(/<aside class="note-box">[\s\S]*<p>平城区将<strong>214名<\/strong>干部纳入选派人才库。<\/p>\s*<\/aside>\s*<h2 id="成效">/);
  });

  it('renders <Aside> without a title as a note with no title line', async () => {
    const { html } = await renderBody('<Aside>\n- 一\n- 二\n</Aside>');
    expect(html).toMatch(/^<aside class="note-box">\s*<ul>\s*<li>一<\/li>\s*<li>二<\/li>\s*<\/ul>\s*<\/aside>\s*$/);
  });

  it('escapes markup in the title', async () => {
    const { html } = await renderBody('<Aside title="a <b> c">\n内容\n</Aside>');
    expect(html).toContain('<p class="note-box-title">a &lt;b&gt; c</p>');
    expect(html).not.toContain('<b>');
  });

  it('leaves <Aside> lines inside fenced code as code', async () => {
    const { html } = await renderBody('```\n<Aside title="说明">\n```\n\n~~~~\n</Aside>\n~~~~');
    expect(html).not.toContain('<aside');
    expect(html).toContain('&lt;Aside title="说明"&gt;');
    expect(html).toContain('&lt;/Aside&gt;');
  });

  it('gives headings the same ids as the page links to', async () => {
    const { headings } = await renderBody('## 主要做法\n\n### 一、建强组织\n\n## 成效');
    expect(headings).toEqual(['2:主要做法', '3:一建强组织', '2:成效']);
  });
});
