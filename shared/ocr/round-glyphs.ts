/**
 * Zero or letter O, by width. In the proportional fonts recorder GUIs and web pages use, a
 * capital O is ~1.4× as wide as a digit, while every digit has the same advance; tesseract's
 * LSTM nevertheless reads "AMC02…" as "AMCO2…" because a letter follows letters. The glyph
 * boxes settle it. Monospaced text gives no width signal (there the glyphs differ by a dot or
 * slash, which tesseract does see), so it is left alone.
 */
import type { OcrWord } from './types';

const ROUND_LETTERS = new Set(['O', 'o', 'Q']);
/** Digits whose ink is about as wide as a zero ('1' is narrow; '0' is what is being judged). */
const REFERENCE_DIGIT = /^[2-9]$/;
const ZERO_MAX_RATIO = 1.18;
const LETTER_MIN_RATIO = 1.3;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Evenly spaced glyph centres: a monospaced font. */
export function monospaced(centres: number[]): boolean {
  if (centres.length < 4) return false;
  const steps = centres.slice(1).map((c, i) => c - centres[i]!);
  const mean = steps.reduce((a, b) => a + b, 0) / steps.length;
  const sd = Math.sqrt(steps.reduce((a, b) => a + (b - mean) ** 2, 0) / steps.length);
  return mean > 0 && sd / mean < 0.06;
}

export function resolveRoundGlyphs(word: OcrWord): { word: OcrWord; changed: boolean } {
  const symbols = word.symbols;
  if (!symbols || symbols.length < 3) return { word, changed: false };
  const digitWidths = symbols.filter((s) => REFERENCE_DIGIT.test(s.text)).map((s) => s.box.width);
  if (digitWidths.length < 2) return { word, changed: false };
  if (monospaced(symbols.map((s) => s.box.x + s.box.width / 2))) return { word, changed: false };
  const digit = median(digitWidths);
  let changed = false;
  const next = symbols.map((s) => {
    const ratio = s.box.width / digit;
    if (ROUND_LETTERS.has(s.text) && ratio < ZERO_MAX_RATIO) {
      changed = true;
      return { ...s, text: '0' };
    }
    if (s.text === '0' && ratio > LETTER_MIN_RATIO) {
      changed = true;
      return { ...s, text: 'O' };
    }
    return s;
  });
  if (!changed) return { word, changed: false };
  return { word: { ...word, text: next.map((s) => s.text).join(''), symbols: next }, changed: true };
}
