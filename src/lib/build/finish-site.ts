// The last step of every build: the search index, then the counts that must agree (entries =
// case pages = sitemap URLs = indexed pages; a mismatch fails the build).
//
// `npm run build` runs it in a process of its own once `astro build` has exited
// (scripts/index-site.ts): Astro keeps most of its memory until it exits (at 5,000 entries about
// 2.8 GB, mostly outside the JS heap, so no garbage collection returns it) and Pagefind needs as
// much again, so in one process the two peaks add up. A bare `astro build` still runs it from its
// build:done hook (src/integrations/content-gate.ts): however a build is started, it never ships
// without its index and counts.
import { buildSearchIndex } from './search-index.ts';
import { countsAgree, siteCounts } from './site-counts.ts';
import { readCaseSlugs } from '../vocabulary.ts';

/** Set by `npm run build`: the build:done hook leaves this step to scripts/index-site.ts. */
export const INDEX_AFTER_BUILD_ENV = 'ANLIKU_INDEX_AFTER_BUILD';

export async function indexAndCount(distDir: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const indexed = await buildSearchIndex(distDir);
  // `npm run bench` reads this line.
  log(`搜索索引：${indexed.pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒（索引分片：Pagefind 的 ${indexed.chunks.before} 个重切为 ${indexed.chunks.after} 个）`);
  const counts = siteCounts(distDir, readCaseSlugs());
  const line = `条目 ${counts.entries} = 案例页 ${counts.casePages} = 站点地图 ${counts.sitemapCaseUrls} = 索引页 ${counts.indexedPages}`;
  if (!countsAgree(counts)) throw new Error(`数量不一致，有内容丢失：${line}`);
  log(`数量一致：${line}`);
}
