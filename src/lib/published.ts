// content/published.txt: every page URL ever published that trainers put on slides and handouts —
// cases (/cases/<slug>/), topics (/tags/<id>/), courses (/courses/<slug>/) and source articles
// (/sources/<id>/) — one per line, in the order they were first published. Lines are only ever
// added; `npm run check` fails when a listed page is gone (a renamed case must list its old slug in
// `aliases`; a topic's id, a course's or a source's file name never change once published), so a
// published URL can never silently 404. Region pages are not listed: they follow the cases' regions.

/** The kinds of page listed, by the first part of their path. */
export const PUBLISHED_KINDS = ['cases', 'tags', 'courses', 'sources'] as const;
export type PublishedKind = (typeof PUBLISHED_KINDS)[number];

export interface PublishedPage {
  kind: PublishedKind;
  /** The case's slug, the topic's id, the course's or the source's file name. */
  name: string;
}

const LINE = new RegExp(`^/(${PUBLISHED_KINDS.join('|')})/([^/\\s]+)/$`);

/** A listed page's URL. */
export const publishedUrl = ({ kind, name }: PublishedPage): string => `/${kind}/${name}/`;

/** Every page listed in published.txt, with its line, in file order; blank lines and # comments are skipped. */
export function parsePublishedPages(text: string): (PublishedPage & { line: number })[] {
  return text.split('\n').flatMap((raw, index) => {
    const match = LINE.exec(raw.trim());
    return match ? [{ kind: match[1] as PublishedKind, name: match[2]!, line: index + 1 }] : [];
  });
}

/** The case slugs listed in published.txt, in file order. */
export function parsePublished(text: string): { slug: string; line: number }[] {
  return parsePublishedPages(text).flatMap(({ kind, name, line }) => (kind === 'cases' ? [{ slug: name, line }] : []));
}

/** Lines that are neither blank, a comment nor a listed kind of page URL, for the check. */
export function malformedPublishedLines(text: string): number[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.trim();
    return line === '' || line.startsWith('#') || LINE.test(line) ? [] : [index + 1];
  });
}

/**
 * The file with every page of `pages` that is not listed yet appended, cases first and then by
 * kind, each kind sorted, and those pages' URLs.
 */
export function appendPublished(text: string, pages: readonly PublishedPage[]): { text: string; added: string[] } {
  const listed = new Set(parsePublishedPages(text).map(publishedUrl));
  const order = (page: PublishedPage) => PUBLISHED_KINDS.indexOf(page.kind);
  const added = [...new Set([...pages].sort((a, b) => order(a) - order(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(publishedUrl))].filter((url) => !listed.has(url));
  if (!added.length) return { text, added };
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return { text: base + added.map((url) => `${url}\n`).join(''), added };
}
