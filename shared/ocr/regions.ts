/**
 * Finds text lines in a screenshot without OCR, so tesseract reads tight crops at a good
 * x-height instead of a whole 2-megapixel frame (reference §2.4).
 *
 * 1. Edge mask: a pixel is "ink" where it differs strongly from its right or lower neighbour.
 *    Edges do not care about polarity, so dark and light themes, blue highlight bars and labels
 *    on photos all work without guessing the background first.
 * 2. Connected components of the mask (runs + union-find) are glyphs, or words when small
 *    glyphs touch. Rules, hollow frames (the outline of a filled panel or button) and blobs
 *    too tall to be text are dropped.
 * 3. Glyphs that sit on the same row and are closer than about one glyph height are chained
 *    into lines; a wider gap (a label column and its value column) starts a new line.
 *
 * Large frames are shrunk first: a 4K capture of a 2× display has text big enough to find at
 * half size, and the mask pass is then a quarter of the work.
 */
import { scaleBox, unionBox } from './box';
import { toGray, type GrayImage } from './gray';
import { resizeGray } from './resample';
import type { Box, RgbaImage } from './types';

export interface TextLine {
  /** In the pixels of the image passed in. */
  box: Box;
  /** Number of components chained into the line (glyphs, or words of touching glyphs). */
  glyphs: number;
}

export interface FindLinesOptions {
  /** Areas to ignore (e.g. a QR code already decoded). */
  exclude?: Box[];
  /** Minimum step between neighbours to count as an edge; default 36 (of 255). */
  edgeThreshold?: number;
}

interface Component {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  ink: number;
}

/** Side of the working copy above which the frame is shrunk. */
const MAX_WORK_WIDTH = 2400;
/** Tallest line considered text, in working pixels (a 2× capture of 24 px headings is ~50). */
const MAX_LINE_HEIGHT = 90;
/** Shortest line worth reading: below ~5 px tall nothing is legible even after scaling. */
const MIN_LINE_HEIGHT = 5;
/** Horizontal gap that still joins two components, in glyph heights. */
const GAP_FACTOR = 1.1;

function edgeMask(gray: GrayImage, threshold: number): Uint8Array {
  const { width, height, data } = gray;
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const below = y + 1 < height ? row + width : row;
    for (let x = 0; x < width; x++) {
      const i = row + x;
      const v = data[i]!;
      const right = x + 1 < width ? data[i + 1]! : v;
      const down = data[below + x]!;
      const dx = v > right ? v - right : right - v;
      const dy = v > down ? v - down : down - v;
      if (dx >= threshold || dy >= threshold) {
        mask[i] = 1;
        // Mark both sides of the step: a one-pixel stroke then becomes one solid component.
        if (dx >= threshold && x + 1 < width) mask[i + 1] = 1;
        if (dy >= threshold && y + 1 < height) mask[below + x] = 1;
      }
    }
  }
  return mask;
}

