import { describe, expect, it } from 'vitest';
import { ocrWorkerCount, poolEngines } from '../../../../shared/ocr/engine-pool';
import { createGray } from '../../../../shared/ocr/gray';
import type { PreparedLine } from '../../../../shared/ocr/prepare';
import { balanceGroups, parallelismOf, readStacked, splitRuns } from '../../../../shared/ocr/read-stacked';
import type { OcrEngine, OcrLine, RgbaImage } from '../../../../shared/ocr/types';

/** A prepared line `width` px wide with a dark bar, its source box tagged by `id`. */
function line(id: number, width: number): PreparedLine {
  const image = createGray(width, 36);
  image.data.fill(255);
  for (let y = 10; y < 26; y++) image.data.fill(0, y * width + 2, y * width + width - 2);
  return { image, source: { x: id * 1000, y: 0, width, height: 36 }, scale: 1, inverted: false };
}

/** Reads every dark band of a stack as its width, and records when calls start and end. */
function bandEngine(parallelism?: number, delayMs = 0): OcrEngine & { log: string[]; heights: number[] } {
  let running = 0;
  const engine = {
    parallelism,
    log: [] as string[],
    heights: [] as number[],
    async recognize(image: RgbaImage) {
      running++;
      engine.log.push(`start ${running}`);
      engine.heights.push(image.height);
      await new Promise((r) => setTimeout(r, delayMs));
      const lines: OcrLine[] = [];
      let top = -1;
      for (let y = 0; y <= image.height; y++) {
        let width = 0;
        if (y < image.height)
          for (let x = 0; x < image.width; x++) if (image.data[(y * image.width + x) * 4]! < 128) width++;
        if (width > 0 && top < 0) top = y;
        if (width === 0 && top >= 0) {
          const box = { x: 18, y: top, width: 10, height: y - top };
          let w = 0;
          for (let x = 0; x < image.width; x++) if (image.data[((top + 1) * image.width + x) * 4]! < 128) w++;
          lines.push({
            text: `w${w}`,
            confidence: 0.9,
            box,
            words: [{ text: `w${w}`, confidence: 0.9, box }],
          });
          top = -1;
        }
      }
      running--;
      return { lines };
    },
    async terminate() {},
  };
  return engine;
}

describe('splitRuns', () => {
  it('cuts consecutive runs of about equal weight, never an empty one', () => {
    expect(splitRuns([1, 1, 1, 1], 2)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(splitRuns([10, 1, 1, 1], 2)).toEqual([[0], [1, 2, 3]]);
    expect(splitRuns([1, 1, 1, 10], 2)).toEqual([[0, 1, 2], [3]]);
    expect(splitRuns([5], 2)).toEqual([[0]]);
    expect(splitRuns([3, 3, 3], 5)).toEqual([[0], [1], [2]]);
    expect(splitRuns([], 2)).toEqual([[]]);
  });
});

describe('balanceGroups', () => {
  it('balances one long line against many short ones, each group in index order', () => {
    expect(balanceGroups([5, 4, 13, 5, 43, 15, 17, 4], 2)).toEqual([
      [0, 1, 4],
      [2, 3, 5, 6, 7],
    ]);
    expect(balanceGroups([1, 1, 1, 1], 2)).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(balanceGroups([7], 2)).toEqual([[0]]);
  });
});

describe('readStacked', () => {
  it('returns one reading per line, in order, whatever stack each landed in', async () => {
    const lines = [line(0, 40), line(1, 80), line(2, 120), line(3, 60)];
    const read = await readStacked(bandEngine(), lines);
    expect(read.map((l) => l?.text)).toEqual(['w36', 'w76', 'w116', 'w56']);
    // Boxes come back in capture pixels: each reading sits on its own line's source.
    expect(read.map((l) => l?.box.x)).toEqual([0, 1000, 2000, 3000]);
  });

  it('splits the same way for one worker and two, and runs the stacks together only with two', async () => {
    const lines = [line(0, 200), line(1, 200), line(2, 200), line(3, 200)];
    const single = bandEngine(undefined, 5);
    const double = bandEngine(2, 5);
    const a = await readStacked(single, lines);
    const b = await readStacked(double, lines);
    expect(a.map((l) => l?.text)).toEqual(b.map((l) => l?.text));
    expect(single.heights).toEqual(double.heights);
    expect(single.heights).toHaveLength(2);
    expect(single.log).toEqual(['start 1', 'start 1']);
    expect(double.log).toEqual(['start 1', 'start 2']);
  });

  it('starts no further call once aborted', async () => {
    const controller = new AbortController();
    const engine = bandEngine();
    const inner = engine.recognize.bind(engine);
    engine.recognize = async (image) => {
      controller.abort();
      return inner(image);
    };
    await readStacked(engine, [line(0, 200), line(1, 200)], { signal: controller.signal });
    expect(engine.log).toHaveLength(1);
  });

  it('treats a missing or nonsense parallelism as one', () => {
    expect(parallelismOf({ recognize: async () => ({ lines: [] }), terminate: async () => {} })).toBe(1);
    expect(
      parallelismOf({
        parallelism: Number.NaN,
        recognize: async () => ({ lines: [] }),
        terminate: async () => {},
      }),
    ).toBe(1);
    expect(
      parallelismOf({ parallelism: 2.7, recognize: async () => ({ lines: [] }), terminate: async () => {} }),
    ).toBe(2);
  });
});

describe('poolEngines', () => {
  it('sends each call to the member with the fewest in flight and terminates them all', async () => {
    const used: number[] = [];
    let terminated = 0;
    const member = (id: number): OcrEngine => ({
      async recognize() {
        used.push(id);
        await new Promise((r) => setTimeout(r, 5));
        return { lines: [] };
      },
      async terminate() {
        terminated++;
      },
    });
    const pool = poolEngines([member(0), member(1)]);
    expect(pool.parallelism).toBe(2);
    const image = { width: 1, height: 1, data: new Uint8ClampedArray(4) };
    await Promise.all([pool.recognize(image), pool.recognize(image), pool.recognize(image)]);
    expect(used).toEqual([0, 1, 0]);
    // Idle again: the first member takes the next call, so a second worker only starts when needed.
    await pool.recognize(image);
    expect(used.at(-1)).toBe(0);
    await pool.terminate();
    expect(terminated).toBe(2);
  });

  it('runs two workers on two or more cores, one otherwise', () => {
    expect([undefined, 0, 1, 2, 8].map(ocrWorkerCount)).toEqual([1, 1, 1, 2, 2]);
    expect(() => poolEngines([])).toThrow();
  });
});
