import { z } from 'astro/zod';
import { SlugSchema } from './common.ts';

export const TagSchema = z.strictObject({
  id: SlugSchema.describe('标签页的永久网址标识，例：xiaoqu-dangzuzhi'),
  name: z.string().min(2).describe('中文标签名，条目 tags 字段填写的就是它。例：小区党组织'),
  definition: z.string().min(4).describe('一句话说明这个标签收录什么。'),
});

export const TagListSchema = z.array(TagSchema);
