import { describe, expect, it } from 'vitest';
import { GlyphReadings } from '../../../shared/ocr/glyph-readings';
import { toGray } from '../../../shared/ocr/gray';
import type { OcrEngine, OcrLine, OcrWord, RgbaImage } from '../../../shared/ocr/types';
import { canvas, drawLine } from './synthetic';

/** Reads every glyph slot as "8", counting calls; fails when told to. */
function eights(fail = false): OcrEngine & { calls: number } {
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
          const box = { x: 0, y, width: 10, height: 10 };
          lines.push({ text: '8', confidence: 0.9, box, words: [{ text: '8', confidence: 0.9, box }] });
        }
        inBand = any;
      }
      return { lines };
    },
    async terminate() {},
  };
  return engine;
}

function word(text: string) {
  const img = canvas(300, 60);
  const box = drawLine(img, 20, 20, 16, [{ glyphs: text.length }]);
  const w = Math.round(0.6 * 16);
  const gap = Math.round(0.2 * 16);
  const ocr: OcrWord = {
    text,
    confidence: 0.6,
    box,
    symbols: [...text].map((c, i) => ({ text: c, confidence: 0.9, box: { x: 20 + i * (w + gap), y: 20, width: w, height: 16 } })),
  };
  return { gray: toGray(img), ocr, box };
}

describe('GlyphReadings', () => {
  it('reads each word once, however often it is asked for, and gives the merged reading', async () => {
    const { gray, ocr, box } = word('B8B');
    const engine = eights();
    const glyphs = new GlyphReadings(gray, engine);
    await glyphs.start([ocr], [box]);
    const calls = engine.calls;
    expect(calls).toBeGreaterThan(0);
    await glyphs.start([ocr], [box]);
    const [merged] = await glyphs.of([ocr], [box]);
    // The line's B against a lone 8: digit against letter, the glyph wins.
    expect(merged!.text).toBe('888');
    expect(engine.calls).toBe(calls);
  });

  it('rejects the round that started a failing read, and then falls back to the line reading', async () => {
    const { gray, ocr, box } = word('B8B');
    const glyphs = new GlyphReadings(gray, eights(true));
    await expect(glyphs.start([ocr], [box])).rejects.toThrow('worker crashed');
    const [merged] = await glyphs.of([ocr], [box]);
    expect(merged).toBe(ocr);
  });

  it('starts no engine call once aborted', async () => {
    const { gray, ocr, box } = word('B8B');
    const engine = eights();
    const controller = new AbortController();
    controller.abort();
    await new GlyphReadings(gray, engine, controller.signal).of([ocr], [box]);
    expect(engine.calls).toBe(0);
  });
});
