// `npm run check` and the build's gate: every rule over every file, every finding in one run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import path from 'node:path';
import { isScalar, visit as visitYaml, type Node } from 'yaml';
import { createCaseSchema, type CaseData } from '../../schemas/case.ts';
import { SourceSchema } from '../../schemas/source.ts';
import { TagListSchema } from '../../schemas/tag.ts';
import { CourseSchema, type CourseData } from '../../schemas/course.ts';
import { SLUG_PATTERN, isSurelyAfter } from '../../schemas/common.ts';
import { isCasesPageName } from '../urls.ts';
import { lookupRegion, regionAncestry } from '../regions.ts';
import { namesRegion } from '../region-names.ts';
import type { z } from 'astro/zod';
import { normalizeForMatch } from '../text/normalize-for-match.ts';
import { findNumbers, numbersIn, slipOf } from '../text/numbers.ts';
import { findTextHygieneProblems } from './text-hygiene.ts';
import { checkBody, type BodyInput, type BodyNumber, type BodyResult } from './body-checks.ts';
import type { BodyWorkerData, BodyWorkerReply } from './body-check-worker.ts';
import { parseEntryDocument, parseYamlFile, positionAt, type EntryDocument } from './document.ts';
import { describeIssue, fieldName } from './schema-messages.ts';
import type { BodyHeading, BodyLink } from './mdx-safety.ts';
import { siteLinkProblem, type SitePages } from './site-links.ts';
import { closest } from './suggest.ts';
import { sortFindings, type Finding } from './finding.ts';
import { malformedPublishedLines, parsePublishedPages, type PublishedPage } from '../published.ts';
import type { Tag } from '../vocabulary.ts';

/** Sections a reader expects in a full case, in this order; alternatives separated by |. */
export const REQUIRED_CASE_SECTIONS = ['导语|背景', '主要做法', '成效'] as const;

/**
 * Marks what `npm run new` leaves for the editor to write. Every line that still carries it is
 * reported, so a half-finished scaffold cannot be published.
 */
export const TODO_MARK = '待填写';

function todoHint(line: string, column: number): string {
  const hint = line.slice(column + TODO_MARK.length).replace(/^[：:]\s*/, '').trim();
  // Body placeholders are wrapped in （…）: drop the closing bracket with the opening one.
  return (line[column - 1] === '（' ? hint.replace(/）$/, '') : hint) || '请补写';
}

/** One finding per line of an entry that still carries the TODO mark. */
function todoFindings(doc: EntryDocument): Finding[] {
  const findings: Finding[] = [];
  doc.text.split('\n').forEach((line, index) => {
    const column = line.indexOf(TODO_MARK);
    if (column >= 0) findings.push({ file: doc.file, line: index + 1, column: column + 1, rule: 'structure/todo', message: `这里还有“${TODO_MARK}”的内容：${todoHint(line, column)}；写好后删去“${TODO_MARK}”标记` });
  });
  return findings;
}

export interface ContentTree {
  /** Project root; file paths in findings are relative to it. */
  root: string;
  /** content/ folder (default: <root>/content). */
  contentDir?: string;
}

interface LoadedCase {
  slug: string;
  doc: EntryDocument;
  data?: CaseData;
  /** The numbers its body writes, once its body has been checked. */
  bodyNumbers?: BodyNumber[];
  /** Its body's links to pages of this site, once its body has been checked. */
  bodyLinks?: BodyLink[];
}

const rel = (root: string, file: string): string => path.relative(root, file).split(path.sep).join('/');

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(dir, name));
}

function schemaFindings(doc: EntryDocument, schema: z.ZodType): { findings: Finding[]; data?: unknown } {
  const findings: Finding[] = doc.syntaxErrors.map(({ position, message }) => ({ file: doc.file, ...position, rule: 'syntax/frontmatter', message }));
  if (doc.syntaxErrors.length) return { findings };
  if (doc.data === null || typeof doc.data !== 'object') {
    findings.push({ file: doc.file, line: 2, column: 1, rule: 'syntax/frontmatter', message: '头部信息为空或不是“字段: 值”的形式' });
    return { findings };
  }
  const result = schema.safeParse(doc.data);
  if (result.success) return { findings, data: result.data };
  // One finding per field: a value that fails several checks ("1402" is neither six digits nor a
  // known code) is one mistake to the editor, so only the first check's message is kept.
  const reported = new Set<string>();
  for (const issue of result.error.issues) {
    const key = JSON.stringify(issue.path);
    if (reported.has(key)) continue;
    reported.add(key);
    for (const described of describeIssue(issue, doc.data, schema)) {
      findings.push({ file: doc.file, ...doc.positionOf(described.path, described.at), rule: described.rule, message: described.message });
    }
  }
  return { findings };
}

