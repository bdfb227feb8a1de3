/**
 * Several OcrEngines (one tesseract worker each) behind one OcrEngine.
 *
 * tesseract.js's wasm core is single-threaded: one worker keeps one core busy. A recorder screen
 * is read as a few stacked calls, so on a machine with N cores N workers read N stacks at once
 * (read-stacked.ts splits the work by `parallelism`). Calls go to the member with the fewest
 * calls in flight, ties to the first, so with light load the first worker does the work and the
 * others only start when there is something for them (each member starts its worker lazily).
 */
import type { OcrEngine, OcrLine, OcrOptions, RgbaImage } from './types';

export interface EnginePool extends OcrEngine {
  readonly parallelism: number;
  readonly members: readonly OcrEngine[];
}

export function poolEngines(members: readonly OcrEngine[]): EnginePool {
  if (members.length === 0) throw new Error('poolEngines needs at least one engine');
  const inFlight = members.map(() => 0);
  return {
    parallelism: members.length,
    members,
    async recognize(image: RgbaImage, options?: OcrOptions): Promise<{ lines: OcrLine[] }> {
      let pick = 0;
      for (let i = 1; i < members.length; i++) if (inFlight[i]! < inFlight[pick]!) pick = i;
      inFlight[pick]!++;
      try {
        return await members[pick]!.recognize(image, options);
      } finally {
        inFlight[pick]!--;
      }
    },
    async terminate(): Promise<void> {
      await Promise.all(members.map((m) => m.terminate()));
    },
  };
}

/**
 * Workers worth running for OCR on a machine with this many logical cores: all of them up to
 * two (the stacks of one screen rarely fill more), and one when the count is unknown.
 */
export function ocrWorkerCount(cores: number | undefined): number {
  if (!cores || !Number.isFinite(cores) || cores < 2) return 1;
  return 2;
}
