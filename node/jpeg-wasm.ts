/**
 * JPEG → RGBA with mozjpeg compiled to wasm (@jsquash/jpeg): 15–25 ms for a 1080p capture where
 * jpeg-js takes 100–160 ms. The wasm is read from node_modules and compiled once; the package's
 * own loader would fetch it by URL. libjpeg's warnings ("Premature end of JPEG file") go to a
 * callback instead of stderr, so a failure can say what libjpeg said.
 *
 * Returns null when the wasm cannot be loaded (a bundle without the file): the caller falls back
 * to jpeg-js, slower but pure JS. Throws a plain Error for a JPEG libjpeg refuses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import decode, { init } from '@jsquash/jpeg/decode.js';
import type { RgbaImage } from '../shared/ocr/types';

const require = createRequire(import.meta.url);

/** The last thing libjpeg printed, for the error message. */
let lastMessage = '';
let ready: Promise<boolean> | null = null;

function start(): Promise<boolean> {
  ready ??= (async () => {
    try {
      const path = join(dirname(require.resolve('@jsquash/jpeg/package.json')), 'codec/dec/mozjpeg_dec.wasm');
      const module = await WebAssembly.compile(readFileSync(path));
      const quiet = (text: string): void => {
        lastMessage = text;
      };
      // init(module, overrides) is in the JS but missing from the package's types.
      await (init as unknown as (m: WebAssembly.Module, o: object) => Promise<void>)(module, {
        print: quiet,
        printErr: quiet,
      });
      return true;
    } catch {
      return false;
    }
  })();
  return ready;
}

export async function decodeJpegWasm(bytes: Uint8Array): Promise<RgbaImage | null> {
  if (!(await start())) return null;
  lastMessage = '';
  // The decoder takes an ArrayBuffer of exactly the file.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let decoded: { width: number; height: number; data: Uint8ClampedArray };
  try {
    decoded = await decode(buffer);
  } catch (error) {
    throw new Error(lastMessage || (error instanceof Error ? error.message : String(error)), {
      cause: error,
    });
  }
  return { width: decoded.width, height: decoded.height, data: decoded.data };
}
