import { describe, expect, it } from 'vitest';
import { identifyFromImage } from '../../../../shared/ocr/identify';
import type { QrDecoder, RgbaImage } from '../../../../shared/ocr/types';
import { fakeEngine } from './fake-engine';
import { canvas, drawLine, fill } from './synthetic';

/** Glyph count → what the fake engine "reads" for a line of that many glyph blocks. */
const TEXTS: Record<number, string> = {
  2: 'Disk',
  3: 'Device Name',
  4: 'Device Model',
  5: 'System Version',
  6: 'Serial No.',
  7: 'MAC Address',
  9: 'NVR',
  11: 'DHI-NVR5232-4KS2',
  13: 'V4.002.0000000.8.R, Build Date: 2021-03-19',
  15: '6G04A2DPAJ93F5C',
  17: 'BC:32:5F:7A:09:D2',
};

/** A recorder "System Info" screen: a menu, and label/value rows (dark theme). */
function infoScreen(): RgbaImage {
  const img = canvas(1000, 500, [24, 32, 45]);
  const ink = [238, 241, 246] as const;
  drawLine(img, 20, 60, 14, [{ glyphs: 2 }], ink);
  const rows: [number, number][] = [
    [3, 9],
    [4, 11],
    [5, 13],
    [6, 15],
    [7, 17],
  ];
  rows.forEach(([label, value], r) => {
    const y = 40 + r * 50;
    drawLine(img, 200, y, 14, [{ glyphs: label }], ink);
    drawLine(img, 500, y, 14, [{ glyphs: value }], ink);
  });
  return img;
}

describe('identifyFromImage (fake engine)', () => {
  it('reads the four fields from a label/value table', async () => {
    const engine = fakeEngine(TEXTS);
    const result = await identifyFromImage(infoScreen(), engine);
    expect(result.model?.value).toBe('DHI-NVR5232-4KS2');
    expect(result.serial?.value).toBe('6G04A2DPAJ93F5C');
    expect(result.mac?.value).toBe('BC:32:5F:7A:09:D2');
    expect(result.firmware?.value).toBe('4.002.0000000.8.R,build:2021-03-19');
    expect(result.regions).toHaveLength(11);
    expect(result.qr).toBeNull();
    // The serial's box is where it was drawn, in capture pixels.
    expect(result.serial?.box?.x).toBeGreaterThanOrEqual(495);
    expect(result.serial?.box?.y).toBeGreaterThanOrEqual(185);
    expect(result.serial?.box?.y).toBeLessThanOrEqual(195);
  });

  it('reads the value column, then only the label a code needs, and stops there', async () => {
    const engine = fakeEngine(TEXTS);
    const result = await identifyFromImage(infoScreen(), engine);
    const read = engine.calls.flat();
    expect(read.sort((a, b) => a - b)).toEqual([6, 9, 11, 13, 15, 17]);
    // Lines are only the ones read.
    expect(result.lines.map((l) => l.text)).toContain('Serial No.');
    expect(result.lines.map((l) => l.text)).not.toContain('Disk');
  });

  it('returns nulls when nothing readable is there (never a guess)', async () => {
    const engine = fakeEngine({});
    const result = await identifyFromImage(infoScreen(), engine);
    expect([result.model, result.serial, result.mac, result.firmware]).toEqual([null, null, null, null]);
    expect(result.lines).toEqual([]);
  });

  it('reports monotonic progress ending at exactly 1', async () => {
    const seen: number[] = [];
    await identifyFromImage(infoScreen(), fakeEngine(TEXTS), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.filter((p) => p === 1)).toHaveLength(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    for (const p of seen) expect(p).toBeGreaterThan(0);
  });

  it('stops with an AbortError when aborted, before or during OCR', async () => {
    const before = new AbortController();
    before.abort();
    await expect(
      identifyFromImage(infoScreen(), fakeEngine(TEXTS), { signal: before.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    const during = new AbortController();
    const engine = fakeEngine(TEXTS, { onRecognize: () => during.abort() });
    await expect(identifyFromImage(infoScreen(), engine, { signal: during.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(engine.calls).toHaveLength(1);
  });

  it('decodes the reset QR and keeps OCR out of its modules', async () => {
    const img = infoScreen();
    // Something text-like where the QR is: must not be read.
    drawLine(img, 820, 420, 14, [{ glyphs: 8 }], [238, 241, 246]);
    const qr: QrDecoder = {
      decode: async () => [
        { text: 'https://example.com', box: null },
        { text: `0001B2ABCDEF12${'Q'.repeat(380)}==`, box: { x: 810, y: 410, width: 120, height: 40 } },
      ],
    };
    const engine = fakeEngine(TEXTS);
    const result = await identifyFromImage(img, engine, { qr });
    expect(result.qr).toEqual({
      purpose: '0001',
      vendor: 'B2',
      vendorMeaning: 'OEM / neutral, new program',
      keyId: 'ABCDEF12',
      bodyLength: 382,
      box: { x: 810, y: 410, width: 120, height: 40 },
    });
    expect(result.regions.some((r) => r.x > 800 && r.y > 400)).toBe(false);
  });

  it('keeps the OCR result when the QR decoder fails', async () => {
    const qr: QrDecoder = { decode: async () => Promise.reject(new Error('wasm missing')) };
    const result = await identifyFromImage(infoScreen(), fakeEngine(TEXTS), { qr });
    expect(result.qr).toBeNull();
    expect(result.serial?.value).toBe('6G04A2DPAJ93F5C');
  });

  it('reads free-standing "Label: value" lines when there is no table', async () => {
    const img = canvas(600, 300);
    fill(img, { x: 0, y: 0, width: 600, height: 30 }, [30, 110, 184]);
    drawLine(img, 40, 60, 14, [{ glyphs: 20 }]);
    drawLine(img, 40, 90, 14, [{ glyphs: 21 }]);
    const engine = fakeEngine({ 20: 'SN: 4H01D66PAJ2FA64', 21: 'Model: NV4108E-HS' });
    const result = await identifyFromImage(img, engine);
    expect(result.serial?.value).toBe('4H01D66PAJ2FA64');
    expect(result.model?.value).toBe('NV4108E-HS');
  });
});
