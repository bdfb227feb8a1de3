/**
 * The common screenshot PNG (8-bit grey/RGB/RGBA/palette, not interlaced) decoded with Node's
 * native zlib. fast-png inflates with pako, which takes 20–50 ms of a 1080p screenshot's 40–60;
 * zlib takes 3–7. Anything else (16-bit, 1–4-bit, interlaced) returns null and goes to fast-png,
 * which handles every PNG. Errors are thrown as plain Errors; image-file.ts words them.
 */
import { inflateSync } from 'node:zlib';
import type { RgbaImage } from '../shared/ocr/types';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePngNative(bytes: Uint8Array): RgbaImage | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (data.length !== length) throw new Error(`truncated ${type} chunk`);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = bytes[at + 16]!;
      colorType = bytes[at + 17]!;
      const interlace = bytes[at + 20]!;
      if (depth !== 8 || interlace !== 0 || !(colorType in CHANNELS)) return null;
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || height === 0 || idat.length === 0) throw new Error('no image data');
  if (colorType === 3 && !palette) throw new Error('palette missing');
  const channels = CHANNELS[colorType]!;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length < height * (stride + 1)) throw new Error('image data cut short');
  unfilter(raw, stride, channels, height);

  return { width, height, data: toRgba(raw, width, height, colorType, palette, transparency) };
}

/** Unfiltered rows (each after its filter byte) as RGBA; one loop per colour type, for speed. */
function toRgba(
  raw: Uint8Array,
  width: number,
  height: number,
  colorType: number,
  palette: Uint8Array | null,
  trns: Uint8Array | null,
): Uint8ClampedArray {
  // Written through a plain byte view (stores into a clamped array cost a clamp each) and, for
  // RGB, one 32-bit store per pixel; the result is the same buffer seen as RGBA.
  const bytes = new Uint8Array(width * height * 4);
  const out = bytes;
  const words = new Uint32Array(bytes.buffer);
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const stride = width * CHANNELS[colorType]! + 1;
  for (let y = 0; y < height; y++) {
    let s = y * stride + 1;
    let o = y * width * 4;
    const end = o + width * 4;
    if (colorType === 2 && littleEndian) {
      for (let w = o >> 2; o < end; o += 4, s += 3, w++)
        words[w] = (0xff000000 | (raw[s + 2]! << 16) | (raw[s + 1]! << 8) | raw[s]!) >>> 0;
    } else if (colorType === 2) {
      for (; o < end; o += 4, s += 3) {
        out[o] = raw[s]!;
        out[o + 1] = raw[s + 1]!;
        out[o + 2] = raw[s + 2]!;
        out[o + 3] = 255;
      }
    } else if (colorType === 6) {
      out.set(raw.subarray(s, s + width * 4), o);
    } else if (colorType === 3) {
      for (; o < end; o += 4, s++) {
        const i = raw[s]!;
        out[o] = palette![i * 3] ?? 0;
        out[o + 1] = palette![i * 3 + 1] ?? 0;
        out[o + 2] = palette![i * 3 + 2] ?? 0;
        out[o + 3] = trns?.[i] ?? 255;
      }
    } else {
      const step = colorType === 4 ? 2 : 1;
      for (; o < end; o += 4, s += step) {
        const v = raw[s]!;
        out[o] = v;
        out[o + 1] = v;
        out[o + 2] = v;
        out[o + 3] = step === 2 ? raw[s + 1]! : 255;
      }
    }
  }
  return new Uint8ClampedArray(bytes.buffer);
}

/** Reverses the per-row PNG filters in place; each row is its filter byte then `stride` bytes. */
function unfilter(raw: Uint8Array, stride: number, bpp: number, height: number): void {
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1) + 1;
    const prev = row - (stride + 1);
    const filter = raw[row - 1]!;
    switch (filter) {
      case 0:
        break;
      case 1:
        for (let i = bpp; i < stride; i++) raw[row + i] = (raw[row + i]! + raw[row + i - bpp]!) & 255;
        break;
      case 2:
        if (y > 0) for (let i = 0; i < stride; i++) raw[row + i] = (raw[row + i]! + raw[prev + i]!) & 255;
        break;
      case 3:
        for (let i = 0; i < stride; i++) {
          const left = i >= bpp ? raw[row + i - bpp]! : 0;
          const up = y > 0 ? raw[prev + i]! : 0;
          raw[row + i] = (raw[row + i]! + ((left + up) >> 1)) & 255;
        }
        break;
      case 4:
        for (let i = 0; i < stride; i++) {
          const a = i >= bpp ? raw[row + i - bpp]! : 0;
          const b = y > 0 ? raw[prev + i]! : 0;
          const c = i >= bpp && y > 0 ? raw[prev + i - bpp]! : 0;
          // Paeth predictor, branch-light: pa = |b - c|, pb = |a - c|, pc = |a + b - 2c|.
          let pa = b - c;
          let pb = a - c;
          let pc = pa + pb;
          if (pa < 0) pa = -pa;
          if (pb < 0) pb = -pb;
          if (pc < 0) pc = -pc;
          raw[row + i] = (raw[row + i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 255;
        }
        break;
      default:
        throw new Error(`unknown row filter ${filter}`);
    }
  }
}
