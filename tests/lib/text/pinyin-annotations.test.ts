import { describe, expect, it } from 'vitest';
import { findPinyinAnnotations, removePinyinAnnotations } from '../../../src/lib/text/pinyin-annotations.ts';

describe('removePinyinAnnotations', () => {
  it('removes tone-marked pinyin after a character (seed 001)', () => {
    expect(removePinyinAnnotations('原平市下轄14個鄉(xiāng)鎮(zhèn)、4個街道辦事處')).toEqual({ text: '原平市下轄14個鄉鎮、4個街道辦事處', removed: 2 });
    expect(removePinyinAnnotations('協(xié)調(diào)').text).toBe('協調');
  });

  it('leaves real asides alone, including names and toneless Latin', () => {
    const text = '明確街道(社區(qū))黨建聯席會議，乡镇(街道)和(網格)。 (郭文治 李靜雯) 课件(PPT)';
    const result = removePinyinAnnotations(text);
    expect(result.removed).toBe(1);
    expect(result.text).toBe('明確街道(社區)黨建聯席會議，乡镇(街道)和(網格)。 (郭文治 李靜雯) 课件(PPT)');
  });

  it('needs a Han character right before the parenthesis', () => {
    expect(removePinyinAnnotations('见 (zhèn) 和 2(xiāng)').removed).toBe(0);
  });
});

describe('findPinyinAnnotations', () => {
  it('locates each annotation by line and column', () => {
    const found = findPinyinAnnotations('第一行\n建設(shè)體系');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'pinyin', line: 2, column: 3, text: '(shè)' });
  });
});
