import { crc32, deflateSync } from 'node:zlib';
import { decode as fastPngDecode, encode as encodePng } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../../node/image-file';
import { decodePngNative } from '../../../node/png-native';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG whose row y is written with filter `filters[y % filters.length]` (the encoder's half of each filter). */
function pngWithFilters(
  width: number,
  height: number,
  channels: number,
  colorType: number,
  pixels: Uint8Array,
  filters: number[],
  extra: Buffer[] = [],
): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const f = filters[y % filters.length]!;
    raw[y * (stride + 1)] = f;
    for (let i = 0; i < stride; i++) {
      const x = pixels[y * stride + i]!;
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][f]!;
      raw[y * (stride + 1) + 1 + i] = (x - predictor) & 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra,
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

const noise = (n: number, seed: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i * 73 + seed * 151 + ((i * i) % 97)) & 255);

describe('decodePngNative', () => {
  it('reverses all five row filters exactly as fast-png does, for RGB, RGBA, grey and grey+alpha', async () => {
    for (const [channels, colorType] of [
      [3, 2],
      [4, 6],
      [1, 0],
      [2, 4],
    ] as const) {
      const png = pngWithFilters(
        9,
        10,
        channels,
        colorType,
        noise(9 * 10 * channels, channels),
        [0, 1, 2, 3, 4],
      );
      const ours = decodePngNative(png)!;
      const ref = fastPngDecode(png);
      expect(ours.width).toBe(9);
      const expected: number[] = [];
      for (let i = 0; i < 90; i++) {
        const px = Array.from(ref.data.subarray(i * channels, (i + 1) * channels));
        expected.push(
          ...(channels <= 2
            ? [px[0]!, px[0]!, px[0]!, channels === 2 ? px[1]! : 255]
            : [px[0]!, px[1]!, px[2]!, channels === 4 ? px[3]! : 255]),
        );
      }
      expect([...ours.data], `colour type ${colorType}`).toEqual(expected);
    }
  });

  it('expands a palette with its transparency', async () => {
    const plte = chunk('PLTE', Uint8Array.from([10, 20, 30, 40, 50, 60]));
    const trns = chunk('tRNS', Uint8Array.from([128]));
    const png = pngWithFilters(2, 1, 1, 3, Uint8Array.from([0, 1]), [0], [plte, trns]);
    expect([...decodePngNative(png)!.data]).toEqual([10, 20, 30, 128, 40, 50, 60, 255]);
  });

  it('leaves 16-bit and interlaced files to fast-png (null), which still decodes them', async () => {
    const deep = encodePng({
      width: 1,
      height: 1,
      data: Uint16Array.from([0x1234, 0xff00, 0x0100]),
      channels: 3,
      depth: 16,
    });
    expect(decodePngNative(deep)).toBeNull();
    expect([...(await decodeImage(deep)).data]).toEqual([0x12, 0xff, 0x01, 255]);
    const interlaced = Buffer.from(pngWithFilters(1, 1, 3, 2, Uint8Array.from([1, 2, 3]), [0]));
    interlaced[8 + 8 + 12] = 1;
    expect(decodePngNative(interlaced)).toBeNull();
  });

  it('throws on cut-short image data and unknown filters instead of returning half a picture', async () => {
    const png = pngWithFilters(16, 16, 3, 2, noise(16 * 16 * 3, 1), [4]);
    expect(() => decodePngNative(png.subarray(0, png.length - 40))).toThrow();
    const raw = Buffer.alloc(4);
    raw[0] = 9;
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(1, 0);
    ihdr.writeUInt32BE(1, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const bad = Buffer.concat([
      png.subarray(0, 8),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]);
    expect(() => decodePngNative(bad)).toThrow(/filter 9/);
    await expect(decodeImage(bad)).rejects.toThrow(/damaged or truncated PNG/);
  });
});
