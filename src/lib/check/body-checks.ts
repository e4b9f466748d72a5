// The checks of an entry's body that need nothing but the body: the MDX safety rules, text
// hygiene of its prose, and its headings for the structure rules. They are most of the content
// check's time, and check-content.ts runs them on a worker thread for a large library
// (src/lib/check/body-check-worker.ts), so they are kept apart from the rules that need the
// frontmatter or other entries.
import { findTextHygieneProblems } from './text-hygiene.ts';
import { findMdxSafetyProblems, listHeadings, listSiteLinks, parseMdx, proseOnly, type BodyHeading, type BodyLink } from './mdx-safety.ts';
import type { Finding } from './finding.ts';
import { findNumbers } from '../text/numbers.ts';

/** What check-content.ts needs of a body: where it is in its file. */
export interface BodyInput {
  file: string;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

export interface BodyResult {
  findings: Finding[];
  /** The body's headings, or null when it does not parse (its syntax error is among `findings`). */
  headings: BodyHeading[] | null;
  /** The numbers its prose writes in digits, where in the file: each must be in the source (check-content.ts). */
  numbers: BodyNumber[];
  /** Its links to pages of this site, where in the file: each must lead to a page that exists (check-content.ts). */
  siteLinks: BodyLink[];
}

export interface BodyNumber {
  digits: string;
  text: string;
  line: number;
  column: number;
}

export function checkBody({ file, body, bodyLine }: BodyInput): BodyResult {
  const offsetLine = bodyLine - 1;
  const findings: Finding[] = [];
  const unsafe = findMdxSafetyProblems(body);
  for (const problem of unsafe) {
    findings.push({ file, line: problem.line + offsetLine, column: problem.column, rule: problem.rule, message: problem.message });
  }
  const prose = proseOnly(body);
  for (const problem of findTextHygieneProblems(prose)) {
    findings.push({ file, line: problem.line + offsetLine, column: problem.column, rule: problem.rule, message: problem.message });
  }
  const siteLinks = listSiteLinks(body);
  // Text inside what the safety rules reject (alert(1) in a <script>) is no figure of the page,
  // nor is the text of a link to another page of the site (“见第 12 号案例”), which names that page.
  const numbers = unsafe.length
    ? []
    : findNumbers(prose)
        .filter((mention) => !siteLinks.some((link) => mention.offset >= link.offset && mention.offset < link.end))
        .map(({ digits, text, line, column }) => ({ digits, text, line: line + offsetLine, column }));
  let headings: BodyHeading[] | null;
  try {
    parseMdx(body);
    headings = listHeadings(body);
  } catch {
    headings = null;
  }
  return { findings, headings, numbers, siteLinks: siteLinks.map((link) => ({ ...link, line: link.line + offsetLine })) };
}
