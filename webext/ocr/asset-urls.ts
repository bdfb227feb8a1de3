/**
 * Where the bundled OCR and QR files live inside the extension (copied by
 * modules/ocr-assets.ts). Every decoder is pointed here explicitly: left to their defaults,
 * tesseract.js and zxing-wasm would fetch from jsDelivr.
 */
import { browser } from 'wxt/browser';

// WXT types getURL with the files it knows from public/; build-hook assets are not among them.
const urlOf = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

export const OCR_ASSET_PATHS = {
  tesseractWorker: '/ocr/tesseract/worker.min.js',
  /** A folder: tesseract.js picks the relaxed-SIMD or SIMD core that the browser supports. */
  tesseractCore: '/ocr/tesseract/core/',
  /** A folder holding eng.traineddata.gz. */
  tesseractLang: '/ocr/tesseract/lang',
  zxingWasm: '/ocr/zxing/zxing_reader.wasm',
} as const;

export function ocrAssetUrl(name: keyof typeof OCR_ASSET_PATHS): string {
  return urlOf(OCR_ASSET_PATHS[name]);
}
