// npm run publish-urls — appends to content/published.txt the URL of every case, topic, course and
// source article not yet listed. Run it when new content is merged for publication and commit the
// file with it: from then on `npm run check` keeps those URLs alive (a renamed entry must list its
// old slug in `aliases`; a topic's id and a course's or source's file name stay as published).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appendPublished, type PublishedPage } from '../src/lib/published.ts';
import { CONTENT_DIR, readCaseSlugs, readCourseSlugs, readSourceIds, readTags } from '../src/lib/vocabulary.ts';

const file = path.join(CONTENT_DIR, 'published.txt');
const HEADER =
  '# 已发布的网址（案例、主题、课程、来源文章），每行一个，只增不删（npm run publish-urls 追加）。\n' +
  '# 条目改名时，在新条目的 aliases 中写上旧 slug，旧网址会跳转到新网址；主题的 id、课程和来源记录的文件名发布后不能改。npm run check 会核对。\n';
const pages: PublishedPage[] = [
  ...readCaseSlugs().map((name) => ({ kind: 'cases' as const, name })),
  ...(existsSync(path.join(CONTENT_DIR, 'tags.yaml')) ? readTags().map((tag) => ({ kind: 'tags' as const, name: tag.id })) : []),
  ...readCourseSlugs().map((name) => ({ kind: 'courses' as const, name })),
  ...readSourceIds().map((name) => ({ kind: 'sources' as const, name })),
];
const before = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
const { text, added } = appendPublished(before, pages);
if (added.length || !existsSync(file)) writeFileSync(file, text);
console.log(added.length ? `content/published.txt 新增 ${added.length} 个网址：\n${added.map((url) => `  ${url}`).join('\n')}` : 'content/published.txt 已包含全部网址，无需更新。');
