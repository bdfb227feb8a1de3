/**
 * Glyph re-readings (glyphs.ts) started ahead of time and kept per word.
 *
 * The glyph pass used to be a round of its own after every line was read. Which words it will
 * need is usually clear a round earlier (a serial-shaped table value whose label is about to be
 * read, a "S/N: …" line before the cells under labels are read), so the pipeline starts it then,
 * beside that round's line reads: the two-worker pool reads both at once. A word read again
 * since (a retried line is a new reading with new words) simply gets its glyph pass at the end.
 */
import { rereadByGlyph } from './glyphs';
import type { GrayImage } from './gray';
import type { Box, OcrEngine, OcrWord } from './types';

export class GlyphReadings {
  private readonly merged = new Map<OcrWord, Promise<OcrWord>>();

  constructor(
    private readonly gray: GrayImage,
    private readonly engine: OcrEngine,
    /** Stops starting engine calls once aborted (the pipeline then throws its AbortError). */
    private readonly signal?: AbortSignal,
  ) {}

  /**
   * Starts the glyph reading of the words not read yet (`lineBoxes[i]` is word i's line;
   * `countOnly` words only lose a glyph read twice, see glyphs.ts).
   * Resolves when that reading is done; rejects if the engine fails.
   */
  start(
    words: readonly OcrWord[],
    lineBoxes: readonly Box[],
    countOnly: ReadonlySet<OcrWord> = new Set(),
  ): Promise<void> {
    const todo = words.flatMap((word, i) =>
      this.merged.has(word) ? [] : [{ word, box: lineBoxes[i] ?? word.box }],
    );
    if (todo.length === 0) return Promise.resolve();
    const reading = rereadByGlyph(
      this.gray,
      todo.map((t) => t.word),
      todo.map((t) => t.box),
      this.engine,
      { countOnly, signal: this.signal },
    );
    // The caller awaits `reading` itself and sees its failure; the per-word promises fall back
    // to the line reading instead of failing a second time, unobserved.
    todo.forEach(({ word }, i) =>
      this.merged.set(
        word,
        reading.then(
          (m) => m[i] ?? word,
          () => word,
        ),
      ),
    );
    return reading.then(() => undefined);
  }

  /** The merged reading of each word, reading those not started yet now. */
  async of(
    words: readonly OcrWord[],
    lineBoxes: readonly Box[],
    countOnly?: ReadonlySet<OcrWord>,
  ): Promise<OcrWord[]> {
    await this.start(words, lineBoxes, countOnly);
    return Promise.all(words.map((w) => this.merged.get(w)!));
  }
}
