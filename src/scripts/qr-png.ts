// “下载 PNG 图片” under a QR code (case, course, topic, region and list pages), loaded when it is pressed.
import { isInAppBrowser } from '../lib/in-app-browser.ts';

/** Pixels a side of a downloaded QR code: sharp on a projected slide; the modules are whole pixels. */
const QR_PNG_PIXELS = 800;

/** The picture under the button, with how to save it (a data: URL: a long-press saves it, where a blob: one may not). */
function showToSave(doc: Document, button: HTMLButtonElement, dataUrl: string): void {
  let shown = button.nextElementSibling;
  if (!shown?.matches('[data-qr-png-shown]')) {
    shown = doc.createElement('span');
    shown.setAttribute('data-qr-png-shown', '');
    shown.className = 'qr-png-shown';
    shown.innerHTML = '<img alt="二维码图片"><span>长按图片，选“保存图片”</span>';
    button.after(shown);
  }
  shown.querySelector('img')!.src = dataUrl;
}

/**
 * Saves the QR code of the button's figure as a PNG file, drawn from its SVG on a canvas: slides in
 * the older PowerPoint and WPS that 党校 classrooms run cannot take the SVG.
 */
export async function downloadQrPng(doc: Document, button: HTMLButtonElement): Promise<void> {
  const svg = button.closest('figure')?.querySelector<SVGSVGElement>('svg.qr');
  if (!svg) return;
  const modules = svg.viewBox.baseVal.width;
  const side = Math.ceil(QR_PNG_PIXELS / modules) * modules;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(side));
  copy.setAttribute('height', String(side));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, side, side);
  // WeChat and QQ ignore a download: there the picture is shown, to save by long-pressing it as any picture in a chat.
  if (isInAppBrowser(navigator.userAgent)) {
    showToSave(doc, button, canvas.toDataURL('image/png'));
    return;
  }
  const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!png) return;
  const link = doc.createElement('a');
  link.href = URL.createObjectURL(png);
  link.download = button.dataset.qrPng!;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
