// The “下载 PNG 图片” buttons under QR codes, shown and run by the script of each page that has one
// (the trainer tools on case and course pages, PageQr on topic and region pages).

/** Shows each button and loads the drawing code when one is pressed; a button already started is left alone. */
export function startQrPngButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-qr-png]:not([data-started])')) {
    button.dataset.started = '';
    button.hidden = false;
    // Its code loads on the click: every case page has the button, few readers press it.
    button.addEventListener('click', () => void import('./qr-png.ts').then(({ downloadQrPng }) => downloadQrPng(doc, button)));
  }
}
