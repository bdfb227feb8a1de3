/**
 * Binary PGM/PPM encoding for handing pixels to tesseract.js. Leptonica reads PNM natively and
 * tesseract.js passes any Uint8Array straight through (Node and browser alike), so a header plus
 * the raw bytes replaces a PNG encode in JS and a PNG decode in wasm for every batch.
 */
import type { GrayImage } from './gray';
import type { RgbaImage } from './types';

function header(magic: 'P5' | 'P6', width: number, height: number): Uint8Array {
  return new TextEncoder().encode(`${magic}\n${width} ${height}\n255\n`);
}

export function encodePgm(image: GrayImage): Uint8Array {
  const head = header('P5', image.width, image.height);
  const out = new Uint8Array(head.length + image.data.length);
  out.set(head);
  out.set(image.data, head.length);
  return out;
}

/** PPM of an RGBA image, alpha blended onto white (as tesseract itself would). */
export function encodePpm(image: RgbaImage): Uint8Array {
  const head = header('P6', image.width, image.height);
  const pixels = image.width * image.height;
  const out = new Uint8Array(head.length + pixels * 3);
  out.set(head);
  const d = image.data;
  for (let i = 0, p = 0, o = head.length; i < pixels; i++, p += 4) {
    const a = d[p + 3]!;
    for (let c = 0; c < 3; c++)
      out[o++] = a === 255 ? d[p + c]! : Math.round((d[p + c]! * a + 255 * (255 - a)) / 255);
  }
  return out;
}

/** PGM when the image is grey (what the pipeline sends), PPM otherwise: a third of the bytes. */
export function encodePnm(image: RgbaImage): Uint8Array {
  const d = image.data;
  let gray = true;
  for (let p = 0; p < d.length && gray; p += 4)
    gray = d[p] === d[p + 1] && d[p] === d[p + 2] && d[p + 3] === 255;
  if (!gray) return encodePpm(image);
  const g = new Uint8Array(image.width * image.height);
  for (let i = 0, p = 0; i < g.length; i++, p += 4) g[i] = d[p]!;
  return encodePgm({ width: image.width, height: image.height, data: g });
}
