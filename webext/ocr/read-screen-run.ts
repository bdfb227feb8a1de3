/**
 * The heavy half of "Read this screen", loaded on the first click (tesseract.js and zxing-wasm
 * stay out of the panel's start-up bundle): capture the tab in front, then run the shared
 * identify pipeline with the browser's OCR engine and QR decoder. Everything happens in the
 * panel page; the screenshot and the QR text never leave it.
 */
import { ocrWorkerCount, poolEngines } from '../../shared/ocr/engine-pool';
import { identifyFromImage } from '../../shared/ocr/identify';
import type { ReadScreenOutcome, ReadScreenProgress } from '../../ui/guide-host';
import { CaptureError, captureTab } from './capture-tab';
import { rgbaFromDataUrl } from './decode-image';
import { BrowserOcrEngine } from './tesseract-engine';
import { createZxingQrDecoder } from './zxing-decoder';

export interface ReadScreenOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadScreenProgress) => void;
}

/** Whoever is reading now hears the engine's start-up steps. */
let startListener: ((fraction: number) => void) | null = null;

/**
 * One pool per panel page: a tesseract worker per core up to two (shared/ocr/engine-pool.ts),
 * each created on the first read and idle-terminated by itself. The first one reports start-up.
 */
const engines = Array.from(
  { length: ocrWorkerCount(globalThis.navigator?.hardwareConcurrency) },
  (_, i) =>
    new BrowserOcrEngine({
      onStartStatus: (status, progress) => {
        if (i > 0) return;
        // Core and model loading dominate the start; map them onto one bar.
        const base = status.includes('core')
          ? 0
          : status.includes('traineddata')
            ? 0.3
            : status.includes('api')
              ? 0.9
              : null;
        if (base !== null)
          startListener?.(Math.min(1, base + progress * (status.includes('traineddata') ? 0.6 : 0.3)));
      },
    }),
);
const engine = poolEngines(engines);
const qr = createZxingQrDecoder();

const isAbort = (error: unknown, signal?: AbortSignal) =>
  signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `granted` is the permission request the click already made. */
export async function readScreenAfterPermission(
  granted: Promise<boolean>,
  targetTab: () => Promise<number | null>,
  { signal, onProgress }: ReadScreenOptions,
): Promise<ReadScreenOutcome> {
  const progress = (phase: ReadScreenProgress['phase'], fraction: number | null) =>
    onProgress?.({ phase, fraction });
  const cancelled = (): ReadScreenOutcome => ({ ok: false, problem: 'cancelled', message: 'Stopped.' });

  progress('permission', null);
  if (!(await granted)) {
    return {
      ok: false,
      problem: 'permission-denied',
      message:
        'Reading the screen needs permission to capture the tab you are looking at ("all sites", because the recorder can be at any address). Nothing was captured. Press "Read this screen" again to be asked again, or type the values from the label.',
    };
  }
  if (signal?.aborted) return cancelled();

  // Start the engine while the screen is captured: the two do not depend on each other.
  const cold = !engines.every((e) => e.started);
  const engineReady = Promise.all(engines.map((e) => e.ready())).then(
    () => null,
    (error: unknown) => messageOf(error),
  );

  progress('capture', null);
  const captureStarted = performance.now();
  let dataUrl: string;
  let scale: number;
  let image;
  try {
    const tabId = await targetTab();
    if (tabId === null) throw new CaptureError('There is no tab to read in this window.');
    const capture = await captureTab(tabId);
    dataUrl = capture.dataUrl;
    image = await rgbaFromDataUrl(dataUrl);
    // tab.width is in window pixels (DIPs); the page's own CSS pixels are that ÷ zoom.
    scale =
      (capture.tabWidth ? image.width / capture.tabWidth : globalThis.devicePixelRatio || 1) * capture.zoom;
  } catch (error) {
    return { ok: false, problem: 'capture-failed', message: messageOf(error) };
  }
  const captureMs = Math.round(performance.now() - captureStarted);
  if (signal?.aborted) return cancelled();

  // Only a cold start is worth a phase of its own; a warm engine answers at once.
  if (cold) {
    progress('engine', 0);
    startListener = (fraction) => progress('engine', fraction);
  }
  const startProblem = await engineReady;
  startListener = null;
  if (startProblem !== null) return { ok: false, problem: 'engine-failed', message: startProblem };
  if (signal?.aborted) return cancelled();

  progress('reading', 0);
  const readStarted = performance.now();
  try {
    const result = await identifyFromImage(image, engine, {
      qr,
      signal,
      onProgress: (fraction) => progress('reading', fraction),
    });
    return {
      ok: true,
      reading: {
        image: { dataUrl, width: image.width, height: image.height },
        scale,
        result,
        timings: {
          captureMs,
          // The workers start side by side: the slowest one is the wait.
          engineStartMs: cold ? Math.max(0, ...engines.map((e) => e.lastStartMs ?? 0)) : null,
          readMs: Math.round(performance.now() - readStarted),
        },
      },
    };
  } catch (error) {
    if (isAbort(error, signal)) return cancelled();
    return {
      ok: false,
      problem: 'read-failed',
      message: `Reading the screenshot failed: ${messageOf(error)}`,
    };
  }
}
