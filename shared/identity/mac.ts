/**
 * The MAC address: its grammar, forms, OCR check and repair, display and label. 12 hex digits,
 * with ':' '-' '.' separators or none. Every position is hex, so O→0, I/l→1, S→5, Z→2, G→6 are
 * safe repairs; OCR also turns ':' into '.', ';' or ','.
 *
 * Two forms, for two jobs: readers (page text, login challenge, OCR) give 'AA:BB:CC:DD:EE:FF',
 * the form people read; the case store, the XML export check and every comparison use the key,
 * 12 upper-case hex digits with no separator (the form `/RPC2_Login` returns).
 */
import type { FieldCheck } from './check';
import { asHex } from './confusables';
import { macVendor } from './oui';

export { macVendor } from './oui';

export const MAC_LABEL = 'MAC';

/** No separators, ':' or '-' between every pair, or '.' between the three quads. */
const MAC_GRAMMAR =
  /^(?:[0-9A-Fa-f]{12}|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}(?:\.[0-9A-Fa-f]{4}){2})$/;

/** 'AA:BB:CC:DD:EE:FF' from a well-formed MAC in any common notation, else null. */
export function parseMac(raw: string): string | null {
  const trimmed = raw.trim();
  if (!MAC_GRAMMAR.test(trimmed)) return null;
  return colons(trimmed.replace(/[^0-9A-Fa-f]/g, '').toUpperCase());
}

/** The comparison and storage key: 12 upper-case hex digits without separators, or null. */
export function macKey(mac: string | null | undefined): string | null {
  if (!mac) return null;
  const hex = mac.toUpperCase().replace(/[^0-9A-F]/g, '');
  // Strip only separators: a value with other letters is not a MAC and must not become one.
  if (mac.replace(/[\s:.-]/g, '').length !== hex.length || hex.length !== 12) return null;
  return hex;
}

/** A MAC as people read it ('AA:BB:CC:DD:EE:FF'); a value that is not a MAC is shown as it is. */
export function formatMac(mac: string): string;
export function formatMac(mac: string | null): string | null;
export function formatMac(mac: string | null): string | null {
  if (mac === null) return null;
  const key = macKey(mac);
  return key ? colons(key) : mac;
}

function colons(hex: string): string {
  return hex.match(/../g)!.join(':');
}

/** Grammar fit of a well-formed MAC whose OUI is not a known recorder maker's. */
export const UNKNOWN_VENDOR_FIT = 0.85;

/** An OCR'd MAC: separators and hex look-alikes repaired, a multicast first octet refused or fixed. */
export function checkMac(raw: string): FieldCheck | null {
  const text = raw.trim().replace(/[.,;]+$/, '');
  const strict = parseMac(text.replace(/\s+/g, ''));
  let value: string;
  let repaired = false;
  if (strict) {
    value = strict;
  } else {
    const compact = text.replace(/\s+/g, '');
    const groups = compact.split(/[:;.,-]+/);
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
    value = colons(hex.text);
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

/** Odd hex digits that are look-alikes of even ones (the O/0, B/8 confusable pairs, and D for 0). */
const UNICAST_REPAIR: Record<string, string> = { D: '0', B: '8' };
