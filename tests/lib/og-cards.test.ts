import { describe, expect, it } from 'vitest';
import { caseOgCard, ogTextOf, siteOgCard } from '../../src/lib/og-cards.ts';
import { ogImageSvg } from '../../src/lib/og-image.ts';

const fields = {
  kind: 'case',
  number: 10,
  title: '大同市：“支部建在小区”',
  region: { code: '140200' },
  figures: [{ label: '小区党支部', value: '1381', unit: '个', quote: '……' }],
};

describe('caseOgCard', () => {
  it('shows the kind and number, the title, the region by full name and the first key figure', () => {
    expect(caseOgCard(fields)).toMatchObject({
      label: '案例·第 10 号',
      title: '大同市：“支部建在小区”',
      subtitle: '山西省大同市',
      figure: { label: '小区党支部', value: '1381', unit: '个' },
    });
    expect(caseOgCard({ ...fields, kind: 'brief', figures: [] })).toMatchObject({ label: '简讯·第 10 号', figure: undefined });
  });

  it('lays out the same SVG from the same frontmatter, whoever builds the card', () => {
    expect(ogImageSvg(caseOgCard(structuredClone(fields))).svg).toBe(ogImageSvg(caseOgCard(fields)).svg);
  });
});

describe('ogTextOf', () => {
  it('holds every character of the site card and the given cards once', () => {
    const text = ogTextOf([caseOgCard(fields)]);
    for (const ch of '大同支部山西省1381' + siteOgCard().title.replace(/\s/g, '')) expect(text).toContain(ch);
    expect(new Set(text).size).toBe([...text].length);
  });
});
