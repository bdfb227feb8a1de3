/**
 * Recognises files that are certainly not text before anything is decoded: technicians drop
 * screenshots, zipped exports and whole Outlook messages onto the panel, and naming what they
 * dropped is the clearest message.
 */

interface Magic {
  bytes: readonly number[];
  what: string;
  hint?: string;
}

const MAGIC: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (or an Office document)',
    hint: 'If the export is inside, unzip it and pick the .xml file.',
  },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'Decompress it and pick the .xml file.' },
  {
    bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    what: 'a 7-Zip archive',
    hint: 'Extract it and pick the .xml file.',
  },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive', hint: 'Extract it and pick the .xml file.' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'an Outlook message (.msg) or an old Office document',
    hint: 'If it is the e-mail that carried the export, save its XML attachment and pick that file.',
  },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a Linux program' },
];

/** How many leading bytes the control-character heuristic looks at. */
const SAMPLE = 8192;

export interface BinaryVerdict {
  what: string;
  hint?: string;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** A UTF-16 byte-order mark, or the `<`/whitespace pattern of BOM-less UTF-16 (XML 1.0 Appendix F). */
export function looksLikeUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe) return 'le';
  if (a === 0xfe && b === 0xff) return 'be';
  const ascii = (x: number | undefined) => x !== undefined && x >= 0x09 && x < 0x80;
  if (ascii(a) && b === 0 && ascii(c) && d === 0) return 'le';
  if (a === 0 && ascii(b) && c === 0 && ascii(d)) return 'be';
  return null;
}

/**
 * What kind of binary file this is, or null when it may be text. UTF-16 is exempt from the NUL
 * test (every ASCII character has a zero byte there); its decoded text is checked instead.
 */
export function sniffBinary(bytes: Uint8Array): BinaryVerdict | null {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return magic.hint ? { what: magic.what, hint: magic.hint } : { what: magic.what };
  if (looksLikeUtf16(bytes)) return null;
  const end = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return { what: 'a binary file (it contains NUL bytes)' };
    // Tab, LF, CR are text; every other C0 control is illegal in XML 1.0.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  }
  if (controls > 8 && controls * 100 > end)
    return { what: 'a binary file (it is full of control characters)' };
  return null;
}

/** The same test for text that came out of a UTF-16 decode. */
export function textLooksBinary(text: string): boolean {
  const end = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) controls++;
  }
  return controls > 8 && controls * 100 > end;
}
