/** A captured PNG data URL → the pipeline's RgbaImage, decoded by the browser. */
import type { RgbaImage } from '../../shared/ocr/types';

/** Decoded in place rather than fetch(dataUrl): nothing that looks like a request, whatever the CSP. */
function blobOf(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'image/png';
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

export async function rgbaFromDataUrl(dataUrl: string): Promise<RgbaImage> {
  const blob = blobOf(dataUrl);
  // No colour-space conversion: OCR wants the pixels exactly as the page drew them.
  const bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('No 2D canvas in this page.');
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width, height, data };
  } finally {
    bitmap.close();
  }
}
