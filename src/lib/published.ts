// content/published.txt: every case URL ever published, one per line (/cases/<slug>/), in the
// order they were first published. Lines are only ever added; `npm run check` fails when a listed
// slug is neither an entry nor an entry's alias, so a published URL can never silently 404.
import { caseUrl } from './urls.ts';

const LINE = /^\/cases\/([^/\s]+)\/$/;

/** Slugs listed in published.txt, in file order; blank lines and # comments are skipped. */
export function parsePublished(text: string): { slug: string; line: number }[] {
  return text.split('\n').flatMap((raw, index) => {
    const slug = LINE.exec(raw.trim())?.[1];
    return slug ? [{ slug, line: index + 1 }] : [];
  });
}

/** Lines that are neither blank, a comment nor a case URL, for the check. */
export function malformedPublishedLines(text: string): number[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.trim();
    return line === '' || line.startsWith('#') || LINE.test(line) ? [] : [index + 1];
  });
}

/** The file with every current slug that is not listed yet appended, and those slugs. */
export function appendPublished(text: string, slugs: readonly string[]): { text: string; added: string[] } {
  const listed = new Set(parsePublished(text).map((entry) => entry.slug));
  const added = [...new Set(slugs)].filter((slug) => !listed.has(slug)).sort();
  if (!added.length) return { text, added };
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return { text: base + added.map((slug) => `${caseUrl(slug)}\n`).join(''), added };
}
