import { describe, expect, it } from 'vitest';
import { readTags } from '../../src/lib/vocabulary.ts';
import { createCaseSchema } from '../../src/schemas/case.ts';
import { parseEntryDocument } from '../../src/lib/check/document.ts';
import { findMdxSafetyProblems, listHeadings } from '../../src/lib/check/mdx-safety.ts';
import { lookupRegion } from '../../src/lib/regions.ts';
import { parse as parseYaml } from 'yaml';
import { SLUG_MAX, TODO_MARK, chooseRegion, listAddressParts, nextCaseNumber, renderCourse, renderEntry, slugFromTitle, slugProblem } from '../../src/lib/scaffold.ts';

describe('slugFromTitle', () => {
  it('turns each run of Chinese characters into one pinyin word', () => {
    expect(slugFromTitle('鸠江区擂台赛')).toBe('jiujiangquleitaisai');
    expect(slugFromTitle('大同市：“支部建在小区”')).toBe('datongshi-zhibujianzaixiaoqu');
  });

  it('keeps ASCII letters and digits, lower-cased, and writes ü as v', () => {
    expect(slugFromTitle('2023年 AB 绿色')).toBe('2023nian-ab-lvse');
  });

  it('drops trailing words to stay within the length limit, always matching the slug pattern', () => {
    const slug = slugFromTitle('大同市：“支部建在小区” 锻造过硬小区党组织书记队伍');
    expect(slug).toBe('datongshi-zhibujianzaixiaoqu');
    expect(slugFromTitle('支部建在小区锻造过硬小区党组织书记队伍全覆盖选任小区党组织书记').length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('returns an empty slug for a title with no letters', () => {
    expect(slugFromTitle('：“”——')).toBe('');
  });
});

describe('slugProblem', () => {
  it('accepts a well-formed new slug', () => {
    expect(slugProblem('jiujiang-leitaisai', ['datong-xiaoqu-zhibu'])).toBeUndefined();
  });

  it('rejects a slug that is taken, malformed or empty, in Chinese', () => {
    expect(slugProblem('datong-xiaoqu-zhibu', ['datong-xiaoqu-zhibu'])).toContain('已被');
    expect(slugProblem('Datong_Xiaoqu', [])).toContain('只能用小写拼音字母');
    expect(slugProblem('a--b', [])).toContain('不合规');
    expect(slugProblem('', [])).toContain('--slug');
    expect(slugProblem('2024', [])).toContain('“全部案例”的第 2024 页');
    expect(slugProblem('2024-datong', [])).toBeUndefined();
  });
});

describe('chooseRegion', () => {
  it('finds a county by its unique name or part of it', () => {
    expect(chooseRegion('鸠江区')).toMatchObject({ kind: 'found', region: { code: '340207' } });
    expect(chooseRegion('鸠江')).toMatchObject({ kind: 'found', region: { code: '340207' } });
  });

  it('finds a banner by the short form the sources write (科左中旗, 察右后旗)', () => {
    expect(chooseRegion('科左中旗')).toMatchObject({ kind: 'found', region: { fullName: '内蒙古自治区通辽市科尔沁左翼中旗' } });
    expect(chooseRegion('察右后旗')).toMatchObject({ kind: 'found', region: { code: '150928' } });
  });

  it('takes a six-digit code as is', () => {
    expect(chooseRegion('140302')).toMatchObject({ kind: 'found', region: { fullName: '山西省阳泉市城区' } });
    expect(chooseRegion('999999')).toEqual({ kind: 'none' });
  });

  it('lists every 城区 instead of guessing', () => {
    const choice = chooseRegion('城区');
    expect(choice.kind).toBe('ambiguous');
    const codes = choice.kind === 'ambiguous' ? choice.candidates.map((r) => r.code) : [];
    expect(codes).toEqual(expect.arrayContaining(['140302', '140502']));
  });

  it('lists candidates when a name is only part of several', () => {
    expect(chooseRegion('大同').kind).toBe('ambiguous');
    expect(chooseRegion('大同市')).toMatchObject({ kind: 'found', region: { code: '140200' } });
  });

  it('finds nothing for a name that is no region', () => {
    expect(chooseRegion('不存在的地方')).toEqual({ kind: 'none' });
  });
});

describe('nextCaseNumber', () => {
  it('is one more than the highest number, never reusing a gap', () => {
    expect(nextCaseNumber([])).toBe(1);
    expect(nextCaseNumber([1, 2, 5])).toBe(6);
    expect(nextCaseNumber([3, 1, 0])).toBe(4);
  });
});

describe('renderEntry', () => {
  const schema = createCaseSchema({ tagNames: readTags().map((tag) => tag.name) });
  const render = (kind: 'case' | 'brief') =>
    parseEntryDocument('new.mdx', renderEntry({ title: '鸠江区：擂台赛比出干事劲头', slug: 'jiujiang-leitaisai', kind, region: lookupRegion('340207')!, source: 'datong-jiujiang-guangan-banmian', number: 24, tags: ['书记队伍建设'] }));
  const failingFields = (kind: 'case' | 'brief') => {
    const result = schema.safeParse(render(kind).data);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort();
  };

  it('fills in what is known and fails the schema only on the fields the editor must write', () => {
    const data = render('case').data as Record<string, any>;
    expect(data).toMatchObject({ number: 24, title: '鸠江区：擂台赛比出干事劲头', kind: 'case', region: { code: '340207', inferred: false }, source: 'datong-jiujiang-guangan-banmian', tags: ['书记队伍建设'] });
    expect(failingFields('case')).toEqual(['date.value', 'figures', 'organization.unit', 'summary']);
    expect(failingFields('brief')).toEqual(['date.value', 'organization.unit', 'summary']);
  });

  it('starts the date from the source record’s, and marks a region the source does not name as inferred, its evidence to write', () => {
    const doc = parseEntryDocument('new.mdx', renderEntry({ title: '鸠江区：擂台赛比出干事劲头', slug: 'jiujiang-leitaisai', kind: 'brief', region: lookupRegion('340207')!, source: 'datong-jiujiang-guangan-banmian', number: 24, tags: ['书记队伍建设'], sourceDate: '2024-01', regionInSource: false }));
    expect(doc.data).toMatchObject({ date: { value: '2024-01', inferred: false }, region: { code: '340207', inferred: true, evidence: [] } });
    const result = schema.safeParse(doc.data);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['organization.unit', 'region.evidence', 'summary']);
    expect(doc.text.split('\n').find((line) => line.startsWith('  evidence:'))).toContain(TODO_MARK);
  });

  it('marks every field left to fill with the TODO mark on its own line', () => {
    const lines = render('case').text.split('\n');
    for (const key of ['summary:', '  unit:', '  value:', 'figures:']) {
      expect(lines.find((line) => line.startsWith(key))).toContain(TODO_MARK);
    }
  });

  it('writes the required sections of a full case as safe Markdown', () => {
    const doc = render('case');
    expect(listHeadings(doc.body).map((h) => h.text)).toEqual(['导语', '主要做法', '成效', '经验启示']);
    expect(findMdxSafetyProblems(doc.body)).toEqual([]);
    expect(listHeadings(render('brief').body)).toEqual([]);
  });
});

describe('listAddressParts', () => {
  it('reads the ids and the title of a list’s address, whole or from /list/ on', () => {
    expect(listAddressParts(`https://anli.example.cn/list/?ids=10,datong-xiaoqu-zhibu&title=${encodeURIComponent('第三讲')}#top`)).toEqual({ ids: ['10', 'datong-xiaoqu-zhibu'], title: '第三讲' });
    expect(listAddressParts('/list/?ids=3，4')).toEqual({ ids: ['3', '4'], title: '' });
    expect(listAddressParts('https://anli.example.cn/list/')).toEqual({ ids: [], title: '' });
  });
});

describe('renderCourse', () => {
  it('writes the title and the cases in order, and leaves each field to write empty with the TODO mark', () => {
    const text = renderCourse({ title: '第三讲: 书记队伍', cases: [{ slug: 'a-case', number: 3, title: '甲' }, { slug: 'b-case', number: 1, title: '乙' }] });
    const data = parseYaml(text) as Record<string, any>;
    expect(data).toEqual({
      title: '第三讲: 书记队伍',
      audience: '',
      description: '',
      cases: [{ slug: 'a-case', note: '', questions: [] }, { slug: 'b-case', note: '', questions: [] }],
    });
    for (const key of ['audience:', 'description:', '    note:', '    questions:']) {
      for (const line of text.split('\n').filter((line) => line.startsWith(key))) expect(line).toContain(TODO_MARK);
    }
  });
});
