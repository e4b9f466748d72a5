// npm run new -- --title "…" --region 鸠江区 --source <来源记录 id> [--kind brief] [--slug …] [--tags 甲,乙]
// Run in a terminal without some of them, it asks for the missing ones (and lets the editor pick
// among same-named regions); in scripts and CI, where stdin is not a terminal, it never waits.
// Writes content/cases/<slug>.mdx with everything that can be known filled in and every field the
// editor must write marked 待填写. The logic lives in src/lib/scaffold.ts.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { CASE_KINDS } from '../src/schemas/case.ts';
import { chooseRegion, nextCaseNumber, renderEntry, slugFromTitle, slugProblem, type CaseKind } from '../src/lib/scaffold.ts';
import { parseEntryDocument } from '../src/lib/check/document.ts';
import { closest } from '../src/lib/check/suggest.ts';
import { parsePublished } from '../src/lib/published.ts';
import { namesRegion } from '../src/lib/region-names.ts';
import { normalizeForMatch } from '../src/lib/text/normalize-for-match.ts';
import { CONTENT_DIR, readCaseHeads, readSourceIds, readTags } from '../src/lib/vocabulary.ts';

const USAGE = `用法：npm run new -- --title "案例标题" --region 地名或六位代码 --source 来源记录id [--kind case|brief] [--slug 网址标识] [--tags 标签1,标签2]
例：npm run new -- --title "鸠江区：擂台赛比出干事劲头" --region 鸠江区 --source datong-jiujiang-guangan-banmian`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    region: { type: 'string' },
    source: { type: 'string' },
    kind: { type: 'string', default: 'case' },
    slug: { type: 'string' },
    tags: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string): Promise<string> {
  try {
    return (await prompt!.question(question)).trim();
  } catch {
    // Ctrl+C / Ctrl+D: leave without writing anything.
    console.error('\n已取消，没有写入任何文件。');
    process.exit(1);
  }
}
/** A numbered list to pick from; returns the chosen item, or undefined for an empty answer. */
async function pick<T>(question: string, items: readonly T[], label: (item: T) => string): Promise<T | undefined> {
  items.forEach((item, index) => console.log(`  ${String(index + 1).padStart(2)}. ${label(item)}`));
  const answer = await ask(question);
  return items[Number(answer) - 1];
}

const sourceIds = readSourceIds();
if (interactive) {
  values.title ||= await ask('案例标题（地区或单位 + 做法名称）：');
  values.region ||= await ask('地区（地名如 鸠江区、大同市，或六位代码）：');
}
if (!values.title || !values.region) fail('缺少参数：--title、--region 和 --source 都要填写。');

const kind = values.kind as CaseKind;
if (!CASE_KINDS.includes(kind)) fail(`--kind 只能是 ${CASE_KINDS.join(' 或 ')}，现在是“${values.kind}”。`);

let region = chooseRegion(values.region);
if (region.kind === 'ambiguous' && interactive) {
  console.log(`地名“${values.region}”对应多个地区：`);
  const chosen = await pick('请输入序号：', region.candidates, (r) => `${r.code}  ${r.fullName}`);
  if (chosen) region = { kind: 'found', region: chosen };
}
if (interactive && !values.source) values.source = (await pick('来源记录（输入序号）：', sourceIds, (id) => id)) ?? '';
prompt?.close();
if (!values.source) fail('缺少参数：--title、--region 和 --source 都要填写。');
if (region.kind === 'none') fail(`找不到地名“${values.region}”：请写区县或市的名称（如 鸠江区、大同市）或六位行政区划代码。`);
if (region.kind === 'ambiguous') {
  console.error(`地名“${values.region}”对应多个地区，请改用六位代码，例如 --region ${region.candidates[0]!.code}：`);
  for (const candidate of region.candidates) console.error(`  ${candidate.code}  ${candidate.fullName}`);
  process.exit(1);
}

if (!sourceIds.includes(values.source)) {
  const suggestion = closest(values.source, sourceIds);
  fail(`来源记录“${values.source}”不存在${suggestion ? `，是否指“${suggestion}”？` : ''}。现有来源记录：\n  ${sourceIds.join('\n  ')}`);
}

const tagNames = readTags().map((tag) => tag.name);
const tags = (values.tags ?? '').split(/[,，、]/).map((tag) => tag.trim()).filter(Boolean);
for (const tag of tags) {
  if (!tagNames.includes(tag)) {
    const suggestion = closest(tag, tagNames);
    fail(`未知标签“${tag}”${suggestion ? `，是否指“${suggestion}”？` : ''}（标签须取自 content/tags.yaml）`);
  }
}

// Taken: current slugs, their old slugs (aliases) and every URL ever published.
const casesDir = path.join(CONTENT_DIR, 'cases');
const heads = readCaseHeads();
const slugs = heads.map((head) => head.slug);
const aliases = heads.flatMap((head) => head.aliases);
const publishedFile = path.join(CONTENT_DIR, 'published.txt');
const published = existsSync(publishedFile) ? parsePublished(readFileSync(publishedFile, 'utf8')).map((entry) => entry.slug) : [];

const slug = values.slug ?? slugFromTitle(values.title);
const problem = slugProblem(slug, [...slugs, ...aliases, ...published]);
if (problem) fail(problem);

const number = nextCaseNumber(heads.map((head) => head.number));
const file = path.join(casesDir, `${slug}.mdx`);
mkdirSync(casesDir, { recursive: true });
// What the source record says of date and place: the scaffold starts from them.
const sourceRecord = parseEntryDocument(values.source, readFileSync(path.join(CONTENT_DIR, 'sources', `${values.source}.md`), 'utf8'));
const sourceDate = (sourceRecord.data as { date?: { value?: unknown } } | undefined)?.date?.value;
const regionInSource = namesRegion(normalizeForMatch(sourceRecord.body), region.region.name);
writeFileSync(
  file,
  renderEntry({ title: values.title, slug, kind, region: region.region, source: values.source, number, tags, sourceDate: typeof sourceDate === 'string' ? sourceDate : undefined, regionInSource }),
  { flag: 'wx' },
);

const shown = path.relative(process.cwd(), file);
console.log(`已新建 ${shown}
  案例编号 ${number}（短链接 /c/${number}/），网址 /cases/${slug}/，地区 ${region.region.fullName}（${region.region.code}）${regionInSource ? '' : `
  来源记录里没有“${region.region.name}”，地区已标为推断（inferred: true）：请在 evidence 里逐条引原文写明依据，推断错了就改正地区`}

下一步：
  1. 打开 ${shown}，把所有标着“待填写”的地方写好，并删去“待填写”字样；
     figures 的每条 quote 要逐字摘自 content/sources/${values.source}.md。
  2. 运行 npm run check，按提示逐条修改，直到显示“内容检查通过”。
  3. 运行 npm start 在本机预览，然后提交拉取请求（PR）。
  网址标识 ${slug} 发布后不能再改；想换一个更短的，现在删掉文件，用 --slug 重新生成。`);
