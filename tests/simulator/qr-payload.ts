/**
 * The reset "descript" blob that `PasswdFind.getDescript` returns and the QR encodes
 * (reference §3.3, LCOpenSDK header):
 *   [4 chars purpose][2 chars vendor id A1|A2|B1|B2][8 chars key id][Base64(ciphertext)]
 *
 * The real ciphertext is AES data only Dahua's back end can decrypt; here it is
 * random-looking bytes, deterministic per device and counter so e2e failures reproduce.
 */
import type { SimDevice } from './devices';
import { deterministicBytes, hashHex } from './derive';

export const RESET_QR = /^(.{4})(A1|A2|B1|B2)(.{8})([A-Za-z0-9+/=]+)$/;

/** The purpose codes are undocumented; one fixed, plausible value. */
export const QR_PURPOSE = '0001';

/** Whole AES blocks, within NetSDK's "QR info 300–400 bytes" once Base64-encoded. */
const CIPHERTEXT_BYTES = 288;

export type VendorId = 'A1' | 'A2' | 'B1' | 'B2';

/** Dahua brand → A*, OEM rebrands → B*; the "new program" (…2) for the 2019+ UIs. */
export function vendorIdFor(d: SimDevice): VendorId {
  const family = d.brand === 'Dahua' ? 'A' : 'B';
  const newProgram = d.generation === 'h5' || d.generation === 'web5';
  return `${family}${newProgram ? '2' : '1'}` as VendorId;
}

/** Key number: stable per device (the real meaning is unknown), 8 upper-hex chars. */
export function keyIdFor(d: SimDevice): string {
  return hashHex('sha256', 'key-id', d.brand, d.serial).slice(0, 8).toUpperCase();
}

/** `counter` distinguishes successive requests: the real device regenerates the blob each time. */
export function buildResetPayload(d: SimDevice, counter: number | string): string {
  const cipher = deterministicBytes(`descript|${d.id}|${d.serial}|${d.mac}|${counter}`, CIPHERTEXT_BYTES);
  return `${QR_PURPOSE}${vendorIdFor(d)}${keyIdFor(d)}${cipher.toString('base64')}`;
}
