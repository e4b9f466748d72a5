// The practices of a case, by their headings, for the one-page case card. Entries follow the
// outline 导语 / 主要做法 (one ### per practice) / 成效; briefs may have no headings at all.

export interface HeadingLike {
  depth: number;
  text: string;
}

/** Framing sections, not practices: left out when a case has no ### practice headings. */
const FRAMING = new Set(['导语', '主要做法', '成效', '经验启示', '启示', '背景']);

export function practiceHeadings(headings: readonly HeadingLike[]): string[] {
  const subsections = headings.filter((heading) => heading.depth === 3).map((heading) => heading.text.trim());
  if (subsections.length > 0) return subsections;
  return headings.filter((heading) => heading.depth === 2 && !FRAMING.has(heading.text.trim())).map((heading) => heading.text.trim());
}
