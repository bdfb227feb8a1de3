/**
 * OcrEngine over tesseract.js in Node, fully offline: the traineddata comes from
 * @tesseract.js-data/eng (LSTM-only best_int) and the core from tesseract.js-core in
 * node_modules, never from the CDN tesseract.js defaults to. Workers are created on the first
 * recognize and reused for every image after it (never one per image: tesseract.js
 * docs/performance.md, https://github.com/naptha/tesseract.js/blob/master/docs/performance.md).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';
import { ocrWorkerCount, poolEngines } from '../shared/ocr/engine-pool';
import { encodePnm } from '../shared/ocr/pnm';
import {
  TESSERACT_INIT_CONFIG,
  TESSERACT_OEM_LSTM_ONLY,
  TESSERACT_WORKER_PARAMETERS,
  tesseractJobParameters,
} from '../shared/ocr/tesseract-params';
import { linesFromTesseractBlocks } from '../shared/ocr/tesseract-blocks';
import type { OcrEngine, OcrLine, OcrOptions, RgbaImage } from '../shared/ocr/types';

const require = createRequire(import.meta.url);

/** Directory holding eng.traineddata.gz (tesseract.js appends `/eng.traineddata.gz`). */
export function localLangPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/** tesseract.js-core's directory (Node's worker loads the core with require, but pin it anyway). */
export function localCorePath(): string {
  return dirname(require.resolve('tesseract.js-core/package.json'));
}

export interface NodeOcrEngine extends OcrEngine {
  /** Starts the worker now (for measuring cold start apart from the first recognition). */
  warmUp(): Promise<void>;
}

export interface NodeOcrEngineOptions {
  /** Shut the workers down after this many ms without work; 0 (default) keeps them until terminate(). */
  idleMs?: number;
  /**
   * tesseract workers (each single-threaded; the second adds ~50 MB of RSS). Default: two on a machine with two or more
   * cores, so the stacks of one screen are read side by side (shared/ocr/engine-pool.ts).
   */
  workers?: number;
}

/**
 * The Node OcrEngine: a pool of tesseract.js workers. Each worker starts at its first call
 * (or at warmUp), so a one-line read never pays for the second.
 */
export function createNodeOcrEngine(options: NodeOcrEngineOptions = {}): NodeOcrEngine {
  const count = Math.max(1, Math.floor(options.workers ?? ocrWorkerCount(availableParallelism())));
  const members = Array.from({ length: count }, () => createWorkerEngine(options));
  const pool = poolEngines(members);
  return {
    parallelism: pool.parallelism,
    recognize: (image, ocr) => pool.recognize(image, ocr),
    terminate: () => pool.terminate(),
    async warmUp() {
      await Promise.all(members.map((m) => m.warmUp()));
    },
  };
}

/** One tesseract.js worker as an OcrEngine. */
function createWorkerEngine(options: NodeOcrEngineOptions): NodeOcrEngine {
  let worker: Promise<Worker> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let busy = 0;

  const start = (): Promise<Worker> => {
    worker ??= createWorker(
      'eng',
      TESSERACT_OEM_LSTM_ONLY,
      {
        langPath: localLangPath(),
        corePath: localCorePath(),
        gzip: true,
        // The data is already on disk: a cache would only write a second copy somewhere.
        cacheMethod: 'none',
      },
      { ...TESSERACT_INIT_CONFIG },
    ).then(async (w) => {
      await w.setParameters(TESSERACT_WORKER_PARAMETERS);
      return w;
    });
    // A failed start must not poison later attempts.
    worker.catch(() => {
      worker = null;
    });
    return worker;
  };

  const armIdle = (): void => {
    if (!options.idleMs || busy > 0) return;
    idleTimer = setTimeout(() => void shutdown(), options.idleMs);
    idleTimer.unref();
  };

  const shutdown = async (): Promise<void> => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const current = worker;
    worker = null;
    if (current) await (await current.catch(() => null))?.terminate();
  };

  return {
    async warmUp() {
      await start();
      armIdle();
    },
    async recognize(image: RgbaImage, ocr: OcrOptions = {}): Promise<{ lines: OcrLine[] }> {
      if (idleTimer) clearTimeout(idleTimer);
      busy++;
      try {
        const w = await start();
        const result = await w.recognize(
          Buffer.from(encodePnm(image)),
          // tesseract.js's types know only RecognizeOptions here; it takes parameters as well.
          tesseractJobParameters(ocr) as Parameters<Worker['recognize']>[1],
          { blocks: true, text: false },
        );
        return { lines: linesFromTesseractBlocks(result.data.blocks) };
      } catch (error) {
        // tesseract.js rejects with bare strings.
        throw error instanceof Error ? error : new Error(`tesseract: ${String(error)}`);
      } finally {
        busy--;
        armIdle();
      }
    },
    terminate: shutdown,
  };
}
