/**
 * Reads prepared lines through an OcrEngine in as few calls as its parallelism allows.
 *
 * Tesseract's time goes into the LSTM, which costs about the same per character whatever the
 * crop's scale, so the only ways to be faster are to read fewer characters or to read them on
 * more cores at once. The lines are dealt into two stacks of about equal width (each cut again
 * past BATCH_ASPECT); an engine that runs several workers (`parallelism`) reads them
 * concurrently, a single worker one after the other.
 */
import { grayToRgba } from './gray';
import type { PreparedLine } from './prepare';
import { stackLines, unstackSlots } from './stack';
import type { OcrEngine, OcrLine, OcrOptions } from './types';

/** Width budget of one tesseract call, in line heights (~1.6 characters each). */
export const BATCH_ASPECT = 400;

/**
 * Stacks per read. Two, because pools have at most two workers (engine-pool.ts); a one-worker
 * engine reads them one after the other at ~3 ms extra per call.
 */
const STACKS = 2;

/** How many recognize calls the engine runs at once (1 unless it says more). */
export function parallelismOf(engine: OcrEngine): number {
  const n = engine.parallelism ?? 1;
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

function aspect(line: PreparedLine): number {
  return line.image.width / Math.max(1, line.image.height);
}

/**
 * Indexes 0…n-1 cut into at most `k` consecutive runs of about equal total weight (no run
 * empty). Consecutive, so a stack holds neighbouring lines and a caller reading slots in order
 * still does after the split.
 */
export function splitRuns(weights: readonly number[], k: number): number[][] {
  const runs: number[][] = [];
  let rest = weights.reduce((a, b) => a + b, 0);
  let i = 0;
  for (let left = Math.max(1, Math.min(k, weights.length)); left > 0; left--) {
    const target = rest / left;
    const run: number[] = [];
    let sum = 0;
    // Take items while the run stays nearer the target with the next one than without it,
    // leaving at least one item for each run still to come.
    while (
      i < weights.length - (left - 1) &&
      (run.length === 0 || left === 1 || Math.abs(sum + weights[i]! - target) <= Math.abs(sum - target))
    ) {
      sum += weights[i]!;
      run.push(i++);
    }
    rest -= sum;
    runs.push(run);
  }
  return runs;
}

/**
 * Indexes dealt into at most `k` groups of about equal total weight, the heaviest first into the
 * lightest group (one long firmware line is balanced by many short ones), each group in index
 * order; no group is empty.
 */
export function balanceGroups(weights: readonly number[], k: number): number[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(k, weights.length)) }, () => ({
    total: 0,
    members: [] as number[],
  }));
  const order = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
  for (const i of order) {
    const lightest = groups.reduce((a, b) => (b.total < a.total ? b : a));
    lightest.members.push(i);
    lightest.total += weights[i]!;
  }
  return groups.filter((g) => g.members.length > 0).map((g) => g.members.sort((a, b) => a - b));
}

export interface ReadStackedOptions {
  ocr?: OcrOptions;
  /** Stops starting calls once aborted; the caller turns that into its AbortError. */
  signal?: AbortSignal;
  /**
   * 'balanced' (default) evens out the stacks' widths; 'runs' keeps neighbouring lines together,
   * for items of like size (glyphs) where that costs nothing.
   */
  split?: 'balanced' | 'runs';
}

/** Splits indexes into runs whose total weight stays within `budget` (a heavier item runs alone). */
function byBudget(indexes: number[], weights: readonly number[], budget: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let width = 0;
  for (const i of indexes) {
    if (current.length > 0 && width + weights[i]! > budget) {
      out.push(current);
      current = [];
      width = 0;
    }
    current.push(i);
    width += weights[i]!;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * One OcrLine per prepared line, in order, in capture pixels (null where tesseract found
 * nothing). Lines are independent: which stack a line lands in does not change its reading.
 */
export async function readStacked(
  engine: OcrEngine,
  lines: readonly PreparedLine[],
  { ocr = { psm: 6 }, signal, split = 'balanced' }: ReadStackedOptions = {},
): Promise<(OcrLine | null)[]> {
  const out: (OcrLine | null)[] = lines.map(() => null);
  if (lines.length === 0) return out;
  const weights = lines.map(aspect);
  // The split does not depend on the engine: a stack's make-up nudges tesseract's thresholds and
  // layout, and a screen must read the same on a 1-core and a 4-core machine.
  const calls = (split === 'runs' ? splitRuns(weights, STACKS) : balanceGroups(weights, STACKS)).flatMap(
    (group) => byBudget(group, weights, BATCH_ASPECT),
  );
  const readCall = async (members: number[]): Promise<void> => {
    // An abort stops the calls not started yet; the caller turns it into its AbortError.
    if (signal?.aborted) return;
    const stack = stackLines(members.map((i) => lines[i]!));
    const result = await engine.recognize(grayToRgba(stack.image), ocr);
    unstackSlots(
      result.lines.flatMap((l) => l.words),
      stack,
    ).forEach((line, slot) => {
      out[members[slot]!] = line;
    });
  };
  if (parallelismOf(engine) === 1) {
    for (const members of calls) await readCall(members);
  } else {
    await Promise.all(calls.map(readCall));
  }
  return out;
}