/** Hygiene of every string value of the frontmatter, positioned at the value. */
function frontmatterHygiene(doc: EntryDocument): Finding[] {
  const findings: Finding[] = [];
  if (!doc.yaml) return findings;
  visitYaml(doc.yaml, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const problems = findTextHygieneProblems(node.value);
      if (!problems.length) return;
      const start = positionOfNode(doc, node);
      for (const problem of problems) {
        findings.push({ file: doc.file, line: start.line, column: start.column, rule: problem.rule, message: problem.message });
      }
    },
  });
  return findings;
}

function positionOfNode(doc: EntryDocument, node: Node): { line: number; column: number } {
  // The frontmatter starts on line 2 of the file (after the opening ---).
  const yamlText = doc.text.split('\n').slice(1).join('\n');
  const pos = positionAt(yamlText, node.range![0]);
  return { line: pos.line + 1, column: pos.column };
}

function structureFindings(entry: LoadedCase, headings: readonly BodyHeading[] | null): Finding[] {
  const { doc, data } = entry;
  const findings: Finding[] = [];
  // A body that does not parse is already reported as syntax/mdx; its headings are unknown, so
  // reporting "missing sections" as well would send the editor after a problem that is not there.
  if (!headings) return [];
  const at = (line: number, column: number) => ({ file: doc.file, line: line + doc.bodyLine - 1, column });
  const seen = new Map<string, number>();
  for (const heading of headings) {
    if (heading.depth === 1) findings.push({ ...at(heading.line, heading.column), rule: 'structure/h1', message: '正文不要用一级标题（# ），标题已由 title 字段给出；请改为 ## ' });
    if (seen.has(heading.text)) findings.push({ ...at(heading.line, heading.column), rule: 'structure/duplicate-heading', message: `标题“${heading.text}”与第 ${seen.get(heading.text)! + doc.bodyLine - 1} 行重复：同一页的标题要各不相同，本节链接才不会混淆` });
    seen.set(heading.text, heading.line);
  }
  if (data?.kind === 'case' && headings.length > 0) {
    const h2 = headings.filter((h) => h.depth === 2).map((h) => h.text);
    for (const required of REQUIRED_CASE_SECTIONS) {
      const names = required.split('|');
      if (!h2.some((text) => names.includes(text))) {
        findings.push({ file: doc.file, line: doc.bodyLine, column: 1, rule: 'structure/missing-section', message: `完整案例缺少“## ${names.join('”或“## ')}”一节（案例的结构：导语、主要做法、成效，经验启示可选）` });
      }
    }
  } else if (data?.kind === 'case') {
    findings.push({ file: doc.file, line: doc.bodyLine, column: 1, rule: 'structure/missing-section', message: '完整案例的正文需要分节：## 导语、## 主要做法、## 成效' });
  }
  if (doc.body.trim().length < 40) findings.push({ file: doc.file, line: doc.bodyLine, column: 1, rule: 'structure/empty-body', message: '正文为空或过短：请写出做法和成效' });
  return findings;
}

export interface CheckOptions {
  /** Called with each case whose frontmatter is valid (the build uses them before Astro reads them). */
  onCase?: (slug: string, data: CaseData) => void;
  /**
   * Whether body checks run on a worker thread too: by default from BODY_WORKER_FROM entries on,
   * below which starting the worker costs more than it saves.
   */
  bodyWorker?: boolean;
}

/**
 * From this many entries the body checks (half the check's time) are shared with a worker thread,
 * on the core that is otherwise idle while the build's gate runs: at 5,000 entries the check took
 * 4.0–6.2 s on one thread and 3.0–3.3 s on two (the same machine, runs alternated).
 */
