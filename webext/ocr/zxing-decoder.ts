/**
 * The browser QrDecoder: zxing-wasm's reader (BarcodeDetector is absent on Linux Chromium and in
 * Firefox), with its wasm loaded from the extension instead of jsDelivr. Runs in the panel page
 * on the same screenshot the OCR reads; decoded text stays in this page.
 */
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';
import type { Box, QrDecoder, RgbaImage } from '../../shared/ocr/types';
import { ocrAssetUrl } from './asset-urls';

let prepared = false;

function prepare(): void {
  if (prepared) return;
  prepared = true;
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? ocrAssetUrl('zxingWasm') : prefix + path,
    },
  });
}

function boxOf(position: ReadResult['position']): Box {
  const xs = [position.topLeft.x, position.topRight.x, position.bottomLeft.x, position.bottomRight.x];
  const ys = [position.topLeft.y, position.topRight.y, position.bottomLeft.y, position.bottomRight.y];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function createZxingQrDecoder(): QrDecoder {
  return {
    async decode(image: RgbaImage) {
      prepare();
      // ImageData wants a buffer of its own (not a view into a shared one).
      const pixels = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
      const results = await readBarcodes(pixels, {
        formats: ['QRCode'],
        // Screenshots of remote sessions are soft and small: spend the extra effort.
        tryHarder: true,
        tryInvert: true,
        maxNumberOfSymbols: 4,
      });
      return results.filter((r) => r.isValid).map((r) => ({ text: r.text, box: boxOf(r.position) }));
    },
  };
}
