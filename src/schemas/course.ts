import { z } from 'astro/zod';
import { SlugSchema } from './common.ts';

/**
 * A course pack (专题/课程包): an ordered reading list of cases for a training class,
 * with a trainer's note and discussion questions for each (content/courses/<slug>.yaml).
 */
export function CourseSchema({ caseSlugs }: { caseSlugs: readonly string[] }) {
  const known = new Set(caseSlugs);
  return z.strictObject({
    title: z.string().min(4).max(40).describe('课程包标题，例：小区党组织书记队伍建设'),
    audience: z.string().min(2).describe('适用对象，例：新任社区党组织书记培训班'),
    description: z.string().min(10).describe('这组案例要讨论的问题，一两段。'),
    hours: z.number().positive().optional().describe('建议学时，例：3'),
    cases: z
      .array(
        z.strictObject({
          slug: SlugSchema.refine((slug) => known.has(slug), { message: '没有这个案例（content/cases/ 下找不到同名文件）' }).describe(
            '案例的 slug，例：datong-xiaoqu-zhibu',
          ),
          note: z.string().min(4).describe('教师导读：为什么选这个案例、读的时候注意什么。'),
          questions: z.array(z.string().min(4)).min(1).describe('讨论题，至少一道。'),
        }),
      )
      .min(2, '课程包至少包含两个案例')
      .describe('按教学顺序排列的案例。'),
  });
}

export type CourseData = z.infer<ReturnType<typeof CourseSchema>>;
