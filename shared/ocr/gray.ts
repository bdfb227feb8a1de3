/**
 * Grey-scale working images. OCR and region finding need only luminance, and one byte per pixel
 * is a quarter of the memory and work of RGBA on a 4K screenshot.
 */
import type { RgbaImage } from './types';

export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export function createGray(width: number, height: number, fill = 255): GrayImage {
  const data = new Uint8Array(width * height);
  if (fill !== 0) data.fill(fill);
  return { width, height, data };
}

/**
 * BT.601 luma in integer arithmetic, alpha blended onto white (tesseract blends alpha to white
 * too, reference §2.4, so transparent pixels read as paper, not ink).
 */
export function toGray(image: RgbaImage): GrayImage {
  const { width, height, data } = image;
  if (data.length < width * height * 4) throw new Error(`RGBA buffer too small for ${width}×${height}`);
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    const luma = (data[p]! * 77 + data[p + 1]! * 150 + data[p + 2]! * 29 + 128) >> 8;
    const a = data[p + 3]!;
    out[i] = a === 255 ? luma : (luma * a + 255 * (255 - a) + 127) / 255;
  }
  return { width, height, data: out };
}

export function grayToRgba(gray: GrayImage): RgbaImage {
  const { width, height, data } = gray;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const v = data[i]!;
    out[p] = v;
    out[p + 1] = v;
    out[p + 2] = v;
    out[p + 3] = 255;
  }
  return { width, height, data: out };
}
