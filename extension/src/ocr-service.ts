/**
 * OCR in the extension host: the same pipeline as the CLI (shared/ocr identifyFromImage over
 * the Node tesseract.js engine and zxing QR decoder from node/), with ONE worker created
 * on the first image and reused, shut down after a few idle minutes and on deactivate
 * (reference §5.4: a worker costs 70–100 MiB).
 *
 * Offline: the engine reads the traineddata and the core shipped in the VSIX
 * (dist/node_modules, see extension/build.ts). It writes no traineddata cache at all
 * (cacheMethod 'none': the data is already on disk), which also keeps tesseract.js's default
 * cache out of process.cwd() (reference §5.4) without needing globalStorageUri.
 */
import * as vscode from 'vscode';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../node/tesseract-engine';
import { createNodeQrDecoder } from '../../node/qr-decoder';
import { decodeImage, MAX_FILE_BYTES } from '../../node/image-file';
import { identifyFromImage } from '../../shared/ocr/identify';
import type { IdentifyResult, QrDecoder, RgbaImage } from '../../shared/ocr/types';
import { baseName, readBounded } from './commands/pick-file';

/** Idle time after which the worker is terminated (memory back to the site PC). */
const IDLE_MS = 5 * 60 * 1000;

export interface ImageReading {
  uri: vscode.Uri;
  bytes: Uint8Array;
  image: RgbaImage;
  result: IdentifyResult;
  timings: { readFileMs: number; identifyMs: number };
}

export class OcrService implements vscode.Disposable {
  private engine: NodeOcrEngine | null = null;
  private qr: QrDecoder | null = null;

  /** Reads one PNG/JPEG file and identifies the device from it. Throws with a helper-readable message. */
  async read(
    uri: vscode.Uri,
    onProgress?: (fraction: number) => void,
    signal?: AbortSignal,
  ): Promise<ImageReading> {
    const started = Date.now();
    const file = await readBounded(uri, MAX_FILE_BYTES);
    if ('tooLarge' in file)
      throw new Error(
        `${baseName(uri)} is ${Math.round(file.size / 1e6)} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB is read.`,
      );
    const image = await decodeImage(file.bytes, baseName(uri));
    const readFileMs = Date.now() - started;
    this.engine ??= createNodeOcrEngine({ idleMs: IDLE_MS });
    this.qr ??= createNodeQrDecoder();
    const begin = Date.now();
    const result = await identifyFromImage(image, this.engine, { qr: this.qr, onProgress, signal });
    return { uri, bytes: file.bytes, image, result, timings: { readFileMs, identifyMs: Date.now() - begin } };
  }

  dispose(): void {
    const engine = this.engine;
    this.engine = null;
    void engine?.terminate();
  }
}
