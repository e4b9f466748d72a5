// Builds the Pagefind index of the built site with Pagefind's Node API (extended build, which
// segments Chinese). Only elements marked data-pagefind-body (case pages) are indexed.
import * as pagefind from 'pagefind';
import path from 'node:path';

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}
