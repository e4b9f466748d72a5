// The 404 page: go on to the page the reader meant when the address only has something glued on
// or mistyped around it (…/cases/x/。), else suggest the cases whose address is nearest.
import { caseSlugOf, decodeSlugShard, nearestCases, repairedPath, slugShardKey, slugShardUrl, type SlugShard } from '../lib/mistyped-url.ts';
import { escapeHtml } from '../lib/text/html.ts';

async function exists(path: string): Promise<boolean> {
  try {
    return (await fetch(path, { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

export async function startNotFoundPage(doc: Document): Promise<void> {
  const path = repairedPath(location.pathname);
  if (path !== location.pathname && (await exists(path))) {
    location.replace(`${path}${location.search}${location.hash}`);
    return;
  }
  const typed = caseSlugOf(path);
  const key = typed && slugShardKey(typed);
  if (!typed || !key) return;
  const response = await fetch(slugShardUrl(key));
  if (!response.ok) return;
  const nearest = nearestCases(typed, decodeSlugShard((await response.json()) as SlugShard[]));
  const box = doc.querySelector<HTMLElement>('[data-suggestions]');
  if (!box || !nearest.length) return;
  box.querySelector('ul')!.innerHTML = nearest.map((entry) => `<li><a href="${escapeHtml(entry.url)}">${escapeHtml(entry.title)}</a></li>`).join('');
  box.hidden = false;
}
