/**
 * Bytes → text. The encoding comes from the byte-order mark, then from the BOM-less UTF-16
 * pattern, then from the XML declaration, else UTF-8 (XML 1.0 §4.3.3 and Appendix F). The
 * original bytes are never touched: this text is only read, never attached.
 */
import { problem } from './problems';
import { looksLikeUtf16 } from './sniff';
import type { ExportEncoding, ExportProblem } from './types';

export interface DecodedExport {
  text: string;
  /** null when a legacy encoding named by the declaration was used, or nothing could be decoded. */
  encoding: ExportEncoding | null;
  /** `bad-encoding` when the bytes are not valid in the encoding they announce; the text is then a lenient decode. */
  problem: ExportProblem | null;
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/** The `encoding="…"` of an ASCII-compatible XML declaration, lower-cased, or null. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  // The declaration must be first and is ASCII; 200 bytes hold any sane one.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]!);
  const match =
    /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string {
  // ignoreBOM false (the default) strips a leading BOM, which is what the parser wants.
  return new TextDecoder(label, { fatal }).decode(bytes);
}

function isUtf32Bom(bytes: Uint8Array): boolean {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  return (a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff);
}

export function decodeExport(bytes: Uint8Array): DecodedExport {
  if (isUtf32Bom(bytes)) {
    return {
      text: '',
      encoding: null,
      problem: problem(
        'bad-encoding',
        'The file is UTF-32 encoded, which an XML export never is: another program re-saved it. Attach the file exactly as ConfigTool saved it.',
      ),
    };
  }

  const utf16 = looksLikeUtf16(bytes);
  if (utf16) {
    const encoding: ExportEncoding = utf16 === 'le' ? 'utf-16le' : 'utf-16be';
    try {
      return { text: decodeWith(encoding, bytes, true), encoding, problem: null };
    } catch {
      return {
        text: decodeWith(encoding, bytes, false),
        encoding,
        problem: problem(
          'bad-encoding',
          `The file is ${encoding.toUpperCase()} but some of its bytes are not valid ${encoding.toUpperCase()} (${
            bytes.length % 2 === 1 ? 'an odd number of bytes: probably cut off' : 'broken characters'
          }). It was damaged or altered after ConfigTool saved it.`,
        ),
      };
    }
  }

  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8', problem: null };
  } catch {
    // Not UTF-8: only acceptable when the declaration names what it is instead.
  }
  const declared = declaredEncoding(bytes);
  if (declared && !UTF8_LABELS.has(declared) && !declared.startsWith('utf-16')) {
    try {
      return { text: decodeWith(declared, bytes, true), encoding: null, problem: null };
    } catch (error) {
      const unknown = error instanceof RangeError;
      return {
        text: decodeWith('utf-8', bytes, false),
        encoding: null,
        problem: problem(
          'bad-encoding',
          unknown
            ? `The file declares the encoding "${declared}", which cannot be read here, and it is not UTF-8 either.`
            : `The file declares the encoding "${declared}" but its bytes are not valid ${declared}: it was damaged or re-saved by another program.`,
        ),
      };
    }
  }
  return {
    text: decodeWith('utf-8', bytes, false),
    encoding: 'utf-8',
    problem: problem(
      'bad-encoding',
      `The file is not valid UTF-8 and its XML declaration names ${
        declared ? `"${declared}"` : 'no other encoding'
      }: it was damaged, or re-saved by another program (an editor converting it, for example).`,
    ),
  };
}
