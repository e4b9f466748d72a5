// Reads a QR code as a phone would: from what Chromium drew on the screen (a screenshot of the
// element, so colours, size and theme count) or from a PNG file, decoded by jsQR. The page's own
// <canvas> turns the PNG into pixels (the site's policy allows data: images), so no PNG decoder is
// needed here.
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';

/** The PNG's size and what its QR code says (undefined where jsQR finds none). */
export async function scanPng(page: Page, png: Buffer): Promise<{ width: number; height: number; text: string | undefined }> {
  const { width, height, pixels } = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    // As base64: a JSON array of an 800 px image's 2.5 million numbers takes seconds to cross.
    const bytes = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return { width: canvas.width, height: canvas.height, pixels: btoa(binary) };
  }, png.toString('base64'));
  return { width, height, text: jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, height)?.data };
}

export async function scanQr(code: Locator): Promise<string | undefined> {
  return (await scanPng(code.page(), await code.screenshot())).text;
}
