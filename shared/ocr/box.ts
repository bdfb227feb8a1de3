/**
 * Box arithmetic, and the mapping between CSS pixels and screenshot pixels.
 *
 * `captureVisibleTab` returns device pixels: a CSS rect is multiplied by devicePixelRatio, which
 * already includes page zoom in Chromium and Firefox. Some captures come back at another scale
 * (Firefox can capture at scale 1, a remote viewer may be resized), so when the real image width
 * is known the ratio image width / viewport CSS width is the truth and wins over the DPR.
 */
import type { Box } from './types';

export function clampBox(box: Box, width: number, height: number): Box {
  const x = Math.max(0, Math.min(width, Math.floor(box.x)));
  const y = Math.max(0, Math.min(height, Math.floor(box.y)));
  const right = Math.max(x, Math.min(width, Math.ceil(box.x + box.width)));
  const bottom = Math.max(y, Math.min(height, Math.ceil(box.y + box.height)));
  return { x, y, width: right - x, height: bottom - y };
}

export function padBox(box: Box, dx: number, dy = dx): Box {
  return { x: box.x - dx, y: box.y - dy, width: box.width + 2 * dx, height: box.height + 2 * dy };
}

export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

export function scaleBox(box: Box, factor: number): Box {
  return { x: box.x * factor, y: box.y * factor, width: box.width * factor, height: box.height * factor };
}

/** Overlap of the vertical extents, as a fraction of the shorter box. */
export function verticalOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlap <= 0 ? 0 : overlap / Math.max(1, Math.min(a.height, b.height));
}

export function boxContains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export interface ViewportScale {
  /** Width of the screenshot in pixels, when known. */
  imageWidth?: number;
  /** `window.innerWidth` of the captured page, in CSS pixels, when known. */
  viewportWidth?: number;
  /** `window.devicePixelRatio` of the captured page (includes page zoom). */
  devicePixelRatio?: number;
}

/** Screenshot pixels per CSS pixel. */
export function cssToImageScale({ imageWidth, viewportWidth, devicePixelRatio }: ViewportScale): number {
  if (imageWidth && viewportWidth) return imageWidth / viewportWidth;
  return devicePixelRatio && devicePixelRatio > 0 ? devicePixelRatio : 1;
}

/** A DOM rect (getBoundingClientRect, CSS px) as a box in screenshot pixels. */
export function cssRectToImageBox(rect: Box, scale: ViewportScale | number): Box {
  return scaleBox(rect, typeof scale === 'number' ? scale : cssToImageScale(scale));
}

/** A box in screenshot pixels as CSS px of a preview drawn `displayWidth` wide (for overlays). */
export function imageBoxToDisplay(box: Box, imageWidth: number, displayWidth: number): Box {
  return scaleBox(box, displayWidth / imageWidth);
}
