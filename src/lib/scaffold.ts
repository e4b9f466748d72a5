// The pure half of `npm run new` and `npm run new-course`: slug from a title, region from a place
// name, the next case number, the text of a new entry and of a new course pack. scripts/new.ts and
// scripts/new-course.ts only read arguments and files around it.
import { pinyin } from 'pinyin-pro';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { isCasesPageName } from './urls.ts';
import { CASE_KINDS } from '../schemas/case.ts';
import { REQUIRED_CASE_SECTIONS, TODO_MARK } from './check/check-content.ts';
import { findRegionsByName, lookupRegion, type Region } from './regions.ts';
import { parseIds, parseListTitle } from './reading-list.ts';

export type CaseKind = (typeof CASE_KINDS)[number];

export { TODO_MARK };

/** Slugs longer than this are cut at a word boundary: they end up in printed handouts. */
export const SLUG_MAX = 48;

/**
 * An ASCII slug from a Chinese title: each run of Chinese characters becomes one pinyin word,
 * runs are joined by hyphens, and trailing runs are dropped to stay within SLUG_MAX.
 * "大同市：“支部建在小区” 锻造…" → "datongshi-zhibujianzaixiaoqu".
 */
export function slugFromTitle(title: string): string {
  const runs = title.match(/[\p{Script=Han}a-zA-Z0-9]+/gu) ?? [];
  const words = runs
    .map((run) =>
      (pinyin(run, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }) as string[])
        .join('')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  // A first word that alone is too long is cut rather than dropped.
  return slug || (words[0] ?? '').slice(0, SLUG_MAX);
}

/** Why a slug cannot be used, in Chinese, or undefined when it can. */
export function slugProblem(slug: string, existing: readonly string[]): string | undefined {
  if (!slug) return '无法从标题生成网址标识：请用 --slug 指定，例如 --slug datong-xiaoqu-zhibu';
  if (!SLUG_PATTERN.test(slug)) return `网址标识“${slug}”不合规：只能用小写拼音字母、数字和连字符，例如 datong-xiaoqu-zhibu`;
  if (isCasesPageName(slug)) return `网址标识“${slug}”全是数字：/cases/${slug}/ 是“全部案例”的第 ${slug} 页，请用拼音，例如 datong-xiaoqu-zhibu`;
  if (existing.includes(slug)) return `网址标识“${slug}”已被 content/cases/${slug}.mdx 使用（也可能是某条目的旧网址）：请用 --slug 另取一个`;
  return undefined;
}

export type RegionChoice =
  | { kind: 'found'; region: Region }
  | { kind: 'ambiguous'; candidates: Region[] }
  | { kind: 'none' };

/**
 * The one region a place name or code stands for. A six-digit code is taken as is; a name is
 * accepted when exactly one region bears it (or, failing that, exactly one contains it);
 * anything else is ambiguous and the editor picks a code from the candidates.
 */
