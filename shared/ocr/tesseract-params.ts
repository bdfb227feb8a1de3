/**
 * The tesseract settings both OCR engines use (node/tesseract-engine.ts for the CLI, VS Code and
 * the bench; webext/ocr/tesseract-engine.ts for the side panel), so what the CLI and the bench
 * measure holds for the panel. Tesseract takes every parameter as a string.
 */
import type { OcrOptions } from './types';

/** OEM 1: LSTM only, the only model the bundled best_int traineddata carries. */
export const TESSERACT_OEM_LSTM_ONLY = 1;

/**
 * Init-only settings (createWorker's fourth argument; tesseract.js docs/api.md). Serials and
 * models are codes, not words: dictionary bias only "corrects" them into words ("5010" → "SOLO").
 */
export const TESSERACT_INIT_CONFIG: Readonly<Record<string, string>> = {
  load_system_dawg: '0',
  load_freq_dawg: '0',
};

/** Set once on each new worker. */
export const TESSERACT_WORKER_PARAMETERS = {
  // PNM carries no resolution; without this tesseract assumes 70 dpi and warns.
  user_defined_dpi: '300',
  // Tesseract 5 re-reads doubtful lines inverted. The pipeline hands it dark-on-light crops
  // already, so that second LSTM pass (on exactly the hard codes) is wasted time.
  tessedit_do_invert: '0',
} as const;

/** Per-recognize settings; tesseract.js sets them for that job only and restores them after. */
export function tesseractJobParameters(options: OcrOptions): {
  tessedit_pageseg_mode: string;
  tessedit_char_whitelist: string;
} {
  return {
    tessedit_pageseg_mode: String(options.psm ?? 6),
    tessedit_char_whitelist: options.whitelist ?? '',
  };
}
