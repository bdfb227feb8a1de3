/**
 * Small real images for the static assets (logos, backgrounds, favicons), drawn with pngjs.
 * Logos carry the brand name in a 5×7 pixel font so a screenshot shows "LOREX" on a Lorex
 * page, as the real OEM skins do.
 */
import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** 5×7 glyphs, one string per row, for the letters the brand names need. */
const GLYPHS: Record<string, readonly string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
  C: ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  U: ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
  X: ['10001', '10001', '01010', '00100', '01010', '10001', '10001'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
};

function setPixel(png: PNG, x: number, y: number, [r, g, b]: Rgb, a = 255): void {
  if (x < 0 || y < 0 || x >= png.width || y >= png.height) return;
  const i = (png.width * y + x) << 2;
  png.data[i] = r;
  png.data[i + 1] = g;
  png.data[i + 2] = b;
  png.data[i + 3] = a;
}

function fill(png: PNG, color: Rgb, a = 255): void {
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) setPixel(png, x, y, color, a);
}

/** A transparent logo with `text` in the pixel font, `scale` device pixels per font pixel. */
export function logoPng(text: string, color: Rgb, scale = 4): Buffer {
  const letters = text.toUpperCase().split('');
  const pad = scale * 2;
  const width = letters.length * 6 * scale - scale + pad * 2;
  const height = 7 * scale + pad * 2;
  const png = new PNG({ width, height });
  fill(png, [255, 255, 255], 0);
  letters.forEach((ch, li) => {
    const glyph = GLYPHS[ch] ?? GLYPHS[' '] ?? [];
    glyph.forEach((row, gy) => {
      for (let gx = 0; gx < row.length; gx++) {
        if (row[gx] !== '1') continue;
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            setPixel(png, pad + (li * 6 + gx) * scale + dx, pad + gy * scale + dy, color);
          }
        }
      }
    });
  });
  return PNG.sync.write(png);
}

/** A vertical two-colour gradient (login backgrounds). */
export function gradientPng(width: number, height: number, top: Rgb, bottom: Rgb): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    const t = height > 1 ? y / (height - 1) : 0;
    const c: Rgb = [0, 1, 2].map((k) =>
      Math.round((top[k] ?? 0) + ((bottom[k] ?? 0) - (top[k] ?? 0)) * t),
    ) as unknown as Rgb;
    for (let x = 0; x < width; x++) setPixel(png, x, y, c);
  }
  return PNG.sync.write(png);
}

/**
 * A 16×16 32-bit ICO: 6 (ICONDIR) + 16 (entry) + 40 (BITMAPINFOHEADER) + 1024 (BGRA)
 * + 64 (AND mask) = 1150 bytes, the Content-Length public scanner notes give for
 * /baseProj/images/favicon.ico.
 */
export function faviconIco(color: Rgb): Buffer {
  const size = 16;
  const pixels = size * size * 4;
  const mask = size * 4; // 16 rows of 32-bit-aligned 1-bpp mask
  const bmp = 40 + pixels + mask;
  const buf = Buffer.alloc(6 + 16 + bmp);
  buf.writeUInt16LE(0, 0);
  buf.writeUInt16LE(1, 2); // type: icon
  buf.writeUInt16LE(1, 4); // one image
  buf.writeUInt8(size, 6);
  buf.writeUInt8(size, 7);
  buf.writeUInt8(0, 8); // no palette
  buf.writeUInt8(0, 9);
  buf.writeUInt16LE(1, 10); // planes
  buf.writeUInt16LE(32, 12); // bpp
  buf.writeUInt32LE(bmp, 14);
  buf.writeUInt32LE(22, 18); // offset of the bitmap
  let o = 22;
  buf.writeUInt32LE(40, o);
  buf.writeInt32LE(size, o + 4);
  buf.writeInt32LE(size * 2, o + 8); // ICO bitmaps state double height (XOR + AND)
  buf.writeUInt16LE(1, o + 12);
  buf.writeUInt16LE(32, o + 14);
  buf.writeUInt32LE(0, o + 16); // BI_RGB
  buf.writeUInt32LE(pixels + mask, o + 20);
  o += 40;
  // Bottom-up rows: a filled rounded square with a white "eye" in the middle.
  for (let y = size - 1; y >= 0; y--) {
    for (let x = 0; x < size; x++) {
      const corner = (x === 0 || x === size - 1) && (y === 0 || y === size - 1);
      const dx = x - 7.5;
      const dy = y - 7.5;
      const eye = dx * dx + dy * dy < 12;
      const [r, g, b] = eye ? [255, 255, 255] : color;
      buf.writeUInt8(b, o);
      buf.writeUInt8(g, o + 1);
      buf.writeUInt8(r, o + 2);
      buf.writeUInt8(corner ? 0 : 255, o + 3);
      o += 4;
    }
  }
  return buf; // AND mask stays zero: alpha already carries transparency
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
