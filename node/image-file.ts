/**
 * Image files → RgbaImage for the CLI: PNG (Node's zlib, else fast-png) and JPEG (mozjpeg wasm,
 * else jpeg-js), told apart by their magic bytes, not the file name. Every failure is an ImageFileError with a sentence a
 * technician can act on ("not an image", "truncated", "too large"), never a decoder stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { convertIndexedToRgb, decode as decodePng, type DecodedPng } from 'fast-png';
import jpeg from 'jpeg-js';
import { decodeJpegWasm } from './jpeg-wasm';
import { decodePngNative } from './png-native';
import type { RgbaImage } from '../shared/ocr/types';

/** A screenshot of a 4K screen as PNG is ~5–15 MB; a photo of a label well under that. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** 8K × 5K: anything larger is not a screen capture and would take gigabytes as RGBA. */
export const MAX_PIXELS = 40_000_000;

export type ImageFileProblem = 'unreadable' | 'not-image' | 'unsupported' | 'corrupt' | 'too-large';

export class ImageFileError extends Error {
  constructor(
    readonly problem: ImageFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ImageFileError';
  }
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

type Format = 'png' | 'jpeg' | 'gif' | 'bmp' | 'webp' | 'tiff' | null;

export function sniffFormat(bytes: Uint8Array): Format {
  const at = (i: number): number => bytes[i] ?? -1;
  if (PNG_MAGIC.every((b, i) => at(i) === b)) return 'png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  const ascii = String.fromCharCode(...bytes.subarray(0, 12));
  if (ascii.startsWith('GIF8')) return 'gif';
  if (ascii.startsWith('BM')) return 'bmp';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  if (ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')) return 'tiff';
  return null;
}

function checkPixels(width: number, height: number): void {
  if (!(width > 0 && height > 0))
    throw new ImageFileError('corrupt', 'the image has no pixels (corrupt header).');
  if (width * height > MAX_PIXELS) {
    throw new ImageFileError(
      'too-large',
      `the image is ${width}×${height}; at most ${MAX_PIXELS / 1e6} megapixels are read.`,
    );
  }
}

function pngToRgba(png: DecodedPng): RgbaImage {
  const { width, height } = png;
  const pixels = width * height;
  if (png.palette) return expand(convertIndexedToRgb(png), png.palette[0]?.length ?? 3, 0, width, height);
  if (png.depth < 8) {
    throw new ImageFileError(
      'unsupported',
      `PNG with ${png.depth}-bit grey is not supported; re-save it as an 8-bit PNG.`,
    );
  }
  // Screenshots are 8-bit RGBA: hand the decoder's buffer over without a copy.
  if (png.depth === 8 && png.channels === 4 && png.data.length === pixels * 4) {
    return { width, height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, pixels * 4) };
  }
  return expand(png.data, png.channels, png.depth === 16 ? 8 : 0, width, height);
}

/** Grey, grey+alpha, RGB or RGBA samples (8 or 16 bit, `shift` 8 for 16) as 8-bit RGBA. */
function expand(
  source: ArrayLike<number>,
  channels: number,
  shift: number,
  width: number,
  height: number,
): RgbaImage {
  const pixels = width * height;
  const out = new Uint8ClampedArray(pixels * 4);
  for (let i = 0, s = 0, o = 0; i < pixels; i++, s += channels, o += 4) {
    if (channels <= 2) {
      const v = source[s]! >> shift;
      out[o] = v;
      out[o + 1] = v;
      out[o + 2] = v;
      out[o + 3] = channels === 2 ? source[s + 1]! >> shift : 255;
    } else {
      out[o] = source[s]! >> shift;
      out[o + 1] = source[s + 1]! >> shift;
      out[o + 2] = source[s + 2]! >> shift;
      out[o + 3] = channels === 4 ? source[s + 3]! >> shift : 255;
    }
  }
  return { width, height, data: out };
}

/** Decodes PNG or JPEG bytes. `name` only words the errors. */
export async function decodeImage(bytes: Uint8Array, name = 'image'): Promise<RgbaImage> {
  const format = sniffFormat(bytes);
  if (format === null) throw new ImageFileError('not-image', `${name} is not a PNG or JPEG image.`);
  if (format !== 'png' && format !== 'jpeg') {
    throw new ImageFileError(
      'unsupported',
      `${name} is a ${format.toUpperCase()} image; save it as PNG or JPEG.`,
    );
  }
  if (format === 'png') {
    // IHDR width and height sit at bytes 16–23: refuse huge images before inflating them.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 24) throw new ImageFileError('corrupt', `${name} is a truncated PNG.`);
    checkPixels(view.getUint32(16), view.getUint32(20));
    let png: DecodedPng;
    try {
      const quick = decodePngNative(bytes);
      if (quick) return quick;
      png = decodePng(bytes);
    } catch (error) {
      throw new ImageFileError(
        'corrupt',
        `${name} is a damaged or truncated PNG (${(error as Error).message.replace(/[:\s]+$/, '')}).`,
      );
    }
    checkPixels(png.width, png.height);
    return pngToRgba(png);
  }
  // JPEG. Not tolerant: a cut-off capture must be reported, not read as grey blocks.
  if (!(bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9) && !hasEoiNearEnd(bytes)) {
    throw new ImageFileError('corrupt', `${name} is a truncated JPEG (no end-of-image marker).`);
  }
  // The header's size first: libjpeg would allocate whatever a hostile header asks for.
  const size = jpegSize(bytes);
  if (size) checkPixels(size.width, size.height);
  try {
    const quick = await decodeJpegWasm(bytes);
    if (quick) {
      checkPixels(quick.width, quick.height);
      return quick;
    }
  } catch (error) {
    if (error instanceof ImageFileError) throw error;
    throw new ImageFileError(
      'corrupt',
      `${name} is a damaged JPEG (${(error as Error).message.replace(/[.:\s]+$/, '')}).`,
    );
  }
  try {
    const decoded = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_PIXELS / 1e6,
      maxMemoryUsageInMB: 1024,
    });
    checkPixels(decoded.width, decoded.height);
    return {
      width: decoded.width,
      height: decoded.height,
      data: new Uint8ClampedArray(decoded.data.buffer, decoded.data.byteOffset, decoded.data.length),
    };
  } catch (error) {
    if (error instanceof ImageFileError) throw error;
    const message = (error as Error).message ?? String(error);
    if (/maxResolutionInMP|maxMemoryUsage/i.test(message))
      throw new ImageFileError('too-large', `${name} is too large to read.`);
    throw new ImageFileError('corrupt', `${name} is a damaged JPEG (${message}).`);
  }
}

/** Width and height from the first start-of-frame marker, or null when none is found. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers without a length (RSTn, TEM).
    if (marker === 0xff) {
      at++;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
      };
    }
    at += 2 + length;
  }
  return null;
}

/** Some encoders append metadata after the end-of-image marker; look a little way back for it. */
function hasEoiNearEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 4096); i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

export async function readImageFile(path: string): Promise<RgbaImage> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImageFileError('unreadable', `${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ImageFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImageFileError(
      'unreadable',
      code === 'ENOENT' ? `${path}: no such file.` : `${path} cannot be read (${code ?? String(error)}).`,
    );
  }
  if (size === 0) throw new ImageFileError('not-image', `${path} is empty.`);
  if (size > MAX_FILE_BYTES)
    throw new ImageFileError(
      'too-large',
      `${path} is ${Math.round(size / 1e6)} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB is read.`,
    );
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ImageFileError(
      'unreadable',
      `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  return await decodeImage(bytes, path);
}
