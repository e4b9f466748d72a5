// The /offline/ page: lists the reading lists saved with 离线保存 and the case pages the service
// worker keeps (src/lib/offline.ts), their titles read from the kept pages themselves, and clears
// them on request.
import { OFFLINE_CACHE, isClearable, keptCasePaths } from '../lib/offline.ts';
import { OFFLINE_PAGE_URL } from '../lib/urls.ts';
import { forgetSavedLists, savedLists, whyNotOffline } from './offline-save.ts';

async function keptCases(cache: Cache): Promise<{ path: string; title: string }[]> {
  const paths = keptCasePaths((await cache.keys()).map((request) => request.url));
  return Promise.all(
    paths.map(async (path) => {
      const html = (await (await cache.match(path))?.text()) ?? '';
      const title = new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim();
      return { path, title: title || path };
    }),
  );
}

/** List items of links, their text set as text. */
function linkItems(doc: Document, links: readonly { href: string; text: string }[]): HTMLLIElement[] {
  return links.map(({ href, text }) => {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = href;
    link.textContent = text;
    item.append(link);
    return item;
  });
}

export async function startOfflinePage(doc: Document): Promise<void> {
  const status = doc.querySelector<HTMLElement>('[data-offline-status]')!;
  const list = doc.querySelector<HTMLOListElement>('[data-offline-list]')!;
  const clear = doc.querySelector<HTMLButtonElement>('[data-offline-clear]')!;
  // Shown by the service worker in place of a page it does not keep, at that page's address.
  if (location.pathname !== OFFLINE_PAGE_URL) {
    doc.querySelector<HTMLElement>('[data-offline-missing]')!.hidden = false;
    doc.querySelector<HTMLElement>('[data-offline-address]')!.textContent = decodeURI(location.pathname);
  }
  const unsupported = whyNotOffline();
  if (unsupported) {
    status.textContent = unsupported;
    return;
  }
  const cache = await caches.open(OFFLINE_CACHE);
  const listsSection = doc.querySelector<HTMLElement>('[data-offline-lists]')!;
  const listsItems = doc.querySelector<HTMLElement>('[data-offline-lists-items]')!;
  const draw = async () => {
    const lists = savedLists();
    listsItems.replaceChildren(...linkItems(doc, lists.map(({ address, title, count }) => ({ href: address, text: `${title || '我的清单'}（${count} 个案例）` }))));
    listsSection.hidden = lists.length === 0;
    const cases = await keptCases(cache);
    list.replaceChildren(...linkItems(doc, cases.map(({ path, title }) => ({ href: path, text: title }))));
    status.textContent = cases.length ? `这台设备上保存了 ${cases.length} 篇案例，没有网络时也能打开：` : '这台设备上还没有保存案例。打开过的案例会自动保存。';
    clear.hidden = cases.length === 0 && lists.length === 0;
  };
  clear.addEventListener('click', async () => {
    const addresses = (await cache.keys()).map((request) => request.url).filter(isClearable);
    await Promise.all(addresses.map((address) => cache.delete(address)));
    forgetSavedLists();
    await draw();
    status.textContent = '已清除。' + status.textContent;
  });
  await draw();
}
