import { describe, expect, it } from 'vitest';
import {
  boxContains,
  clampBox,
  cssRectToImageBox,
  cssToImageScale,
  imageBoxToDisplay,
  intersects,
  padBox,
  unionBox,
  verticalOverlap,
} from '../../../../shared/ocr/box';

describe('boxes', () => {
  it('clamps to the image and rounds outwards', () => {
    expect(clampBox({ x: -3.5, y: 2.2, width: 10, height: 100 }, 5, 50)).toEqual({
      x: 0,
      y: 2,
      width: 5,
      height: 48,
    });
    expect(clampBox({ x: 60, y: 0, width: 10, height: 10 }, 50, 50).width).toBe(0);
  });

  it('pads, unites, intersects, contains', () => {
    const a = { x: 10, y: 10, width: 10, height: 10 };
    expect(padBox(a, 2)).toEqual({ x: 8, y: 8, width: 14, height: 14 });
    expect(unionBox(a, { x: 30, y: 0, width: 5, height: 5 })).toEqual({ x: 10, y: 0, width: 25, height: 20 });
    expect(intersects(a, { x: 19, y: 19, width: 5, height: 5 })).toBe(true);
    expect(intersects(a, { x: 20, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxContains(a, { x: 12, y: 12, width: 2, height: 2 })).toBe(true);
  });

  it('measures vertical overlap against the shorter box', () => {
    expect(verticalOverlap({ x: 0, y: 0, width: 1, height: 10 }, { x: 0, y: 5, width: 1, height: 4 })).toBe(
      1,
    );
    expect(
      verticalOverlap({ x: 0, y: 0, width: 1, height: 10 }, { x: 0, y: 8, width: 1, height: 10 }),
    ).toBeCloseTo(0.2);
    expect(verticalOverlap({ x: 0, y: 0, width: 1, height: 10 }, { x: 0, y: 20, width: 1, height: 10 })).toBe(
      0,
    );
  });
});

describe('CSS pixels ↔ screenshot pixels', () => {
  it('uses devicePixelRatio (which includes page zoom) when the image size is unknown', () => {
    expect(cssToImageScale({ devicePixelRatio: 2 })).toBe(2);
    expect(cssToImageScale({ devicePixelRatio: 1.25 })).toBe(1.25);
    expect(cssToImageScale({})).toBe(1);
    expect(cssRectToImageBox({ x: 10, y: 20, width: 100, height: 16 }, { devicePixelRatio: 1.5 })).toEqual({
      x: 15,
      y: 30,
      width: 150,
      height: 24,
    });
  });

  it('trusts the real capture width over the DPR (a capture at another scale)', () => {
    // Firefox capturing a 2× page at scale 1: the image is as wide as the viewport.
    expect(cssToImageScale({ imageWidth: 1280, viewportWidth: 1280, devicePixelRatio: 2 })).toBe(1);
    expect(
      cssRectToImageBox({ x: 10, y: 10, width: 10, height: 10 }, { imageWidth: 960, viewportWidth: 1280 }),
    ).toEqual({ x: 7.5, y: 7.5, width: 7.5, height: 7.5 });
  });

  it('maps image boxes onto a scaled-down preview for overlays', () => {
    expect(imageBoxToDisplay({ x: 100, y: 50, width: 200, height: 20 }, 2000, 500)).toEqual({
      x: 25,
      y: 12.5,
      width: 50,
      height: 5,
    });
  });
});
