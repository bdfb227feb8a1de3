/**
 * OCR confusables (reference browser-extension §2.4, dahua-recorders §5.2): O/0, I/1, S/5,
 * B/8, Z/2, and the lower-case look-alikes tesseract emits for them. A character is changed
 * only where the field's grammar fixes the class of that position (a MAC is hex, a firmware
 * field is digits); where a letter and a digit are both legal nothing is guessed.
 */

/** The five documented pairs, letter side (and its lower-case forms) → digit. */
const CORE_TO_DIGIT: Record<string, string> = {
  O: '0',
  o: '0',
  I: '1',
  l: '1',
  i: '1',
  '|': '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
  z: '2',
};

/**
 * Rarer look-alikes, used only with `wide` where the rest of the reading already fits a rigid
 * grammar (a firmware number), so one odd glyph cannot turn garbage into a value.
 */
const WIDE_TO_DIGIT: Record<string, string> = { Q: '0', D: '0', G: '6', b: '6', '!': '1' };

/** Non-hex glyphs whose only hex look-alike is one digit. */
const HEX_ONLY: Record<string, string> = { G: '6', T: '7' };

const TO_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z' };

/**
 * Punctuation tesseract emits for a code's glyph: ')' for J, '$' for S, '€' for E, '@' for 0.
 * Never a legal character of any field, so mapping them back guesses nothing.
 */
export const PUNCTUATION_LOOK_ALIKES: Readonly<Record<string, string>> = {
  ')': 'J',
  $: 'S',
  '€': 'E',
  '@': '0',
};

/** The text with those punctuation marks replaced by the glyph they stand for. */
export function unpunctuate(text: string): string {
  return text.replace(/[)$€@]/g, (c) => PUNCTUATION_LOOK_ALIKES[c]!);
}

export interface Repaired {
  text: string;
  repaired: boolean;
}

/** Every character as a digit, or null when one has no digit reading. */
export function asDigits(text: string, wide = false): Repaired | null {
  let out = '';
  let repaired = false;
  for (const c of text) {
    if (c >= '0' && c <= '9') {
      out += c;
      continue;
    }
    const d = CORE_TO_DIGIT[c] ?? (wide ? WIDE_TO_DIGIT[c] : undefined);
    if (d === undefined) return null;
    out += d;
    repaired = true;
  }
  return { text: out, repaired };
}

/** Every character as an upper-case hex digit; B and 8 are both hex, so they never move. */
export function asHex(text: string): Repaired | null {
  let out = '';
  let repaired = false;
  for (const c of text) {
    const u = c.toUpperCase();
    if (/^[0-9A-F]$/.test(u)) {
      // Lower-case hex is only a case change, not a repair.
      out += u;
      continue;
    }
    // '€' is how OCR reads a lower-case hex 'e' in some fonts.
    if (c === '€') {
      out += 'E';
      repaired = true;
      continue;
    }
    // Outside the pairs, only glyphs that have no other hex reading: G is a 6, and T a 7 in
    // small sans fonts (Liberation Sans at 11 px draws 7 with a near-flat top bar).
    const d = CORE_TO_DIGIT[c] ?? HEX_ONLY[c];
    if (d === undefined) return null;
    out += d;
    repaired = true;
  }
  return { text: out, repaired };
}

/** One character as an upper-case letter, or null. */
export function asLetter(c: string): Repaired | null {
  if (/^[A-Za-z]$/.test(c)) return { text: c.toUpperCase(), repaired: false };
  const l = TO_LETTER[c];
  return l === undefined ? null : { text: l, repaired: true };
}
