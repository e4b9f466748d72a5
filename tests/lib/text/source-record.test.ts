import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { cleanArticle } from '../../../src/lib/text/clean-article.ts';
import { latestYear, newSourceData, renderSourceRecord, replaceBody, suggestSourceId } from '../../../src/lib/text/source-record.ts';

describe('suggestSourceId', () => {
  it('starts with the region the title names, in pinyin', () => {
    expect(suggestSourceId('原平市“六聚焦六确保”全面提升党建引领城市治理水平')).toMatch(/^yuanping-liuju/);
    expect(suggestSourceId('大同市：建强小区“领头雁”')).toMatch(/^datong-/);
    expect(suggestSourceId('科左中旗公安局机关党委开展学习身边榜样活动')).toMatch(/^kezuozhongqi-gongan/);
  });
});

describe('newSourceData', () => {
  it('passes the schema and marks the date as inferred from the latest year in the text', () => {
    const { body, report } = cleanArticle('标题\n2018年起，2023年投入资金180余万元。');
    const data = newSourceData({ title: '标题', originalFile: 'x.txt', body, report });
    expect(SourceSchema.safeParse(data).success).toBe(true);
    expect(data.date).toMatchObject({ value: '2023', inferred: true });
    expect(latestYear('无年份')).toBeUndefined();
    expect(renderSourceRecord(data, body)).toMatch(/^---\ntitle: 标题\n[\s\S]*\n---\n\n标题\n\n2018年起，/);
  });
});

describe('replaceBody', () => {
  it('keeps the frontmatter byte for byte and replaces only the body', () => {
    const record = '---\ntitle: 甲\nnote: 编辑写的说明\n---\n\n旧正文\n';
    expect(replaceBody(record, '新正文')).toBe('---\ntitle: 甲\nnote: 编辑写的说明\n---\n\n新正文\n');
    expect(() => replaceBody('没有头部', '新正文')).toThrow(/头部信息/);
  });
});