/** 8-connected components of the mask, by runs: one union per touching pair of runs. */
function components(mask: Uint8Array, width: number, height: number): Component[] {
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const runRow: number[] = [];
  const parent: number[] = [];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  let prevFirst = 0;
  let prevLast = 0;
  for (let y = 0; y < height; y++) {
    const first = runStart.length;
    const row = y * width;
    let x = 0;
    while (x < width) {
      if (mask[row + x] === 0) {
        x++;
        continue;
      }
      const s = x;
      while (x < width && mask[row + x] === 1) x++;
      const id = runStart.length;
      runStart.push(s);
      runEnd.push(x - 1);
      runRow.push(y);
      parent.push(id);
      // Runs of the previous row that touch this one, diagonals included.
      for (let p = prevFirst; p < prevLast; p++) {
        if (runEnd[p]! < s - 1) continue;
        if (runStart[p]! > x) break;
        const a = find(p);
        const b = find(id);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    prevFirst = first;
    prevLast = runStart.length;
  }
  const byRoot = new Map<number, Component>();
  for (let r = 0; r < runStart.length; r++) {
    const root = find(r);
    const c = byRoot.get(root);
    const s = runStart[r]!;
    const e = runEnd[r]!;
    const y = runRow[r]!;
    if (!c) {
      byRoot.set(root, { x0: s, y0: y, x1: e, y1: y, ink: e - s + 1 });
    } else {
      if (s < c.x0) c.x0 = s;
      if (e > c.x1) c.x1 = e;
      if (y > c.y1) c.y1 = y;
      c.ink += e - s + 1;
    }
  }
  return [...byRoot.values()];
}

function isGlyph(c: Component): boolean {
  const w = c.x1 - c.x0 + 1;
  const h = c.y1 - c.y0 + 1;
  if (h > MAX_LINE_HEIGHT) return false;
  // Horizontal rules and table borders; a dash or underscore is at most a few heights long.
  if (h <= 3 && w > 6 * h + 6) return false;
  if (w <= 3 && h > 40) return false;
  // Hollow frames: the edge outline of a filled panel, button or input box.
  if (w > 12 && h > 12 && c.ink / (w * h) < 0.16) return false;
  return true;
}

function overlapsAny(c: Component, boxes: Box[]): boolean {
  return boxes.some((b) => c.x0 < b.x + b.width && b.x < c.x1 + 1 && c.y0 < b.y + b.height && b.y < c.y1 + 1);
}

/** Chains glyphs into lines: same row (vertical overlap) and a gap under GAP_FACTOR heights. */
function chain(glyphs: Component[]): Component[][] {
  const order = [...glyphs].sort((a, b) => a.x0 - b.x0);
  const parent = order.map((_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  for (let i = 0; i < order.length; i++) {
    const a = order[i]!;
    const ha = a.y1 - a.y0 + 1;
    // Neighbours up to twice as tall may still join: bound the sweep by that.
    const reach = a.x1 + GAP_FACTOR * 2 * ha + 1;
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j]!;
      if (b.x0 > reach) break;
      const hb = b.y1 - b.y0 + 1;
      const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + 1;
      if (overlap <= 0) continue;
      const small = Math.min(ha, hb);
      const big = Math.max(ha, hb);
      // Punctuation and i-dots are small but must lie within the taller glyph's rows.
      if (overlap < 0.5 * small) continue;
      if (small < 0.45 * big && overlap < small) continue;
      const gap = b.x0 - a.x1 - 1;
      if (gap > GAP_FACTOR * big) continue;
      const ra = find(i);
      const rb = find(j);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  const groups = new Map<number, Component[]>();
  order.forEach((c, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}

function lineBox(group: Component[]): Box {
  return group
    .map((c): Box => ({ x: c.x0, y: c.y0, width: c.x1 - c.x0 + 1, height: c.y1 - c.y0 + 1 }))
    .reduce((acc, b) => unionBox(acc, b));
}

/**
 * Text lines of a grey image, top to bottom then left to right, boxes in its pixels. Cheap
 * enough to run on every capture: one pass for the mask, one for the runs.
 */
export function findTextLines(gray: GrayImage, options: FindLinesOptions = {}): TextLine[] {
  const shrink = Math.max(1, Math.ceil(gray.width / MAX_WORK_WIDTH));
  const work = shrink > 1 ? resizeGray(gray, gray.width / shrink, gray.height / shrink) : gray;
  const factor = gray.width / work.width;
  const exclude = (options.exclude ?? []).map((b) => scaleBox(b, 1 / factor));
  const mask = edgeMask(work, options.edgeThreshold ?? 36);
  const glyphs = components(mask, work.width, work.height).filter(
    (c) => isGlyph(c) && !overlapsAny(c, exclude),
  );
  const lines: TextLine[] = [];
  for (const group of chain(glyphs)) {
    const box = lineBox(group);
    if (box.height < MIN_LINE_HEIGHT || box.height > MAX_LINE_HEIGHT) continue;
    // A lone mark narrower than it is tall is not a word worth reading ("SN" is wider).
    if (box.width < 0.9 * box.height) continue;
    // Only punctuation-sized pieces: noise, JPEG ringing, icon details.
    const tallest = Math.max(...group.map((c) => c.y1 - c.y0 + 1));
    if (tallest < 0.6 * box.height) continue;
    lines.push({ box: factor === 1 ? box : scaleBox(box, factor), glyphs: group.length });
  }
  return lines.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

/** findTextLines for an RGBA capture: just the boxes. */
export function findTextRegions(image: RgbaImage | GrayImage, options?: FindLinesOptions): Box[] {
  const gray = image.data instanceof Uint8ClampedArray ? toGray(image as RgbaImage) : (image as GrayImage);
  return findTextLines(gray, options).map((l) => l.box);
}
