import { describe, expect, it } from 'vitest';
import { GlyphReadings } from '../../../../shared/ocr/glyph-readings';
import { engineReading, glyphWord } from './glyph-fakes';

const eights = (fail = false) => engineReading(['8', '8', '8'], { fail });
const word = (text: string) => {
  const { gray, word: ocr, box } = glyphWord(text);
  return { gray, ocr, box };
};

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
