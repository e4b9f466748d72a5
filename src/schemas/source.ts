import { z } from 'astro/zod';
import { PartialDateSchema } from './common.ts';

/**
 * A source record: one archived article that entries are taken from
 * (content/sources/<id>.md). The body is the cleaned article text, one paragraph per
 * block; the file the editor received is kept verbatim in content/sources/raw/.
 */
export const SourceSchema = z.strictObject({
  title: z.string().min(2).describe('文章标题；原文无标题时写编辑拟定的描述，并在 note 中说明。例：山西省大同市：建强小区“领头雁” 精准服务惠民生'),
  publication: z.string().min(2).describe('刊载的报刊、网站或版面；原文未写明时如实写“刊物名称文中未给出”。'),
  column: z.string().optional().describe('栏目或专栏名，例：“砥砺奋进这些年”'),
  reportingUnit: z.string().optional().describe('供稿或署名单位，例：中共大同市委组织部'),
  authors: z.array(z.string()).optional().describe('署名作者或记者。例：[宋爽]'),
  date: PartialDateSchema.describe('发表日期；原文没有写明时 inferred: true 并给出依据。'),
  originalFile: z
    .string()
    .regex(/^[\w.-]+\.txt$/, '写 content/sources/raw/ 里的原始文件名')
    .describe('收到的原始文件名，原样保存在 content/sources/raw/。例：003_ea09177695115416.txt'),
  note: z.string().optional().describe('编辑说明：文本残缺、乱码、顺序错乱等情况，以及如何处理。'),
});

export type SourceData = z.infer<typeof SourceSchema>;