export const BODY_WORKER_FROM = 1000;
/** Of every five entries, the worker checks the bodies of four: the main thread has the frontmatter of all. */
const takenByWorker = (index: number): boolean => index % 5 !== 0;

export interface BodyWorker {
  send(input: BodyInput): void;
  /** Every result sent, by file; undefined if the worker failed (the caller checks in-thread). */
  results(): Map<string, BodyResult> | undefined;
}

/** Starts the worker, or returns undefined where it cannot run (its file is not beside this one). */
export function startBodyWorker(): BodyWorker | undefined {
  const file = fileURLToPath(new URL('./body-check-worker.ts', import.meta.url));
  if (!existsSync(file)) return undefined;
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(file, { workerData: { port: port2, done } satisfies BodyWorkerData, transferList: [port2] });
  worker.unref();
  return {
    send: (input) => worker.postMessage(input),
    results() {
      worker.postMessage(null);
      // checkContent is synchronous: block until the worker raises the flag (its reply is then on the port).
      Atomics.wait(done, 0, 0, 10 * 60_000);
      const reply = receiveMessageOnPort(port1)?.message as BodyWorkerReply | undefined;
      port1.close();
      void worker.terminate();
      return reply && 'results' in reply ? new Map(reply.results) : undefined;
    },
  };
}

