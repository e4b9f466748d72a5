// The 404 page: go on to the page the reader meant when the address only has something glued on
// or mistyped around it (…/cases/x/。), else suggest the cases whose address is nearest; for a
// short link to a number that is no case's (/c/999/), say which numbers there are; for a page of
// the catalog that is not there (/cases/12/), how many there are, and case 12's short link; for a
// topic's or course's address with a typo, the nearest topic or course.
import { catalogPageNote, catalogPageOf, caseNumberOf, caseSlugOf, decodeNamedPages, decodeSlugShard, namedPageOf, nearestCases, repairedPath, slugShardSteps, type SlugEntry, type SlugShard } from '../lib/mistyped-url.ts';
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
  const number = caseNumberOf(path);
  const numberNote = doc.querySelector<HTMLElement>('[data-number-note]');
  if (number !== undefined && numberNote) {
    numberNote.textContent = `没有第 ${number} 号案例。${numberNote.dataset.caseNumbers ?? ''}短链接 /c/编号/ 里的编号，就是案例页标题上方的“第 N 号”。`;
    numberNote.hidden = false;
    return;
  }
  const catalogPage = catalogPageOf(path);
  if (catalogPage !== undefined && numberNote) {
    const span = /^(\d+)-(\d+)$/.exec(numberNote.dataset.caseNumberSpan ?? '');
    const note = catalogPageNote(catalogPage, Number(numberNote.dataset.catalogPages ?? 1), span ? [Number(span[1]), Number(span[2])] : undefined);
    numberNote.replaceChildren(note.text);
    if (note.caseUrl) numberNote.append(`要打开第 ${catalogPage} 号案例，请用短链接 `, Object.assign(doc.createElement('a'), { href: note.caseUrl, textContent: note.caseUrl }), '。');
    numberNote.hidden = false;
    return;
  }
  const box = doc.querySelector<HTMLElement>('[data-suggestions]');
  const suggest = (nearest: SlugEntry[]): void => {
    if (!box || !nearest.length) return;
    box.querySelector('ul')!.innerHTML = nearest.map((entry) => `<li><a href="${escapeHtml(entry.url)}">${escapeHtml(entry.title)}</a></li>`).join('');
    box.hidden = false;
  };
  // A topic's or course's address with a typo (/tags/hongse-wuy/): the nearest of those the page lists.
  const named = namedPageOf(path);
  if (named) return suggest(nearestCases(named.typed, decodeNamedPages(box?.dataset.namedPages, named.family)));
  const typed = caseSlugOf(path);
  if (!typed) return;
  const shard = async (url: string): Promise<SlugEntry[]> => {
    const response = await fetch(url);
    return response.ok ? decodeSlugShard((await response.json()) as SlugShard[]) : [];
  };
  let nearest: SlugEntry[] = [];
  for (const urls of slugShardSteps(typed)) {
    nearest = nearestCases(typed, (await Promise.all(urls.map(shard))).flat());
    if (nearest.length) break;
  }
  suggest(nearest);
}
