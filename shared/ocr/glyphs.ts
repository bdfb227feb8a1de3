/**
 * A second reading of a code, one glyph at a time, merged with the first.
 *
 * Tesseract's LSTM reads a line as a sequence and carries context from one character to the
 * next: after letters it prefers letters, so "8K01E39" comes out as "8KO1E39", "8V8Y" as "8VBY",
 * and it sometimes emits a character twice. Read alone, a glyph has no neighbours to bias it and
 * the digit/letter call is right far more often, but the letter itself and its case are worse
 * (F→E, VV→W). So both readings are kept and merged glyph by glyph:
 *
 *   - same character: kept;
 *   - one says digit, the other letter: the lone glyph wins (context bias is the LSTM's known
 *     failure), except "D" read alone as "0";
 *   - two letters or two digits: the line reading wins, except the documented pairs;
 *   - counts differ: the lone glyph when the line reading merely added a character around it,
 *     else whichever matches the glyph's width (two touching glyphs are twice as wide).
 *
 * Segmentation is by empty columns of the binarised, upscaled crop. Glyphs that touch ("PA")
 * stay one slot: read alone, a pair is still read right, and cutting it guesses wrong more often.
 */
import { clampBox } from './box';
import { cropGray } from './crop';
import type { GrayImage } from './gray';
import { prepareLine, type PreparedLine } from './prepare';
import { monospaced } from './round-glyphs';
import { readStacked } from './read-stacked';
import { otsuThreshold } from './tone';
import type { Box, OcrEngine, OcrWord } from './types';

/** Letter–digit pairs where the lone glyph is trusted even within a class. */
const GLYPH_WINS = new Set(['O0', '0O', 'Q0', 'B8', '8B', 'G6', '6G', 'Z2', '2Z', 'S5', '5S']);

interface Slot {
  /** Columns in the prepared crop. */
  from: number;
  to: number;
}

interface Ink {
  /** Dark pixels per column. */
  columns: number[];
  /** Top and bottom dark row per column (-1 when empty). */
  top: number[];
  bottom: number[];
}

function inkOf(image: GrayImage): Ink {
  const t = otsuThreshold(image);
  const columns = new Array<number>(image.width).fill(0);
  const top = new Array<number>(image.width).fill(-1);
  const bottom = new Array<number>(image.width).fill(-1);
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x++) {
      if (image.data[row + x]! > t) continue;
      columns[x]!++;
      if (top[x] === -1) top[x] = y;
      bottom[x] = y;
    }
  }
  return { columns, top, bottom };
}

function segment(image: GrayImage): Slot[] {
  const { columns, top, bottom } = inkOf(image);
  const runs: (Slot & { height: number })[] = [];
  let start = -1;
  for (let x = 0; x <= columns.length; x++) {
    const on = x < columns.length && columns[x]! > 0;
    if (on && start < 0) start = x;
    if (!on && start >= 0) {
      let hi = Infinity;
      let lo = -1;
      for (let k = start; k < x; k++) {
        hi = Math.min(hi, top[k]!);
        lo = Math.max(lo, bottom[k]!);
      }
      runs.push({ from: start, to: x, height: lo - hi + 1 });
      start = -1;
    }
  }
  // Dots, colons and dashes are short: they carry no letter-or-digit question, so skip them.
  const tallest = Math.max(0, ...runs.map((r) => r.height));
  return runs.filter((r) => r.to - r.from >= 2 && r.height >= 0.5 * tallest).map(({ from, to }) => ({ from, to }));
}

/** Punctuation the line reading puts where a code has a letter. */
const LOOK_ALIKE: Record<string, string> = { ')': 'J', $: 'S', '€': 'E' };

/** Upper case, letters and digits only; "Cc" (one glyph read in both cases) is one character. */
function clean(text: string): string {
  let t = text.replace(/[)$€]/g, (c) => LOOK_ALIKE[c] ?? c).replace(/[^0-9A-Za-z]/g, '');
  if (t.length === 2 && t[0]!.toUpperCase() === t[1]!.toUpperCase()) t = t[0]!;
  return t.toUpperCase();
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

function mergeChar(glyph: string, line: string): { char: string; agree: boolean } {
  if (glyph === line) return { char: glyph, agree: true };
  if (isDigit(glyph) !== isDigit(line)) return { char: line === 'D' && glyph === '0' ? line : glyph, agree: false };
  return { char: GLYPH_WINS.has(glyph + line) ? glyph : line, agree: false };
}

interface WordPlan {
  word: OcrWord;
  prepared: PreparedLine;
  slots: Slot[];
}

/** Confidence of a merged word: agreement between the two readings is the evidence. */
const AGREE = 0.97;
const DECIDED = 0.8;
const ONE_SIDED = 0.6;

