import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ELLIPSIS,
  OG_COLORS,
  OG_FONT_FAMILY,
  OG_LAYOUT_HEIGHT,
  OG_LAYOUT_WIDTH,
  TITLE_SIZES,
  breakUnits,
  charWidth,
  ellipsize,
  escapeXml,
  fitLine,
  fitTitle,
  ogCardText,
  ogImageSvg,
  textWidth,
  wrapText,
  type OgCard,
} from '../../src/lib/og-image.ts';

const CARD: OgCard = {
  siteName: '基层党建案例库',
  label: '案例·第 10 号',
  title: '大同市：“支部建在小区” 锻造过硬小区党组织书记队伍',
  subtitle: '山西省大同市',
  figure: { label: '全覆盖选任小区党组织书记', value: '1381', unit: '名' },
  footer: 'anliku.example.org',
};
const LONG_TITLE = '新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县：以“党建+网格+大数据”推动基层治理体系和治理能力现代化的探索与实践经验总结';

/** The text of each <text> element, entities decoded (nested tspans joined). */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('charWidth', () => {
  it('counts CJK characters and full-width punctuation as one em, Latin and digits as less', () => {
    for (const ch of '党建：，。“”《》…·') expect(charWidth(ch), ch).toBe(1);
    for (const ch of '0123456789abcXYZ') expect(charWidth(ch), ch).toBeLessThan(1);
    expect(charWidth(' ')).toBeLessThan(0.5);
  });

  it('is never below the real advances of Noto Sans SC Bold for digits and capitals', () => {
    // Advances read from the font (units per em 1000): digits 590, H 757, O 770, W 915, m 964.
    expect(charWidth('0')).toBeGreaterThanOrEqual(0.59);
    expect(charWidth('O')).toBeGreaterThanOrEqual(0.77);
    expect(charWidth('W')).toBeGreaterThanOrEqual(0.915);
    expect(charWidth('m')).toBeGreaterThanOrEqual(0.964);
  });
});

describe('breakUnits', () => {
  it('keeps numbers and Latin words whole', () => {
    expect(breakUnits('选任书记1381名')).toEqual(['选', '任', '书', '记', '1381', '名']);
    expect(breakUnits('3+N个')).toEqual(['3+N', '个']);
    expect(breakUnits('12345热线')).toContain('12345');
  });

  it('keeps closing punctuation with the character before it and opening punctuation with the one after', () => {
    expect(breakUnits('大同市：“支部”建')).toEqual(['大', '同', '市：', '“支', '部”', '建']);
    expect(breakUnits('（区）')).toEqual(['（区）']);
  });
});

