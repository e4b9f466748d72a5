import { describe, expect, it } from 'vitest';
import { accessDate, gbtCitation, gbtCitationParts, plainCitation, publicationYear, responsibleParty, sourceNote } from '../../src/lib/citation.ts';

const datong = {
  title: '大同市：“支部建在小区” 锻造过硬小区党组织书记队伍',
  unit: '中共大同市委组织部',
  date: '2024',
  dateInferred: true,
  publisher: '基层党建案例库',
  url: 'https://anliku.example.org/cases/datong-xiaoqu-zhibu/',
};

describe('responsibleParty', () => {
  it('names the unit when no person is named (GB/T 7714 §8.1.3)', () => {
    expect(responsibleParty(undefined, '中共大同市委组织部')).toBe('中共大同市委组织部');
    expect(responsibleParty([], '中共大同市委组织部')).toBe('中共大同市委组织部');
  });

  it('joins up to three authors with commas and cuts longer lists to three plus “等” (§8.1.2)', () => {
    expect(responsibleParty(['郭文治', '李静雯'], '单位')).toBe('郭文治, 李静雯');
    expect(responsibleParty(['甲', '乙', '丙'], '单位')).toBe('甲, 乙, 丙');
    expect(responsibleParty(['甲', '乙', '丙', '丁'], '单位')).toBe('甲, 乙, 丙, 等');
  });
});

describe('publicationYear', () => {
  it('brackets an estimated year (§8.4.2) and keeps only the year of a full date', () => {
    expect(publicationYear('2024', true)).toBe('[2024]');
    expect(publicationYear('2023-11-21', false)).toBe('2023');
  });
});

describe('gbtCitation', () => {
  // Written by hand from the pattern of GB/T 7714-2015 §4.8 and its [EB/OL] examples.
  it('formats an organisation-authored case with an estimated year', () => {
    expect(gbtCitation(datong, '2025-03-01')).toBe(
      '中共大同市委组织部. 大同市：“支部建在小区” 锻造过硬小区党组织书记队伍[EB/OL]. 基层党建案例库, [2024][2025-03-01]. https://anliku.example.org/cases/datong-xiaoqu-zhibu/.',
    );
  });

  it('formats a case with named authors and a known date', () => {
    const citation = gbtCitation(
      { ...datong, title: '原平市：“六聚焦六确保”提升党建引领城市治理水平', authors: ['郭文治', '李静雯'], date: '2023-05', dateInferred: false, url: 'https://x.org/cases/yuanping/' },
      '2025-01-09',
    );
    expect(citation).toBe('郭文治, 李静雯. 原平市：“六聚焦六确保”提升党建引领城市治理水平[EB/OL]. 基层党建案例库, 2023[2025-01-09]. https://x.org/cases/yuanping/.');
  });

  it('splits around the access date so a page can fill it in on the reader’s device', () => {
    const { before, after } = gbtCitationParts(datong);
    expect(`${before}[2025-03-01]${after}`).toBe(gbtCitation(datong, '2025-03-01'));
    expect(after).toBe('. https://anliku.example.org/cases/datong-xiaoqu-zhibu/.');
  });
});

describe('accessDate', () => {
  it('uses the local calendar day, zero-padded', () => {
    expect(accessDate(new Date(2025, 0, 5, 7, 30))).toBe('2025-01-05');
  });
});

describe('plainCitation', () => {
  it('is one line of title, library and URL for chats', () => {
    expect(plainCitation(datong)).toBe('大同市：“支部建在小区” 锻造过硬小区党组织书记队伍（基层党建案例库）https://anliku.example.org/cases/datong-xiaoqu-zhibu/');
  });
});

describe('sourceNote', () => {
  it('names the original article, publication, column and date, marking an estimated date', () => {
    expect(sourceNote({ title: '砥砺奋进这些年', publication: '报纸专版', column: '砥砺奋进这些年', date: '2020', dateInferred: true })).toBe(
      '原载《砥砺奋进这些年》，报纸专版，“砥砺奋进这些年”栏目，2020年（推断）。',
    );
    expect(sourceNote({ title: '标题', publication: '某报', date: '2023-11-21', dateInferred: false })).toBe('原载《标题》，某报，2023年11月21日。');
  });
});
