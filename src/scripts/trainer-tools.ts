// Trainer tools on case, card and course pages: copy a section link or a citation, fill in the
// access date, print, and keep a reading list. Everything works from data-* attributes in the
// server-rendered HTML, so a page without this script still shows the citation and links.
import { accessDate } from '../lib/access-date.ts';
import { startListButtons } from './list-buttons.ts';
import { startQrPngButtons } from './qr-png-buttons.ts';
import { onPrintPress } from './print-button.ts';

/** Clipboard access needs a secure context and may be refused (WeChat, old Android). */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard || !window.isSecureContext) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function announce(doc: Document, message: string): void {
  const status = doc.querySelector<HTMLElement>('[data-copy-status]');
  if (status) status.textContent = message;
}

/**
 * Copies `text`; where the clipboard is unavailable, shows it in a selected read-only field next to
 * `anchor` so the reader can long-press and copy it themselves.
 */
async function copyText(doc: Document, text: string, anchor: HTMLElement, what: string): Promise<void> {
  if (await writeClipboard(text)) {
    const label = anchor.textContent;
    anchor.textContent = '已复制';
    anchor.dataset.copied = 'true';
    announce(doc, `已复制${what}`);
    setTimeout(() => {
      anchor.textContent = label;
      delete anchor.dataset.copied;
    }, 2000);
    return;
  }
  // Text of several lines (a course's 参考文献) in a box that keeps them.
  const tag = text.includes('\n') ? 'textarea' : 'input';
  let field = anchor.nextElementSibling as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field?.matches(`${tag}[data-copy-fallback]`)) {
    if (field?.matches('[data-copy-fallback]')) field.remove();
    field = doc.createElement(tag);
    if (field instanceof HTMLInputElement) field.type = 'text';
    else field.rows = Math.min(8, text.split('\n').length);
    field.readOnly = true;
    field.dataset.copyFallback = '';
    field.className = 'copy-fallback';
    field.setAttribute('aria-label', `${what}（请长按或按 Ctrl+C 复制）`);
    anchor.after(field);
  }
  field.value = text;
  field.focus();
  field.select();
  announce(doc, `无法直接复制，${what}已显示在按钮旁，请手动复制`);
}

function sectionUrl(base: string, id: string): string {
  // Encoded so that chat apps recognise the whole link, Chinese anchors included.
  return `${base}#${encodeURIComponent(id)}`;
}

/** A “复制本节链接” button after every h2/h3 that has an id, inside [data-section-links]. */
function addSectionLinks(doc: Document): void {
  const container = doc.querySelector<HTMLElement>('[data-section-links]');
  const base = container?.dataset.sectionLinks;
  if (!container || !base) return;
  for (const heading of container.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'section-link';
    button.textContent = '复制本节链接';
    button.setAttribute('aria-label', `复制本节链接：${heading.textContent?.trim() ?? ''}`);
    button.dataset.sectionId = heading.id;
    heading.after(button);
  }
  container.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-section-id]');
    if (button) void copyText(doc, sectionUrl(base, button.dataset.sectionId!), button, '本节链接');
  });
}

export function startTrainerTools(doc: Document): void {
  const today = accessDate(new Date());
  for (const slot of doc.querySelectorAll('[data-access-date]')) slot.textContent = today;
  addSectionLinks(doc);
  startListButtons(doc, doc, (message) => announce(doc, message));
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const source = doc.getElementById(button.dataset.copy!);
      if (source) void copyText(doc, source.textContent!.replace(/\s+/g, ' ').trim(), button, button.dataset.copyWhat ?? '内容');
    });
  }
  // A list copied one item a line (a course's 参考文献): each item's text as it reads.
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy-lines]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const items = [...(doc.getElementById(button.dataset.copyLines!)?.children ?? [])];
      const text = items.map((item) => item.textContent!.replace(/\s+/g, ' ').trim()).join('\n');
      if (text) void copyText(doc, text, button, button.dataset.copyWhat ?? '内容');
    });
  }
  startQrPngButtons(doc);
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => onPrintPress(doc, button));
  }
}
