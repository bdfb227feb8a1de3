import { describe, expect, it } from 'vitest';
import { rereadByGlyph } from '../../../shared/ocr/glyphs';
import { toGray } from '../../../shared/ocr/gray';
import type { OcrEngine, OcrLine, OcrWord, RgbaImage } from '../../../shared/ocr/types';
import { canvas, drawLine } from './synthetic';

/** Reads the slots of a glyph stack, top to bottom, as the given characters. */
function engineReading(chars: string[]): OcrEngine & { calls: number } {
  // The glyphs may come in more than one stack, in order: the characters are consumed across calls.
  let i = 0;
  const engine = {
    calls: 0,
    async recognize(image: RgbaImage) {
      engine.calls++;
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

/** A word of `n` glyph blocks, read by the line pass as `text` (one symbol per block). */
function setup(lineText: string) {
  const img = canvas(400, 60);
  const box = drawLine(img, 20, 20, 16, [{ glyphs: lineText.length }]);
  const w = Math.round(0.6 * 16);
  const gap = Math.round(0.2 * 16);
  const word: OcrWord = {
    text: lineText,
    confidence: 0.6,
    box,
    symbols: [...lineText].map((c, i) => ({ text: c, confidence: 0.95, box: { x: 20 + i * (w + gap), y: 20, width: w, height: 16 } })),
  };
  return { gray: toGray(img), word, box };
}

describe('rereadByGlyph', () => {
  it('lets the lone glyph settle digit against letter (the LSTM context bias)', async () => {
    const { gray, word, box } = setup('8KO1E');
    const engine = engineReading(['8', 'K', '0', '1', 'E']);
    const [merged] = await rereadByGlyph(gray, [word], [box], engine);
    expect(merged!.text).toBe('8K01E');
    // All glyphs in two stacks (read side by side by a two-worker pool).
    expect(engine.calls).toBe(2);
  });

  it('keeps the line reading for letter against letter, and for a D read alone as 0', async () => {
    const { gray, word, box } = setup('FDV');
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['E', '0', 'Y']));
    expect(merged!.text).toBe('FDV');
  });

  it('trusts the lone glyph on the documented pairs even within a class', async () => {
    const { gray, word, box } = setup('8VBY');
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['8', 'V', '8', 'Y']));
    expect(merged!.text).toBe('8V8Y');
  });

  it('takes the other reading where one side read nothing, collapsing "Cc"', async () => {
    const { gray, word, box } = setup('AC7');
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['A', 'Cc', '']));
    expect(merged!.text).toBe('AC7');
  });

  it('is more confident where both readings agree', async () => {
    const a = setup('AB7');
    const [agree] = await rereadByGlyph(a.gray, [a.word], [a.box], engineReading(['A', 'B', '7']));
    const b = setup('AB7');
    const [differ] = await rereadByGlyph(b.gray, [b.word], [b.box], engineReading(['A', '8', '7']));
    expect(agree!.confidence).toBeGreaterThan(differ!.confidence);
  });

  it('leaves words without glyph boxes alone and skips the engine', async () => {
    const { gray, box } = setup('AB');
    const plain: OcrWord = { text: 'AB', confidence: 0.5, box };
    const engine = engineReading([]);
    expect(await rereadByGlyph(gray, [plain], [box], engine)).toEqual([plain]);
    expect(engine.calls).toBe(0);
  });
});
