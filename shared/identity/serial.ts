/**
 * Serial numbers (reference §5.2): 13–17 upper-case alphanumerics, 15 typical. Both letters and
 * digits are legal almost everywhere, so OCR confusables are repaired only where the observed
 * shape fixes the class: 15-char Dahua serials carry 'PA' or 'ZA' at positions 8–9
 * (4H01D66PAJ2FA64, 4X7C5A1ZAG21L3F), read by OCR as 'P4' or '2A'.
 */
import { SERIAL } from '../device/grammar';
import type { FieldCheck } from './check';

const FIT_BY_LENGTH: Record<number, number> = { 13: 0.8, 14: 0.9, 15: 1, 16: 0.9, 17: 0.8 };

export function checkSerial(raw: string): FieldCheck | null {
  // OCR splits long codes at glyph gaps; a serial never contains spaces, so joining is safe.
  let value = raw
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (!SERIAL.test(value)) return null;
  // A word, not a code: every observed serial has digits.
  if (!/\d/.test(value)) return null;
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
