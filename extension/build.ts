/**
 * Builds the VS Code extension into extension/dist (`npm run build:vscode`):
 *
 * - dist/extension.js         the extension host bundle (cjs, node20, `vscode` external);
 * - dist/tesseract-worker.js  tesseract.js's Node worker script as its own bundle: bundling
 *                             tesseract.js breaks its default workerPath (reference §5.4), so
 *                             the bundle's copy of tesseract.js is pointed at this file;
 * - dist/webview/guide.js|css the guide webview (the Preact UI of the side panel);
 * - dist/node_modules/…       the runtime files the OCR and QR code resolve with
 *                             require.resolve at run time: the three tesseract.js-core
 *                             builds its worker loads, the LSTM-only English traineddata,
 *                             zxing's reader wasm and mozjpeg's decoder wasm, with their
 *                             package.json and licence. The
 *                             VSIX is packed with --no-dependencies (no root node_modules
 *                             at all), so these copies are the only ones it carries.
 *
 * Run with tsx: `tsx extension/build.ts [--outdir DIR]` (DIR defaults to extension/dist; the
 * offline-bundle test builds into a temporary folder so it never races a running build).
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const outdirAt = process.argv.indexOf('--outdir');
const DIST =
  outdirAt > 0 && process.argv[outdirAt + 1] ? resolve(process.argv[outdirAt + 1]!) : join(HERE, 'dist');
const require = createRequire(join(ROOT, 'package.json'));

/** Directory of an installed package (its package.json may not be in "exports"). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (nameIn(join(dir, 'package.json')) !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of ${name} not found`);
    dir = parent;
  }
  return dir;
}

function nameIn(packageJson: string): string | null {
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { name?: string }).name ?? null;
  } catch {
    return null;
  }
}

/**
 * tesseract.js computes its Node workerPath from its own __dirname, which inside a bundle is
 * dist/: point it at the worker bundle next to extension.js instead.
 */
const tesseractWorkerPath: Plugin = {
  name: 'tesseract-worker-path',
  setup(b) {
    b.onLoad({ filter: /tesseract\.js[\\/]src[\\/]worker[\\/]node[\\/]defaultOptions\.js$/ }, () => ({
      loader: 'js',
      contents: `const path = require('path');
const defaultOptions = require(${JSON.stringify(join(packageDir('tesseract.js'), 'src/constants/defaultOptions.js'))});
module.exports = { ...defaultOptions, workerPath: path.join(__dirname, 'tesseract-worker.js') };`,
    }));
  },
};

/** `import.meta.url` in cjs output: the bundle's own file URL (createRequire needs it). */
const importMetaUrl = {
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('url').pathToFileURL(__filename).href;" },
};

async function main(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });

  await Promise.all([
    build({
      entryPoints: [join(HERE, 'src/extension.ts')],
      outfile: join(DIST, 'extension.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      minify: true,
      logLevel: 'warning',
      plugins: [tesseractWorkerPath],
      ...importMetaUrl,
    }),
    build({
      entryPoints: [join(packageDir('tesseract.js'), 'src/worker-script/node/index.js')],
      outfile: join(DIST, 'tesseract-worker.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Resolved at run time from dist/node_modules: it loads its .wasm from its own folder.
      external: ['tesseract.js-core', 'tesseract.js-core/*'],
      minify: true,
      logLevel: 'warning',
    }),
    build({
      entryPoints: [join(HERE, 'webview/main.tsx')],
      outfile: join(DIST, 'webview/guide.js'),
      bundle: true,
      platform: 'browser',
      format: 'iife',
      // VS Code ≥ 1.90 ships Electron 29+ (Chromium 122+).
      target: 'chrome114',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      minify: true,
      logLevel: 'warning',
    }),
  ]);

  copyRuntime('tesseract.js-core', [
    'package.json',
    'LICENSE',
    ...coreVariants().flatMap((v) => [`${v}.js`, `${v}.wasm`]),
  ]);
  // The 2.9 MB LSTM-only data, not index.js's 10.9 MB legacy file (reference §5.2).
  copyRuntime('@tesseract.js-data/eng', ['package.json', 'README.md', '4.0.0_best_int/eng.traineddata.gz']);
  copyRuntime('zxing-wasm', ['package.json', 'LICENSE', 'dist/reader/zxing_reader.wasm']);
  // mozjpeg's decoder for JPEG screenshots (node/jpeg-wasm.ts); without it jpeg-js is used.
  copyRuntime('@jsquash/jpeg', ['package.json', 'LICENSE', 'codec/dec/mozjpeg_dec.wasm']);
}

/**
 * The tesseract.js-core builds the Node worker can load: plain, SIMD and relaxed-SIMD, whichever
 * the host's WebAssembly supports (the *.wasm.js files are browser builds with the wasm inlined).
 *
 * Which family: tesseract.js 7.0.0's Node getCore is called with `lstmOnly` (a boolean) but
 * compares it with OEM numbers, so it always loads the combined (non-"-lstm") builds, even for
 * the LSTM-only engine. Ship what it actually requires, and fail the build if that code changes
 * rather than ship a VSIX whose OCR crashes (the offline-bundle test would catch it too).
 */
function coreVariants(): string[] {
  const getCore = readFileSync(join(packageDir('tesseract.js'), 'src/worker-script/node/getCore.js'), 'utf8');
  const picksByOem =
    /module\.exports = async \(oem, _, res\)/.test(getCore) &&
    /\[OEM\.DEFAULT, OEM\.LSTM_ONLY\]\.includes\(oem\)/.test(getCore);
  const passesFlag = /getCore\(lstmOnly,/.test(
    readFileSync(join(packageDir('tesseract.js'), 'src/worker-script/index.js'), 'utf8'),
  );
  if (!picksByOem || !passesFlag) {
    throw new Error(
      'tesseract.js changed how its Node worker picks a core build: update coreVariants() in extension/build.ts.',
    );
  }
  return ['tesseract-core', 'tesseract-core-simd', 'tesseract-core-relaxedsimd'];
}

function copyRuntime(name: string, files: string[]): void {
  const from = packageDir(name);
  for (const file of files) {
    const target = join(DIST, 'node_modules', name, file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(from, file), target);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
