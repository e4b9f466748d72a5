// The table of contents of a case: its h2 sections, each with its h3 subsections nested, so the
// list reads as two levels (numbered sections, unnumbered subsections) like the page itself.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** h2 become entries, h3 nest under the h2 before them; h3 before any h2 become entries. Deeper levels are left out. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const item = { slug: heading.slug, text: heading.text };
    const parent = entries.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(item);
    else if (heading.depth === 2 || heading.depth === 3) entries.push({ ...item, children: [] });
  }
  return entries;
}

/** How many links the contents list would have; a short case does not need one. */
export function tocSize(entries: readonly TocEntry[]): number {
  return entries.reduce((sum, entry) => sum + 1 + entry.children.length, 0);
}