export function checkContent({ root, contentDir = path.join(root, 'content') }: ContentTree, { onCase, bodyWorker }: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const casesDir = path.join(contentDir, 'cases');
  const sourcesDir = path.join(contentDir, 'sources');

  // Vocabulary
  const tagsFile = path.join(contentDir, 'tags.yaml');
  let tags: Tag[] = [];
  if (existsSync(tagsFile)) {
    const tagDoc = parseYamlFile(rel(root, tagsFile), readFileSync(tagsFile, 'utf8'));
    const result = schemaFindings(tagDoc, TagListSchema);
    findings.push(...result.findings);
    tags = (result.data as Tag[] | undefined) ?? [];
    for (const key of ['id', 'name'] as const) {
      const seen = new Set<string>();
      tags.forEach((tag, index) => {
        if (seen.has(tag[key])) findings.push({ file: tagDoc.file, ...tagDoc.positionOf([index, key]), rule: 'vocabulary/duplicate-tag', message: `标签${key === 'id' ? ' id' : '名'}“${tag[key]}”重复` });
        seen.add(tag[key]);
      });
    }
  } else {
    findings.push({ file: rel(root, tagsFile), line: 1, column: 1, rule: 'vocabulary/missing', message: '缺少标签词表 content/tags.yaml' });
  }

  // Sources
  const sourceTexts = new Map<string, string>();
  const sourceNumbers = new Map<string, Set<string>>();
  const sourceDates = new Map<string, string>();
  for (const file of listFiles(sourcesDir, '.md')) {
    const doc = parseEntryDocument(rel(root, file), readFileSync(file, 'utf8'));
    const id = path.basename(file, '.md');
    const { findings: found, data } = schemaFindings(doc, SourceSchema);
    findings.push(...found);
    if (!SLUG_PATTERN.test(id)) findings.push({ file: doc.file, line: 1, column: 1, rule: 'identity/slug', message: `文件名“${id}”不合规：只能用小写字母、数字和连字符` });
    const original = (data as { originalFile?: string } | undefined)?.originalFile;
    if (original && !existsSync(path.join(sourcesDir, 'raw', original))) {
      findings.push({ file: doc.file, ...doc.positionOf(['originalFile']), rule: 'identity/raw-file', message: `找不到原始文件 content/sources/raw/${original}：请把收到的原文原样放在那里` });
    }
    if (doc.body.trim().length < 20) findings.push({ file: doc.file, line: doc.bodyLine, column: 1, rule: 'structure/empty-body', message: '来源记录没有正文：请用 npm run import 生成' });
    for (const problem of findTextHygieneProblems(doc.body)) {
      findings.push({ file: doc.file, line: problem.line + doc.bodyLine - 1, column: problem.column, rule: problem.rule, message: problem.message });
    }
    sourceTexts.set(id, normalizeForMatch(doc.body));
    sourceNumbers.set(id, numbersIn(doc.body));
    const date = (data as { date?: { value: string } } | undefined)?.date?.value;
    if (date) sourceDates.set(id, date);
  }

  // Cases
  const schema = createCaseSchema({ tagNames: tags.length ? tags.map((tag) => tag.name) : ['（无）'] });
  const cases: LoadedCase[] = [];
  const caseFiles = listFiles(casesDir, '.mdx');
  const worker = (bodyWorker ?? caseFiles.length >= BODY_WORKER_FROM) ? startBodyWorker() : undefined;
  /** Entries whose bodies the worker checks, with what it was sent. */
  const sent: { entry: LoadedCase; input: BodyInput }[] = [];
  const bodyAndStructure = (entry: LoadedCase, result: BodyResult): Finding[] => {
    entry.bodyNumbers = result.numbers;
    entry.bodyLinks = result.siteLinks;
    return [...result.findings, ...structureFindings(entry, result.headings)];
  };
  for (const [index, file] of caseFiles.entries()) {
    const doc = parseEntryDocument(rel(root, file), readFileSync(file, 'utf8'));
    const slug = path.basename(file, '.mdx');
    const { findings: found, data } = schemaFindings(doc, schema);
    findings.push(...found);
    const entry: LoadedCase = { slug, doc, data: data as CaseData | undefined };
    cases.push(entry);
    if (entry.data) onCase?.(slug, entry.data);
    if (!SLUG_PATTERN.test(slug)) findings.push({ file: doc.file, line: 1, column: 1, rule: 'identity/slug', message: `文件名“${slug}”不能作网址：只能用小写拼音字母、数字和连字符，例如 datong-xiaoqu-zhibu.mdx` });
    else if (isCasesPageName(slug)) findings.push({ file: doc.file, line: 1, column: 1, rule: 'identity/slug', message: `文件名“${slug}”全是数字，不能作网址：/cases/${slug}/ 是“全部案例”的第 ${slug} 页。请用拼音，例如 datong-xiaoqu-zhibu.mdx` });
    findings.push(...todoFindings(doc));
    if (doc.syntaxErrors.length) continue;
    findings.push(...frontmatterHygiene(doc));
    const input: BodyInput = { file: doc.file, body: doc.body, bodyLine: doc.bodyLine };
    if (worker && takenByWorker(index)) {
      worker.send(input);
      sent.push({ entry, input });
    } else findings.push(...bodyAndStructure(entry, checkBody(input)));
  }
  if (worker) {
    const results = worker.results();
    for (const { entry, input } of sent) findings.push(...bodyAndStructure(entry, results?.get(input.file) ?? checkBody(input)));
  }
  for (const extra of existsSync(casesDir) ? readdirSync(casesDir).filter((name) => !name.endsWith('.mdx') && !name.startsWith('.')) : []) {
    findings.push({ file: rel(root, path.join(casesDir, extra)), line: 1, column: 1, rule: 'identity/extension', message: '条目文件必须以 .mdx 结尾，否则不会发布' });
  }

  // Identity and references across entries
  const slugs = new Set(cases.map((c) => c.slug));
  const byNumber = new Map<number, string>();
  const aliasOwner = new Map<string, string>();
  for (const { slug, doc, data } of cases) {
    if (!data) continue;
    if (byNumber.has(data.number)) findings.push({ file: doc.file, ...doc.positionOf(['number']), rule: 'identity/duplicate-number', message: `字段“number”：案例编号 ${data.number} 已被 ${byNumber.get(data.number)} 使用；编号不能重复（npm run new 会自动分配）` });
    else byNumber.set(data.number, slug);
    if (!sourceTexts.has(data.source)) {
      const suggestion = closest(data.source, [...sourceTexts.keys()]);
      findings.push({ file: doc.file, ...doc.positionOf(['source']), rule: 'identity/source', message: `来源记录“${data.source}”不存在${suggestion ? `，是否指“${suggestion}”？` : '（请先用 npm run import 建立来源记录）'}` });
    }
    data.related?.forEach((other, index) => {
      if (!slugs.has(other)) findings.push({ file: doc.file, ...doc.positionOf(['related', index]), rule: 'identity/related', message: `相关案例“${other}”不存在${closest(other, [...slugs]) ? `，是否指“${closest(other, [...slugs])}”？` : ''}` });
      if (other === slug) findings.push({ file: doc.file, ...doc.positionOf(['related', index]), rule: 'identity/related', message: '相关案例不能是自己' });
    });
    data.aliases?.forEach((alias, index) => {
      if (isCasesPageName(alias)) findings.push({ file: doc.file, ...doc.positionOf(['aliases', index]), rule: 'identity/alias-conflict', message: `旧网址“${alias}”全是数字，会与“全部案例”的第 ${alias} 页 /cases/${alias}/ 抢同一个网址` });
      else if (slugs.has(alias)) findings.push({ file: doc.file, ...doc.positionOf(['aliases', index]), rule: 'identity/alias-conflict', message: `旧网址“${alias}”与现有条目的 slug 相同，两个页面会抢同一个网址` });
      else if (aliasOwner.has(alias)) findings.push({ file: doc.file, ...doc.positionOf(['aliases', index]), rule: 'identity/alias-conflict', message: `旧网址“${alias}”已由 ${aliasOwner.get(alias)} 认领` });
      else aliasOwner.set(alias, slug);
    });
  }

  // Links in the bodies to pages of this site lead to pages that exist.
  const sitePages: SitePages = {
    caseSlugs: new Set([...slugs, ...aliasOwner.keys()]),
    caseNumbers: new Set(byNumber.keys()),
    tagIds: new Set(tags.map((tag) => tag.id)),
    sourceIds: new Set(sourceTexts.keys()),
    courseSlugs: new Set(listFiles(path.join(contentDir, 'courses'), '.yaml').map((file) => path.basename(file, '.yaml'))),
    regionCodes: new Set(cases.flatMap(({ data }) => (data ? regionAncestry(data.region.code) : []))),
  };
  for (const { doc, bodyLinks } of cases) {
    for (const link of bodyLinks ?? []) {
      const problem = siteLinkProblem(link.url, sitePages);
      if (problem) findings.push({ file: doc.file, line: link.line, column: link.column, rule: 'identity/link', message: problem });
    }
  }

  // Fidelity: every figure's quote is found in its source record, with its value and unit, and so
  // is every number the page writes (title, summary, the figures' labels, the body), in digits or in
  // Chinese; the source names the entry's region unless it is marked inferred, and the entry is not
  // dated after its source.
  for (const { doc, data, bodyNumbers } of cases) {
    if (!data) continue;
    const sourceText = sourceTexts.get(data.source);
    const vouched = sourceNumbers.get(data.source);
    if (sourceText === undefined || vouched === undefined) continue;
    const unsourced = (mention: { text: string; digits: string }, where: string) => unsourcedNumber(mention, where, `来源记录 ${data.source} `, vouched);
    const region = data.region.inferred ? undefined : lookupRegion(data.region.code);
    if (region && !namesRegion(sourceText, region.name)) {
      // The level the source does name (兴安盟 for a code one digit off, 152201 乌兰浩特市).
      const named = region.path.slice(0, -1).reverse().find((part) => namesRegion(sourceText, part.name));
      const hint = named ? `原文写到“${named.name}”（${named.code}），是否应写这一级？` : `代码 ${data.region.code} 是否写错了？`;
      findings.push({ file: doc.file, ...doc.positionOf(['region', 'code']), rule: 'fidelity/region', message: `来源记录 ${data.source} 里没有“${region.name}”：${hint}原文没有写明这个地区、由你推断时，请写 inferred: true，并在 evidence 里逐条引原文依据` });
    }
    const sourceDate = sourceDates.get(data.source);
    if (sourceDate && isSurelyAfter(data.date.value, sourceDate)) {
      findings.push({ file: doc.file, ...doc.positionOf(['date', 'value']), rule: 'fidelity/date', message: `日期“${data.date.value}”晚于来源记录 ${data.source} 的发表日期“${sourceDate}”：做法报道的日期不会晚于报道它的文章，请核对（通常就写来源文章的日期）` });
    }
    const fields: [(string | number)[], string][] = [
      [['title'], data.title],
      [['summary'], data.summary],
      ...data.figures.map((figure, index): [(string | number)[], string] => [['figures', index, 'label'], figure.label]),
    ];
    for (const [field, text] of fields) {
      for (const mention of findNumbers(text)) {
        if (!vouched.has(mention.digits)) findings.push({ file: doc.file, ...doc.positionOf(field), rule: 'fidelity/number', message: unsourced(mention, `字段“${fieldName(field)}”中的`) });
      }
    }
    for (const mention of bodyNumbers ?? []) {
      if (!vouched.has(mention.digits)) findings.push({ file: doc.file, line: mention.line, column: mention.column, rule: 'fidelity/number', message: unsourced(mention, '正文中的') });
    }
    data.figures.forEach((figure, index) => {
      if (!sourceText.includes(normalizeForMatch(figure.quote))) {
        findings.push({ file: doc.file, ...doc.positionOf(['figures', index, 'quote']), rule: 'fidelity/quote', message: `引文在来源记录 ${data.source} 中找不到：引文必须逐字摘自原文（空格和半角/全角标点不计）` });
      } else if (!normalizeForMatch(figure.quote).includes(normalizeForMatch(figure.value).replace(/[+＋]/g, ''))) {
        findings.push({ file: doc.file, ...doc.positionOf(['figures', index, 'value']), rule: 'fidelity/value', message: `数值“${figure.value}”没有出现在它的引文里：请核对数值或改引包含它的句子` });
      } else {
        const wrongUnit = unitMismatch(figure);
        if (wrongUnit) findings.push({ file: doc.file, ...doc.positionOf(['figures', index, 'unit']), rule: 'fidelity/unit', message: wrongUnit });
      }
    });
  }

  // Published URLs never disappear (content/published.txt lists every case, topic, course and
  // source URL ever published).
  const publishedFile = path.join(contentDir, 'published.txt');
  if (existsSync(publishedFile)) {
    const text = readFileSync(publishedFile, 'utf8');
    const file = rel(root, publishedFile);
    for (const line of malformedPublishedLines(text)) {
      findings.push({ file, line, column: 1, rule: 'identity/published-url', message: '这一行不是已发布的网址：每行写一个 /cases/<slug>/、/tags/<id>/、/courses/<slug>/ 或 /sources/<id>/（以 # 开头的行是注释）' });
    }
    for (const page of parsePublishedPages(text)) {
      const gone = publishedPageGone(page, { slugs, aliasOwner, sitePages });
      if (gone) findings.push({ file, line: page.line, column: 1, rule: 'identity/published-url', message: gone });
    }
  }

  // Courses
  const sourceOfCase = new Map(cases.flatMap(({ slug, data }) => (data ? [[slug, data.source] as const] : [])));
  for (const file of listFiles(path.join(contentDir, 'courses'), '.yaml')) {
    const doc = parseYamlFile(rel(root, file), readFileSync(file, 'utf8'));
    const { findings: found, data } = schemaFindings(doc, CourseSchema({ caseSlugs: [...slugs] }));
    findings.push(...found);
    const id = path.basename(file, '.yaml');
    if (!SLUG_PATTERN.test(id)) findings.push({ file: doc.file, line: 1, column: 1, rule: 'identity/slug', message: `文件名“${id}”不能作网址：只能用小写字母、数字和连字符` });
    if (data) findings.push(...courseNumberFindings(doc, data as CourseData, sourceOfCase, sourceNumbers));
  }

  return sortFindings(findings);
}

