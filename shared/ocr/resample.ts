/**
 * Resizing grey images, separable and kernel-based: area averaging when shrinking (every source
 * pixel counts, so thin strokes fade instead of vanishing between samples) and Catmull-Rom
 * cubic when enlarging (sharper edges than bilinear, which LSTM reads better on small UI text).
 */
import type { GrayImage } from './gray';

interface Taps {
  start: Int32Array;
  count: Int32Array;
  weights: Float32Array;
  stride: number;
}

function cubic(t: number): number {
  const x = Math.abs(t);
  if (x < 1) return 1.5 * x * x * x - 2.5 * x * x + 1;
  if (x < 2) return -0.5 * x * x * x + 2.5 * x * x - 4 * x + 2;
  return 0;
}

function taps(src: number, dst: number): Taps {
  const scale = dst / src;
  const shrink = scale < 1;
  // Area kernel covers 1/scale source pixels; cubic reaches 2 pixels either side.
  const stride = shrink ? Math.ceil(1 / scale) + 2 : 4;
  const start = new Int32Array(dst);
  const count = new Int32Array(dst);
  const weights = new Float32Array(dst * stride);
  for (let i = 0; i < dst; i++) {
    let n = 0;
    let sum = 0;
    const base = i * stride;
    if (shrink) {
      const left = i / scale;
      const right = (i + 1) / scale;
      const first = Math.floor(left);
      start[i] = first;
      for (let s = first; s < Math.min(src, Math.ceil(right)); s++) {
        const w = Math.min(right, s + 1) - Math.max(left, s);
        if (n < stride) weights[base + n++] = w;
        sum += w;
      }
    } else {
      const center = (i + 0.5) / scale - 0.5;
      const first = Math.floor(center) - 1;
      start[i] = first;
      for (let k = 0; k < 4; k++) {
        const w = cubic(center - (first + k));
        weights[base + n++] = w;
        sum += w;
      }
    }
    count[i] = n;
    for (let k = 0; k < n; k++) weights[base + k]! /= sum || 1;
  }
  return { start, count, weights, stride };
}

export function resizeGray(image: GrayImage, width: number, height: number): GrayImage {
  width = Math.max(1, Math.round(width));
  height = Math.max(1, Math.round(height));
  if (width === image.width && height === image.height) return { width, height, data: image.data.slice() };
  const sw = image.width;
  const sh = image.height;
  const src = image.data;
  const tx = taps(sw, width);
  const ty = taps(sh, height);
  const mid = new Float32Array(width * sh);
  for (let y = 0; y < sh; y++) {
    const row = y * sw;
    for (let x = 0; x < width; x++) {
      const s0 = tx.start[x]!;
      const base = x * tx.stride;
      let acc = 0;
      for (let k = 0; k < tx.count[x]!; k++) {
        const s = Math.min(sw - 1, Math.max(0, s0 + k));
        acc += src[row + s]! * tx.weights[base + k]!;
      }
      mid[y * width + x] = acc;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const s0 = ty.start[y]!;
    const base = y * ty.stride;
    const n = ty.count[y]!;
    for (let x = 0; x < width; x++) {
      let acc = 0;
      for (let k = 0; k < n; k++) {
        const s = Math.min(sh - 1, Math.max(0, s0 + k));
        acc += mid[s * width + x]! * ty.weights[base + k]!;
      }
      out[y * width + x] = acc <= 0 ? 0 : acc >= 255 ? 255 : Math.round(acc);
    }
  }
  return { width, height, data: out };
}

/** Scales by `factor` (both axes). */
export function scaleGray(image: GrayImage, factor: number): GrayImage {
  return resizeGray(image, image.width * factor, image.height * factor);
}
