// The /list/cards/ page: the list's cases' card pages, fetched and parsed (DOMParser runs no
// script; they are our own built pages, whose entries the check keeps free of code), their
// cards set in the list's order under this page's heading, with the stylesheets they need.
import type { CaseRecord } from '../lib/data/case-record.ts';
import { accessDate } from '../lib/access-date.ts';
import { loadListedCases } from '../lib/listed-cases.ts';
import { listUrl } from '../lib/reading-list.ts';
import { caseCardUrl } from '../lib/urls.ts';
import { fetchSiteText, listFromAddress } from './list-storage.ts';
import { onPrintPress } from './print-button.ts';

/** Links the stylesheets of a fetched page this page lacks; resolves once they have loaded. */
function adoptStylesheets(doc: Document, page: Document): Promise<unknown> {
  const present = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href));
  const loads: Promise<unknown>[] = [];
  for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    const href = new URL(link.getAttribute('href')!, location.href).href;
    if (present.has(href)) continue;
    present.add(href);
    const adopted = doc.createElement('link');
    adopted.rel = 'stylesheet';
    adopted.href = href;
    loads.push(
      new Promise((done) => {
        adopted.addEventListener('load', done, { once: true });
        adopted.addEventListener('error', done, { once: true });
      }),
    );
    doc.head.append(adopted);
  }
  return Promise.all(loads);
}

/** A card from its own page, as one of several under this page's h1: its title one level down, today's access date in its citation. */
function adoptCard(doc: Document, card: Element, today: string): Element {
  const adopted = doc.importNode(card, true);
  const title = adopted.querySelector('h1');
  if (title) {
    const demoted = doc.createElement('h2');
    for (const { name, value } of title.attributes) demoted.setAttribute(name, value);
    demoted.append(...title.childNodes);
    title.replaceWith(demoted);
  }
  for (const slot of adopted.querySelectorAll('[data-access-date]')) slot.textContent = today;
  return adopted;
}

export async function startListCardsPage(doc: Document): Promise<void> {
  const heading = doc.querySelector<HTMLElement>('[data-cards-heading]')!;
  const status = doc.querySelector<HTMLElement>('[data-cards-status]')!;
  const back = doc.querySelector<HTMLAnchorElement>('[data-cards-back]')!;
  const printButton = doc.querySelector<HTMLButtonElement>('[data-cards-print]')!;
  const container = doc.querySelector<HTMLElement>('[data-cards]')!;
  const { ids, title } = listFromAddress(location.search);
  const siteSuffix = doc.title.slice(heading.textContent!.length);
  heading.textContent = `${title || '我的清单'} · 案例卡`;
  doc.title = heading.textContent + siteSuffix;
  back.href = listUrl(ids, title);
  printButton.addEventListener('click', () => onPrintPress(doc, printButton));
  if (!ids.length) {
    status.textContent = '清单是空的：在案例页、案例列表或搜索结果旁点“加入清单”添加案例。';
    return;
  }
  try {
    const { found, unknown } = await loadListedCases<CaseRecord>(ids, fetchSiteText);
    const parser = new DOMParser();
    const pages = await Promise.all(
      found.map(async (record) => {
        const html = await fetchSiteText(caseCardUrl(record.slug));
        if (html === undefined) throw new Error(`${caseCardUrl(record.slug)}: 404`);
        return parser.parseFromString(html, 'text/html');
      }),
    );
    await Promise.all(pages.map((page) => adoptStylesheets(doc, page)));
    const today = accessDate(new Date());
    container.replaceChildren(...pages.flatMap((page) => [...page.querySelectorAll('article.handout')].map((card) => adoptCard(doc, card, today))));
    const missing = unknown.length ? `（找不到：${unknown.join('、')}）` : '';
    status.textContent = found.length ? `共 ${found.length} 张，按清单顺序，每个案例一页 A4${missing}。` : `清单里没有找到案例${missing}。`;
    printButton.hidden = found.length === 0;
  } catch {
    status.textContent = '案例卡载入失败，请检查网络后刷新。';
  }
}