/**
 * Re-reads each word glyph by glyph (one engine call for all of them) and returns the merged
 * text and confidence per word, in order. Words without symbol boxes are returned unchanged.
 * `lineBoxes[i]` is the line the word sits in (its full height is what gets cut out).
 */
export async function rereadByGlyph(gray: GrayImage, words: readonly OcrWord[], lineBoxes: readonly Box[], engine: OcrEngine): Promise<OcrWord[]> {
  const plans: (WordPlan | null)[] = words.map((word, i) => {
    if (!word.symbols || word.symbols.length === 0) return null;
    const line = lineBoxes[i] ?? word.box;
    const box = clampBox({ x: word.box.x - 1, y: line.y, width: word.box.width + 2, height: line.height }, gray.width, gray.height);
    const prepared = prepareLine(gray, box);
    const slots = segment(prepared.image);
    return slots.length > 0 ? { word, prepared, slots } : null;
  });
  const glyphImages: PreparedLine[] = [];
  for (const plan of plans) {
    if (!plan) continue;
    for (const slot of plan.slots) {
      const image = cropGray(plan.prepared.image, { x: Math.max(0, slot.from - 2), y: 0, width: slot.to - slot.from + 4, height: plan.prepared.image.height });
      glyphImages.push({ ...plan.prepared, image });
    }
  }
  if (glyphImages.length === 0) return [...words];
  const read = (await readStacked(engine, glyphImages)).map((line) => line?.text ?? '');

  let next = 0;
  return plans.map((plan, i) => {
    const word = words[i]!;
    if (!plan) return word;
    const glyphText = plan.slots.map(() => clean(read[next++] ?? ''));
    const { source, scale } = plan.prepared;
    const ranges = plan.slots.map((s) => [source.x + s.from / scale, source.x + s.to / scale] as const);
    const assigned = ranges.map(() => '');
    for (const symbol of word.symbols!) {
      let best = -1;
      let bestOverlap = 0;
      ranges.forEach(([a, b], k) => {
        const overlap = Math.min(b, symbol.box.x + symbol.box.width) - Math.max(a, symbol.box.x);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = k;
        }
      });
      if (best >= 0) assigned[best] += clean(symbol.text);
    }
    const widths = ranges.map(([a, b]) => b - a).sort((x, y) => x - y);
    const unit = widths[Math.floor(widths.length / 2)]!;
    // In a proportional font W and M are nearly two digits wide; in a monospaced one, one.
    const mono = monospaced(word.symbols!.map((s) => s.box.x + s.box.width / 2));
    let text = '';
    let score = 0;
    ranges.forEach(([a, b], k) => {
      const g = glyphText[k]!;
      const c = assigned[k]!;
      // Two touching glyphs are ~2 units wide; a lone W or M nearly as much.
      const glyphWidth = !mono && /^[WM]$/.test(g) ? 1.8 : 1;
      const expected = Math.max(1, Math.floor((b - a) / (unit * glyphWidth) + 0.35));
      let piece: string;
      let evidence: number;
      if (g === c) [piece, evidence] = [g, AGREE];
      else if (c === '') [piece, evidence] = [g, ONE_SIDED];
      else if (g === '') [piece, evidence] = [c, ONE_SIDED];
      else if (g.length === c.length) {
        piece = '';
        evidence = 0;
        for (let j = 0; j < g.length; j++) {
          const m = mergeChar(g[j]!, c[j]!);
          piece += m.char;
          evidence += m.agree ? AGREE : DECIDED;
        }
        evidence /= g.length;
      } else if (expected === 1 && g.length === 1 && c.includes(g)) {
        // The line reading doubled a glyph ("WS" over one W): the lone glyph is the count.
        [piece, evidence] = [g, ONE_SIDED];
      } else if (c.length === expected) [piece, evidence] = [c, ONE_SIDED];
      else if (g.length === expected) [piece, evidence] = [g, ONE_SIDED];
      else [piece, evidence] = [c, ONE_SIDED];
      text += piece;
      score += evidence * piece.length;
    });
    if (text === '') return word;
    // Punctuation the glyph pass drops (':' '-' '.') is taken back from the line reading when
    // the merge did not change the letters and digits around it.
    const merged = restorePunctuation(word.text, text);
    return { text: merged, confidence: Math.min(word.confidence, 1) * 0.3 + (score / text.length) * 0.7, box: word.box };
  });
}

/** Puts the line reading's punctuation back between merged characters, when the counts line up. */
function restorePunctuation(original: string, merged: string): string {
  const core = original.replace(/[^0-9A-Za-z]/g, '');
  if (core.length !== merged.length) return merged;
  let k = 0;
  let out = '';
  for (const c of original) out += /[0-9A-Za-z]/.test(c) ? merged[k++]! : c;
  return out;
}
