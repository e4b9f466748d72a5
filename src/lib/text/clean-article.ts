// The import pipeline: a received plain-text article → cleaned paragraphs and a report of every
// change and every problem. Steps that keep the line structure run first, so line numbers in the
// report are the received file's line numbers; damage is located in the received text itself.
import { rejoinBrokenLines, type LineJoin, type UnjoinedBreak } from './broken-lines.ts';
import { findUnmatchedBrackets } from './brackets.ts';
import { findDamage, repairKnownDamage, type DamageFinding, type Repair } from './damage.ts';
import { removePinyinAnnotations } from './pinyin-annotations.ts';
import { fixPunctuation } from './punctuation.ts';
import type { TextFinding } from './text-finding.ts';
import { toSimplified } from './to-simplified.ts';
import { findZeroWidth, removeZeroWidth } from './zero-width.ts';

export interface BracketProblem {
  /** 1-based paragraph number in the cleaned text, and the received file's line it starts on. */
  paragraph: number;
  line: number;
  finding: TextFinding;
}

export interface CleanReport {
  /** Characters converted Traditional → Simplified. */
  converted: number;
  annotationsRemoved: number;
  punctuationFixed: number;
  zeroWidthRemoved: number;
  joins: LineJoin[];
  unjoined: UnjoinedBreak[];
  /** Every damaged span, located in the received text. */
  damage: DamageFinding[];
  /** What was done about the damage: decoded back, or marked 〔原文此处缺损〕. */
  repairs: Repair[];
  zeroWidth: TextFinding[];
  brackets: BracketProblem[];
}

export interface CleanedArticle {
  paragraphs: string[];
  /** Paragraphs separated by blank lines, as stored in a source record's body. */
  body: string;
  report: CleanReport;
}

export function cleanArticle(received: string): CleanedArticle {
  const raw = received.replace(/^\ufeff/u, '').replace(/\r\n?/g, '\n');
  const damage = findDamage(raw);
  const zeroWidth = findZeroWidth(raw);

  const visible = removeZeroWidth(raw);
  const repaired = repairKnownDamage(visible.text);
  // Control characters carry no text: drop them (each is reported in `damage`).
  const noControl = repaired.text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, '');
  const unannotated = removePinyinAnnotations(noControl);
  const simplified = toSimplified(unannotated.text);
  const punctuated = fixPunctuation(simplified.text, { questionMark: false });
  const { paragraphs, paragraphLines, joins, unjoined } = rejoinBrokenLines(punctuated.text);

  const brackets = paragraphs.flatMap((paragraph, index) =>
    findUnmatchedBrackets(paragraph).map((finding) => ({ paragraph: index + 1, line: paragraphLines[index]!, finding })),
  );

  return {
    paragraphs,
    body: paragraphs.join('\n\n'),
    report: {
      converted: simplified.converted,
      annotationsRemoved: unannotated.removed,
      punctuationFixed: punctuated.fixed,
      zeroWidthRemoved: visible.removed,
      joins,
      unjoined,
      damage,
      repairs: repaired.repairs,
      zeroWidth,
      brackets,
    },
  };
}

/** The import report, in Chinese, one item per line; `file` names the received file. */
export function formatCleanReport(report: CleanReport, file: string): string[] {
  const lines: string[] = [];
  lines.push(`繁体转简体：${report.converted} 个字`);
  lines.push(`删除机器注音：${report.annotationsRemoved} 处`);
  lines.push(`半角标点改全角：${report.punctuationFixed} 处`);
  if (report.zeroWidthRemoved) lines.push(`删除不可见字符：${report.zeroWidthRemoved} 个`);
  lines.push(`合并排版断行：${report.joins.length} 处`);
  for (const join of report.joins) lines.push(`  ${file}:${join.line} 与第 ${join.nextLine} 行合并：${join.context}`);
  if (report.unjoined.length) {
    lines.push(`疑似断行但未合并（请编辑核对）：${report.unjoined.length} 处`);
    for (const item of report.unjoined) lines.push(`  ${file}:${item.line} 与第 ${item.nextLine} 行：${item.context}（${item.reason}）`);
  }
  lines.push(`损坏文字：${report.damage.length} 处`);
  for (const item of report.damage) lines.push(`  ${file}:${item.line}:${item.column} ${item.message}`);
  const full = report.repairs.filter((repair) => repair.recoverable === 'full');
  const partial = report.repairs.filter((repair) => repair.recoverable === 'partial');
  if (report.repairs.length) {
    lines.push(`  其中按字节完整还原 ${full.length} 处，标为“〔原文此处缺损〕”${partial.length} 处，其余 ${report.damage.length - report.repairs.length} 处未改动、需编辑核对`);
  }
  for (const item of report.zeroWidth) lines.push(`  ${file}:${item.line}:${item.column} ${item.message}`);
  if (report.brackets.length) {
    lines.push(`引号、书名号或括号不成对：${report.brackets.length} 处（整理稿未改动，请核对原文）`);
    for (const item of report.brackets) lines.push(`  第 ${item.paragraph} 段（原文第 ${item.line} 行起）第 ${item.finding.column} 字：${item.finding.message}`);
  }
  return lines;
}
