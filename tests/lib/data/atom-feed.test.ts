import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, partialDateToTimestamp } from '../../../src/lib/data/atom-feed.ts';

describe('partialDateToTimestamp', () => {
  it('fills a year or month to a full China-time timestamp', () => {
    expect(partialDateToTimestamp('2024')).toBe('2024-01-01T00:00:00+08:00');
    expect(partialDateToTimestamp('2023-11')).toBe('2023-11-01T00:00:00+08:00');
    expect(partialDateToTimestamp('2023-11-21')).toBe('2023-11-21T00:00:00+08:00');
  });
});

describe('atomFeed', () => {
  const feed = atomFeed({
    title: '库',
    subtitle: '新收录',
    siteUrl: 'https://x.org/',
    feedUrl: 'https://x.org/feed.xml',
    entries: [
      { title: 'A & B', url: 'https://x.org/cases/a/', summary: '<摘要>', date: '2023', author: '单位', categories: ['社区治理'] },
      { title: 'C', url: 'https://x.org/cases/c/', summary: 's', date: '2024-02', author: '单位', categories: [] },
    ],
  });

  it('is Atom with one entry per case, ids being the permanent URLs', () => {
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain('<id>https://x.org/cases/a/</id>');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://x.org/feed.xml"/>');
  });

  it('is dated by its newest entry, so an unchanged library rebuilds the same feed', () => {
    expect(feed).toContain('<updated>2024-02-01T00:00:00+08:00</updated>\n  <entry>');
  });

  it('escapes text', () => {
    expect(feed).toContain('<title>A &amp; B</title>');
    expect(feed).toContain('<summary>&lt;摘要&gt;</summary>');
    expect(escapeXml('"')).toBe('&quot;');
  });
});
