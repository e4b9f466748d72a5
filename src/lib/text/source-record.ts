// Writing a source record (content/sources/<id>.md) from a cleaned article: a default id, a
// first frontmatter that passes SourceSchema with every guess marked as one, and replacing the
// body of an existing record without touching the frontmatter the editor wrote.
import { stringify } from 'yaml';
import { findRegionsByName, withoutRegionKind } from '../regions.ts';
import { regionNameAbbreviations } from '../region-names.ts';
import { hanSyllables } from './pinyin.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { SourceSchema, type SourceData } from '../../schemas/source.ts';
import type { CleanReport } from './clean-article.ts';

/**
 * A default id from the title: the region the title starts with as one word, then the next
 * characters in pairs, e.g. 原平市“六聚焦六确保”… → yuanping-liuju-jiaoliu. Editors can override it.
 */
export function suggestSourceId(title: string): string {
  const han = [...title.replace(/[^\p{Script=Han}]/gu, '')];
  const words: string[] = [];
  let rest = han;
  for (let length = Math.min(6, han.length); length >= 2; length--) {
    const prefix = han.slice(0, length).join('');
    const region = findRegionsByName(prefix, 5).find((r) => r.name === prefix || r.name.replace(/(市|区|县|旗|盟)$/u, '') === prefix || regionNameAbbreviations(r.name).includes(prefix));
    if (region) {
      // A banner as the title abbreviates it (科左中旗 → kezuozhongqi), not as its full name.
      const short = regionNameAbbreviations(region.name).includes(prefix) ? prefix : withoutRegionKind(region.name) || region.name;
      words.push(hanSyllables(short).join(''));
      rest = han.slice(length).join('').replace(/^(省|市|区|县|旗|盟)/u, '').split('') as string[];
      break;
    }
  }
  for (let i = 0; i < rest.length && words.length < 3; i += 2) words.push(hanSyllables(rest.slice(i, i + 2).join('')).join(''));
  const id = words.filter(Boolean).join('-').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return SLUG_PATTERN.test(id) ? id : 'wenzhang';
}

/** The latest year written in the text (2000–2099), the best date guess a plain text allows. */
export function latestYear(text: string): string | undefined {
  const years = [...text.matchAll(/(20\d\d)年/g)].map((match) => match[1]!).sort();
  return years.at(-1);
}

/** One-sentence account of what the import did, for the record's note. */
export function describeImport(report: CleanReport): string {
  const parts = [
    report.converted && `繁体转简体 ${report.converted} 字`,
    report.annotationsRemoved && `删除机器注音 ${report.annotationsRemoved} 处`,
    report.punctuationFixed && `半角标点改全角 ${report.punctuationFixed} 处`,
    report.joins.length && `合并排版断行 ${report.joins.length} 处`,
  ].filter(Boolean);
  const full = report.repairs.filter((r) => r.recoverable === 'full').length;
  const partial = report.repairs.filter((r) => r.recoverable === 'partial').length;
  const unresolved = report.damage.length - report.repairs.length;
  if (report.damage.length) {
    parts.push(`发现损坏文字 ${report.damage.length} 处（按字节还原 ${full} 处，标为“〔原文此处缺损〕”${partial} 处${unresolved ? `，${unresolved} 处待编辑核对` : ''}）`);
  } else parts.push('未发现乱码');
  return `导入工具整理：${parts.join('；')}。`;
}

export interface NewRecordInput {
  title: string;
  originalFile: string;
  body: string;
  report: CleanReport;
}

/** Frontmatter for a new record: everything the text cannot tell is marked for the editor. */
export function newSourceData({ title, originalFile, body, report }: NewRecordInput): SourceData {
  const year = latestYear(body);
  const data: SourceData = {
    title,
    publication: '待编辑填写：刊载的报刊、网站或版面（原文未写明时写“刊物名称文中未给出”）',
    date: year
      ? { value: year, inferred: true, evidence: `导入工具推断：文中出现的最晚年份为“${year}年”，待编辑核实` }
      : { value: String(new Date().getFullYear()), inferred: true, evidence: '导入工具推断：文中没有年份，暂用导入年份，待编辑核实' },
    originalFile,
    note: describeImport(report),
  };
  return SourceSchema.parse(data);
}

export function renderSourceRecord(data: SourceData, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** The frontmatter block of an existing record (with its fences), or undefined. */
export function frontmatterBlock(record: string): string | undefined {
  const match = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(\n|$)/.exec(record);
  return match?.[0];
}

/** Keeps the existing frontmatter byte for byte and replaces only the body. */
export function replaceBody(record: string, body: string): string {
  const block = frontmatterBlock(record);
  if (!block) throw new Error('现有记录没有头部信息（--- 包围的 frontmatter），无法只替换正文');
  return `${block.endsWith('\n') ? block : `${block}\n`}\n${body}\n`;
}
