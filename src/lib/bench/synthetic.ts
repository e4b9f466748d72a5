// Synthetic entries for `npm run bench`: deterministic (seeded), built only from sentences of
// the real source records, valid against the real schema and checks, and spread over every
// province — so that a 20,000-entry site has the text statistics of the real one.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lookupRegion, REGION_CODES } from '../regions.ts';
import { splitParagraphs } from '../source-text.ts';
import { parseEntryDocument } from '../check/document.ts';

export interface SyntheticSource {
  id: string;
  /** The source record's body (cleaned article text). */
  body: string;
  /** Its date (2023, 2023-11, 2023-11-21): an entry is not dated after its source (fidelity/date). */
  date: string;
}

/** The source records of `dir` (content/sources) as material for synthetic entries. */
export function readSyntheticSources(dir: string): SyntheticSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const record = parseEntryDocument(name, readFileSync(path.join(dir, name), 'utf8'));
      const date = (record.data as { date?: { value?: unknown } } | undefined)?.date?.value;
      if (typeof date !== 'string') throw new Error(`${name}: no date in the source record's front matter`);
      return { id: name.replace(/\.md$/, ''), body: record.body, date };
    });
}

export interface SyntheticEntry {
  slug: string;
  mdx: string;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed gives the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ASCII_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Paragraphs safe to reuse as body text: no markup characters, no damage marks, no stray ASCII. */
function usableParagraphs(body: string): string[] {
  return splitParagraphs(body)
    .map((p) => p.replace(/[,;:!?()]/g, (c) => ASCII_TO_FULL[c]!))
    .filter((p) => p.length >= 30 && !/[{}<>\\`*_#|[\]〔�]/u.test(p) && !/[A-Za-z]{2,}/.test(p));
}

/** Clauses of 8–40 characters that contain a number: material for figures. */
function numberClauses(paragraph: string): string[] {
  return paragraph
    .split(/[。；！？]/u)
    .flatMap((sentence) => sentence.split('，'))
    .map((clause) => clause.trim())
    .filter((clause) => clause.length >= 8 && clause.length <= 40 && /\d/.test(clause) && !/[“”‘’（）《》]/u.test(clause));
}

/** Short lines of the records that read as headings. */
function headingLike(body: string): string[] {
  return splitParagraphs(body).filter((p) => p.length >= 6 && p.length <= 24 && !/[，。；：,;:!?{}<>“”（）()\d]/u.test(p));
}

/** The first `length` characters, fewer where that would cut a number (1381 → 13, 1.9 → 1: numbers the source never wrote). */
function cutBetweenDigits(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\d.]$/.test(cut) && /^[\d.]/.test(text.slice(length)) ? cut.replace(/[\d.]+$/, '') : cut;
}

const COUNTY_CODES = REGION_CODES.filter((code) => !code.endsWith('00'));

export function generateEntries(options: { count: number; sources: SyntheticSource[]; tagNames: string[]; seed?: number }): SyntheticEntry[] {
  const random = seededRandom(options.seed ?? 20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const material = options.sources.map((source) => {
    const paragraphs = usableParagraphs(source.body);
    return {
      id: source.id,
      year: Number(source.date.slice(0, 4)),
      paragraphs,
      clauses: paragraphs.flatMap(numberClauses),
      headings: [...new Set(headingLike(source.body))],
    };
  }).filter((m) => m.paragraphs.length >= 4 && m.clauses.length >= 3 && m.headings.length >= 3);
  if (!material.length) throw new Error('source records have too little usable text to generate entries');

  const width = String(options.count).length;
  return Array.from({ length: options.count }, (_, index) => {
    const source = pick(material);
    const region = lookupRegion(pick(COUNTY_CODES))!;
    const headings = [...new Set([pick(source.headings), pick(source.headings), pick(source.headings)])];
    const kind = random() < 0.8 ? 'case' : 'brief';
    const figures = [...new Set([pick(source.clauses), pick(source.clauses), pick(source.clauses)])].map((quote, i) => ({
      label: `数据${'一二三'[i]}`,
      value: /\d+(?:\.\d+)?/.exec(quote)![0],
      quote,
    }));
    const tags = [...new Set([pick(options.tagNames), pick(options.tagNames), pick(options.tagNames)])];
    const summary = cutBetweenDigits(pick(source.paragraphs), 120);
    const paragraph = () => pick(source.paragraphs);
    const year = Math.min(2015 + Math.floor(random() * 11), source.year);
    const frontmatter = [
      `number: ${index + 1}`,
      `title: ${JSON.stringify(cutBetweenDigits(`${region.name}：${headings[0]}`, 60))}`,
      `summary: ${JSON.stringify(summary)}`,
      `kind: ${kind}`,
      // Regions are drawn at random, so no source names them: inferred, as fidelity/region asks.
      `region:\n  code: "${region.code}"\n  inferred: true\n  evidence: ["合成条目：地区按随机数从全国区县中抽取"]`,
      `organization:\n  unit: ${JSON.stringify(`中共${region.name}委组织部`)}`,
      `source: ${source.id}`,
      `date:\n  value: "${year}"\n  inferred: false`,
      `tags: [${tags.join(', ')}]`,
      `figures:\n${figures.map((f) => `  - label: ${f.label}\n    value: "${f.value}"\n    quote: ${JSON.stringify(f.quote)}`).join('\n')}`,
    ].join('\n');
    const body =
      kind === 'brief'
        ? `${paragraph()}\n\n${paragraph()}\n`
        : [
            '## 导语',
            paragraph(),
            '## 主要做法',
            ...headings.flatMap((heading) => [`### ${heading}`, paragraph(), paragraph()]),
            '## 成效',
            paragraph(),
            '',
          ].join('\n\n');
    const slug = `bench-${String(index + 1).padStart(width, '0')}`;
    return { slug, mdx: `---\n${frontmatter}\n---\n\n${body}` };
  });
}
