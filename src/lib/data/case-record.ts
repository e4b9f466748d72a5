// The public data shape of a case, for /api/cases.json, /cases.csv and the reading-list page.
// Fields are only ever added, never renamed or removed: other tools (a school's course
// system, a spreadsheet) depend on them. A breaking change would need a new `version`.
import { absoluteUrl, caseCardUrl, caseNumberUrl } from '../urls.ts';
import type { Region } from '../regions.ts';
import { gbtCitationParts } from '../citation.ts';

export const CASES_JSON_VERSION = 1;

export interface CaseRecord {
  /** Permanent case number; /c/<number>/ redirects to the case. */
  number: number;
  /** Permanent id; the case lives at /cases/<slug>/. */
  slug: string;
  title: string;
  summary: string;
  /** "case" (full case) or "brief" (short news item). */
  kind: 'case' | 'brief';
  /** Absolute URLs. */
  url: string;
  shortUrl: string;
  cardUrl: string;
  qrUrl: string;
  region: { code: string; fullName: string; province: string; city: string | null; county: string | null; inferred: boolean };
  organization: { unit: string; authors: string[] };
  /** "2024", "2024-03" or "2024-03-15": as precise as the source allows. */
  date: { value: string; inferred: boolean };
  tags: string[];
  figures: { label: string; value: string; unit: string | null; quote: string }[];
  source: { id: string; title: string; publication: string; url: string };
  /** GB/T 7714-2015 citation without the access date: append “[YYYY-MM-DD]. ” + url when citing. */
  citation: { gbt7714: string };
}

export interface CasesDocument {
  version: number;
  site: string;
  count: number;
  cases: CaseRecord[];
}

/** What a record is made from: src/content.ts's CaseView has this shape. */
export interface CaseRecordInput {
  slug: string;
  url: string;
  data: {
    number: number;
    title: string;
    summary: string;
    kind: 'case' | 'brief';
    region: { code: string; inferred: boolean };
    organization: { unit: string; authors?: string[] };
    date: { value: string; inferred: boolean };
  };
  region: Region;
  tags: { name: string }[];
  figures: { label: string; value: string; unit?: string; quote: string }[];
  source: { id: string; url: string; data: { title: string; publication: string } };
}

export function toCaseRecord(view: CaseRecordInput, site: string, publisher: string): CaseRecord {
  const { data, region } = view;
  const url = absoluteUrl(site, view.url);
  const citation = gbtCitationParts({
    title: data.title,
    authors: data.organization.authors,
    unit: data.organization.unit,
    date: data.date.value,
    dateInferred: data.date.inferred,
    publisher,
    url,
  });
  return {
    number: data.number,
    slug: view.slug,
    title: data.title,
    summary: data.summary,
    kind: data.kind,
    url,
    shortUrl: absoluteUrl(site, caseNumberUrl(data.number)),
    cardUrl: absoluteUrl(site, caseCardUrl(view.slug)),
    qrUrl: absoluteUrl(site, `${view.url}qr.svg`),
    region: {
      code: data.region.code,
      fullName: region.fullName,
      province: region.province.name,
      city: region.city?.name ?? null,
      county: region.county?.name ?? null,
      inferred: data.region.inferred,
    },
    organization: { unit: data.organization.unit, authors: data.organization.authors ?? [] },
    date: { value: data.date.value, inferred: data.date.inferred },
    tags: view.tags.map((tag) => tag.name),
    figures: view.figures.map((figure) => ({ label: figure.label, value: figure.value, unit: figure.unit ?? null, quote: figure.quote })),
    source: { id: view.source.id, title: view.source.data.title, publication: view.source.data.publication, url: absoluteUrl(site, view.source.url) },
    citation: { gbt7714: citation.before },
  };
}

export const CSV_COLUMNS: readonly { header: string; value: (record: CaseRecord) => string | number }[] = [
  { header: '编号', value: (r) => r.number },
  { header: '标题', value: (r) => r.title },
  { header: '类型', value: (r) => (r.kind === 'brief' ? '简讯' : '案例') },
  { header: '摘要', value: (r) => r.summary },
  { header: '省', value: (r) => r.region.province },
  { header: '市', value: (r) => r.region.city ?? '' },
  { header: '区县', value: (r) => r.region.county ?? '' },
  { header: '地区代码', value: (r) => r.region.code },
  { header: '地区为推断', value: (r) => (r.region.inferred ? '是' : '否') },
  { header: '单位', value: (r) => r.organization.unit },
  { header: '作者', value: (r) => r.organization.authors.join('、') },
  { header: '日期', value: (r) => r.date.value },
  { header: '日期为推断', value: (r) => (r.date.inferred ? '是' : '否') },
  { header: '主题', value: (r) => r.tags.join('、') },
  { header: '关键数据', value: (r) => r.figures.map((f) => `${f.label}：${f.value}${f.unit ?? ''}`).join('；') },
  { header: '来源', value: (r) => r.source.title },
  { header: '网址', value: (r) => r.url },
  { header: '短链接', value: (r) => r.shortUrl },
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A leading = + - @
 * would make Excel evaluate the cell as a formula, so such text gets a leading apostrophe.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a byte-order mark so that Excel opens it as UTF-8, CRLF line ends, one header row. */
export function casesCsv(records: readonly CaseRecord[]): string {
  const rows = [CSV_COLUMNS.map((column) => column.header), ...records.map((record) => CSV_COLUMNS.map((column) => column.value(record)))];
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