export function chooseRegion(query: string): RegionChoice {
  const q = query.trim();
  if (/^\d{6}$/.test(q)) {
    const region = lookupRegion(q);
    return region ? { kind: 'found', region } : { kind: 'none' };
  }
  const hits = findRegionsByName(q, 200);
  const exact = hits.filter((r) => r.name === q || r.fullName === q);
  if (exact.length === 1) return { kind: 'found', region: exact[0]! };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  if (hits.length === 1) return { kind: 'found', region: hits[0]! };
  if (hits.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', candidates: hits.slice(0, 20) };
}

/** Numbers are never reused, not even a gap left by a deleted entry: the next one is max + 1. */
export function nextCaseNumber(numbers: readonly number[]): number {
  return numbers.reduce((max, n) => (Number.isInteger(n) && n > max ? n : max), 0) + 1;
}

export interface NewEntry {
  title: string;
  slug: string;
  kind: CaseKind;
  region: Region;
  source: string;
  number: number;
  tags?: readonly string[];
  /** The source record's date: an entry's date is usually its source's. */
  sourceDate?: string;
  /** False when the source record does not name the region: then it is inferred, and the editor writes why. */
  regionInSource?: boolean;
}

const yamlString = (value: string): string => JSON.stringify(value);

/**
 * The text of a new entry. Everything known is filled in; every field the editor must write is
 * left empty with a 待填写 comment, so the entry fails `npm run check` until it is complete.
 */
export function renderEntry(entry: NewEntry): string {
  const todo = `# ${TODO_MARK}`;
  const tags = entry.tags?.length ? `[${entry.tags.join(', ')}]` : `[]  ${todo}：1–6 个主题标签，只能用 content/tags.yaml 里的 name，例：[小区党组织, 书记队伍建设]`;
  const lines = [
    '---',
    '# 字段说明见 src/schemas/case.ts 和 CONTRIBUTING.md。number 和文件名（网址）一经发布永不改动。',
    `number: ${entry.number}`,
    `title: ${yamlString(entry.title)}`,
    `summary: ""  ${todo}：一两句话（20–160 字）：谁、做了什么、有什么成效，只写原文有的内容`,
    `kind: ${entry.kind}  # case：完整案例（导语、主要做法、成效）；brief：简讯`,
    'region:',
    `  code: "${entry.region.code}"  # ${entry.region.fullName}`,
    ...(entry.regionInSource === false
      ? [`  inferred: true  # 来源记录里没有“${entry.region.name}”：地区是推断的；推断错了就改正 code`, `  evidence: []  ${todo}：推断的依据，逐条引原文，例：["同版鸠江区稿件称……"]`]
      : ['  inferred: false  # 原文没写明地区、由编辑推断时改为 true，并加 evidence 列表逐条引原文']),
    'organization:',
    `  unit: ""  ${todo}：报送或供稿单位，例：中共大同市委组织部`,
    `source: ${entry.source}  # content/sources/ 下的来源记录`,
    'date:',
    entry.sourceDate
      ? `  value: "${entry.sourceDate}"  # 来源文章的日期；原文写明了做法的日期（不晚于文章）就照原文改`
      : `  value: ""  ${todo}：原文日期，写成 2023、2023-11 或 2023-11-21`,
    '  inferred: false  # 原文没写日期、由编辑推断时改为 true，并加 evidence: 写明依据',
    `tags: ${tags}`,
    entry.kind === 'case'
      ? `figures: []  ${todo}：至少一条关键数据；每条写 label、value、unit、quote（quote 逐字摘自来源记录）`
      : 'figures: []  # 可选：关键数据，每条写 label、value、unit、quote（quote 逐字摘自来源记录）',
    '---',
    '',
  ];
  const sections = entry.kind === 'case' ? [...REQUIRED_CASE_SECTIONS.map((names) => names.split('|')[0]!), '经验启示'] : [];
  if (sections.length) {
    for (const section of sections) {
      lines.push(`## ${section}`, '', `（${TODO_MARK}：${SECTION_HINTS[section] ?? '本节内容'}）`, '');
    }
  } else {
    lines.push(`（${TODO_MARK}：简讯正文，一到三段，只写原文有的内容）`, '');
  }
  return lines.join('\n');
}

const SECTION_HINTS: Record<string, string> = {
  导语: '一段话交代背景和做法概要',
  主要做法: '分条写做法，每条可用 ### 小标题',
  成效: '写原文给出的成效和数据',
  经验启示: '可选；原文没有这部分就删去本节',
};

/** A list's address as the list page shares it (/list/?ids=10,datong-xiaoqu-zhibu&title=第三讲), full or from /list/ on. */
export function listAddressParts(address: string): { ids: string[]; title: string } {
  const query = address.includes('?') ? address.slice(address.indexOf('?')) : address;
  const params = new URLSearchParams(query.replace(/#.*$/, ''));
  return { ids: parseIds(params.get('ids')), title: parseListTitle(params.get('title')) };
}

export interface NewCourse {
  title: string;
  /** The cases in teaching order, with what the editor sees of each in the file. */
  cases: readonly { slug: string; number: number; title: string }[];
}

/**
 * The text of a new course pack (content/courses/<slug>.yaml): the title and the cases filled in,
 * each field the trainer must write empty and marked 待填写, so that `npm run check` names them
 * until they are written.
 */
export function renderCourse(course: NewCourse): string {
  const todo = `# ${TODO_MARK}`;
  return [
    `# 课程包（字段说明见 src/schemas/course.ts 和 CONTRIBUTING.md 的“新增课程包”）。文件名是课程页的网址，发布后不能改。`,
    '# 导读和讨论题只依据各案例页面所载内容，不补充原文没有的事实；引用的数字要在案例的来源记录里查得到。',
    `title: ${yamlString(course.title)}`,
    `audience: ""  ${todo}：适用对象，例：新任社区党组织书记培训班`,
    `description: ""  ${todo}：这组案例要讨论的问题，一两段`,
    '# hours: 4  # 可选：建议学时',
    'cases:',
    ...course.cases.flatMap(({ slug, number, title }) => [
      `  - slug: ${slug}  # 第 ${number} 号：${title}`,
      `    note: ""  ${todo}：教师导读，为什么选这个案例、读的时候注意什么`,
      `    questions: []  ${todo}：讨论题，至少一道，例：["……？"]`,
    ]),
    '',
  ].join('\n');
}
