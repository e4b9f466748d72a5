import { describe, expect, it } from 'vitest';
import { findAsciiPunctuation, fixPunctuation } from '../../../src/lib/text/punctuation.ts';

describe('fixPunctuation', () => {
  it('converts ASCII marks beside Chinese to full width (seed 003)', () => {
    const result = fixPunctuation('全覆盖选任小区党组织书记1381名,专职书记覆盖率达到78%,其中选派的市县(区)直机关企事业单位184名。');
    expect(result.text).toBe('全覆盖选任小区党组织书记1381名，专职书记覆盖率达到78%，其中选派的市县（区）直机关企事业单位184名。');
    expect(result.fixed).toBe(4);
  });

  it('converts colons, semicolons and exclamation marks and list numbers', () => {
    expect(fixPunctuation('启示之一:推进;可帮了我的大忙啦!”(一)压实').text).toBe('启示之一：推进；可帮了我的大忙啦！”（一）压实');
  });

  it('leaves URLs, times, decimals, numbers and formulas alone', () => {
    const text = 'http://www.example.cn/a,b 11:30 1.9 1,000 3+N (PPT)';
    expect(fixPunctuation(text)).toEqual({ text, fixed: 0 });
    expect(fixPunctuation('构建“3+N”多元化体系,总人口1.9万').text).toBe('构建“3+N”多元化体系，总人口1.9万');
  });

  it('can leave ? alone, since beside Han it is usually damage', () => {
    expect(fixPunctuation('总?人口', { questionMark: false }).text).toBe('总?人口');
    expect(fixPunctuation('怎么干?').text).toBe('怎么干？');
  });
});

describe('findAsciiPunctuation', () => {
  it('reports each mark with line and column', () => {
    expect(findAsciiPunctuation('标题\n近年来,大同市').map(({ line, column, text }) => [line, column, text])).toEqual([[2, 4, ',']]);
  });
});
