/**
 * Tone of text crops: which side is ink, contrast, threshold. Tesseract 4+ reads dark text on a
 * light background only (reference §2.4), and a recorder GUI is usually light-on-dark, so every
 * crop is put into that polarity before OCR.
 */
import type { GrayImage } from './gray';

export function histogram(image: GrayImage): Uint32Array {
  const h = new Uint32Array(256);
  for (const v of image.data) h[v]!++;
  return h;
}

/** The value below which `fraction` of the pixels lie. */
export function percentile(hist: Uint32Array, fraction: number): number {
  let total = 0;
  for (const n of hist) total += n;
  const target = fraction * total;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v]!;
    if (seen > target) return v;
  }
  return 255;
}

/**
 * True when the text is lighter than its background. In a crop around text most pixels are
 * background, so the median is the background; ink is whichever tail reaches further from it.
 * This reads a white label on a blue highlight as well as grey-on-black dark themes.
 */
export function hasLightText(image: GrayImage): boolean {
  const h = histogram(image);
  const median = percentile(h, 0.5);
  return percentile(h, 0.98) - median > median - percentile(h, 0.02);
}

export function invertGray(image: GrayImage): GrayImage {
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 255 - image.data[i]!;
  return { width: image.width, height: image.height, data };
}

/** Dark text on light, inverting when needed; `inverted` says whether it was. */
export function darkOnLight(image: GrayImage): { image: GrayImage; inverted: boolean } {
  return hasLightText(image) ? { image: invertGray(image), inverted: true } : { image, inverted: false };
}

/**
 * Linear stretch so the background becomes white and the darkest ink black. Values past the
 * background (JPEG ringing, a slightly lighter panel) clip to white, which removes most of the
 * noise tesseract would otherwise try to read.
 */
export function stretchContrast(image: GrayImage, ink?: number, paper?: number): GrayImage {
  const h = histogram(image);
  const lo = ink ?? percentile(h, 0.01);
  const hi = paper ?? percentile(h, 0.5);
  const span = Math.max(1, hi - lo);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = v <= lo ? 0 : v >= hi ? 255 : Math.round(((v - lo) * 255) / span);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = lut[image.data[i]!]!;
  return { width: image.width, height: image.height, data };
}

/** Otsu's threshold: the grey level that best splits the histogram into two classes. */
export function otsuThreshold(image: GrayImage): number {
  const h = histogram(image);
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * h[v]!;
  let sumB = 0;
  let weightB = 0;
  let best = 0;
  let bestVar = -1;
  for (let t = 0; t < 256; t++) {
    weightB += h[t]!;
    if (weightB === 0) continue;
    const weightF = total - weightB;
    if (weightF === 0) break;
    sumB += t * h[t]!;
    const meanB = sumB / weightB;
    const meanF = (sumAll - sumB) / weightF;
    const between = weightB * weightF * (meanB - meanF) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = t;
    }
  }
  return best;
}

/** 0 where value ≤ threshold, else 255. */
export function thresholdGray(image: GrayImage, threshold = otsuThreshold(image)): GrayImage {
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = image.data[i]! <= threshold ? 0 : 255;
  return { width: image.width, height: image.height, data };
}

/** Spread between the darkest and lightest few percent of a box: how strongly its text stands out. */
export function contrastIn(
  image: GrayImage,
  box: { x: number; y: number; width: number; height: number },
): number {
  const h = new Uint32Array(256);
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) h[image.data[y * image.width + x]!]!++;
  return percentile(h, 0.97) - percentile(h, 0.03);
}
