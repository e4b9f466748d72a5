// “下载 PNG 图片” under a QR code (case, course and list pages), loaded when it is pressed.
/** Pixels a side of a downloaded QR code: sharp on a projected slide; the modules are whole pixels. */
const QR_PNG_PIXELS = 800;

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
  const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!png) return;
  const link = doc.createElement('a');
  link.href = URL.createObjectURL(png);
  link.download = button.dataset.qrPng!;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
