import { describe, expect, it } from 'vitest';
import { practiceHeadings } from '../../src/lib/practices.ts';

describe('practiceHeadings', () => {
  it('lists the ### practice headings of the usual outline', () => {
    const headings = [
      { depth: 2, text: '导语' },
      { depth: 2, text: '主要做法' },
      { depth: 3, text: '聚焦精准选配 注重人岗相适' },
      { depth: 3, text: '聚焦精心培育 注重能力提升' },
      { depth: 2, text: '成效' },
    ];
    expect(practiceHeadings(headings)).toEqual(['聚焦精准选配 注重人岗相适', '聚焦精心培育 注重能力提升']);
  });

  it('falls back to ## headings other than the framing ones', () => {
    expect(practiceHeadings([{ depth: 2, text: '导语' }, { depth: 2, text: '建强书屋阵地' }, { depth: 2, text: '成效' }])).toEqual(['建强书屋阵地']);
  });

  it('is empty for a brief without headings', () => {
    expect(practiceHeadings([])).toEqual([]);
  });
});
