// npm run import -- <file> [--id <slug>] [--title <标题>] [--dry-run]
// Turns a received plain-text article into a source record: keeps the file verbatim in
// content/sources/raw/, writes content/sources/<id>.md with the cleaned text, and prints what was
// changed and what is damaged. An existing record keeps its frontmatter; only its body is replaced.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { cleanArticle, formatCleanReport } from '../src/lib/text/clean-article.ts';
import { frontmatterBlock, newSourceData, renderSourceRecord, replaceBody, suggestSourceId } from '../src/lib/text/source-record.ts';
import { SLUG_PATTERN } from '../src/schemas/common.ts';
import { CONTENT_DIR } from '../src/lib/vocabulary.ts';

const USAGE = '用法：npm run import -- <文件.txt> [--id <拼音-id>] [--title <标题>] [--dry-run]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, title: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
const [input] = positionals;
if (!input || positionals.length > 1) fail('请给出一个要导入的文本文件。');
if (!existsSync(input)) fail(`找不到文件 ${input}`);

const received = readFileSync(input, 'utf8');
const cleaned = cleanArticle(received);
if (!cleaned.paragraphs.length) fail(`${input} 没有正文。`);

const sourcesDir = path.join(CONTENT_DIR, 'sources');
const rawDir = path.join(sourcesDir, 'raw');
// Without --title, a short first line is taken as the headline; otherwise the title says it is a placeholder.
const first = cleaned.paragraphs[0]!;
const title = values.title ?? ([...first].length <= 40 && !/[。！？]/u.test(first) ? first : `待编辑拟定标题：${[...first].slice(0, 20).join('')}……`);
const id = values.id ?? suggestSourceId(title);
if (!SLUG_PATTERN.test(id)) fail(`id“${id}”不合规：只能用小写拼音字母、数字和连字符，例如 datong-xiaoqu-zhibu`);

const baseName = path.basename(input);
const originalFile = /^[\w.-]+\.txt$/.test(baseName) ? baseName : `${id}.txt`;
const rawTarget = path.join(rawDir, originalFile);
const recordFile = path.join(sourcesDir, `${id}.md`);
const relRecord = path.relative(process.cwd(), recordFile);
const relRaw = path.relative(process.cwd(), rawTarget);

const rawExists = existsSync(rawTarget);
if (rawExists && path.resolve(rawTarget) !== path.resolve(input) && readFileSync(rawTarget, 'utf8') !== received) {
  fail(`${relRaw} 已存在且内容不同：原始文件不能覆盖。请改名后再导入。`);
}
const rawAction = rawExists ? `原文已在 ${relRaw}` : `原文原样复制到 ${relRaw}`;

let record: string;
let action: string;
if (existsSync(recordFile)) {
  const existing = readFileSync(recordFile, 'utf8');
  const block = frontmatterBlock(existing);
  const existingOriginal = block ? (parse(block.replace(/^---[ \t]*\n|\n---[ \t]*\n?$/g, '')) as { originalFile?: string } | null)?.originalFile : undefined;
  if (existingOriginal && existingOriginal !== originalFile) {
    fail(`${relRecord} 已是另一篇文章（原始文件 ${existingOriginal}）的记录：请用 --id 换一个 id。`);
  }
  record = replaceBody(existing, cleaned.body);
  action = `保留 ${relRecord} 的头部信息，替换正文`;
} else {
  record = renderSourceRecord(newSourceData({ title, originalFile, body: cleaned.body, report: cleaned.report }), cleaned.body);
  action = `新建 ${relRecord}（头部信息中标“待编辑”的项目请补全，日期为推断）`;
}

console.log(`导入 ${input} → ${relRecord}`);
console.log(`整理稿：${cleaned.paragraphs.length} 段`);
for (const line of formatCleanReport(cleaned.report, baseName)) console.log(line);
if (values['dry-run']) {
  console.log(`\n试运行（--dry-run），未写入任何文件。将会：${rawAction}；${action}。`);
} else {
  if (!rawExists) copyFileSync(input, rawTarget);
  writeFileSync(recordFile, record);
  console.log(`\n已完成：${rawAction}；${action}。`);
  console.log('下一步：运行 npm run check，核对报告中的损坏文字和未合并的断行。');
}
