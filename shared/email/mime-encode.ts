/**
 * The MIME encodings mimetext leaves to its caller: base64 of raw bytes (it only base64s
 * strings), quoted-printable bodies, RFC 2047 encoded words and RFC 2231 file names. Written
 * here because they are small and platform-free (no Buffer, no btoa over binary strings).
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}${B64[(n >> 6) & 63]!}=`;
  }
  return out;
}

/** RFC 2045 §6.8: encoded lines of at most 76 characters. */
export function wrapLines(text: string, width = 76, eol = '\r\n'): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join(eol);
}

const utf8 = new TextEncoder();

export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/**
 * RFC 2045 §6.7 quoted-printable of UTF-8 text with CRLF hard line breaks and soft breaks
 * keeping every line within 76 characters.
 */
export function quotedPrintable(text: string, eol = '\r\n'): string {
  return text
    .split(/\r\n|\n/)
    .map((line) => {
      const bytes = utf8.encode(line);
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      let out = '';
      let current = '';
      for (const token of tokens) {
        // 75 leaves room for the '=' of a soft line break.
        if (current.length + token.length > 75) {
          out += `${current}=${eol}`;
          current = '';
        }
        current += token;
      }
      return out + current;
    })
    .join(eol);
}

/**
 * A header value: printable ASCII as is (folded at spaces), anything else as RFC 2047
 * `=?UTF-8?B?…?=` words of at most 75 characters, never splitting a character.
 */
export function encodeHeaderValue(value: string, eol = '\r\n'): string {
  if (isPrintableAscii(value) && !value.includes('=?')) {
    const words = value.split(' ');
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      // 68 leaves room for the header name on the first line ("Subject: ").
      if (line !== '' && line.length + 1 + word.length > 68) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
    return lines.join(`${eol} `);
  }
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of value) {
    const bytes = [...utf8.encode(char)];
    // 45 bytes → 60 base64 characters → a 72-character encoded word.
    if (chunk.length + bytes.length > 45) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words.join(`${eol} `);
}

/** RFC 2231 / 5987 extended parameter value: `UTF-8''Gr%C3%BC%C3%9Fe.xml`. */
export function extendedParameter(value: string): string {
  return `UTF-8''${encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
