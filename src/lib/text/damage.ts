// Damaged text in a received file: what a decoder printed for bytes it could not read, and the
// known GBK byte-misalignment signatures of seed 001 (documented in the content plan's
// text_damage: a program that added pinyin byte by byte slipped by one byte, so the bytes of
// several characters were re-paired into unrelated ones).
import { createLocator, DAMAGE_MARK, HAN, type TextFinding } from './text-finding.ts';

export type Recoverable = 'full' | 'partial';

export interface DamageSignature {
  id: string;
  /** Matches the damaged span, in Traditional or already-converted Simplified text. */
  pattern: RegExp;
  recoverable: Recoverable;
  /**
   * What the span becomes: the bytes that survive decoded again, lost characters as
   * DAMAGE_MARK. Written in the script of the text (Traditional text is converted later).
   */
  replacement: { traditional: string; simplified: string };
  /** Why, in Chinese, for the import report and the checker. */
  explanation: string;
}

/** The content plan's text_damage.gbk_misalignment, one entry per signature. */
export const GBK_SIGNATURES: readonly DamageSignature[] = [
  {
    id: 'gbk-bao-jiceng-dangjian',
    pattern: /[確确]\?[;；]鶎狱h建/gu,
    recoverable: 'full',
    replacement: { traditional: '確保基層黨建', simplified: '确保基层党建' },
    explanation: 'GBK 字节错位：“保基層黨”被错配成“?;鶎狱h”，按字节可完整还原为“确保基层党建”',
  },
  {
    id: 'gbk-bao-quanmian-tisheng',
    pattern: /[確确]\?[!！]保嫣嵘h建/gu,
    recoverable: 'partial',
    replacement: { traditional: `確保”${DAMAGE_MARK}提${DAMAGE_MARK}建`, simplified: `确保”${DAMAGE_MARK}提${DAMAGE_MARK}建` },
    explanation: 'GBK 字节错位：按字节只能还原“保”、后引号和“提”，“，全面”和“升党”的字节已丢失，已标为缺损（上下文似为“，全面提升党建”，未补写）',
  },
  {
    id: 'gbk-zong-renkou',
    pattern: /[總总]\?cè\)丝\?/gu,
    recoverable: 'partial',
    replacement: { traditional: `總人口${DAMAGE_MARK}`, simplified: `总人口${DAMAGE_MARK}` },
    explanation: 'GBK 字节错位：“人口”可按字节还原，其后一位数字已丢失（总人口“?1.9万”，无法确定），已标为缺损',
  },
];

const REPLACEMENT_CHAR = /\ufffd+/gu;
// Control characters other than tab and newline (\r is normalised away before this runs).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]+/gu;
const PRIVATE_USE = /[\ue000-\uf8ff\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]+/gu;
const QUESTION_RUN = /\?+/gu;

export interface DamageFinding extends TextFinding {
  rule: 'damage';
  /** Signature id, or 'replacement-char' | 'question-mark' | 'control' | 'private-use'. */
  kind: string;
  recoverable?: Recoverable;
}

/** Every damaged span with its position; a span that matches a known signature is reported once, as that signature. */
export function findDamage(text: string): DamageFinding[] {
  const locate = createLocator(text);
  const findings: DamageFinding[] = [];
  const covered: [number, number][] = [];
  const isCovered = (offset: number) => covered.some(([start, end]) => offset >= start && offset < end);
  const add = (kind: string, offset: number, span: string, message: string, recoverable?: Recoverable) =>
    findings.push({ rule: 'damage', kind, ...locate(offset), offset, text: span, message, ...(recoverable ? { recoverable } : {}) });

  for (const signature of GBK_SIGNATURES) {
    for (const match of text.matchAll(signature.pattern)) {
      covered.push([match.index, match.index + match[0].length]);
      add(signature.id, match.index, match[0], `乱码“${match[0]}”：${signature.explanation}`, signature.recoverable);
    }
  }
  for (const match of text.matchAll(REPLACEMENT_CHAR)) {
    add('replacement-char', match.index, match[0], `替换字符“\ufffd”（${match[0].length} 个）：原文此处的字节无法解码，请对照原件补正或标为${DAMAGE_MARK}`);
  }
  for (const match of text.matchAll(QUESTION_RUN)) {
    if (isCovered(match.index)) continue;
    const before = text[match.index - 1];
    const after = text[match.index + match[0].length];
    if (!(before && HAN.test(before)) && !(after && HAN.test(after))) continue;
    add('question-mark', match.index, match[0], `汉字旁的半角“?”，多半是无法解码的字节（乱码）：请对照原件核实；确是问号的，改为全角“？”`);
  }
  for (const match of text.matchAll(CONTROL)) {
    add('control', match.index, match[0], `控制字符 U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}：文本中不应出现，多为转码损坏，请删除并核对此处文字`);
  }
  for (const match of text.matchAll(PRIVATE_USE)) {
    add('private-use', match.index, match[0], `私用区字符 U+${match[0].codePointAt(0)!.toString(16).toUpperCase()}：无法显示，多为转码损坏或造字，请对照原件`);
  }
  return findings.sort((a, b) => a.offset - b.offset);
}

export interface Repair {
  kind: string;
  line: number;
  column: number;
  /** The damaged span as received. */
  before: string;
  after: string;
  recoverable: Recoverable;
  explanation: string;
}

export interface RepairResult {
  text: string;
  repairs: Repair[];
}

/**
 * Repairs only what the content plan documents: full signatures are decoded back, partial ones
 * keep the bytes that survive and mark the rest with DAMAGE_MARK. U+FFFD and private-use runs
 * are replaced by the mark too; nothing is ever filled in from context.
 */
export function repairKnownDamage(text: string): RepairResult {
  const locate = createLocator(text);
  const repairs: Repair[] = [];
  const edits: { start: number; end: number; after: string }[] = [];
  for (const signature of GBK_SIGNATURES) {
    for (const match of text.matchAll(signature.pattern)) {
      const after = /[確總]/u.test(match[0][0]!) ? signature.replacement.traditional : signature.replacement.simplified;
      edits.push({ start: match.index, end: match.index + match[0].length, after });
      repairs.push({ kind: signature.id, ...locate(match.index), before: match[0], after, recoverable: signature.recoverable, explanation: signature.explanation });
    }
  }
  for (const [kind, pattern, explanation] of [
    ['replacement-char', REPLACEMENT_CHAR, '无法解码的字节（U+FFFD），标为缺损'],
    ['private-use', PRIVATE_USE, '私用区字符，无法确定原字，标为缺损'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      edits.push({ start: match.index, end: match.index + match[0].length, after: DAMAGE_MARK });
      repairs.push({ kind, ...locate(match.index), before: match[0], after: DAMAGE_MARK, recoverable: 'partial', explanation });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let output = text;
  for (const edit of edits) output = output.slice(0, edit.start) + edit.after + output.slice(edit.end);
  repairs.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: output, repairs };
}
