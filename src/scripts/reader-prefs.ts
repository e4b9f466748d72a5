// The header's “Aa” menu (a <details>): 大字 and 深色 toggle and are remembered; the menu closes on
// Escape or a tap elsewhere. What the reader chose is applied before the first paint by the inline
// script in every page's <head> (src/lib/reader-prefs.ts); this module runs once the page is parsed.
import { READER_PREFS_KEYS } from '../lib/reader-prefs.ts';

const root = document.documentElement;
const systemDark = window.matchMedia?.('(prefers-color-scheme: dark)');

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice holds for this page only.
  }
}

const isDark = (): boolean => (root.dataset.theme ? root.dataset.theme === 'dark' : Boolean(systemDark?.matches));

function sync(): void {
  const dark = isDark();
  for (const button of document.querySelectorAll('[data-action="toggle-theme"]')) button.setAttribute('aria-pressed', String(dark));
  for (const button of document.querySelectorAll('[data-action="toggle-size"]')) button.setAttribute('aria-pressed', String(root.dataset.textSize === 'large'));
  for (const meta of document.querySelectorAll('meta[name="theme-color"]')) meta.setAttribute('content', dark ? '#1f1f1f' : '#b3261e');
}

function closeMenus(except: Element | null): void {
  for (const menu of document.querySelectorAll('details[data-prefs][open]')) if (menu !== except) menu.removeAttribute('open');
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  closeMenus(target?.closest('details[data-prefs]') ?? null);
  const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'toggle-theme') {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    write(READER_PREFS_KEYS.theme, root.dataset.theme);
  } else if (action === 'toggle-size') {
    if (root.dataset.textSize === 'large') delete root.dataset.textSize;
    else root.dataset.textSize = 'large';
    write(READER_PREFS_KEYS.size, root.dataset.textSize ?? 'normal');
  } else return;
  sync();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelector('details[data-prefs][open]');
  if (!open) return;
  open.removeAttribute('open');
  open.querySelector('summary')?.focus();
});

systemDark?.addEventListener?.('change', sync);
sync();
