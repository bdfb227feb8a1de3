/** Cropping and white borders on grey images. */
import { clampBox } from './box';
import type { GrayImage } from './gray';
import type { Box, RgbaImage } from './types';

/** The part of `image` inside `box` (clamped to the image; may be empty). */
export function cropGray(image: GrayImage, box: Box): GrayImage {
  const b = clampBox(box, image.width, image.height);
  const out = new Uint8Array(b.width * b.height);
  for (let y = 0; y < b.height; y++) {
    const from = (b.y + y) * image.width + b.x;
    out.set(image.data.subarray(from, from + b.width), y * b.width);
  }
  return { width: b.width, height: b.height, data: out };
}

export function cropRgba(image: RgbaImage, box: Box): RgbaImage {
  const b = clampBox(box, image.width, image.height);
  const out = new Uint8ClampedArray(b.width * b.height * 4);
  for (let y = 0; y < b.height; y++) {
    const from = ((b.y + y) * image.width + b.x) * 4;
    out.set(image.data.subarray(from, from + b.width * 4), y * b.width * 4);
  }
  return { width: b.width, height: b.height, data: out };
}

/**
 * `margin` pixels of `value` (white by default) around the image: tesseract misreads glyphs that
 * touch the edge of a tight crop (reference §2.4 recommends ~10 px).
 */
export function padGray(image: GrayImage, margin: number, value = 255): GrayImage {
  const width = image.width + 2 * margin;
  const height = image.height + 2 * margin;
  const data = new Uint8Array(width * height).fill(value);
  for (let y = 0; y < image.height; y++) {
    data.set(image.data.subarray(y * image.width, (y + 1) * image.width), (y + margin) * width + margin);
  }
  return { width, height, data };
}
