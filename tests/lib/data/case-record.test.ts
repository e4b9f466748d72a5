import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, casesCsv, csvField, toCaseRecord, type CaseRecordInput } from '../../../src/lib/data/case-record.ts';
import { lookupRegion } from '../../../src/lib/regions.ts';

const input: CaseRecordInput = {
  slug: 'datong-xiaoqu-zhibu',
  url: '/cases/datong-xiaoqu-zhibu/',
  data: {
    number: 10,
    title: '大同市：“支部建在小区”',
    summary: '摘要，含逗号',
    kind: 'case',
    region: { code: '140200', inferred: false },
    organization: { unit: '中共大同市委组织部' },
    date: { value: '2024', inferred: true },
  },
  region: lookupRegion('140200')!,
  tags: [{ name: '小区党组织' }, { name: '书记队伍建设' }],
  figures: [{ label: '选任书记', value: '1381', unit: '名', quote: '书记1381名' }],
  source: { id: 'src', url: '/sources/src/', data: { title: '版面', publication: '报刊' } },
};

describe('toCaseRecord', () => {
  const record = toCaseRecord(input, 'https://anliku.example.org', '基层党建案例库');

  it('gives absolute URLs for the page, short link, card and QR code', () => {
    expect(record.url).toBe('https://anliku.example.org/cases/datong-xiaoqu-zhibu/');
    expect(record.shortUrl).toBe('https://anliku.example.org/c/10/');
    expect(record.cardUrl).toBe('https://anliku.example.org/cases/datong-xiaoqu-zhibu/card/');
    expect(record.qrUrl).toBe('https://anliku.example.org/cases/datong-xiaoqu-zhibu/qr.svg');
    expect(record.source.url).toBe('https://anliku.example.org/sources/src/');
  });

  it('uses null, not a missing key, for absent levels and units, so every record has the same keys', () => {
    expect(record.region).toEqual({ code: '140200', fullName: '山西省大同市', province: '山西省', city: '大同市', county: null, inferred: false });
    expect(record.organization.authors).toEqual([]);
  });

  it('carries the GB/T 7714 citation up to the access date', () => {
    expect(record.citation.gbt7714).toBe('中共大同市委组织部. 大同市：“支部建在小区”[EB/OL]. 基层党建案例库, [2024]');
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(17)).toBe('17');
  });

  it('defuses text Excel would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe("'-5");
  });
});

describe('casesCsv', () => {
  it('starts with a BOM and a header row, one CRLF-ended row per case', () => {
    const csv = casesCsv([toCaseRecord(input, 'https://anliku.example.org', '库')]);
    expect(csv.startsWith('\uFEFF编号,标题,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]!.split(',')).toHaveLength(CSV_COLUMNS.length);
    expect(lines[1]).toContain(',摘要，含逗号,'); // Chinese commas need no quoting
    expect(lines[1]).toContain('小区党组织、书记队伍建设');
  });
});
