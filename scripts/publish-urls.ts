// npm run publish-urls — appends the URL of every case not yet listed in content/published.txt.
// Run it when new entries are merged for publication and commit the file with them: from then on
// `npm run check` keeps those URLs alive (a renamed entry must list its old slug in `aliases`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appendPublished } from '../src/lib/published.ts';
import { CONTENT_DIR, readCaseSlugs } from '../src/lib/vocabulary.ts';

const file = path.join(CONTENT_DIR, 'published.txt');
const HEADER = '# 已发布的案例网址，每行一个，只增不删（npm run publish-urls 追加）。\n# 条目改名时，在新条目的 aliases 中写上旧 slug，旧网址会跳转到新网址；npm run check 会核对。\n';
const before = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
const { text, added } = appendPublished(before, readCaseSlugs());
if (added.length || !existsSync(file)) writeFileSync(file, text);
console.log(added.length ? `content/published.txt 新增 ${added.length} 个网址：\n${added.map((slug) => `  /cases/${slug}/`).join('\n')}` : 'content/published.txt 已包含全部案例网址，无需更新。');
