// The encoder of the `qrcode` package (1.5), which ships no types. src/lib/qr.ts imports it
// alone rather than the package's entry point, so that the reading list page can draw a QR code
// in the browser without the package's canvas and terminal renderers.
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QRCodeModel {
    modules: { size: number; data: Uint8Array; get(row: number, col: number): number };
    version: number;
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QRCodeModel;
  const encoder: { create: typeof create };
  export default encoder;
}
