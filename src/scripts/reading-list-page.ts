// The /list/ page: reads the list's ids and title from ?ids=&title= (a shared list) or, without
// them, from this browser's storage; loads only the listed cases' records (loadListedCases,
// src/lib/listed-cases.ts) and draws them with DOM calls only (no HTML strings); keeps the URL and
// storage in step with every edit so the address bar is always the shareable list.
import type { CaseRecord } from '../lib/data/case-record.ts';
import { accessDate } from '../lib/access-date.ts';
import { LIST_PAGES_FOR_OFFLINE, addressesForOffline, listAsReferences, listAsText, loadListedCases, resolveIds } from '../lib/listed-cases.ts';
import { listCardsUrl, listUrl, moveId, parseListTitle, removeId } from '../lib/reading-list.ts';
import { fetchSiteText, listFromAddress, storeListIds, storeListTitle } from './list-storage.ts';
import { saveForOffline } from './offline-save.ts';
import { startTrainerTools, writeClipboard } from './trainer-tools.ts';
import { onPrintPress } from './print-button.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(doc: Document, tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function renderItem(doc: Document, record: CaseRecord, index: number, count: number): HTMLLIElement {
  const item = el(doc, 'li');
  item.dataset.slug = record.slug;
  const heading = el(doc, 'h2');
  const link = el(doc, 'a', `${index + 1}. ${record.title}`);
  link.href = new URL(record.url).pathname;
  heading.append(link);
  const kind = record.kind === 'brief' ? '简讯' : '案例';
  const meta = el(doc, 'p', undefined, 'meta');
  [`${kind}第 ${record.number} 号`, record.region.fullName, record.organization.unit].forEach((part, at) => meta.append(...(at ? [' · '] : []), el(doc, 'span', part, 'whole')));
  item.append(heading, meta, el(doc, 'p', record.summary));
  if (record.figures.length) {
    const figures = el(doc, 'ul', undefined, 'figs');
    for (const figure of record.figures.slice(0, 4)) {
      const line = el(doc, 'li', `${figure.label} `);
      line.append(el(doc, 'strong', `${figure.value}${figure.unit ?? ''}`));
      figures.append(line);
    }
    item.append(figures);
  }
  const tools = el(doc, 'div', undefined, 'item-tools');
  tools.dataset.printHide = '';
  const actions: [string, string, boolean][] = [
    ['up', '上移', index === 0],
    ['down', '下移', index === count - 1],
    ['remove', '移出清单', false],
  ];
  for (const [action, label, disabled] of actions) {
    const button = el(doc, 'button', label, 'button');
    button.type = 'button';
    button.dataset.itemAction = action;
    button.disabled = disabled;
    button.setAttribute('aria-label', `${label}：${record.title}`);
    tools.append(button);
  }
  item.append(tools);
  return item;
}

