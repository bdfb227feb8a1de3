/**
 * The serial number: its grammar, canonical form, OCR check and repair, and label. Observed
 * Dahua serials are 13–17 upper-case alphanumerics, 15 typical (4H01D66PAJ2FA64,
 * 4X7C5A1ZAG21L3F; Amcrest AMR0138597CD51AC7 is 17), from device labels, manuals and the
 * serials the `/RPC2_Login` realm carries on some firmware. Both letters and digits are legal
 * almost everywhere, so OCR confusables are repaired only where the observed shape fixes the
 * class: 15-char Dahua serials carry 'PA' or 'ZA' at positions 8–9, read by OCR as 'P4' or '2A'.
 *
 * Canonical form and comparison key are the same: upper case, letters and digits only. The
 * case store keys cases on it, so a serial typed with spaces or dashes finds its case.
 */
import type { FieldCheck } from './check';

export const SERIAL_LABEL = 'Serial';

/** The grammar: 13–17 upper-case alphanumerics. */
export const SERIAL = /^[0-9A-Z]{13,17}$/;

/** Upper-case, keep only [0-9A-Z]: labels and OCR add spaces and dashes, Dahua serials have none. */
export function serialKey(serial: string | null | undefined): string | null {
  if (!serial) return null;
  const clean = serial.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return clean === '' ? null : clean;
}

/**
 * The canonical serial when `raw` is one, else null. A digit is required: "UNKNOWN" or
 * "NOTAVAILABLE" fill serial fields on some firmware, and a word is not a serial.
 */
export function parseSerial(raw: string | null | undefined): string | null {
  const serial = serialKey(raw);
  return serial && isSerialShaped(serial) ? serial : null;
}

function isSerialShaped(value: string): boolean {
  return SERIAL.test(value) && /\d/.test(value);
}

const FIT_BY_LENGTH: Record<number, number> = { 13: 0.8, 14: 0.9, 15: 1, 16: 0.9, 17: 0.8 };

/** An OCR'd serial checked against the grammar, with the 'PA'/'ZA' infix repaired. */
export function checkSerial(raw: string): FieldCheck | null {
  // OCR splits long codes at glyph gaps; a serial never contains spaces, so joining is safe.
  let value = raw
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (!isSerialShaped(value)) return null;
  let repaired = false;
  if (value.length === 15) {
    const pair = value.slice(7, 9);
    const fixed = pair.replace(/^2(?=[A4]$)/, 'Z').replace(/(?<=^[PZ])4$/, 'A');
    if (fixed !== pair && /^[PZ]A$/.test(fixed)) {
      value = value.slice(0, 7) + fixed + value.slice(9);
      repaired = true;
    }
  }
  const digitsOnly = /^\d+$/.test(value);
  const fit = (FIT_BY_LENGTH[value.length] ?? 0) * (digitsOnly ? 0.8 : 1);
  return { value, repaired, fit };
}

/**
 * A 14- or 16-character code carrying the 15-character Dahua infix ('PA'/'ZA') at positions
 * 7–9 (index 6–8): the shape of a 15-character serial with one character dropped or doubled,
 * which is how OCR breaks serials (touching glyphs VV→W, a repeated digit). Such codes do
 * exist (a realm once said 4C045ADPAG60CD), so this is no grammar error; OCR readers use it to
 * prefer no value over a likely wrong one.
 */
export function looksMisCounted(serial: string): boolean {
  if (serial.length !== 14 && serial.length !== 16) return false;
  return [6, 7, 8].some((i) => /^[PZ]A$/.test(serial.slice(i, i + 2)));
}
