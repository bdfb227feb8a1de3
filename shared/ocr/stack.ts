/**
 * Many prepared lines in one image, one under the other, so a single tesseract call reads them
 * all: per-call costs (image transfer, thresholding, layout) are paid once, and the blank
 * screen between the lines is never scanned. Words come back in stack pixels and are mapped
 * to their slot, then to capture pixels, by their vertical centre.
 */
import { createGray, type GrayImage } from './gray';
import type { PreparedLine } from './prepare';
import type { Box, OcrLine, OcrWord } from './types';

/** White space around and between slots: enough for tesseract to see separate text lines. */
const MARGIN = 16;
const GAP = 22;

export interface StackSlot {
  line: PreparedLine;
  /** Where the slot's image sits in the stack. */
  x: number;
  y: number;
}

export interface Stack {
  image: GrayImage;
  slots: StackSlot[];
}

export function stackLines(lines: PreparedLine[]): Stack {
  const width = Math.max(1, ...lines.map((l) => l.image.width)) + 2 * MARGIN;
  const height = lines.reduce((sum, l) => sum + l.image.height + GAP, 2 * MARGIN - GAP);
  const image = createGray(width, Math.max(1, height));
  const slots: StackSlot[] = [];
  let y = MARGIN;
  for (const line of lines) {
    const { image: src } = line;
    for (let r = 0; r < src.height; r++) {
      image.data.set(src.data.subarray(r * src.width, (r + 1) * src.width), (y + r) * width + MARGIN);
    }
    slots.push({ line, x: MARGIN, y });
    y += src.height + GAP;
  }
  return { image, slots };
}

function toCapture(box: Box, slot: StackSlot): Box {
  const { source, scale } = slot.line;
  return {
    x: Math.round(source.x + (box.x - slot.x) / scale),
    y: Math.round(source.y + (box.y - slot.y) / scale),
    width: Math.max(1, Math.round(box.width / scale)),
    height: Math.max(1, Math.round(box.height / scale)),
  };
}

function slotOf(box: Box, slots: StackSlot[]): number {
  const cy = box.y + box.height / 2;
  let best = -1;
  let bestDistance = Infinity;
  slots.forEach((slot, i) => {
    const top = slot.y;
    const bottom = slot.y + slot.line.image.height;
    const distance = cy < top ? top - cy : cy > bottom ? cy - bottom : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return bestDistance <= GAP / 2 ? best : -1;
}

/**
 * The words of a stacked recognition regrouped per slot, as one OcrLine per slot in capture
 * pixels, in slot order; null where nothing was read. Tesseract may split or join lines; the
 * words' positions are what count.
 */
export function unstackSlots(words: OcrWord[], stack: Stack): (OcrLine | null)[] {
  const perSlot = stack.slots.map(() => [] as OcrWord[]);
  for (const word of words) {
    const i = slotOf(word.box, stack.slots);
    if (i < 0) continue;
    const slot = stack.slots[i]!;
    const mapped: OcrWord = { ...word, box: toCapture(word.box, slot) };
    if (word.symbols) mapped.symbols = word.symbols.map((s) => ({ ...s, box: toCapture(s.box, slot) }));
    perSlot[i]!.push(mapped);
  }
  return perSlot.map((slotWords, i) => {
    if (slotWords.length === 0) return null;
    slotWords.sort((a, b) => a.box.x - b.box.x);
    const chars = slotWords.reduce((n, w) => n + w.text.length, 0);
    return {
      text: slotWords.map((w) => w.text).join(' '),
      // Weighted by length: one confident short word must not hide a garbled long one.
      confidence: slotWords.reduce((s, w) => s + w.confidence * w.text.length, 0) / Math.max(1, chars),
      box: stack.slots[i]!.line.source,
      words: slotWords,
    };
  });
}

/** unstackSlots without the empty slots. */
export function unstackWords(words: OcrWord[], stack: Stack): OcrLine[] {
  return unstackSlots(words, stack).filter((l): l is OcrLine => l !== null);
}
