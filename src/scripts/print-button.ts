// The print buttons (case cards, courses, 我的清单). window.print() does nothing in WeChat's and QQ's
// in-app browsers: there a press says how to print instead of seeming broken.
import { isInAppBrowser } from '../lib/in-app-browser.ts';

/** What a press of a print button does: prints, or in an in-app browser shows how to. */
export function onPrintPress(doc: Document, button: HTMLElement): void {
  if (!isInAppBrowser(navigator.userAgent)) {
    window.print();
    return;
  }
  if (button.nextElementSibling?.matches('[data-print-note]')) return;
  const note = doc.createElement('span');
  note.setAttribute('data-print-note', '');
  note.setAttribute('role', 'status');
  note.className = 'print-note';
  note.textContent = '微信、QQ 里不能直接打印：请点右上角“⋯”，选“在浏览器打开”，再点这个按钮。';
  button.after(note);
}
