import { z } from 'astro/zod';

/** Permanent ASCII ids: lower-case pinyin words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, '只能用小写拼音字母、数字和连字符，例如 datong-xiaoqu-zhibu')
  .describe('永久网址标识，只用小写字母、数字和连字符。例：datong-xiaoqu-zhibu');

/**
 * A date as precise as the source allows: "2023", "2023-11" or "2023-11-21".
 * The precision is the format itself, so a year is never padded into a fake day.
 */
export const PartialDateSchema = z
  .strictObject({
    value: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, '日期写成 2023、2023-11 或 2023-11-21')
      .describe('日期，精确到原文能支持的程度：年“2023”、月“2023-11”或日“2023-11-21”。'),
    inferred: z.boolean().describe('原文没有写明日期、由编辑推断时为 true。'),
    evidence: z
      .string()
      .min(1)
      .optional()
      .describe('推断的依据（inferred 为 true 时必填），例：“文中写‘11月21日下午’，誓师大会在2023年11月”。'),
  })
  .refine((d) => !d.inferred || d.evidence, { message: '日期是推断的（inferred: true），请在 evidence 写明依据', path: ['evidence'] });

export type PartialDate = z.infer<typeof PartialDateSchema>;

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/**
 * Whether partial date `a` is surely after `b`, to the precision both have: 2024 is after 2023-11,
 * 2023-12-01 after 2023-11; 2023-12 is not surely after 2023 (it may be the same year's).
 */
export function isSurelyAfter(a: string, b: string): boolean {
  const shared = Math.min(a.length, b.length);
  return a.slice(0, shared) > b.slice(0, shared);
}

/** "2023年", "2023年11月", "2023年11月21日" */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
}
