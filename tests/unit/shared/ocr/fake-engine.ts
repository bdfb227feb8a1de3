/**
 * An OcrEngine that "reads" synthetic lines drawn by ./synthetic.ts: each slot of a stacked image
 * is recognised by how many glyph blocks it holds, looked up in a table. It records what it was
 * asked to read, so tests can check the pipeline reads only what it needs.
 */
import type { Box, OcrEngine, OcrLine, OcrOptions, RgbaImage } from '../../../../shared/ocr/types';

export interface FakeEngine extends OcrEngine {
  /** Glyph counts of every slot read, per call. */
  calls: number[][];
  terminated: boolean;
}

function dark(image: RgbaImage, x: number, y: number): boolean {
  return image.data[(y * image.width + x) * 4]! < 128;
}

/** Bands of rows holding ink, and the number of glyph tops on each band's first row. */
function slots(image: RgbaImage): { box: Box; glyphs: number }[] {
  const out: { box: Box; glyphs: number }[] = [];
  let y = 0;
  while (y < image.height) {
    let any = false;
    for (let x = 0; x < image.width && !any; x++) any = dark(image, x, y);
    if (!any) {
      y++;
      continue;
    }
    const top = y;
    let minX = image.width;
    let maxX = -1;
    for (; y < image.height; y++) {
      let rowAny = false;
      for (let x = 0; x < image.width; x++) {
        if (!dark(image, x, y)) continue;
        rowAny = true;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
      if (!rowAny) break;
    }
    // Count runs a little below the top edge, where the glyph tops are solid bars.
    const probe = Math.min(y - 1, top + 1);
    let glyphs = 0;
    for (let x = 0; x < image.width; x++)
      if (dark(image, x, probe) && (x === 0 || !dark(image, x - 1, probe))) glyphs++;
    out.push({ box: { x: minX, y: top, width: maxX - minX + 1, height: y - top }, glyphs });
  }
  return out;
}

export function fakeEngine(
  texts: Record<number, string>,
  options: { onRecognize?: () => void } = {},
): FakeEngine {
  const engine: FakeEngine = {
    calls: [],
    terminated: false,
    async recognize(image: RgbaImage, _options?: OcrOptions): Promise<{ lines: OcrLine[] }> {
      options.onRecognize?.();
      const found = slots(image);
      engine.calls.push(found.map((s) => s.glyphs));
      const lines: OcrLine[] = [];
      for (const slot of found) {
        const text = texts[slot.glyphs];
        if (text === undefined) continue;
        const parts = text.split(' ');
        const step = slot.box.width / parts.length;
        const words = parts.map((part, i) => ({
          text: part,
          confidence: 0.95,
          box: {
            x: Math.round(slot.box.x + i * step),
            y: slot.box.y,
            width: Math.round(step * 0.9),
            height: slot.box.height,
          },
        }));
        lines.push({ text, confidence: 0.95, box: slot.box, words });
      }
      return { lines };
    },
    async terminate() {
      engine.terminated = true;
    },
  };
  return engine;
}
