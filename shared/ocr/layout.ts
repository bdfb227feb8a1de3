/**
 * Where values sit relative to their labels, on boxes alone (before or after OCR): the same
 * row to the right (a GUI table's value column), or just below and aligned (a sticker, a list's
 * column headers). And which lines of a screen are worth reading first: the label column of a
 * table plus every free-standing line, so values are read only for the labels that matter.
 */
import { verticalOverlap } from './box';
import type { Box } from './types';

interface Boxed {
  box: Box;
}

/** Rows of a table are separated from their value by more than a word space. */
const CELL_GAP = 1.5;

/** The nearest item on the same row to the right of `item`, within 40 line heights. */
export function rightOf<T extends Boxed>(items: readonly T[], item: T): T | null {
  const right = item.box.x + item.box.width;
  let best: T | null = null;
  let bestGap = Infinity;
  for (const other of items) {
    if (other === item || verticalOverlap(item.box, other.box) < 0.5) continue;
    const gap = other.box.x - right;
    if (gap < -0.5 * item.box.height || gap > 40 * item.box.height) continue;
    if (gap < bestGap) {
      bestGap = gap;
      best = other;
    }
  }
  return best;
}

/** The nearest item below `item`, left-aligned with it or overlapping it horizontally. */
export function below<T extends Boxed>(items: readonly T[], item: T): T | null {
  const bottom = item.box.y + item.box.height;
  const right = item.box.x + item.box.width;
  let best: T | null = null;
  let bestGap = Infinity;
  for (const other of items) {
    if (other === item || other.box.y < item.box.y + 0.5 * item.box.height) continue;
    const gap = other.box.y - bottom;
    // A list's header row sits a cell's padding above its values: up to ~2.5 line heights.
    if (gap > 2.5 * item.box.height) continue;
    const aligned =
      Math.abs(other.box.x - item.box.x) <= 2 * item.box.height ||
      (other.box.x < right && item.box.x < other.box.x + other.box.width);
    if (aligned && gap < bestGap) {
      bestGap = gap;
      best = other;
    }
  }
  return best;
}

export interface ReadingPlan<T extends Boxed> {
  /**
   * A label/value table (3+ rows whose first cells line up): each row's value cell, mapped to its
   * label cell. Null when the screen has no such table.
   */
  table: { values: T[]; labelOf: Map<T, T> } | null;
  /** Lines with no neighbour on their row: "Label: value" lines, stickers, menus, buttons. */
  free: T[];
  /** Every line, top to bottom. */
  all: T[];
}

const byPosition = (p: Boxed, q: Boxed): number => p.box.y - q.box.y || p.box.x - q.box.x;

export function planReading<T extends Boxed>(items: readonly T[]): ReadingPlan<T> {
  const hasLeft = new Set<T>();
  const hasRight = new Set<T>();
  for (const a of items) {
    for (const b of items) {
      if (a === b || verticalOverlap(a.box, b.box) < 0.6) continue;
      if (b.box.x - (a.box.x + a.box.width) > CELL_GAP * a.box.height) {
        hasRight.add(a);
        hasLeft.add(b);
      }
    }
  }
  const all = [...items].sort(byPosition);
  const free = all.filter((i) => !hasLeft.has(i) && !hasRight.has(i));
  // Cells with something to their right, kept where they form a column (labels line up). A menu
  // beside the table can form such a column too; its "values" are then the labels, read along.
  const leading = all.filter((i) => hasRight.has(i));
  const column = leading.filter(
    (a) => leading.filter((b) => Math.abs(b.box.x - a.box.x) <= Math.max(4, 0.5 * a.box.height)).length >= 3,
  );
  if (column.length === 0) return { table: null, free, all };
  const labelOf = new Map<T, T>();
  for (const label of column) {
    const value = rightOf(items, label);
    if (value && !labelOf.has(value)) labelOf.set(value, label);
  }
  return { table: { values: [...labelOf.keys()].sort(byPosition), labelOf }, free, all };
}
