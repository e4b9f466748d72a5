import { z } from 'astro/zod';
import { PartialDateSchema, SlugSchema } from './common.ts';
import { REGION_CODES, isRegionCode, lookupRegion } from '../lib/regions.ts';

export const CASE_KINDS = ['case', 'brief'] as const;

/** Frontmatter length limits, in characters, so that cards and search results stay readable. */
export const SUMMARY_MAX = 160;
export const TITLE_MAX = 60;

export const RegionSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^\d{6}$/, '地区代码是六位数字（GB/T 2260），例：140200')
      .refine(isRegionCode, { message: '不是现行的 GB/T 2260 行政区划代码，请用 npm run new 按地名查找' })
      .describe('GB/T 2260 六位行政区划代码，到能确定的最低一级。例：大同市 140200，鸠江区 340207。'),
    name: z
      .string()
      .optional()
      .describe('可选：地名全称，填了就必须与代码一致，例：安徽省芜湖市鸠江区。'),
    inferred: z.boolean().describe('原文没有写明这一地区（如只写“城区”），由编辑推断时为 true。'),
    evidence: z
      .array(z.string().min(4))
      .optional()
      .describe('推断的依据，逐条引原文（inferred 为 true 时必填）。'),
  })
  .refine((r) => !r.inferred || (r.evidence && r.evidence.length > 0), {
    message: '地区是推断的（inferred: true），请在 evidence 逐条写明依据',
    path: ['evidence'],
  })
  .refine((r) => !r.name || !isRegionCode(r.code) || lookupRegion(r.code)!.fullName === r.name, {
    message: '地名与代码不一致',
    path: ['name'],
  });

export const FigureSchema = z.strictObject({
  label: z.string().min(2).max(24).describe('指标名称，例：选配小区党组织书记'),
  value: z.string().min(1).max(16).describe('数值，照原文写，例：1381、99.6、3+N'),
  unit: z.string().max(8).optional().describe('单位，例：名、个、万元、%'),
  quote: z
    .string()
    .min(4)
    .describe('数据所在的原文句子，逐字摘自来源记录（检查时会核对），例：“选配小区党组织书记1381名”'),
});

export interface CaseVocabulary {
  /** Chinese tag names of content/tags.yaml. */
  tagNames: readonly string[];
}

export function createCaseSchema({ tagNames }: CaseVocabulary) {
  const tagEnum = z.enum(tagNames as [string, ...string[]]);
  return z
    .strictObject({
      title: z.string().min(4).max(TITLE_MAX).describe('案例标题：地区或单位 + 做法名称。例：大同市：“支部建在小区” 锻造过硬小区党组织书记队伍'),
      summary: z
        .string()
        .min(20)
        .max(SUMMARY_MAX, `摘要不超过 ${SUMMARY_MAX} 字`)
        .describe('一两句话的摘要：谁、做了什么、有什么成效。只写原文有的内容。'),
      kind: z.enum(CASE_KINDS).describe('case：完整案例（有做法、成效）；brief：简讯（篇幅短、内容单薄）。'),
      region: RegionSchema,
      organization: z
        .strictObject({
          unit: z.string().min(2).describe('报送或供稿单位，例：中共大同市委组织部'),
          authors: z.array(z.string()).optional().describe('署名作者，例：[郭文治, 李靜雯]'),
        })
        .describe('报送、供稿单位和作者。'),
      source: SlugSchema.describe('来源记录的 id（content/sources/ 下的文件名，不带 .md）。例：003-datong-jiujiang-guangan'),
      date: PartialDateSchema.describe('做法报道的日期（通常即来源文章的日期）。'),
      tags: z
        .array(tagEnum)
        .min(1, '至少选一个标签')
        .max(6, '标签不超过 6 个')
        .refine((tags) => new Set(tags).size === tags.length, '同一个标签只能写一次')
        .describe('主题标签，只能用 content/tags.yaml 里的中文名。例：[小区党组织, 书记队伍建设]'),
      figures: z.array(FigureSchema).max(12).default([]).describe('关键数据卡片，每条都要带原文引文。'),
      related: z.array(SlugSchema).optional().describe('相关案例的 slug（可选，系统也会按标签和地区自动推荐）。'),
      aliases: z.array(SlugSchema).optional().describe('本条目用过的旧 slug；旧网址会跳转到现在的网址。'),
      number: z
        .number()
        .int()
        .positive()
        .describe('案例编号，收录时按顺序分配（npm run new 自动填写），永不改动、不重复使用；讲义上印“案例 17”，读者输入 /c/17/ 即可打开。'),
    })
    .refine((c) => c.kind !== 'case' || c.figures.length >= 1, {
      message: '完整案例（kind: case）至少列出一条关键数据；原文没有数字时改为 brief',
      path: ['figures'],
    });
}

export type CaseData = z.infer<ReturnType<typeof createCaseSchema>>;
export { REGION_CODES };
