/**
 * QrDecoder over zxing-wasm's reader build, offline: the wasm is read from node_modules and
 * handed over as `wasmBinary`, because the package's default locateFile points at jsDelivr.
 * The module is instantiated once, on first use.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';
import type { Box, QrDecoder, RgbaImage } from '../shared/ocr/types';

const require = createRequire(import.meta.url);

let ready: Promise<unknown> | null = null;

function prepare(): Promise<unknown> {
  ready ??= readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).then((bytes) =>
    prepareZXingModule({
      overrides: {
        wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      },
      fireImmediately: true,
    }),
  );
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

function boxOf(position: ReadResult['position']): Box {
  const points = [position.topLeft, position.topRight, position.bottomLeft, position.bottomRight];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function createNodeQrDecoder(): QrDecoder {
  return {
    async decode(image: RgbaImage) {
      await prepare();
      // zxing accepts any { width, height, data } as ImageData.
      const results = await readBarcodes(image as unknown as ImageData, {
        formats: ['QRCode'],
        tryHarder: true,
        maxNumberOfSymbols: 4,
      });
      return results.filter((r) => r.isValid).map((r) => ({ text: r.text, box: boxOf(r.position) }));
    },
  };
}
