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
 * stay one slot: read alone, a pair is still read right, and a cut guesses wrong more often. A
 * slot two or more glyphs wide is also read cut into pieces, in the same call; a piece only
 * settles a look-alike pair, or sides with the line reading (see withPieces).
 */
import { PUNCTUATION_LOOK_ALIKES, unpunctuate } from '../identity/confusables';
import { clampBox } from './box';
import { cropGray } from './crop';
import type { GrayImage } from './gray';
import { prepareLine, type PreparedLine } from './prepare';
import { monospaced } from './round-glyphs';
import { readStacked } from './read-stacked';
import { otsuThreshold } from './tone';
import type { Box, OcrEngine, OcrWord } from './types';

/**
 * Pairs (lone glyph, line reading) where the lone glyph is trusted even within a class: the
 * documented letter–digit pairs, and a J the line reading smoothed into an I (read alone,
 * J's hook is unmistakable; in context the LSTM drops it).
 */
const GLYPH_WINS = new Set(['O0', '0O', 'Q0', 'B8', '8B', 'G6', '6G', 'Z2', '2Z', 'S5', '5S', 'JI']);

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
  return runs
    .filter((r) => r.to - r.from >= 2 && r.height >= 0.5 * tallest)
    .map(({ from, to }) => ({ from, to }));
}

/**
 * Upper case, letters and digits only; "Cc" (one glyph read in both cases) is one character,
 * "ww" (two touching glyphs read alike) stays two.
 */
