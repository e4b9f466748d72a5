// “加入清单” wherever a case is shown with one: on its own page (src/components/CaseArticle.astro),
// beside each search result (src/scripts/search-page.ts) and on the cards of the listings by number,
// topic, region and source (src/components/AddToList.astro), so a trainer can gather a class's cases
// while searching or browsing instead of opening each one. The list is this browser's (list-storage.ts);
// the 我的清单 links open it with its ids (and title) in the address.
import { addId, listUrl, removeId } from '../lib/reading-list.ts';
import { storedListIds, storedListTitle, storeListIds } from './list-storage.ts';

export interface ListButtons {
  /** Shows the list as stored now on every button and link: call it after adding buttons. */
  sync(): void;
}

/**
 * Handles the “加入清单” buttons (`button[data-add-to-list=<slug>]`) inside `root`, those there now
 * and those added later (search results), and keeps the `a[data-list-link]` links of the page
 * current. `announce` tells screen readers what a press did. A list changed in another tab (the
 * list page moving or removing a case) shows here at once.
 */
export function startListButtons(doc: Document, root: ParentNode & EventTarget, announce: (message: string) => void): ListButtons {
  const sync = (): void => {
    const ids = storedListIds();
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-add-to-list]')) {
      const inList = ids.includes(button.dataset.addToList!);
      button.setAttribute('aria-pressed', String(inList));
      button.textContent = inList ? '已加入清单' : '加入清单';
      // Among ten results, each button names its case to a screen reader (its text first, as WCAG 2.5.3 asks).
      if (button.dataset.listTitle) button.setAttribute('aria-label', `${button.textContent}：${button.dataset.listTitle}`);
      button.hidden = false;
    }
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-list-link]')) {
      link.href = listUrl(ids, storedListTitle());
      link.textContent = `我的清单（${ids.length}）`;
      link.hidden = ids.length === 0;
    }
  };
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-add-to-list]');
    if (!button) return;
    const id = button.dataset.addToList!;
    const ids = storedListIds();
    const next = ids.includes(id) ? removeId(ids, id) : addId(ids, id);
    storeListIds(next);
    sync();
    announce(next.includes(id) ? `已加入清单，清单中共 ${next.length} 个案例` : '已从清单移除');
  });
  doc.defaultView?.addEventListener('storage', sync);
  sync();
  return { sync };
}
