import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/xml');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 bytes of `text`, with its byte-order mark unless `bom` is false. */
export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out[i * 2] = order === 'le' ? lo : hi;
    out[i * 2 + 1] = order === 'le' ? hi : lo;
  }
  return out;
}
