export type RuleGroup = 'schema' | 'vocabulary' | 'identity' | 'fidelity' | 'safety' | 'hygiene' | 'structure' | 'syntax';

/** One problem in one file, with a position an editor can jump to. */
export interface Finding {
  /** Path relative to the project root, e.g. content/cases/datong-xiaoqu-zhibu.mdx */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Rule id, e.g. "schema/unknown-key", "safety/script". */
  rule: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} [${finding.rule}] ${finding.message}`;
}

/**
 * The finding as a GitHub Actions workflow command: on a pull request, GitHub shows it at its line
 * in the changed file, so an editor sees what to fix where they wrote it, not only in the log.
 * Escaped as the runner reads commands (% and line breaks everywhere, : and , in properties).
 */
export function formatAnnotation(finding: Finding): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${property(finding.file)},line=${finding.line},col=${finding.column},title=${property(finding.rule)}::${data(finding.message)}`;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
