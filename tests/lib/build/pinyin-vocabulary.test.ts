import { describe, expect, it } from 'vitest';
import { pinyinVocabulary } from '../../../src/lib/build/pinyin-vocabulary.ts';

describe('pinyinVocabulary', () => {
  it('gives each pinyin the characters most cases have', () => {
    const vocabulary = pinyinVocabulary([
      { texts: ['大同市小区党支部'], words: [] },
      { texts: ['大同市推进'], words: [] },
      { texts: ['大通镇'], words: [] },
    ]);
    expect(vocabulary.datong).toBe('大同');
    expect(vocabulary.datongshi).toBe('大同市');
    expect(vocabulary.xiaoqu).toBe('小区');
    expect(vocabulary.dangzhibu).toBe('党支部');
    expect(vocabulary.dangzhibutui, 'runs of four characters at most').toBeUndefined();
  });

  it('reads characters in context and writes ü as v', () => {
    const vocabulary = pinyinVocabulary([{ texts: ['重庆银行发展绿色产业'], words: [] }]);
    expect(vocabulary.chongqing).toBe('重庆');
    expect(vocabulary.yinhang).toBe('银行');
    expect(vocabulary.lvse).toBe('绿色');
  });

  it('takes tags, regions and synonyms whole, whatever their length', () => {
    const vocabulary = pinyinVocabulary([{ texts: [], words: ['在职党员进社区', '鄂尔多斯市'] }], ['红心物业']);
    expect(vocabulary.zaizhidangyuanjinshequ).toBe('在职党员进社区');
    expect(vocabulary.eerduosishi).toBe('鄂尔多斯市');
    expect(vocabulary.hongxinwuye).toBe('红心物业');
    expect(vocabulary.zaizhi, 'a word taken whole is not cut').toBeUndefined();
  });

  it('keeps the synonyms, then the most widespread pinyins, up to its limit', () => {
    const documents = [
      { texts: ['社区'], words: [] },
      { texts: ['社区'], words: [] },
      { texts: ['物业'], words: [] },
    ];
    expect(Object.keys(pinyinVocabulary(documents, ['双报到'], 2))).toEqual(['shuangbaodao', 'shequ']);
  });
});
