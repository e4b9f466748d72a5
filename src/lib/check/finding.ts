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

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
