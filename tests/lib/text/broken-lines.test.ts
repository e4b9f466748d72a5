import { describe, expect, it } from 'vitest';
import { rejoinBrokenLines } from '../../../src/lib/text/broken-lines.ts';

describe('rejoinBrokenLines', () => {
  it('rejoins a paragraph broken mid-word by layout and reports the join (seed 003)', () => {
    const text = '聚焦精准选配 注重人岗相适\n\n大同市坚持“组织推荐、个人自愿”的原则，全覆盖选任小区党组\n\n织书记1381名，专职书记覆盖率达到78%。';
    const result = rejoinBrokenLines(text);
    expect(result.paragraphs).toEqual(['聚焦精准选配 注重人岗相适', '大同市坚持“组织推荐、个人自愿”的原则，全覆盖选任小区党组织书记1381名，专职书记覆盖率达到78%。']);
    expect(result.joins).toEqual([{ line: 3, nextLine: 5, context: '选任小区党组 | 织书记138' }]);
    expect(result.paragraphLines).toEqual([1, 3]);
  });

  it('joins a break whose second part is a short clause ending the sentence (“新\\n\\n格局”)', () => {
    const text = '持续深耕“选育管用”全链条，为构建党建引领城市治理新\n\n格局提供有力保障。';
    expect(rejoinBrokenLines(text).paragraphs).toEqual(['持续深耕“选育管用”全链条，为构建党建引领城市治理新格局提供有力保障。']);
  });

  it('joins a heading broken inside an open quotation (seed 000)', () => {
    expect(rejoinBrokenLines('运行机制“闭环化”:破“现抓急\n\n办”短板，促“常态长效”').paragraphs).toEqual(['运行机制“闭环化”:破“现抓急办”短板，促“常态长效”']);
  });

  it('never joins headings, bylines, list items or photo credits', () => {
    const text = [
      '鄂尔多斯市探索推行“双报到双服务双融入”工作机制',
      '基层治理提档 群众幸福升级',
      '□本报记者 宋爽',
      '二、成效及事例',
      '(一)压实了主体责任，提升了党组织组织力。',
      '学员分享心得体会。 吕鹏昊 摄',
      '优化成长链 锻造“生力军”',
    ].join('\n\n');
    const result = rejoinBrokenLines(text);
    expect(result.joins).toEqual([]);
    expect(result.paragraphs).toHaveLength(7);
  });

  it('leaves a break after a comma-like mark unjoined but reports it (seed 004, missing passage)', () => {
    const result = rejoinBrokenLines('组织学员集中学习，对“双报双引”、产业发展、\n\n赴榆林市、银川市实地观摩学习。');
    expect(result.paragraphs).toHaveLength(2);
    expect(result.unjoined).toHaveLength(1);
    expect(result.unjoined[0]).toMatchObject({ line: 1, nextLine: 3 });
  });

  it('treats single-newline lines as paragraphs and trims indentation (seeds 001, 002)', () => {
    expect(rejoinBrokenLines('\u00a0\u00a0 一、背景\n    近年来，随着城市化进程的不断加快。').paragraphs).toEqual(['一、背景', '近年来，随着城市化进程的不断加快。']);
  });
});
