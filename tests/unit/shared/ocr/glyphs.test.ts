import { describe, expect, it } from 'vitest';
import { mayHoldDoubledGlyph, rereadByGlyph } from '../../../../shared/ocr/glyphs';
import { toGray } from '../../../../shared/ocr/gray';
import type { OcrWord } from '../../../../shared/ocr/types';
import { engineReading, glyphWord as setup } from './glyph-fakes';
import { canvas, fill } from './synthetic';

/**
 * A word drawn as blocks, one per entry of `blocks` (the characters it holds: two characters
 * draw one double-width block, glyphs touching), read by the line pass as `lineText`.
 */
function touching(blocks: string[]): { gray: ReturnType<typeof toGray>; word: OcrWord; box: OcrWord['box'] } {
  const img = canvas(400, 60);
  const symbols: NonNullable<OcrWord['symbols']> = [];
  let x = 20;
  for (const chars of blocks) {
    const width = chars.length * 10 + (chars.length - 1) * 3;
    // Each glyph an open box (mostly paper, like text); touching ones joined by a bar.
    for (let i = 0; i < chars.length; i++) {
      const gx = x + i * 13;
      fill(img, { x: gx, y: 20, width: 2, height: 16 }, [0, 0, 0]);
      fill(img, { x: gx + 8, y: 20, width: 2, height: 16 }, [0, 0, 0]);
      fill(img, { x: gx, y: 20, width: 10, height: 2 }, [0, 0, 0]);
    }
    if (chars.length > 1) fill(img, { x, y: 34, width, height: 2 }, [0, 0, 0]);
    [...chars].forEach((c, i) =>
      symbols.push({ text: c, confidence: 0.9, box: { x: x + i * 13, y: 20, width: 10, height: 16 } }),
    );
    x += width + 4;
  }
  const box = { x: 20, y: 20, width: x - 24, height: 16 };
  const word: OcrWord = { text: blocks.join(''), confidence: 0.6, box, symbols };
  return { gray: toGray(img), word, box };
}

describe('rereadByGlyph', () => {
  it('cuts a slot of touching glyphs and lets a piece settle a documented look-alike ("5W" read as "SW")', async () => {
    const { gray, word, box } = touching(['2', '4', 'SW']);
    // Stack order: each slot, then the pieces of a wide one.
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['2', '4', 'SW', '5', 'W']));
    expect(merged!.text).toBe('245W');
  });

  it('ignores a piece that differs from both other readings off the documented pairs (a clipped T read as 1)', async () => {
    const { gray, word, box } = touching(['2', '4', 'TA']);
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['2', '4', 'TA', '1', 'A']));
    expect(merged!.text).toBe('24TA');
  });

  it('takes a piece that agrees with the line reading over the whole slot', async () => {
    const { gray, word, box } = touching(['2', '4', 'D6']);
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['2', '4', 'DE', 'D', '6']));
    expect(merged!.text).toBe('24D6');
  });

  it('keeps two touching glyphs read alike ("ww") as two characters', async () => {
    const { gray, word, box } = touching(['2', '4', 'VV']);
    // Pieces that read nothing leave the whole slot's reading.
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['2', '4', 'ww', '', '']));
    expect(merged!.text).toBe('24VV');
  });

  it('for a count-only word (a model) takes out a glyph read twice as its look-alike, and changes nothing else', async () => {
    const doubled = (second: string) => {
      const t = touching(['E', '1', '6', 'S']);
      const last = t.word.symbols!.at(-1)!;
      t.word = { ...t.word, text: `E16S${second}`, symbols: [...t.word.symbols!, { ...last, text: second }] };
      return t;
    };
    const a = doubled('5');
    const [fixed] = await rereadByGlyph(a.gray, [a.word], [a.box], engineReading(['E', 'I', '6', 'S']), {
      countOnly: new Set([a.word]),
    });
    // The glyph pass's I for 1 is not taken: a model's grammar settles its characters.
    expect(fixed!.text).toBe('E16S');
    const b = doubled('K');
    const [kept] = await rereadByGlyph(b.gray, [b.word], [b.box], engineReading(['E', '1', '6', 'S']), {
      countOnly: new Set([b.word]),
    });
    expect(kept!.text).toBe('E16SK');
  });

  it("trusts a lone J over the line reading's I", async () => {
    const { gray, word, box } = setup('6SHIX');
    const [merged] = await rereadByGlyph(gray, [word], [box], engineReading(['6', 'S', 'H', 'J', 'X']));
    expect(merged!.text).toBe('6SHJX');
  });

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

describe('mayHoldDoubledGlyph', () => {
  it('is true for two look-alikes or two equal characters side by side', () => {
    expect(
      ['XVR7816S5', 'XVR4232AN-I1', 'DH-EVS5016S5-R', 'NVR6008H', 'IVSS7016'].map(mayHoldDoubledGlyph),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['NVR608H-32-XI', 'DHI-NVR4216-16P-4KS2', 'HCVR5104HS-S2', 'S-5'].map(mayHoldDoubledGlyph),
    ).toEqual([false, false, false, false]);
  });
});
