// Reads a QR code as a phone would: from what Chromium drew on the screen (a screenshot of the
// element, so colours, size and theme count), decoded by jsQR. The page's own <canvas> turns the
// screenshot into pixels (the site's policy allows data: images), so no PNG decoder is needed here.
import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

export async function scanQr(code: Locator): Promise<string | undefined> {
  const screenshot = (await code.screenshot()).toString('base64');
  const { width, height, pixels } = await code.page().evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return { width: canvas.width, height: canvas.height, pixels: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data) };
  }, screenshot);
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data;
}
