import { describe, expect, it } from 'vitest';
import { unitMismatch } from '../../../src/lib/check/check-content.ts';

describe('unitMismatch (fidelity/unit)', () => {
  it('accepts a unit the quote writes right after the value, whatever the widths', () => {
    expect(unitMismatch({ value: '1381', unit: '名', quote: '全覆盖选任小区党组织书记1381名' })).toBeUndefined();
    expect(unitMismatch({ value: '78', unit: '%', quote: '覆盖率达到78％' })).toBeUndefined();
    expect(unitMismatch({ value: '1.9', unit: '万人', quote: '总人口 1.9 万人' })).toBeUndefined();
    expect(unitMismatch({ value: '100+', unit: '家', quote: '引进100家' })).toBeUndefined();
    expect(unitMismatch({ value: '3', quote: '共3个' })).toBeUndefined();
  });

  it('names what the quote writes after the value when the unit differs', () => {
    expect(unitMismatch({ value: '850', unit: '元', quote: '投入专项培训经费850万元，实施' })).toBe(
      '单位“元”与引文对不上：引文里“850”后面是“万元”，请照引文写单位（数值和单位连起来要能在引文里找到）',
    );
    expect(unitMismatch({ value: '18', unit: '人', quote: '调整人岗不适人员18名' })).toContain('后面是“名”');
  });
});
