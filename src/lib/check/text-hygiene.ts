// Text-hygiene lints for entries and source records, built on the same detectors the import tool
// uses (src/lib/text/), so `npm run check` flags exactly what `npm run import` would have cleaned.
// The damage mark 〔原文此处缺损〕 is what import writes for lost text and is never a finding.
import { findUnmatchedBrackets } from '../text/brackets.ts';
import { findDamage } from '../text/damage.ts';
import { findPinyinAnnotations } from '../text/pinyin-annotations.ts';
import { findAsciiPunctuation } from '../text/punctuation.ts';
import type { TextFinding } from '../text/text-finding.ts';
import { findTraditional } from '../text/to-simplified.ts';
import { findZeroWidth } from '../text/zero-width.ts';

export interface HygieneProblem {
  rule: string;
  message: string;
  line: number;
  column: number;
}

export interface HygieneOptions {
  /**
   * Treat the text as an excerpt that may start or end inside a quotation (unpaired “ at its
   * edges is expected). Defaults to true for one-line texts: the checker passes frontmatter
   * values one at a time, and figure quotes are verbatim excerpts of the source.
   */
  excerpt?: boolean;
}

export function findTextHygieneProblems(text: string, { excerpt = !text.includes('\n') }: HygieneOptions = {}): HygieneProblem[] {
  const damage = findDamage(text);
  const pinyin = findPinyinAnnotations(text);
  // A mark inside a damaged span or a pinyin annotation is reported once, as that span.
  const spans = [...damage, ...pinyin];
  const inDamage = (finding: TextFinding) => spans.some((d) => finding.offset >= d.offset && finding.offset < d.offset + d.text.length);
  const found: TextFinding[] = [
    ...findAsciiPunctuation(text).filter((finding) => !inDamage(finding)),
    ...findTraditional(text).filter((finding) => !inDamage(finding)),
    ...pinyin,
    ...damage,
    ...findZeroWidth(text),
    ...findUnmatchedBrackets(text, { excerpt }).filter((finding) => !inDamage(finding)),
  ];
  return found
    .sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule))
    .map(({ rule, message, line, column }) => ({ rule: `hygiene/${rule}`, message, line, column }));
}
