/**
 * The browser OcrEngine: tesseract.js running in the side panel page itself. It cannot run in
 * the MV3 service worker (no Worker there) nor in a content script (the page origin may not load
 * extension scripts); the panel is an extension page, same origin as the bundled files.
 *
 * One worker, created at the first read (3–4 MB of wasm and 3 MB of model are not worth loading
 * for technicians who never press "Read this screen"), reused for every crop, and shut down after
 * a few idle minutes so an open panel does not hold ~100 MB for nothing.
 */
import { createWorker, type ImageLike, type Worker } from 'tesseract.js';
import { encodePnm } from '../../shared/ocr/pnm';
import { linesFromTesseractBlocks } from '../../shared/ocr/tesseract-blocks';
import {
  TESSERACT_INIT_CONFIG,
  TESSERACT_OEM_LSTM_ONLY,
  TESSERACT_WORKER_PARAMETERS,
  tesseractJobParameters,
} from '../../shared/ocr/tesseract-params';
import type { OcrEngine, OcrLine, OcrOptions, RgbaImage } from '../../shared/ocr/types';
import { ocrAssetUrl } from './asset-urls';
import { withTimeout } from './with-timeout';

export interface BrowserOcrEngineOptions {
  /**
   * createWorker never settles when the wasm cannot compile (e.g. a CSP without
   * 'wasm-unsafe-eval') or a bundled file is missing, so it is bounded. A cold start takes
   * 0.3–0.5 s in Chromium and ~0.9 s in Firefox on a 2-core machine: 30 s means broken.
   */
  startTimeoutMs?: number;
  /** Idle time after the last recognize before the worker is terminated. */
  idleMs?: number;
  /** Init-only Tesseract settings (the 4th createWorker argument). */
  initConfig?: Record<string, string>;
  /** Worker start-up steps, e.g. ('loading language traineddata', 0.5). */
  onStartStatus?(status: string, progress: number): void;
}

export class OcrEngineStartError extends Error {
  override name = 'OcrEngineStartError';
}

const DEFAULTS = {
  startTimeoutMs: 30_000,
  idleMs: 3 * 60_000,
  initConfig: TESSERACT_INIT_CONFIG,
};

export class BrowserOcrEngine implements OcrEngine {
  private worker: Promise<Worker> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private busy = 0;
  /** Milliseconds the last cold start took (null until one happened). */
  lastStartMs: number | null = null;

  constructor(private readonly options: BrowserOcrEngineOptions = {}) {}

  /** True when a worker is running or starting. */
  get started(): boolean {
    return this.worker !== null;
  }

  /** Starts the worker if needed; resolves when it can recognize. */
  async ready(): Promise<void> {
    this.hold();
    try {
      await this.start();
    } finally {
      this.release();
    }
  }

  async recognize(image: RgbaImage, options: OcrOptions = {}): Promise<{ lines: OcrLine[] }> {
    this.hold();
    try {
      const worker = await this.start();
      const params = tesseractJobParameters(options);
      // PNM bytes: Leptonica reads them as they are (no PNG encode here, no decode in wasm).
      // tesseract.js's types omit Uint8Array, which its browser loader passes straight through.
      const pixels = encodePnm(image) as unknown as ImageLike;
      const result = await worker
        .recognize(pixels, params as never, { blocks: true, text: false })
        .catch((error: unknown) => {
          // A crashed worker answers nothing again: start a fresh one next time.
          void this.terminate();
          throw error instanceof Error ? error : new Error(`OCR failed: ${String(error)}`);
        });
      return { lines: linesFromTesseractBlocks(result.data.blocks) };
    } finally {
      this.release();
    }
  }

  async terminate(): Promise<void> {
    clearTimeout(this.idleTimer);
    const running = this.worker;
    this.worker = null;
    if (!running) return;
    await running.then((w) => w.terminate()).catch(() => undefined);
  }

  private start(): Promise<Worker> {
    if (this.worker) return this.worker;
    const { startTimeoutMs, initConfig } = { ...DEFAULTS, ...this.options };
    const began = performance.now();
    const creating = createWorker(
      'eng',
      TESSERACT_OEM_LSTM_ONLY,
      {
        workerPath: ocrAssetUrl('tesseractWorker'),
        corePath: ocrAssetUrl('tesseractCore'),
        langPath: ocrAssetUrl('tesseractLang'),
        // The default blob: worker importScripts() the worker file, which extension pages refuse.
        workerBlobURL: false,
        // The model is a local file: caching a copy in IndexedDB would only double the storage.
        cacheMethod: 'none',
        gzip: true,
        logger: (m) => {
          if (m.status !== 'recognizing text') this.options.onStartStatus?.(m.status, m.progress);
        },
        // Without a handler tesseract.js also throws job failures from its message handler
        // (uncaught); with one, the failing call just rejects and we report it.
        errorHandler: () => undefined,
      },
      { ...initConfig },
    );
    const seconds = Math.round(startTimeoutMs / 1000);
    const configured = creating.then(async (worker) => {
      await worker.setParameters(TESSERACT_WORKER_PARAMETERS);
      return worker;
    });
    const started = withTimeout(
      configured,
      startTimeoutMs,
      `The OCR engine did not start within ${seconds} s (its bundled files may be missing or blocked).`,
    ).then(
      (worker) => {
        this.lastStartMs = Math.round(performance.now() - began);
        return worker;
      },
      (error: unknown) => {
        if (this.worker === started) this.worker = null;
        // A worker that starts after we gave up must not linger.
        void creating.then((late) => late.terminate()).catch(() => undefined);
        const detail = error instanceof Error ? error.message : String(error);
        throw new OcrEngineStartError(
          detail.startsWith('The OCR engine') ? detail : `The OCR engine could not start: ${detail}`,
        );
      },
    );
    this.worker = started;
    return started;
  }

  private hold(): void {
    this.busy++;
    clearTimeout(this.idleTimer);
  }

  private release(): void {
    this.busy--;
    if (this.busy > 0 || !this.worker) return;
    const { idleMs } = { ...DEFAULTS, ...this.options };
    this.idleTimer = setTimeout(() => void this.terminate(), idleMs);
  }
}
