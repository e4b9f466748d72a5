// Atom 1.0 (RFC 4287) feed of the newest entries. Entries carry no "added on" date, so each
// entry's date is its report date, as precise as known; the feed orders by case number, which is
// the order of addition.

export interface FeedEntry {
  title: string;
  /** Absolute, permanent URL; also the entry's id. */
  url: string;
  summary: string;
  /** "2024", "2024-03" or "2024-03-15". */
  date: string;
  author: string;
  categories: string[];
}

export interface FeedInput {
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  entries: FeedEntry[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "2024" → 2024-01-01T00:00:00+08:00: Atom needs a full timestamp; the reports are dated in China time. */
export function partialDateToTimestamp(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}T00:00:00+08:00`;
}

export function atomFeed(input: FeedInput): string {
  const stamps = input.entries.map((entry) => partialDateToTimestamp(entry.date)).sort();
  // The newest entry date rather than the build time, so an unchanged library builds an identical feed.
  const updated = stamps.at(-1) ?? '2024-01-01T00:00:00+08:00';
  const entries = input.entries.map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <id>${escapeXml(entry.url)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${partialDateToTimestamp(entry.date)}</updated>
    <author><name>${escapeXml(entry.author)}</name></author>
${entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`).join('\n')}
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeXml(input.title)}</title>
  <subtitle>${escapeXml(input.subtitle)}</subtitle>
  <id>${escapeXml(input.siteUrl)}</id>
  <link rel="alternate" type="text/html" href="${escapeXml(input.siteUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
