/**
 * Copies the OCR and QR decoders' runtime files into the extension, so nothing is ever fetched
 * from a CDN (MV3 forbids remote code; tesseract.js and zxing-wasm default to jsDelivr).
 *
 * WXT loads every file in `modules/` by itself; listing this one in `modules: [...]` too would
 * run it twice. Paths come from node_modules at build time, so the copies always match the
 * installed JS (zxing-wasm checks that its .wasm is the same version as its JS).
 *
 * Layout (URLs in webext/ocr/asset-urls.ts):
 *   ocr/tesseract/worker.min.js
 *   ocr/tesseract/core/tesseract-core-{relaxedsimd,simd}-lstm.wasm.js
 *   ocr/tesseract/lang/eng.traineddata.gz
 *   ocr/zxing/zxing_reader.wasm
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

const require = createRequire(import.meta.url);

/** Folder of an installed package that has no `exports` map (so its package.json resolves). */
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/**
 * LSTM-only cores (oem 1 needs no legacy engine). tesseract.js picks relaxed SIMD, else SIMD,
 * else plain; every browser we support (Chrome 120+, Firefox 140+) has SIMD, so the plain
 * build (3.9 MB) would never load.
 */
const CORE_VARIANTS = ['tesseract-core-relaxedsimd-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js'];

export function ocrAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const tesseract = packageDir('tesseract.js');
  const core = packageDir('tesseract.js-core');
  const eng = packageDir('@tesseract.js-data/eng');
  return [
    { absoluteSrc: join(tesseract, 'dist/worker.min.js'), relativeDest: 'ocr/tesseract/worker.min.js' },
    ...CORE_VARIANTS.map((file) => ({
      absoluteSrc: join(core, file),
      relativeDest: `ocr/tesseract/core/${file}`,
    })),
    // best_int: the LSTM-only model tesseract.js itself uses for oem 1 (2.9 MB gzipped).
    {
      absoluteSrc: join(eng, '4.0.0_best_int/eng.traineddata.gz'),
      relativeDest: 'ocr/tesseract/lang/eng.traineddata.gz',
    },
    // zxing-wasm has an `exports` map; it exports the wasm itself.
    {
      absoluteSrc: require.resolve('zxing-wasm/reader/zxing_reader.wasm'),
      relativeDest: 'ocr/zxing/zxing_reader.wasm',
    },
  ];
}

export default defineWxtModule({
  name: 'ocr-assets',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_wxt, assets) => {
      assets.push(...ocrAssets());
    });
  },
});
