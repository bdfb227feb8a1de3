/**
 * The reset QR's text (reference §3.3, LCOpenSDK header): purpose (4 chars), vendor id
 * (A1|A2|B1|B2), key number (8 chars), then Base64 of a ciphertext only Dahua's back end can
 * decrypt. Reading the header tells Dahua from OEM firmware and confirms the device is in its
 * forgot-password state. The ciphertext carries the owner's e-mail, MAC and serial: it is
 * never stored or sent anywhere, only its length is kept.
 */
import type { ResetQrInfo } from '../ocr/types';

const RESET_QR = /^(.{4})(A1|A2|B1|B2)(.{8})([A-Za-z0-9+/]+={0,2})$/;

/** Real bodies are 300–400 characters; anything this short is some other QR that happens to fit. */
const MIN_BODY = 16;

export const QR_VENDOR_MEANING: Record<ResetQrInfo['vendor'], string> = {
  A1: 'Dahua (non-Lechange)',
  A2: 'Dahua (non-Lechange, new program)',
  B1: 'OEM / neutral',
  B2: 'OEM / neutral, new program',
};

export function parseResetQr(text: string): ResetQrInfo | null {
  // Scanner apps and zxing may hand back a trailing newline; inner whitespace is never valid.
  const m = RESET_QR.exec(text.trim());
  if (!m) return null;
  const [, purpose, vendor, keyId, body] = m as unknown as [
    string,
    string,
    ResetQrInfo['vendor'],
    string,
    string,
  ];
  if (body.length < MIN_BODY) return null;
  return { purpose, vendor, vendorMeaning: QR_VENDOR_MEANING[vendor], keyId, bodyLength: body.length };
}
