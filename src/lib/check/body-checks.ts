// The checks of an entry's body that need nothing but the body: the MDX safety rules, text
// hygiene of its prose, and its headings for the structure rules. They are most of the content
// check's time, and check-content.ts runs them on a worker thread for a large library
// (src/lib/check/body-check-worker.ts), so they are kept apart from the rules that need the
// frontmatter or other entries.
import { findTextHygieneProblems } from './text-hygiene.ts';
import { findMdxSafetyProblems, listHeadings, parseMdx, proseOnly, type BodyHeading } from './mdx-safety.ts';
import type { Finding } from './finding.ts';

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
}

export function checkBody({ file, body, bodyLine }: BodyInput): BodyResult {
  const offsetLine = bodyLine - 1;
  const findings: Finding[] = [];
  for (const problem of findMdxSafetyProblems(body)) {
    findings.push({ file, line: problem.line + offsetLine, column: problem.column, rule: problem.rule, message: problem.message });
  }
  for (const problem of findTextHygieneProblems(proseOnly(body))) {
    findings.push({ file, line: problem.line + offsetLine, column: problem.column, rule: problem.rule, message: problem.message });
  }
  let headings: BodyHeading[] | null;
  try {
    parseMdx(body);
    headings = listHeadings(body);
  } catch {
    headings = null;
  }
  return { findings, headings };
}
