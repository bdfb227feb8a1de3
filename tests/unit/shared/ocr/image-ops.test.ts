import { describe, expect, it } from 'vitest';
import { cropGray, cropRgba, padGray } from '../../../../shared/ocr/crop';
import { createGray, grayToRgba, toGray } from '../../../../shared/ocr/gray';
import { resizeGray, scaleGray } from '../../../../shared/ocr/resample';
import {
  contrastIn,
  darkOnLight,
  hasLightText,
  otsuThreshold,
  stretchContrast,
  thresholdGray,
} from '../../../../shared/ocr/tone';
import { encodePgm, encodePnm, encodePpm } from '../../../../shared/ocr/pnm';
import { canvas, fill } from './synthetic';

describe('grey conversion', () => {
  it('uses luma weights and blends transparency onto white', () => {
    const img = canvas(3, 1);
    img.data.set([255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 0], 0);
    expect([...toGray(img).data]).toEqual([77, 0, 255]);
  });

  it('round-trips through RGBA', () => {
    const g = createGray(2, 2, 10);
    g.data[3] = 200;
    const back = toGray(grayToRgba(g));
    expect([...back.data]).toEqual([10, 10, 10, 200]);
  });

  it('rejects a buffer smaller than its dimensions', () => {
    expect(() => toGray({ width: 10, height: 10, data: new Uint8ClampedArray(4) })).toThrow(/too small/);
  });
});

describe('crop and pad', () => {
  const g = { width: 4, height: 3, data: Uint8Array.from({ length: 12 }, (_, i) => i) };

  it('crops inside, clamps outside', () => {
    expect(cropGray(g, { x: 1, y: 1, width: 2, height: 2 })).toEqual({
      width: 2,
      height: 2,
      data: Uint8Array.from([5, 6, 9, 10]),
    });
    expect(cropGray(g, { x: -5, y: 2, width: 7, height: 9 })).toEqual({
      width: 2,
      height: 1,
      data: Uint8Array.from([8, 9]),
    });
    expect(cropGray(g, { x: 9, y: 9, width: 2, height: 2 }).data.length).toBe(0);
  });

  it('crops RGBA the same way', () => {
    const img = canvas(3, 3);
    fill(img, { x: 1, y: 1, width: 1, height: 1 }, [1, 2, 3]);
    expect([...cropRgba(img, { x: 1, y: 1, width: 1, height: 1 }).data]).toEqual([1, 2, 3, 255]);
  });

  it('pads with a white border', () => {
    const padded = padGray({ width: 1, height: 1, data: Uint8Array.from([0]) }, 2);
    expect(padded.width).toBe(5);
    expect(padded.data[2 * 5 + 2]).toBe(0);
    expect(padded.data.filter((v) => v === 255).length).toBe(24);
  });
});

describe('resampling', () => {
  it('keeps a flat image flat at any scale', () => {
    const flat = createGray(7, 5, 90);
    for (const [w, h] of [
      [21, 15],
      [3, 2],
      [7, 5],
    ] as const)
      expect(new Set(resizeGray(flat, w, h).data)).toEqual(new Set([90]));
  });

  it('shrinks by area: a one-pixel line fades instead of vanishing', () => {
    const g = createGray(8, 8, 255);
    for (let x = 0; x < 8; x++) g.data[3 * 8 + x] = 0;
    const small = resizeGray(g, 2, 2);
    // The line covers 1/4 of the top output row's source rows.
    expect(small.data[0]).toBeGreaterThan(150);
    expect(small.data[0]).toBeLessThan(220);
  });

  it('enlarges sharply: an edge stays an edge', () => {
    const g = createGray(4, 1, 255);
    g.data[0] = 0;
    g.data[1] = 0;
    const big = scaleGray(g, 4);
    expect(big.width).toBe(16);
    expect(big.data[2]).toBe(0);
    expect(big.data[13]).toBe(255);
  });
});

describe('tone', () => {
  const darkTheme = (): ReturnType<typeof toGray> => {
    const img = canvas(40, 20, [24, 32, 45]);
    fill(img, { x: 5, y: 5, width: 20, height: 2 }, [238, 241, 246]);
    fill(img, { x: 5, y: 12, width: 20, height: 2 }, [238, 241, 246]);
    return toGray(img);
  };

  it('detects light text on a dark background and inverts it', () => {
    const g = darkTheme();
    expect(hasLightText(g)).toBe(true);
    const { image, inverted } = darkOnLight(g);
    expect(inverted).toBe(true);
    expect(image.data[0]).toBeGreaterThan(200);
    expect(image.data[5 * 40 + 5]).toBeLessThan(30);
  });

  it('leaves dark text on light (and white on a blue highlight is light text)', () => {
    const light = canvas(30, 10);
    fill(light, { x: 2, y: 2, width: 20, height: 2 }, [30, 30, 30]);
    expect(darkOnLight(toGray(light)).inverted).toBe(false);
    const highlight = canvas(30, 10, [42, 102, 201]);
    fill(highlight, { x: 2, y: 2, width: 20, height: 2 }, [255, 255, 255]);
    expect(hasLightText(toGray(highlight))).toBe(true);
  });

  it('stretches background to white and ink to black', () => {
    const g = { width: 4, height: 1, data: Uint8Array.from([60, 180, 180, 200]) };
    expect([...stretchContrast(g, 60, 180).data]).toEqual([0, 255, 255, 255]);
  });

  it('Otsu splits a two-tone image between its tones', () => {
    const g = { width: 6, height: 1, data: Uint8Array.from([20, 22, 25, 200, 210, 220]) };
    const t = otsuThreshold(g);
    expect(t).toBeGreaterThanOrEqual(25);
    expect(t).toBeLessThan(200);
    expect([...thresholdGray(g).data]).toEqual([0, 0, 0, 255, 255, 255]);
  });

  it('measures the contrast of text in a box', () => {
    const g = darkTheme();
    expect(contrastIn(g, { x: 0, y: 0, width: 40, height: 20 })).toBeGreaterThan(180);
    expect(contrastIn(g, { x: 30, y: 0, width: 10, height: 20 })).toBe(0);
  });
});

describe('PNM encoding', () => {
  it('writes PGM for grey and PPM for colour, alpha blended onto white', () => {
    const header = (bytes: Uint8Array): string => new TextDecoder().decode(bytes.subarray(0, 11));
    const g = { width: 2, height: 1, data: Uint8Array.from([0, 255]) };
    const pgm = encodePgm(g);
    expect(header(pgm)).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 255]);
    expect([...encodePnm(grayToRgba(g))]).toEqual([...pgm]);
    const colour = canvas(2, 1, [10, 20, 30]);
    colour.data[7] = 0;
    const ppm = encodePpm(colour);
    expect(header(ppm)).toBe('P6\n2 1\n255\n');
    expect([...ppm.subarray(11)]).toEqual([10, 20, 30, 255, 255, 255]);
    expect(header(encodePnm(colour))).toBe('P6\n2 1\n255\n');
  });
});
