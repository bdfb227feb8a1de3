import { describe, expect, it } from 'vitest';
import { createGray } from '../../../../shared/ocr/gray';
import type { PreparedLine } from '../../../../shared/ocr/prepare';
import { prepareLine, LINE_HEIGHT } from '../../../../shared/ocr/prepare';
import { stackLines, unstackWords } from '../../../../shared/ocr/stack';
import { toGray } from '../../../../shared/ocr/gray';
import { canvas, drawLine } from './synthetic';

function prepared(
  width: number,
  height: number,
  source: { x: number; y: number },
  scale: number,
): PreparedLine {
  return {
    image: createGray(width, height, 0),
    source: { ...source, width: width / scale, height: height / scale },
    scale,
    inverted: false,
  };
}

describe('stacking lines into one image', () => {
  it('places each line in its own slot with white around it', () => {
    const a = prepared(100, 36, { x: 10, y: 20 }, 2);
    const b = prepared(60, 36, { x: 500, y: 300 }, 3);
    const stack = stackLines([a, b]);
    expect(stack.slots.map((s) => s.y)).toEqual([16, 16 + 36 + 22]);
    expect(stack.image.width).toBe(100 + 32);
    expect(stack.image.data[0]).toBe(255);
    expect(stack.image.data[16 * stack.image.width + 16]).toBe(0);
  });

  it('maps words back to capture pixels, one line per slot, dropping stray words', () => {
    const a = prepared(100, 36, { x: 10, y: 20 }, 2);
    const b = prepared(60, 36, { x: 500, y: 300 }, 3);
    const stack = stackLines([a, b]);
    const lines = unstackWords(
      [
        { text: 'World', confidence: 0.5, box: { x: 16 + 60, y: 16, width: 40, height: 36 } },
        { text: 'Hello', confidence: 1, box: { x: 16, y: 16, width: 40, height: 36 } },
        {
          text: 'X',
          confidence: 1,
          box: { x: 16 + 30, y: stack.slots[1]!.y, width: 30, height: 36 },
          symbols: [
            { text: 'X', confidence: 1, box: { x: 16 + 30, y: stack.slots[1]!.y, width: 30, height: 36 } },
          ],
        },
        { text: 'noise', confidence: 1, box: { x: 0, y: 5000, width: 5, height: 5 } },
      ],
      stack,
    );
    expect(lines.map((l) => l.text)).toEqual(['Hello World', 'X']);
    expect(lines[0]!.words[0]!.box).toEqual({ x: 10, y: 20, width: 20, height: 18 });
    expect(lines[0]!.confidence).toBeCloseTo(0.75);
    expect(lines[0]!.box).toBe(a.source);
    expect(lines[1]!.words[0]!.box).toEqual({ x: 510, y: 300, width: 10, height: 12 });
    expect(lines[1]!.words[0]!.symbols![0]!.box).toEqual({ x: 510, y: 300, width: 10, height: 12 });
  });
});

describe('prepareLine', () => {
  it('cuts the line out, dark on white, at the reading height', () => {
    const img = canvas(300, 60, [24, 32, 45]);
    const box = drawLine(img, 20, 20, 12, [{ glyphs: 5 }], [238, 241, 246]);
    const line = prepareLine(toGray(img), box);
    expect(line.inverted).toBe(true);
    expect(line.image.height).toBe(LINE_HEIGHT);
    expect(line.scale).toBeCloseTo(LINE_HEIGHT / 14);
    // Background white, strokes black after inversion and stretch.
    expect(
      line.image.data[Math.floor(LINE_HEIGHT / 2) * line.image.width + Math.floor(line.image.width / 2)],
    ).toBe(255);
    expect(Math.min(...line.image.data)).toBe(0);
  });
});