function clean(text: string): string {
  let t = unpunctuate(text).replace(/[^0-9A-Za-z]/g, '');
  if (t.length === 2 && t[0] !== t[1] && t[0]!.toUpperCase() === t[1]!.toUpperCase()) t = t[0]!;
  return t.toUpperCase();
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

function mergeChar(glyph: string, line: string): { char: string; agree: boolean } {
  if (glyph === line) return { char: glyph, agree: true };
  if (isDigit(glyph) !== isDigit(line))
    return { char: line === 'D' && glyph === '0' ? line : glyph, agree: false };
  return { char: GLYPH_WINS.has(glyph + line) ? glyph : line, agree: false };
}

interface WordPlan {
  word: OcrWord;
  prepared: PreparedLine;
  slots: Slot[];
  /** Per slot: its cut into single glyphs when it is two or more glyphs wide, else []. */
  parts: Slot[][];
}

/**
 * (piece, whole-slot reading) pairs where a piece cut from touching glyphs is trusted: the
 * documented confusables, and 8 over S (at 10–11 px the two differ only by the closed loops).
 */
const PIECE_WINS = new Set(['5S', 'S5', '8B', 'B8', '0O', 'O0', '2Z', 'Z2', '6G', 'G6', '8S']);

/**
 * The lone-glyph reading of a slot of touching glyphs: read whole, corrected by its cut pieces
 * where each piece is one clean glyph and they count what the whole was read as. A cut can clip
 * a glyph (T without its bar reads as 1), so a piece wins only on a documented look-alike pair,
 * or where the line reading says the same as the piece.
 */
function withPieces(whole: string, pieces: readonly string[], line: string): string {
  if (pieces.length === 0 || pieces.length !== whole.length || pieces.some((p) => p.length !== 1))
    return whole;
  return [...whole]
    .map((c, j) =>
      PIECE_WINS.has(pieces[j]! + c) || (line.length === whole.length && line[j] === pieces[j])
        ? pieces[j]!
        : c,
    )
    .join('');
}

/** Two characters one glyph can be read as, in either order. */
const LOOK_ALIKE_PAIRS = new Set([
  'S5',
  '5S',
  'I1',
  '1I',
  'O0',
  '0O',
  'B8',
  '8B',
  'Z2',
  '2Z',
  'G6',
  '6G',
  'L1',
  '1L',
]);

/**
 * Whether a reading may hold one glyph read twice: two neighbours alike, or a look-alike pair.
 * Only such a model is worth its count-only glyph reading.
 */
export function mayHoldDoubledGlyph(text: string): boolean {
  const t = text.toUpperCase();
  for (let i = 0; i + 1 < t.length; i++) {
    if (!/[0-9A-Z]/.test(t[i]!)) continue;
    if (t[i] === t[i + 1] || LOOK_ALIKE_PAIRS.has(t[i]! + t[i + 1]!)) return true;
  }
  return false;
}

/** A slot this many median widths wide is read whole and also cut into glyphs. */
const WIDE_SLOT = 1.6;

/**
 * A slot of touching glyphs cut into `n` at the faintest column near each even division. Read
 * alone, the pieces answer the digit-or-letter question the pair reading cannot ("5W" read as
 * "SW" in context); they are used only when every piece reads as one character.
 */
function cutSlot(slot: Slot, n: number, columns: readonly number[]): Slot[] {
  const width = slot.to - slot.from;
  const reach = Math.max(1, Math.round((0.3 * width) / n));
  const cuts: number[] = [];
  for (let k = 1; k < n; k++) {
    const aim = Math.round(slot.from + (k * width) / n);
    let best = aim;
    for (let x = aim - reach; x <= aim + reach; x++) if (columns[x]! < columns[best]!) best = x;
    cuts.push(best);
  }
  const edges = [slot.from, ...cuts, slot.to];
  return edges.slice(1).map((to, k) => ({ from: edges[k]!, to }));
}

function planParts(image: GrayImage, slots: readonly Slot[]): Slot[][] {
  const widths = slots.map((s) => s.to - s.from).sort((a, b) => a - b);
  const unit = widths[Math.floor(widths.length / 2)] ?? 0;
  if (slots.length < 3 || unit <= 0) return slots.map(() => []);
  const { columns } = inkOf(image);
  return slots.map((slot) => {
    const n = Math.round((slot.to - slot.from) / unit);
    return (slot.to - slot.from) / unit >= WIDE_SLOT && n >= 2 && n <= 4 ? cutSlot(slot, n, columns) : [];
  });
}

/** Confidence of a merged word: agreement between the two readings is the evidence. */
const AGREE = 0.97;
const DECIDED = 0.8;
const ONE_SIDED = 0.6;

/**
 * Re-reads each word glyph by glyph (one stacked read for all of them) and returns the merged
 * text and confidence per word, in order. Words without symbol boxes are returned unchanged;
 * `countOnly` words keep their line reading except for a glyph it emitted twice.
 * `lineBoxes[i]` is the line the word sits in (its full height is what gets cut out).
 */
export async function rereadByGlyph(
  gray: GrayImage,
  words: readonly OcrWord[],
  lineBoxes: readonly Box[],
  engine: OcrEngine,
  { countOnly = new Set(), signal }: { countOnly?: ReadonlySet<OcrWord>; signal?: AbortSignal } = {},
): Promise<OcrWord[]> {
  const plans: (WordPlan | null)[] = words.map((word, i) => {
    if (!word.symbols || word.symbols.length === 0) return null;
    const line = lineBoxes[i] ?? word.box;
    const box = clampBox(
      { x: word.box.x - 1, y: line.y, width: word.box.width + 2, height: line.height },
      gray.width,
      gray.height,
    );
    const prepared = prepareLine(gray, box);
    const slots = segment(prepared.image);
    return slots.length > 0 ? { word, prepared, slots, parts: planParts(prepared.image, slots) } : null;
  });
  const glyphImages: PreparedLine[] = [];
  const cut = (plan: WordPlan, slot: Slot, pad: number): void => {
    const from = Math.max(0, slot.from - pad);
    const image = cropGray(plan.prepared.image, {
      x: from,
      y: 0,
      width: Math.min(plan.prepared.image.width - from, slot.to - from + pad),
      height: plan.prepared.image.height,
    });
    glyphImages.push({ ...plan.prepared, image });
  };
  for (const plan of plans) {
    if (!plan) continue;
    plan.slots.forEach((slot, k) => {
      cut(plan, slot, 2);
      // A cut piece gets no margin: the neighbour's edge would read as a stroke.
      for (const part of plan.parts[k]!) cut(plan, part, 0);
    });
  }
  if (glyphImages.length === 0) return [...words];
  const read = (await readStacked(engine, glyphImages, { split: 'runs', signal })).map(
    (line) => line?.text ?? '',
  );

  let next = 0;
  return plans.map((plan, i) => {
    const word = words[i]!;
    if (!plan) return word;
    const wholeText: string[] = [];
    const pieceText: string[][] = [];
    for (const parts of plan.parts) {
      wholeText.push(clean(read[next++] ?? ''));
      pieceText.push(parts.map(() => clean(read[next++] ?? '')));
    }
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
      const c = assigned[k]!;
      const g = withPieces(wholeText[k]!, pieceText[k]!, c);
      // Two touching glyphs are ~2 units wide; a lone W or M nearly as much.
      const glyphWidth = !mono && /^[WM]$/.test(g) ? 1.8 : 1;
      const expected = Math.max(1, Math.floor((b - a) / (unit * glyphWidth) + 0.35));
      let piece: string;
      let evidence: number;
      if (countOnly.has(word)) {
        // Only a glyph the line reading emitted twice (as itself or its look-alike: "S5", "I1")
        // is taken out; every other character stays the line reading's.
        const doubled =
          expected === 1 &&
          g.length === 1 &&
          c.length === 2 &&
          c.includes(g) &&
          (c[0] === c[1] || LOOK_ALIKE_PAIRS.has(c));
        [piece, evidence] = [doubled ? g : c, doubled ? ONE_SIDED : AGREE];
      } else if (g === c) [piece, evidence] = [g, AGREE];
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
    const merged = countOnly.has(word)
      ? withoutDoubled(word.text, text)
      : restorePunctuation(word.text, text);
    return {
      text: merged,
      confidence: Math.min(word.confidence, 1) * 0.3 + (score / text.length) * 0.7,
      box: word.box,
    };
  });
}

/**
 * The line reading (punctuation and all) without the one glyph the merge found doubled, or the
 * line reading unchanged when the merge did not remove exactly one letter or digit.
 */
function withoutDoubled(original: string, merged: string): string {
  const core = original.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if (merged.length !== core.length - 1) return original;
  let i = 0;
  while (i < merged.length && core[i] === merged[i]) i++;
  if (core.slice(i + 1) !== merged.slice(i)) return original;
  let k = -1;
  let out = '';
  for (const c of original) {
    if (/[0-9A-Za-z]/.test(c) && ++k === i) continue;
    out += c;
  }
  return out;
}

/**
 * Puts the line reading's separators (':' '-' '.') back between merged characters, when the
 * counts line up. Look-alike punctuation (')' for J) counts as the character it stands for,
 * and any other stray mark is dropped.
 */
function restorePunctuation(original: string, merged: string): string {
  const isChar = (c: string): boolean => /[0-9A-Za-z]/.test(c) || c in PUNCTUATION_LOOK_ALIKES;
  const core = [...original].filter(isChar);
  if (core.length !== merged.length) return merged;
  let k = 0;
  let out = '';
  for (const c of original) {
    if (isChar(c)) out += merged[k++]!;
    else if (/[:.-]/.test(c)) out += c;
  }
  return out;
}