/**
 * Why a figure's unit is not the one its quote writes after the value (850 with 元 where the quote
 * says 850万元: the card would show a sum ten thousand times too small), or undefined when the
 * quote has the value and unit together. Widths do not count (78％ = 78%).
 */
export function unitMismatch({ value, unit, quote }: { value: string; unit?: string; quote: string }): string | undefined {
  if (!unit) return undefined;
  const plain = (text: string) => normalizeForMatch(text.normalize('NFKC'));
  const [quoted, number] = [plain(quote), plain(value).replace(/\+/g, '')];
  if (quoted.includes(number + plain(unit))) return undefined;
  const at = quoted.indexOf(number);
  if (at < 0) return undefined;
  const after = /^[^\d，。、；：！？“”‘’（）《》,.;:!?"'()]{0,4}/u.exec(quoted.slice(at + number.length))![0];
  return `单位“${unit}”与引文对不上：引文里“${number}”后面是“${after}”，请照引文写单位（数值和单位连起来要能在引文里找到）`;
}

function unsourcedNumber({ text, digits }: { text: string; digits: string }, where: string, source: string, vouched: ReadonlySet<string>): string {
  const slip = slipOf(digits, vouched);
  return `${where}数字“${text}”在${source}中找不到${slip ? `（原文里有“${slip}”，是否抄错了？）` : ''}：页面上的每个数字都要能在原文中查到，请照原文写`;
}

/**
 * A course page quotes its cases' figures in its notes and questions (“全覆盖选任小区党组织书记1381名”):
 * each number of a case's note and questions must be in that case's source record, and each of
 * the course's title and description in the source record of one of its cases.
 */
function courseNumberFindings(doc: EntryDocument, course: CourseData, sourceOfCase: ReadonlyMap<string, string>, sourceNumbers: ReadonlyMap<string, ReadonlySet<string>>): Finding[] {
  const findings: Finding[] = [];
  const check = (field: (string | number)[], text: string, source: string, vouched: ReadonlySet<string>) => {
    for (const mention of findNumbers(text)) {
      if (!vouched.has(mention.digits)) findings.push({ file: doc.file, ...doc.positionOf(field), rule: 'fidelity/number', message: unsourcedNumber(mention, `字段“${fieldName(field)}”中的`, source, vouched) });
    }
  };
  const sourcesOfCourse = [...new Set(course.cases.flatMap(({ slug }) => sourceOfCase.get(slug) ?? []))];
  const anyOfThem = new Set(sourcesOfCourse.flatMap((source) => [...(sourceNumbers.get(source) ?? [])]));
  const named = sourcesOfCourse.length === 1 ? `来源记录 ${sourcesOfCourse[0]} ` : `这些案例的来源记录（${sourcesOfCourse.join('、')}）`;
  check(['title'], course.title, named, anyOfThem);
  check(['description'], course.description, named, anyOfThem);
  course.cases.forEach(({ slug, note, questions }, index) => {
    const source = sourceOfCase.get(slug);
    const vouched = source === undefined ? undefined : sourceNumbers.get(source);
    if (source === undefined || vouched === undefined) return;
    const named = `案例 ${slug} 的来源记录 ${source} `;
    check(['cases', index, 'note'], note, named, vouched);
    questions.forEach((question, at) => check(['cases', index, 'questions', at], question, named, vouched));
  });
  return findings;
}

/** Why a page listed in published.txt no longer answers, or undefined when it does. */
function publishedPageGone(
  { kind, name }: PublishedPage,
  known: { slugs: ReadonlySet<string>; aliasOwner: ReadonlyMap<string, unknown>; sitePages: SitePages },
): string | undefined {
  switch (kind) {
    case 'cases':
      return known.slugs.has(name) || known.aliasOwner.has(name) ? undefined : `已发布的网址 /cases/${name}/ 不再存在：如果条目改了名，请在新条目的 aliases 中写上“${name}”，旧网址会跳转过去`;
    case 'tags':
      return known.sitePages.tagIds.has(name) ? undefined : `已发布的主题页 /tags/${name}/ 不再存在：主题的 id 发布后不能改，请把 content/tags.yaml 里这个主题的 id 改回“${name}”（名称 name 可以改）`;
    case 'courses':
      return known.sitePages.courseSlugs.has(name) ? undefined : `已发布的课程页 /courses/${name}/ 不再存在：课程的文件名发布后不能改，请改回 content/courses/${name}.yaml（课程标题可以改）`;
    case 'sources':
      return known.sitePages.sourceIds.has(name) ? undefined : `已发布的来源文章页 /sources/${name}/ 不再存在：来源记录的文件名发布后不能改，请改回 content/sources/${name}.md`;
  }
}
