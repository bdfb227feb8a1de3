/**
 * MAC addresses: 12 hex digits, with ':' '-' '.' separators or none. Every position is hex, so
 * O→0, I/l→1, S→5, Z→2, G→6 are safe repairs; OCR also turns ':' into '.', ';' or ','.
 */
import { normaliseMac } from '../device/grammar';
import type { FieldCheck } from './check';
import { asHex } from './confusables';
import { macVendor } from './oui';

/** Grammar fit of a well-formed MAC whose OUI is not a known recorder maker's. */
export const UNKNOWN_VENDOR_FIT = 0.85;

export function checkMac(raw: string): FieldCheck | null {
  const text = raw.trim().replace(/[.,;]+$/, '');
  const strict = normaliseMac(text.replace(/\s+/g, ''));
  let value: string;
  let repaired = false;
  if (strict) {
    value = strict;
  } else {
    const compact = text.replace(/\s+/g, '');
    const groups = compact.split(/[:;.,\-]+/);
    // Six pairs, three quads, or one run; OCR also drops a separator ("BF:2AF7"), which still
    // leaves whole pairs.
    const shapeOk =
      (groups.length === 6 && groups.every((g) => g.length === 2)) ||
      (groups.length === 3 && groups.every((g) => g.length === 4)) ||
      (groups.length === 1 && compact.length === 12) ||
      (groups.length >= 4 && groups.every((g) => g.length % 2 === 0) && groups.join('').length === 12);
    if (!shapeOk) return null;
    const hex = asHex(groups.join(''));
    if (!hex) return null;
    value = hex.text.match(/../g)!.join(':');
    repaired = hex.repaired;
  }
  // A NIC address is unicast (bit 0 of the first octet clear) and never all zeros or all ones.
  if (/^(?:00:){5}00$|^(?:FF:){5}FF$/.test(value)) return null;
  if (Number.parseInt(value.slice(0, 2), 16) & 1) {
    // An odd first octet is a misread: a 0 read as D or an 8 as B, both hex, so only this rule
    // catches them. Taken only when the repaired OUI is a recorder maker's ("AD:60:32" → Amcrest's
    // "A0:60:32"); otherwise no MAC rather than a guess.
    const fixed = UNICAST_REPAIR[value.charAt(1)];
    const candidate = fixed ? value.charAt(0) + fixed + value.slice(2) : null;
    return candidate && macVendor(candidate) ? { value: candidate, repaired: true, fit: 1 } : null;
  }
  return { value, repaired, fit: macVendor(value) ? 1 : UNKNOWN_VENDOR_FIT };
}

/** Odd hex digits that are look-alikes of even ones (dahua-recorders §5.2 pairs, and D for 0). */
const UNICAST_REPAIR: Record<string, string> = { D: '0', B: '8' };
