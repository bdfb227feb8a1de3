import { describe, expect, it } from 'vitest';
import { findTextLines, findTextRegions } from '../../../../shared/ocr/regions';
import { toGray } from '../../../../shared/ocr/gray';
import type { Box } from '../../../../shared/ocr/types';
import { canvas, drawLine, fill, type Rgb } from './synthetic';

/** Same box within a few pixels (the edge mask adds a pixel of halo). */
function near(found: Box, want: Box, slack = 3): boolean {
  return (
    Math.abs(found.x - want.x) <= slack &&
    Math.abs(found.y - want.y) <= slack &&
    Math.abs(found.x + found.width - (want.x + want.width)) <= slack &&
    Math.abs(found.y + found.height - (want.y + want.height)) <= slack
  );
}

function screen(theme: 'dark' | 'light') {
  const bg: Rgb = theme === 'dark' ? [24, 32, 45] : [244, 246, 249];
  const ink: Rgb = theme === 'dark' ? [238, 241, 246] : [27, 34, 48];
  const img = canvas(900, 400, bg);
  const drawn: Box[] = [];
  for (let row = 0; row < 4; row++) {
    const y = 40 + row * 50;
    drawn.push(drawLine(img, 60, y, 14, [{ glyphs: 6 }, { glyphs: 5 }], ink)); // "Device Model"
    drawn.push(drawLine(img, 360, y, 14, [{ glyphs: 15 }], ink)); // the value, a column away
    fill(img, { x: 60, y: y + 26, width: 700, height: 1 }, theme === 'dark' ? [60, 70, 90] : [180, 190, 200]); // row rule
  }
  // A button: a filled rectangle (only its outline is an edge) with a word inside.
  fill(img, { x: 700, y: 300, width: 140, height: 40 }, theme === 'dark' ? [42, 102, 201] : [200, 208, 220]);
  drawn.push(drawLine(img, 745, 313, 14, [{ glyphs: 4 }], [255, 255, 255]));
  // Specks of noise.
  fill(img, { x: 20, y: 380, width: 2, height: 2 }, ink);
  fill(img, { x: 500, y: 360, width: 1, height: 1 }, ink);
  return { img, drawn };
}

describe('findTextLines', () => {
  for (const theme of ['dark', 'light'] as const) {
    it(`finds every drawn line and nothing else (${theme} theme)`, () => {
      const { img, drawn } = screen(theme);
      const found = findTextLines(toGray(img)).map((l) => l.box);
      for (const want of drawn)
        expect(
          found.some((f) => near(f, want)),
          JSON.stringify(want),
        ).toBe(true);
      expect(found).toHaveLength(drawn.length);
    });
  }

  it('joins words of a line but keeps a label apart from its value column', () => {
    const { img } = screen('light');
    const lines = findTextLines(toGray(img));
    const firstRow = lines.filter((l) => l.box.y < 60);
    expect(firstRow).toHaveLength(2);
    expect(firstRow[0]!.glyphs).toBeGreaterThanOrEqual(11);
  });

  it('returns lines top to bottom, then left to right', () => {
    const { img } = screen('dark');
    const ys = findTextLines(toGray(img)).map((l) => l.box.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('ignores excluded areas (a decoded QR code)', () => {
    const { img } = screen('light');
    const all = findTextRegions(img);
    const some = findTextRegions(img, { exclude: [{ x: 0, y: 0, width: 300, height: 400 }] });
    expect(some.length).toBe(all.length - 4);
  });

  it('works on a large capture (shrunk internally) in the capture pixels', () => {
    const img = canvas(4000, 600);
    const want = drawLine(img, 400, 200, 28, [{ glyphs: 8 }, { glyphs: 6 }]);
    const found = findTextRegions(img);
    expect(found).toHaveLength(1);
    expect(near(found[0]!, want, 4)).toBe(true);
  });

  it('finds nothing on a blank or a smooth gradient image', () => {
    expect(findTextRegions(canvas(300, 200))).toEqual([]);
    const gradient = canvas(256, 50);
    for (let x = 0; x < 256; x++) fill(gradient, { x, y: 0, width: 1, height: 50 }, [x, x, x]);
    expect(findTextRegions(gradient)).toEqual([]);
  });

  it('accepts a grey image as well as RGBA', () => {
    const { img } = screen('dark');
    expect(findTextRegions(toGray(img))).toEqual(findTextRegions(img));
  });
});
