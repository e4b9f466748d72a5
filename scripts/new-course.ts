// npm run new-course -- --list "https://域名/list/?ids=10,datong-xiaoqu-zhibu&title=第三讲" [--title …] [--slug …]
// npm run new-course -- --title "…" --cases 10,datong-xiaoqu-zhibu [--slug …]
// A trainer gathers a class's cases in 我的清单 and sends its address; this turns it into a course
// pack, content/courses/<slug>.yaml, with the cases in the list's order and every field the
// trainer must write (audience, description, each case's note and questions) marked 待填写.
// Cases are named by slug, old slug or case number, as list addresses name them. The logic lives
// in src/lib/scaffold.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listAddressParts, renderCourse, slugFromTitle } from '../src/lib/scaffold.ts';
import { resolveIds } from '../src/lib/listed-cases.ts';
import { parseIds } from '../src/lib/reading-list.ts';
import { parsePublishedPages } from '../src/lib/published.ts';
import { SLUG_PATTERN } from '../src/schemas/common.ts';
import { CONTENT_DIR, readCaseHeads, readCourseSlugs } from '../src/lib/vocabulary.ts';

const USAGE = `用法：npm run new-course -- --list "我的清单的网址" [--title "课程标题"] [--slug 网址标识]
  或：npm run new-course -- --title "课程标题" --cases 案例编号或slug,… [--slug 网址标识]
例：npm run new-course -- --list "https://域名/list/?ids=10,11,datong-xiaoqu-zhibu&title=第三讲 小区党组织书记队伍建设"`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { list: { type: 'string' }, cases: { type: 'string' }, title: { type: 'string' }, slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.list && !values.cases) fail('缺少参数：用 --list 给出我的清单的网址，或用 --cases 列出案例。');
const fromList = values.list ? listAddressParts(values.list) : { ids: [], title: '' };
const ids = values.cases ? parseIds(values.cases) : fromList.ids;
const title = (values.title ?? fromList.title).trim();
if (!title) fail('缺少课程标题：清单没有标题，请用 --title 写上，例如 --title "小区党组织书记队伍建设"。');
if ([...title].length < 4 || [...title].length > 40) fail(`课程标题“${title}”要在 4–40 字之间。`);

// The library's cases, by slug, old slug and number.
const library = readCaseHeads();
const currentSlug = new Map(library.flatMap((item) => item.aliases.map((alias) => [alias, item.slug] as const)));
const { found, unknown } = resolveIds(ids.map((id) => currentSlug.get(id) ?? id), library);
if (unknown.length) fail(`找不到这些案例：${unknown.join('、')}（写案例的 slug、旧 slug 或编号）。`);
if (found.length < 2) fail(`课程包至少要有两个案例，现在有 ${found.length} 个。`);

const slug = values.slug ?? slugFromTitle(title);
const published = existsSync(path.join(CONTENT_DIR, 'published.txt')) ? parsePublishedPages(readFileSync(path.join(CONTENT_DIR, 'published.txt'), 'utf8')).filter((page) => page.kind === 'courses').map((page) => page.name) : [];
if (!SLUG_PATTERN.test(slug)) fail(`网址标识“${slug}”不合规：只能用小写拼音字母、数字和连字符，请用 --slug 指定，例如 --slug xiaoqu-shuji`);
if ([...readCourseSlugs(), ...published].includes(slug)) fail(`课程网址 /courses/${slug}/ 已经有了（或曾经发布过）：请用 --slug 另取一个`);

const coursesDir = path.join(CONTENT_DIR, 'courses');
const file = path.join(coursesDir, `${slug}.yaml`);
mkdirSync(coursesDir, { recursive: true });
writeFileSync(file, renderCourse({ title, cases: found }), { flag: 'wx' });

const shown = path.relative(process.cwd(), file);
console.log(`已新建 ${shown}
  课程网址 /courses/${slug}/，${found.length} 个案例：${found.map((item) => `第 ${item.number} 号`).join('、')}

下一步：
  1. 打开 ${shown}，写好适用对象（audience）、课程说明（description）和每个案例的导读（note）、讨论题（questions），删去“待填写”字样；
     引用的数字要在那个案例的来源记录里查得到。
  2. 运行 npm run check，按提示逐条修改，直到显示“内容检查通过”。
  3. 运行 npm start，在 /courses/${slug}/ 预览；然后 npm run publish-urls，提交拉取请求（PR）。
  网址标识 ${slug} 发布后不能再改；想换一个，现在删掉文件，用 --slug 重新生成。`);
