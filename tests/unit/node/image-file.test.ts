import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode as encodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImage, ImageFileError, readImageFile, sniffFormat } from '../../../node/image-file';

const dir = mkdtempSync(join(tmpdir(), 'rrc-image-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function problem(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ImageFileError) return error.problem;
    throw error;
  }
  return 'none';
}

describe('decodeImage', () => {
  it('decodes 8-bit PNG in RGBA, RGB, grey and grey+alpha to RGBA', async () => {
    const rgba = await decodeImage(
      encodePng({ width: 1, height: 1, data: Uint8Array.from([1, 2, 3, 4]), channels: 4, depth: 8 }),
    );
    expect([...rgba.data]).toEqual([1, 2, 3, 4]);
    const rgb = await decodeImage(
      encodePng({ width: 1, height: 1, data: Uint8Array.from([1, 2, 3]), channels: 3, depth: 8 }),
    );
    expect([...rgb.data]).toEqual([1, 2, 3, 255]);
    const grey = await decodeImage(
      encodePng({ width: 2, height: 1, data: Uint8Array.from([7, 9]), channels: 1, depth: 8 }),
    );
    expect([...grey.data]).toEqual([7, 7, 7, 255, 9, 9, 9, 255]);
    const greyAlpha = await decodeImage(
      encodePng({ width: 1, height: 1, data: Uint8Array.from([7, 100]), channels: 2, depth: 8 }),
    );
    expect([...greyAlpha.data]).toEqual([7, 7, 7, 100]);
  });

  it('decodes 16-bit PNG by keeping the high byte', async () => {
    const img = await decodeImage(
      encodePng({
        width: 1,
        height: 1,
        data: Uint16Array.from([0x1234, 0xff00, 0x0100]),
        channels: 3,
        depth: 16,
      }),
    );
    expect([...img.data]).toEqual([0x12, 0xff, 0x01, 255]);
  });

  it('decodes JPEG', async () => {
    const data = new Uint8Array(16 * 16 * 4).fill(200);
    const img = await decodeImage(jpeg.encode({ width: 16, height: 16, data }, 90).data);
    expect(img.width).toBe(16);
    expect(Math.abs(img.data[0]! - 200)).toBeLessThan(6);
  });

  it('decodes JPEG with mozjpeg (wasm) to what jpeg-js gives, within rounding', async () => {
    const width = 64;
    const height = 48;
    const data = new Uint8Array(width * height * 4).map((_, i) =>
      i % 4 === 3 ? 255 : ((i >> 2) * 7 + (i % 4) * 40) % 256,
    );
    const file = jpeg.encode({ width, height, data }, 85).data;
    const ours = await decodeImage(file);
    const reference = jpeg.decode(file, { useTArray: true, formatAsRGBA: true });
    expect([ours.width, ours.height]).toEqual([width, height]);
    let worst = 0;
    for (let i = 0; i < ours.data.length; i++)
      worst = Math.max(worst, Math.abs(ours.data[i]! - reference.data[i]!));
    expect(worst).toBeLessThanOrEqual(8);
  });

  it('says what libjpeg found wrong in a damaged JPEG, and keeps decoding the next file', async () => {
    const good = jpeg.encode({ width: 16, height: 16, data: new Uint8Array(16 * 16 * 4).fill(120) }, 90).data;
    // Start of image, then garbage, then an end-of-image marker: complete but not a JPEG stream.
    const damaged = Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0xff, 0xd9]);
    await expect(decodeImage(damaged, 'cam.jpg')).rejects.toMatchObject({
      problem: 'corrupt',
      message: expect.stringMatching(/^cam\.jpg is a damaged JPEG \(.+\)\.$/),
    });
    expect((await decodeImage(good)).width).toBe(16);
  });

  it('refuses a JPEG whose header claims absurd dimensions before decoding it', async () => {
    const file = Uint8Array.from(
      jpeg.encode({ width: 16, height: 16, data: new Uint8Array(16 * 16 * 4).fill(9) }, 90).data,
    );
    // Rewrite the start-of-frame's height and width (after FF C0, length, precision).
    let at = 2;
    while (!(file[at] === 0xff && file[at + 1] === 0xc0)) at += 2 + ((file[at + 2]! << 8) | file[at + 3]!);
    file.set([0xff, 0xff, 0xff, 0xff], at + 5);
    expect(await problem(() => decodeImage(file))).toBe('too-large');
  });

  it('tells formats apart by magic bytes, not names', async () => {
    expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(new TextEncoder().encode('GIF89a...'))).toBe('gif');
    expect(sniffFormat(new TextEncoder().encode('hello'))).toBeNull();
  });

  it('says what is wrong with a file that is not a usable image', async () => {
    expect(await problem(() => decodeImage(new TextEncoder().encode('Device Model: NVR')))).toBe('not-image');
    expect(await problem(() => decodeImage(new TextEncoder().encode('GIF89a\0\0\0\0\0\0')))).toBe(
      'unsupported',
    );
    const png = encodePng({
      width: 64,
      height: 64,
      data: new Uint8Array(64 * 64 * 3).map((_, i) => (i * 37) % 251),
      channels: 3,
      depth: 8,
    });
    expect(await problem(() => decodeImage(png.subarray(0, png.length >> 1)))).toBe('corrupt');
    expect(await problem(() => decodeImage(png.subarray(0, 20)))).toBe('corrupt');
    const jpg = jpeg.encode({ width: 32, height: 32, data: new Uint8Array(32 * 32 * 4).fill(90) }, 80).data;
    expect(await problem(() => decodeImage(jpg.subarray(0, jpg.length - 200)))).toBe('corrupt');
  });

  it('refuses absurd dimensions before inflating anything', async () => {
    const png = encodePng({ width: 1, height: 1, data: Uint8Array.from([0, 0, 0]), channels: 3, depth: 8 });
    const huge = Uint8Array.from(png);
    new DataView(huge.buffer).setUint32(16, 100_000);
    new DataView(huge.buffer).setUint32(20, 100_000);
    expect(await problem(() => decodeImage(huge))).toBe('too-large');
  });
});

describe('readImageFile', () => {
  it('reads a PNG from disk', async () => {
    const path = join(dir, 'ok.png');
    writeFileSync(path, encodePng({ width: 2, height: 2, data: new Uint8Array(12), channels: 3, depth: 8 }));
    expect((await readImageFile(path)).width).toBe(2);
  });

  it('reports missing, empty and directory paths as unreadable or not images', async () => {
    await expect(readImageFile(join(dir, 'missing.png'))).rejects.toMatchObject({
      problem: 'unreadable',
      message: expect.stringContaining('no such file'),
    });
    writeFileSync(join(dir, 'empty.png'), '');
    await expect(readImageFile(join(dir, 'empty.png'))).rejects.toMatchObject({ problem: 'not-image' });
    await expect(readImageFile(dir)).rejects.toMatchObject({ problem: 'unreadable' });
  });
});