describe('wrapText', () => {
  it('leaves a short title on one line', () => {
    expect(wrapText('大同市：支部建在小区', 20, 3)).toEqual({ lines: ['大同市：支部建在小区'], truncated: false });
  });

  it('wraps a long title into lines no wider than the measure, losing no character', () => {
    const { lines, truncated } = wrapText(CARD.title, 16, 3);
    expect(truncated).toBe(false);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(16);
    expect(lines.join('').replace(/ /g, '')).toBe(CARD.title.replace(/ /g, ''));
  });

  it('caps the lines and ends the last one in an ellipsis that fits', () => {
    const { lines, truncated } = wrapText(LONG_TITLE, 16, 3);
    expect(truncated).toBe(true);
    expect(lines.length).toBe(3);
    expect(lines[2]!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(16);
    expect(LONG_TITLE.startsWith(lines.join('').slice(0, -1))).toBe(true);
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    // A naive break after 4 characters would put “，” first on line 2 and leave “ at the end of line 1.
    expect(wrapText('一二三四五，六七', 5, 3).lines).toEqual(['一二三四', '五，六七']);
    expect(wrapText('一二三四“五六”七', 5, 3).lines).toEqual(['一二三四', '“五六”七']);
    for (let width = 6; width <= 20; width++) {
      for (const line of wrapText(LONG_TITLE, width, 10).lines) {
        expect('，。、：；！？）》”’…'.includes(line[0]!), line).toBe(false);
        expect('（《“‘'.includes(line.at(-1)!), line).toBe(false);
      }
    }
  });

  it('does not break a number across lines, unless it is wider than a whole line', () => {
    expect(wrapText('选任书记共计12345名', 8, 3).lines).toEqual(['选任书记共计', '12345名']);
    const lines = wrapText('1234567890123456789012345', 5, 10).lines;
    expect(lines.join('')).toBe('1234567890123456789012345');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(5);
  });

  it('drops spaces at line ends', () => {
    for (const line of wrapText('aaaa bbbb cccc dddd eeee', 4, 10).lines) expect(line).toBe(line.trim());
  });
});

describe('ellipsize and fitLine', () => {
  it('cut a line to fit with an ellipsis, not after a space or an opening quote', () => {
    expect(ellipsize('一二三四五六', 4)).toBe(`一二三${ELLIPSIS}`);
    expect(ellipsize('一二 “三四五', 5)).toBe(`一二${ELLIPSIS}`);
    expect(fitLine('山西省大同市', 10)).toBe('山西省大同市');
    expect(fitLine('新疆维吾尔自治区伊犁哈萨克自治州', 8)).toBe(`新疆维吾尔自治${ELLIPSIS}`);
  });
});

describe('fitTitle', () => {
  it('sets a short title at the largest size and a long one smaller, cut only past the smallest', () => {
    expect(fitTitle('大同市：支部建在小区', 1040).fontSize).toBe(TITLE_SIZES[0]!.fontSize);
    const medium = fitTitle('鄂尔多斯市：“双报到双服务双融入”推动机关企事业单位党组织和党员下沉一线，再加上一些字', 1040);
    expect(medium.fontSize).toBeLessThan(TITLE_SIZES[0]!.fontSize);
    expect(medium.truncated).toBe(false);
    const long = fitTitle(LONG_TITLE + LONG_TITLE, 1040);
    expect(long.fontSize).toBe(TITLE_SIZES.at(-1)!.fontSize);
    expect(long.truncated).toBe(true);
  });

  it('prefers a size that leaves no one- or two-character last line', () => {
    const { lines } = fitTitle('乌拉特中旗：实施中青年干部“大学习”“大提升”“大比武”行动 锻造“生力军”', 1040);
    expect(textWidth(lines.at(-1)!)).toBeGreaterThanOrEqual(3);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops control characters', () => {
    expect(escapeXml(`A<B & "C" 'D'>`)).toBe('A&lt;B &amp; &quot;C&quot; &apos;D&apos;&gt;');
    expect(escapeXml('a\u0001b\u000bc')).toBe('abc');
  });
});

describe('ogImageSvg', () => {
  it('is an 800×420 SVG of the 1200×630 layout, in the preview font, with every line of the card', () => {
    const { svg } = ogImageSvg(CARD);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="420" viewBox="0 0 1200 630">/);
    expect(svg).toContain(`font-family="${OG_FONT_FAMILY}"`);
    const texts = textsOf(svg);
    expect(texts).toContain('基层党建案例库');
    expect(texts).toContain('案例·第 10 号');
    expect(texts).toContain('山西省大同市');
    expect(texts).toContain('全覆盖选任小区党组织书记');
    expect(texts).toContain('1381名');
    expect(texts).toContain('anliku.example.org');
    expect(texts.join('').replace(/ /g, '')).toContain(CARD.title.replace(/ /g, ''));
  });

  it('escapes < & " in titles, so the SVG stays well formed', () => {
    const title = 'A<B>&“C” "quoted" \'x\'';
    const { svg } = ogImageSvg({ ...CARD, title, subtitle: '<script>' });
    expect(svg).not.toContain('<B>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A&lt;B&gt;&amp;');
    // Every < starts a tag of the card's own few kinds.
    for (const [, tag] of svg.matchAll(/<\/?([a-zA-Z]+)/g)) expect(['svg', 'rect', 'g', 'text', 'tspan']).toContain(tag);
    expect(textsOf(svg).join('')).toContain(title.replace(/ "/, ' "'));
  });

  it('keeps every text inside the card: estimated line widths within the margins', () => {
    for (const card of [CARD, { ...CARD, title: LONG_TITLE + LONG_TITLE, subtitle: LONG_TITLE, figure: { label: LONG_TITLE, value: '1234567890123456', unit: '万元/平方米' } }]) {
      const { svg } = ogImageSvg(card);
      let checked = 0;
      for (const m of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"[^>]*?(text-anchor="end")?>([\s\S]*?)<\/text>/g)) {
        const [, x, y, size, end, content] = m;
        const width = textWidth(content!.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, 'x')) * Number(size);
        const left = end ? Number(x) - width : Number(x);
        expect(left, content).toBeGreaterThanOrEqual(80 - 0.5);
        expect(left + width, content).toBeLessThanOrEqual(OG_LAYOUT_WIDTH - 80 + 0.5);
        expect(Number(y)).toBeLessThan(OG_LAYOUT_HEIGHT - 40);
        checked += 1;
      }
      expect(checked).toBe(textsOf(svg).length);
    }
  });

  it('reports every character it draws, and ogCardText is a superset of them', () => {
    const { svg, text } = ogImageSvg({ ...CARD, title: LONG_TITLE + LONG_TITLE });
    const drawn = new Set(textsOf(svg).join(''));
    for (const ch of drawn) expect(text, ch).toContain(ch);
    const all = ogCardText({ ...CARD, title: LONG_TITLE + LONG_TITLE });
    for (const ch of drawn) expect(all, ch).toContain(ch);
  });

  it('has no external references: nothing but the SVG namespace is a URL', () => {
    const { svg } = ogImageSvg(CARD);
    expect([...svg.matchAll(/https?:\/\/[^"\s<]+/g)].map((m) => m[0])).toEqual(['http://www.w3.org/2000/svg']);
    expect(svg).not.toMatch(/href=|<image|url\(/);
  });

  it('leaves out the label, subtitle and figure when the card has none', () => {
    const { svg } = ogImageSvg({ siteName: '基层党建案例库', title: '按地区、主题检索各地做法' });
    expect(textsOf(svg)).toEqual(['基层党建案例库', '按地区、主题检索各地做法']);
  });
});

describe('OG_COLORS', () => {
  it('are the light-theme colours of src/styles/global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    const value = (name: string) => new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`).exec(root)?.[1];
    expect(OG_COLORS).toEqual({ bg: value('bg'), text: value('text'), muted: value('muted'), border: value('border'), accent: value('accent'), figure: value('figure') });
  });
});
