// The part of the `qrcode` package (1.5) that src/lib/qr.ts uses; the package ships no types.
declare module 'qrcode' {
  export interface QRCodeModel {
    modules: { size: number; data: Uint8Array; get(row: number, col: number): number };
    version: number;
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QRCodeModel;
  const QRCode: { create: typeof create };
  export default QRCode;
}
