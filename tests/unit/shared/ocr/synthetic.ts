/**
 * Synthetic captures for the OCR unit tests: solid backgrounds with rows of glyph-like blocks,
 * so the region finder and the pipeline can be checked without fonts, a browser or tesseract.
 */
import type { Box, RgbaImage } from '../../../../shared/ocr/types';

export type Rgb = readonly [number, number, number];

export function canvas(width: number, height: number, bg: Rgb = [255, 255, 255]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([bg[0], bg[1], bg[2], 255], i * 4);
  return { width, height, data };
}

export function fill(image: RgbaImage, box: Box, color: Rgb): void {
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++)
      image.data.set([color[0], color[1], color[2], 255], (y * image.width + x) * 4);
  }
}

export interface WordSpec {
  /** Number of glyphs. */
  glyphs: number;
  /** Gap before this word, in px (ignored for the first). */
  space?: number;
}

/**
 * A "text line": words of glyph blocks (glyph `h` tall, 0.6 h wide, 0.2 h apart). Returns the
 * box covering the ink.
 */
export function drawLine(
  image: RgbaImage,
  x: number,
  y: number,
  h: number,
  words: WordSpec[],
  color: Rgb = [0, 0, 0],
): Box {
  const w = Math.max(2, Math.round(0.6 * h));
  const gap = Math.max(1, Math.round(0.2 * h));
  let cx = x;
  words.forEach((word, i) => {
    if (i > 0) cx += word.space ?? Math.round(0.5 * h);
    for (let g = 0; g < word.glyphs; g++) {
      // Hollow glyphs, like real strokes: a frame two pixels thick.
      fill(image, { x: cx, y, width: w, height: 2 }, color);
      fill(image, { x: cx, y: y + h - 2, width: w, height: 2 }, color);
      fill(image, { x: cx, y, width: 2, height: h }, color);
      fill(image, { x: cx + w - 2, y, width: 2, height: h }, color);
      cx += w + gap;
    }
  });
  return { x, y, width: cx - gap - x, height: h };
}