export async function startReadingListPage(doc: Document): Promise<void> {
  startTrainerTools(doc);
  const status = doc.querySelector<HTMLElement>('[data-list-status]')!;
  const list = doc.querySelector<HTMLOListElement>('[data-list-items]')!;
  const copyButton = doc.querySelector<HTMLButtonElement>('[data-list-copy]')!;
  const copyTextButton = doc.querySelector<HTMLButtonElement>('[data-list-copy-text]')!;
  const copyReferencesButton = doc.querySelector<HTMLButtonElement>('[data-list-copy-references]')!;
  const textField = doc.querySelector<HTMLElement>('[data-list-text-field]')!;
  const textArea = doc.querySelector<HTMLTextAreaElement>('[data-list-text]')!;
  const clearButton = doc.querySelector<HTMLButtonElement>('[data-list-clear]')!;
  const cardsLink = doc.querySelector<HTMLAnchorElement>('[data-list-cards]')!;
  // Not the site-wide data-print button (trainer-tools.ts shows those at once): an empty list has nothing to print.
  const printButton = doc.querySelector<HTMLButtonElement>('[data-list-print]')!;
  const offlineButton = doc.querySelector<HTMLButtonElement>('[data-list-offline]')!;
  printButton.addEventListener('click', () => onPrintPress(doc, printButton));
  let { ids, title } = listFromAddress(location.search);
  const heading = doc.querySelector<HTMLElement>('[data-list-heading]')!;
  const titleField = doc.querySelector<HTMLElement>('[data-list-title-field]')!;
  const titleInput = doc.querySelector<HTMLInputElement>('[data-list-title]')!;
  // What follows the heading in the tab's title (“ · 基层党建案例库”), kept as the heading changes.
  const siteSuffix = doc.title.slice(heading.textContent!.length);
  const showTitle = () => {
    heading.textContent = title || '我的清单';
    doc.title = heading.textContent + siteSuffix;
  };
  showTitle();
  titleInput.value = title;
  // The address bar is always the list as it stands; so is the link to its cards.
  const showAddress = () => {
    history.replaceState(null, '', listUrl(ids, title));
    cardsLink.href = listCardsUrl(ids, title);
  };

  let loaded: { found: CaseRecord[]; unknown: string[] };
  try {
    loaded = await loadListedCases<CaseRecord>(ids, fetchSiteText);
  } catch {
    status.textContent = '清单载入失败，请检查网络后刷新。';
    return;
  }
  const records = loaded.found;

  const listed = () => ids.map((id) => records.find((record) => record.slug === id)!);
  // The list by case numbers (/list/?ids=10,11): the shortest address that opens it, for the QR
  // code (the fewest modules to scan from across a classroom) and the list's text.
  const shortListAddress = () => new URL(listUrl(listed().map((record) => String(record.number)), title), location.origin).href;

  // A QR code of the list for a slide or the printout. The encoder (src/lib/qr.ts) is loaded after
  // the list is drawn, and only for a list with cases.
  const qrFigure = doc.querySelector<HTMLElement>('[data-list-qr]')!;
  const qrUrl = doc.querySelector<HTMLElement>('[data-list-qr-url]')!;
  const qrLink = doc.querySelector<HTMLAnchorElement>('[data-list-qr-link]')!;
  let encoder: Promise<typeof import('../lib/qr.ts')> | undefined;
  const drawQr = async () => {
    qrFigure.hidden = qrLink.hidden = ids.length === 0;
    if (!ids.length) return;
    let qrDrawing;
    try {
      ({ qrDrawing } = await (encoder ??= import('../lib/qr.ts')));
    } catch {
      encoder = undefined; // offline: the list itself is drawn; the next edit tries again
      qrFigure.hidden = qrLink.hidden = true;
      return;
    }
    const url = shortListAddress();
    const { box, path } = qrDrawing(url);
    const svg = svgElement(doc, 'svg', { class: 'qr', viewBox: `0 0 ${box} ${box}`, role: 'img', 'aria-label': '本清单网址的二维码', 'shape-rendering': 'crispEdges' });
    svg.append(svgElement(doc, 'rect', { width: box, height: box, fill: '#fff' }), svgElement(doc, 'path', { fill: '#000', d: path }));
    qrFigure.querySelector('svg')?.remove();
    qrFigure.prepend(svg);
    qrUrl.textContent = `：${url}`;
  };

  // The first drawing names the ids no case was found for; it also replaces numbers and old slugs
  // by the cases' slugs, so after it every id is the slug of a loaded record.
  const draw = (save: boolean, { found, unknown } = resolveIds(ids, records)) => {
    ids = found.map((record) => record.slug);
    if (save) storeListIds(ids);
    showAddress();
    list.replaceChildren(...found.map((record, index) => renderItem(doc, record, index, found.length)));
    const missing = unknown.length ? `（找不到：${unknown.join('、')}）` : '';
    status.textContent = found.length ? `清单中有 ${found.length} 个案例${missing}` : `清单是空的${missing}。在案例页、案例列表或搜索结果旁点“加入清单”添加案例，或浏览课程。`;
    copyButton.hidden = copyTextButton.hidden = copyReferencesButton.hidden = printButton.hidden = cardsLink.hidden = offlineButton.hidden = clearButton.hidden = titleField.hidden = found.length === 0;
    textField.hidden = true; // shown again, up to date, by the next 复制为文字 that needs it
    void drawQr();
  };

  // Named as it is typed: the heading, the document title (the tab's, and the one WeChat's browser shows at its top) and the address follow.
  titleInput.addEventListener('input', () => {
    title = parseListTitle(titleInput.value);
    textField.hidden = true;
    showTitle();
    showAddress();
    void drawQr();
  });
  titleInput.addEventListener('change', () => {
    storeListTitle(title);
    storeListIds(ids);
  });

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-item-action]');
    const slug = button?.closest<HTMLElement>('li[data-slug]')?.dataset.slug;
    if (!button || !slug) return;
    const action = button.dataset.itemAction;
    ids = action === 'remove' ? removeId(ids, slug) : moveId(ids, slug, action === 'up' ? -1 : 1);
    draw(true);
    const moved = list.querySelector<HTMLButtonElement>(`li[data-slug="${slug}"] button[data-item-action="${action}"]:not(:disabled)`);
    (moved ?? list.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? copyButton).focus();
  });
  clearButton.addEventListener('click', () => {
    ids = [];
    title = titleInput.value = '';
    storeListTitle(title);
    showTitle();
    draw(true);
  });
  copyButton.addEventListener('click', async () => {
    const url = new URL(listUrl(ids, title), location.origin).href;
    status.textContent = (await writeClipboard(url)) ? `已复制清单链接：${url}` : `请手动复制清单链接：${url}`;
  });
  // For a WeChat group or a Word handout, where a bare link says nothing. Where the browser refuses
  // the clipboard (some WeChat versions), the text is shown selected, to copy by hand.
  const copyOrShow = async (text: string, copied: string): Promise<void> => {
    if (await writeClipboard(text)) {
      textField.hidden = true;
      status.textContent = copied;
    } else {
      textArea.value = text;
      textField.hidden = false;
      textArea.focus();
      textArea.select();
      status.textContent = '浏览器不允许直接复制，请在下面的框里长按或全选后复制';
    }
  };
  copyTextButton.addEventListener('click', () => void copyOrShow(listAsText(title, listed(), shortListAddress()), `已复制清单文字（${ids.length} 个案例），可粘贴到微信或文档`));
  // For the 参考文献 of a handout or a paper: each case's GB/T 7714 citation, accessed today.
  copyReferencesButton.addEventListener('click', () =>
    void copyOrShow(listAsReferences(listed(), accessDate(new Date())), `已复制 ${ids.length} 条参考文献（GB/T 7714—2015 格式），可粘贴到讲义或论文`),
  );
  // Before a class whose room may have no network: the list, its cases and their cards kept on this device.
  offlineButton.addEventListener('click', () => void saveForOffline(offlineButton, status, addressesForOffline(LIST_PAGES_FOR_OFFLINE, listed()), '本清单', { address: listUrl(ids, title), title }));
  draw(false, loaded);
}
