/**
 * Fakes for the glyph re-reading tests: an engine that reads each glyph slot of a stack as the
 * next of the given characters, and a synthetic word with one symbol per glyph block.
 */
import { toGray } from '../../../../shared/ocr/gray';
import type { OcrEngine, OcrLine, OcrWord, RgbaImage } from '../../../../shared/ocr/types';
import { canvas, drawLine } from './synthetic';

/** Reads the slots of a glyph stack, top to bottom, as the given characters. */
export function engineReading(chars: string[], { fail = false } = {}): OcrEngine & { calls: number } {
  // The glyphs may come in more than one stack, in order: the characters are consumed across calls.
  let i = 0;
  const engine = {
    calls: 0,
    async recognize(image: RgbaImage) {
      engine.calls++;
      if (fail) throw new Error('worker crashed');
      const lines: OcrLine[] = [];
      let inBand = false;
      for (let y = 0; y < image.height; y++) {
        let any = false;
        for (let x = 0; x < image.width && !any; x++) any = image.data[(y * image.width + x) * 4]! < 128;
        if (any && !inBand) {
          const text = chars[i++] ?? '';
          const box = { x: 0, y, width: 10, height: 10 };
          if (text) lines.push({ text, confidence: 0.9, box, words: [{ text, confidence: 0.9, box }] });
        }
        inBand = any;
      }
      return { lines };
    },
    async terminate() {},
  };
  return engine;
}

/** A word of glyph blocks, read by the line pass as `lineText` (one symbol per block). */
export function glyphWord(lineText: string) {
  const img = canvas(400, 60);
  const box = drawLine(img, 20, 20, 16, [{ glyphs: lineText.length }]);
  const w = Math.round(0.6 * 16);
  const gap = Math.round(0.2 * 16);
  const word: OcrWord = {
    text: lineText,
    confidence: 0.6,
    box,
    symbols: [...lineText].map((c, i) => ({
      text: c,
      confidence: 0.95,
      box: { x: 20 + i * (w + gap), y: 20, width: w, height: 16 },
    })),
  };
  return { gray: toGray(img), word, box };
}
