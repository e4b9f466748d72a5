// Text-hygiene lints for entries, built on the same detectors the import tool uses.
export interface HygieneProblem {
  rule: string;
  message: string;
  line: number;
  column: number;
}

export function findTextHygieneProblems(_text: string): HygieneProblem[] {
  return [];
}
