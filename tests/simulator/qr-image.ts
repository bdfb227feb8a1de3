/** Server-side QR rendering for the reset dialog's <img> (`GET /__sim/qr.png?d=<payload>`). */
import QRCode from 'qrcode';

/** Real blobs are 300–400 characters; anything far longer is not a reset payload. */
export const MAX_QR_TEXT = 2048;

export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 4 });
}
